// `npm run bench -- --compare OLD_DIST`: two wasm builds (an older dist/ copy and the current
// one) in one run, for build-level changes that must not change behaviour:
//  - outputs: clean() of every page (bench inputs plus, when ../shared is present, every
//    pasted and HTML dev page and WCXB page) and extractQuotes() of every quote-corpus text;
//    the JSON must be byte-identical but for stats.ms (the timing)
//  - speed: per page, alternating which build runs first; ratio of total time (new/old)
//  - size and cold start (fresh processes, alternating)
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { median } from './node_wasm.mjs';
import { rawEngine } from './raw.mjs';
import { brotliSize, gzipSize } from './wasm_size.mjs';

const PROBE = path.join(path.dirname(fileURLToPath(import.meta.url)), 'probe.mjs');
const noTiming = (json) => json.replace(/"ms":[-0-9.eE+]+/g, '"ms":0');

async function load(dist) {
  return (await rawEngine(dist)).engine;
}

// Every dev input as {kind, id, text}; read lazily one at a time.
function* devInputs(inputs, shared) {
  for (const f of [...inputs.text, ...inputs.html]) yield { kind: 'clean', id: f.path, read: () => readFileSync(f.path, 'utf8') };
  const corpus = path.join(shared, 'corpus');
  for (const set of ['readability', 'dragnet']) {
    const dir = path.join(corpus, set);
    if (!existsSync(dir)) continue;
    for (const id of readdirSync(dir).sort()) {
      for (const file of ['pasted.txt', 'source.html']) {
        const p = path.join(dir, id, file);
        if (existsSync(p)) yield { kind: 'clean', id: p, read: () => readFileSync(p, 'utf8') };
      }
    }
  }
  const seed = path.join(corpus, 'seed', 'seed.txt');
  if (existsSync(seed)) yield { kind: 'clean', id: seed, read: () => readFileSync(seed, 'utf8') };
  const wcxb = path.join(corpus, 'wcxb', 'html');
  if (existsSync(wcxb)) {
    for (const f of readdirSync(wcxb).sort()) yield { kind: 'clean', id: f, read: () => gunzipSync(readFileSync(path.join(wcxb, f))).toString('utf8') };
  }
  for (const q of ['polnear-dev.jsonl', 'german-wikinews-dev.jsonl']) {
    const p = path.join(corpus, 'quotes', q);
    if (!existsSync(p)) continue;
    const lines = readFileSync(p, 'utf8').split('\n').filter(Boolean);
    for (let n = 0; n < lines.length; n++) {
      const { text } = JSON.parse(lines[n]);
      if (typeof text === 'string') yield { kind: 'extractQuotes', id: `${q}:${n}`, read: () => text };
    }
  }
}

/** Compares two wasm builds; prints a report, exits 1 when any output differs. */
export async function compareBuilds({ old, now, inputs, shared, outputs = true }) {
  const a = await load(old), b = await load(now);
  let n = 0, differ = 0;
  const examples = [];
  for (const x of outputs ? devInputs(inputs, shared) : []) {
    const input = x.read();
    const ra = noTiming(a[x.kind](input, '{}')), rb = noTiming(b[x.kind](input, '{}'));
    n++;
    if (ra !== rb) { differ++; if (examples.length < 5) examples.push(x.id); }
  }
  if (outputs) console.log(`outputs: ${n} inputs, ${differ} differ${examples.length ? ` (e.g. ${examples.join(', ')})` : ' (byte-identical but for stats.ms)'}`);

  // Speed: alternate which build runs first on each page; three passes, best per page.
  const pages = [...inputs.text, ...inputs.html].map((f) => readFileSync(f.path, 'utf8'));
  for (const p of pages.slice(0, 10)) { a.clean(p, '{}'); b.clean(p, '{}'); }
  const ta = new Array(pages.length).fill(Infinity), tb = new Array(pages.length).fill(Infinity);
  const time = (m, p) => { const t0 = performance.now(); m.clean(p, '{}'); return performance.now() - t0; };
  for (let pass = 0; pass < 3; pass++) {
    pages.forEach((p, i) => {
      if ((i + pass) % 2) { ta[i] = Math.min(ta[i], time(a, p)); tb[i] = Math.min(tb[i], time(b, p)); }
      else { tb[i] = Math.min(tb[i], time(b, p)); ta[i] = Math.min(ta[i], time(a, p)); }
    });
  }
  const sum = (xs) => xs.reduce((s, x) => s + x, 0);
  console.log(`speed: ${pages.length} pages, total ${sum(ta).toFixed(0)} ms old vs ${sum(tb).toFixed(0)} ms new: new/old time ×${(sum(tb) / sum(ta)).toFixed(3)}; median per-page ratio ×${median(ta.map((t, i) => tb[i] / t)).toFixed(3)}`);

  const wa = readFileSync(path.join(old, 'pith.wasm')), wb = readFileSync(path.join(now, 'pith.wasm'));
  const kib = (x) => (x / 1024).toFixed(1);
  console.log(`size: raw ${kib(wa.length)} -> ${kib(wb.length)} KiB, gzip ${kib(gzipSize(wa))} -> ${kib(gzipSize(wb))} KiB, brotli ${kib(brotliSize(wa))} -> ${kib(brotliSize(wb))} KiB`);

  const runs = 7, sa = [], sb = [];
  for (let i = 0; i < runs; i++) {
    const probe = (d) => JSON.parse(execFileSync(process.execPath, [PROBE, 'split', d], { encoding: 'utf8' }));
    if (i % 2) { sa.push(probe(old)); sb.push(probe(now)); } else { sb.push(probe(now)); sa.push(probe(old)); }
  }
  const med = (xs, k) => median(xs.map((x) => x[k])).toFixed(1);
  for (const k of ['compileMs', 'glueImportMs', 'instantiateMs', 'runtimeInitMs', 'firstCleanMs']) console.log(`cold start ${k}: ${med(sa, k)} -> ${med(sb, k)} (median of ${runs})`);
  if (differ) process.exitCode = 1;
}
