#!/usr/bin/env node
// The scaling check: every worst-case input shape of build/native/pith_scaling (composed there,
// never read from a corpus) at 1x, 4x and 16x its size, through each entry point it names
// (clean() on text, clean() on HTML, extractQuotes()). Prints a table of CPU times, the growth
// per 4x of input, and the peak heap per input byte, and fails when time grows faster than
// kMaxGrowth per 4x (linear time is x4; quadratic x16).
//   node scripts/scaling.mjs [--quick] [--shapes a,b] [--json FILE]
// --quick: sizes / 16 and shorter timing (what .ci/run runs after npm test); without it the
// 16x sizes reach the counts the shapes name (10^5 quotes, 10^6 tags, a 50 MiB line).
// Times are CPU seconds of the call (getrusage, user + system) in a fresh process per point, the
// fastest of three batches for short calls: other work on a shared machine only ever adds. A
// point that fails is measured twice more before the check fails (the fastest counts).
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const PROBE = path.join(ROOT, 'build', 'native', 'pith_scaling');
const kMaxGrowth = 5;     // allowed time growth per 4x of input (the bound)
const kMemoryTarget = 8;  // peak heap per input byte aimed at (reported, see docs/schema.md)

const argv = process.argv.slice(2);
const quick = argv.includes('--quick');
const only = argv.includes('--shapes') ? argv[argv.indexOf('--shapes') + 1].split(',') : null;
const jsonOut = argv.includes('--json') ? argv[argv.indexOf('--json') + 1] : null;
const minCpu = quick ? 0.03 : 0.15;

const shapes = execFileSync(PROBE, ['--list'], { encoding: 'utf8' }).trim().split('\n').map((l) => {
  const [name, apis, base, what] = l.split('\t');
  return { name, apis: apis.split(','), base: Number(base), what };
}).filter((s) => !only || only.includes(s.name));

function measure(shape, api, bytes) {
  const out = execFileSync(PROBE, [shape, api, String(bytes), '--min-cpu', String(minCpu)],
    { encoding: 'utf8', maxBuffer: 1 << 20 });
  const r = JSON.parse(out);
  if (!r.ok) throw new Error(`${shape} ${api} ${bytes}: ${r.error}`);
  return r;
}

const fmtMs = (s) => (s * 1000 >= 100 ? (s * 1000).toFixed(0) : (s * 1000).toFixed(1));
const rows = [];
let failed = 0;
const t0 = Date.now();
for (const s of shapes) {
  const base = quick ? Math.max(4096, Math.round(s.base / 16)) : s.base;
  for (const api of s.apis) {
    const pts = [1, 4, 16].map((m) => measure(s.name, api, base * m));
    const growth = () => [pts[1].cpu / pts[0].cpu, pts[2].cpu / pts[1].cpu];
    // A point over the bound is measured twice more (the fastest counts): load on a shared
    // machine slows a run, it never speeds one up.
    for (let retry = 0; retry < 2 && growth().some((g) => g > kMaxGrowth); ++retry) {
      for (let k = 0; k < 3; ++k) {
        const again = measure(s.name, api, base * [1, 4, 16][k]);
        if (again.cpu < pts[k].cpu) pts[k].cpu = again.cpu;
      }
    }
    const [g1, g2] = growth();
    const ok = g1 <= kMaxGrowth && g2 <= kMaxGrowth;
    if (!ok) ++failed;
    const big = pts[2];
    rows.push({
      shape: s.name, api, bytes: pts.map((p) => p.bytes), cpu: pts.map((p) => p.cpu), growth: [g1, g2],
      mbPerS: big.bytes / 1048576 / big.cpu, heapPerInput: big.heapPeak / big.bytes,
      outputPerInput: big.outputBytes / big.bytes, rssPerInput: big.maxRss / big.bytes, ok,
    });
    const r = rows[rows.length - 1];
    console.log([
      s.name.padEnd(22), api.padEnd(10), `${(big.bytes / 1048576).toFixed(2).padStart(6)} MB`,
      ...r.cpu.map((c) => fmtMs(c).padStart(7)), 'ms',
      `x${g1.toFixed(1)}`.padStart(6), `x${g2.toFixed(1)}`.padStart(6),
      `${r.mbPerS.toFixed(1).padStart(6)} MB/s`,
      `heap ${r.heapPerInput.toFixed(1).padStart(5)}x`, `out ${r.outputPerInput.toFixed(1).padStart(4)}x`,
      ok ? '' : `  FAIL (> x${kMaxGrowth} per 4x)`,
    ].join(' '));
  }
}
const worst = rows.reduce((a, r) => (r.heapPerInput > a.heapPerInput ? r : a), rows[0]);
console.log(`\n${rows.length} runs in ${((Date.now() - t0) / 1000).toFixed(0)} s; columns: 16x size, CPU ms at ` +
  `1x/4x/16x, growth 4x/1x and 16x/4x (linear x4, limit x${kMaxGrowth}), throughput at 16x, peak heap ` +
  `per input byte at 16x (target ${kMemoryTarget}x), output JSON per input byte.`);
console.log(`largest peak heap: ${worst.shape} ${worst.api} ${worst.heapPerInput.toFixed(1)}x the input`);
if (jsonOut) writeFileSync(jsonOut, JSON.stringify({ quick, rows }, null, 1));
if (failed) {
  console.error(`scaling: ${failed} run(s) grew faster than x${kMaxGrowth} per 4x of input`);
  process.exit(1);
}
