#!/usr/bin/env node
// Measures what a user feels, with ratios against baselines taken in the same run:
//  - wasm + glue size (raw and gzip)
//  - cold start: import + instantiate in a fresh Node process (median of 5), against a
//    fresh process that only starts Node (the baseline)
//  - throughput of clean() natively (build/native/pith_bench) and in wasm on the same inputs,
//    reported as MB/s and as wasm/native ratio; quotes overhead inside clean()
//  - a 32 MiB synthetic paste, natively and in wasm (linear-time check)
//   node scripts/bench.mjs [--quick]
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const quick = process.argv.includes('--quick');
const SHARED = path.resolve(ROOT, '..', 'shared', 'corpus');

function inputs() {
  const files = [path.join(ROOT, 'web', 'demo', 'sample.txt')].filter(existsSync);
  const golden = path.join(ROOT, 'tests', 'golden', 'text');
  if (existsSync(golden)) {
    for (const d of readdirSync(golden)) {
      const f = path.join(golden, d, 'input.txt');
      if (existsSync(f)) files.push(f);
    }
  }
  for (const set of ['readability', 'dragnet']) {
    const dir = path.join(SHARED, set);
    if (!existsSync(dir)) continue;
    for (const id of readdirSync(dir).sort().slice(0, quick ? 20 : 1000)) {
      const f = path.join(dir, id, 'pasted.txt');
      if (existsSync(f)) files.push(f);
    }
  }
  return files;
}

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
const fmt = (x, d = 2) => x.toFixed(d);
const rows = [];

// Size
const wasm = readFileSync(path.join(ROOT, 'dist', 'pith.wasm'));
const glue = readFileSync(path.join(ROOT, 'dist', 'pith.mjs'));
// The browser entry and the modules it imports (web/lib/index.js and its imports).
const lib = Buffer.concat(['index.js', 'engine.js', 'load.js', 'error.js', 'worker-client.js']
  .map((f) => readFileSync(path.join(ROOT, 'web', 'lib', f))));
rows.push(['wasm size', `${fmt(wasm.length / 1024, 1)} KiB (gzip ${fmt(gzipSync(wasm).length / 1024, 1)} KiB)`]);
rows.push(['glue + lib size', `${fmt((glue.length + lib.length) / 1024, 1)} KiB (gzip ${fmt(gzipSync(Buffer.concat([glue, lib])).length / 1024, 1)} KiB)`]);

// Cold start: fresh processes
const libUrl = new URL(`file://${path.join(ROOT, 'web', 'lib', 'node.js')}`).href;
const probe = `const t0=performance.now();const {createPith}=await import(${JSON.stringify(libUrl)});const p=await createPith();p.clean('Warm up sentence.');console.log(performance.now()-t0)`;
const cold = [], bare = [];
for (let i = 0; i < 5; i++) {
  let t0 = process.hrtime.bigint();
  execFileSync('node', ['-e', 'console.log(0)']);
  bare.push(Number(process.hrtime.bigint() - t0) / 1e6);
  t0 = process.hrtime.bigint();
  const inside = Number(execFileSync('node', ['--input-type=module', '-e', probe], { encoding: 'utf8' }).trim());
  cold.push({ total: Number(process.hrtime.bigint() - t0) / 1e6, inside });
}
const coldInside = median(cold.map((c) => c.inside));
const coldTotal = median(cold.map((c) => c.total));
rows.push(['cold start (in process)', `${fmt(coldInside, 1)} ms import + instantiate + first clean`]);
rows.push(['cold start (process)', `${fmt(coldTotal, 1)} ms vs bare node ${fmt(median(bare), 1)} ms (x${fmt(coldTotal / median(bare))})`]);

// Throughput
const files = inputs();
const texts = files.map((f) => readFileSync(f, 'utf8'));
const mb = texts.reduce((n, t) => n + Buffer.byteLength(t), 0) / (1024 * 1024);
const native = JSON.parse(execFileSync(path.join(ROOT, 'build', 'native', 'pith_bench'),
  ['--repeat', quick ? '1' : '3', '--big', '32', ...files], { encoding: 'utf8', maxBuffer: 1 << 26 }));
const { createPith } = await import(libUrl);
const pith = await createPith();
const bestOf = (n, f) => { let best = Infinity; for (let i = 0; i < n; i++) { const t0 = performance.now(); f(); best = Math.min(best, performance.now() - t0); } return best; };
for (const t of texts) pith.clean(t);  // let the JIT tier up before timing
const wasmMs = bestOf(quick ? 1 : 3, () => { for (const t of texts) pith.clean(t); });
const wasmNoQ = bestOf(quick ? 1 : 3, () => { for (const t of texts) pith.clean(t, { quotes: false }); });
const wasmMBps = mb / (wasmMs / 1000);
rows.push(['inputs', `${files.length} files, ${fmt(mb, 2)} MiB`]);
rows.push(['baseline (UTF-8 decode)', `${fmt(native.baselineMBps, 0)} MB/s native`]);
rows.push(['clean() native', `${fmt(native.cleanMBps)} MB/s  (x${fmt(native.cleanVsBaseline, 1)} the baseline's time)`]);
rows.push(['clean() + JSON native', `${fmt(native.cleanJsonMBps)} MB/s  (the boundary path wasm callers take)`]);
rows.push(['clean() + JSON wasm', `${fmt(wasmMBps)} MB/s  (wasm/native time x${fmt(native.cleanJsonMBps / wasmMBps)})`]);
rows.push(['quotes inside clean()', `+${fmt(native.quotesOverheadPct, 1)}% native, +${fmt(100 * (wasmMs - wasmNoQ) / wasmNoQ, 1)}% wasm`]);
rows.push(['32 MiB paste native', `${fmt(native.bigCleanSeconds)} s (${fmt(native.bigCleanMBps)} MB/s, x${fmt(native.bigVsBaseline, 1)} baseline)`]);
{
  let big = '';
  while (big.length < 32 * 1024 * 1024) big += texts.join('\n\n') + '\n\n';
  const t0 = performance.now();
  const r = pith.clean(big, { maxInputBytes: 1 << 30 });
  const s = (performance.now() - t0) / 1000;
  rows.push(['32 MiB paste wasm', `${fmt(s)} s (${fmt(Buffer.byteLength(big) / (1024 * 1024) / s)} MB/s), ${r.blocks.length} blocks kept`]);
}
const w = Math.max(...rows.map((r) => r[0].length));
for (const [k, v] of rows) console.log(`${k.padEnd(w)}  ${v}`);
