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
import { rawEngine } from './raw.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const [mode, arg] = process.argv.slice(2);
const now = () => performance.now();

// What a user's first call costs: import of the library, instantiate, first clean.
async function cold() {
  const t0 = now();
  const { createPith } = await import(pathToFileURL(path.join(ROOT, 'web', 'lib', 'node.js')).href);
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
  const { engine, steps } = await rawEngine(dist);
  const t0 = now();
  engine.clean('Warm up sentence. “It works,” she said.', '{}');
  return { ...steps, firstCleanMs: now() - t0 };
}

async function scale(file, dist) {
  const { engine } = await rawEngine(dist);
  const input = await readFile(file, 'utf8');
  const bytes = Buffer.byteLength(input);
  const heapBefore = engine.HEAP8.length;
  const t0 = now();
  const out = engine.clean(input, JSON.stringify({ maxInputBytes: bytes + 1 }));
  const seconds = (now() - t0) / 1000;
  // Memory only grows, so the heap's size after the call is its high-water mark.
  const heapPeak = engine.HEAP8.length;
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
