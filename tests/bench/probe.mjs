#!/usr/bin/env node
// Measurements that need a fresh Node process, run by tests/bench/node_wasm.mjs:
//   node tests/bench/probe.mjs cold           cold start through the library (web/lib)
//   node tests/bench/probe.mjs split [DIST]   cold start of the raw module, split into its steps
//   node tests/bench/probe.mjs scale FILE     one large input: time and wasm heap high water
// DIST is the folder of pith.mjs/pith.wasm (default: the repository's dist/).
// Prints one JSON object.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const [mode, arg] = process.argv.slice(2);
const now = () => performance.now();

// What a user's first call costs: import of the library, instantiate, first clean.
async function cold() {
  const t0 = now();
  const { createPith } = await import(pathToFileURL(path.join(ROOT, 'web', 'lib', 'index.js')).href);
  const t1 = now();
  const pith = await createPith();
  const t2 = now();
  pith.clean('Warm up sentence. “It works,” she said.');
  const t3 = now();
  pith.clean('Second sentence. “It still works,” he said.');
  const t4 = now();
  return { importMs: t1 - t0, instantiateMs: t2 - t1, firstCleanMs: t3 - t2, secondCleanMs: t4 - t3, totalMs: t2 - t0 };
}

// The same start in steps. A separate process from cold(): V8 caches a compiled module by its
// bytes within a process, so a second compile there would cost nothing.
async function split(dist) {
  const s0 = now();
  const bytes = await readFile(path.join(dist, 'pith.wasm'));
  const s1 = now();
  const module = await WebAssembly.compile(bytes);
  const s2 = now();
  let s3 = 0;
  const { default: createPithModule } = await import(pathToFileURL(path.join(dist, 'pith.mjs')).href);
  const instance = await createPithModule({
    instantiateWasm(imports, receive) {
      const inst = new WebAssembly.Instance(module, imports);
      s3 = now();
      receive(inst, module);
      return inst.exports;
    },
  });
  const s4 = now();
  instance.clean('Warm up sentence. “It works,” she said.', '{}');
  const s5 = now();
  return { readMs: s1 - s0, compileMs: s2 - s1, instantiateMs: s3 - s2, runtimeInitMs: s4 - s3, firstCleanMs: s5 - s4 };
}

async function scale(file, dist) {
  const { default: createPithModule } = await import(pathToFileURL(path.join(dist, 'pith.mjs')).href);
  const instance = await createPithModule({});
  const input = await readFile(file, 'utf8');
  const bytes = Buffer.byteLength(input);
  const heapBefore = instance.HEAP8.length;
  const t0 = now();
  const out = instance.clean(input, JSON.stringify({ maxInputBytes: bytes + 1 }));
  const seconds = (now() - t0) / 1000;
  // Memory only grows, so the heap's size after the call is its high-water mark.
  const heapPeak = instance.HEAP8.length;
  if (!out.startsWith('{"ok":true')) throw new Error(`clean failed: ${out.slice(0, 200)}`);
  return { bytes, seconds, heapBefore, heapPeak, maxRssKiB: process.resourceUsage().maxRSS };
}

const dist = mode === 'split' && arg ? path.resolve(arg) : path.join(ROOT, 'dist');
const modes = { cold: () => cold(), split: () => split(dist), scale: () => scale(arg, dist) };
const result = modes[mode] ? await modes[mode]() : null;
if (!result) {
  console.error('usage: probe.mjs cold | split [DIST] | scale FILE');
  process.exit(2);
}
console.log(JSON.stringify(result));
