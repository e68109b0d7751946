// The Node half of `npm run bench`: the wasm engine against Readability.js on linkedom (same
// pages, alternating per page), wasm throughput on the native bench's inputs, cold start in
// fresh processes (tests/bench/probe.mjs) and the wasm side of the linear-scaling rows.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { rawEngine } from './raw.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const PROBE = path.join(ROOT, 'tests', 'bench', 'probe.mjs');

/** Median of a list of numbers (upper median for even lengths). */
export const median = (xs) => {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
};

/** Readability.js on linkedom, as a developer would run it in Node. */
export function nodeAnchor() {
  const require = createRequire(import.meta.url);
  const { Readability } = require('@mozilla/readability');
  const { parseHTML } = require('linkedom');
  return (html) => {
    const { document } = parseHTML(html);
    return new Readability(document).parse();
  };
}

/**
 * Per-page times of `pith.clean` and Readability.js + linkedom on the same pages, alternating
 * which runs first on each page. Pages that either side fails on are counted and left out.
 * @param {{path: string}[]} pages
 * @param {{clean: (html: string) => unknown}} pith the library object (createPith())
 */
export function pithVsReadabilityNode(pages, pith) {
  const anchor = nodeAnchor();
  const times = [];
  let failed = 0;
  const time = (f) => { const t0 = performance.now(); f(); return performance.now() - t0; };
  const htmls = pages.map((p) => readFileSync(p.path, 'utf8'));
  for (const h of htmls.slice(0, WARM_UP_PAGES)) { try { pith.clean(h); anchor(h); } catch { /* warm-up only */ } }
  htmls.forEach((html, i) => {
    try {
      let a, b;
      if (i % 2) { a = time(() => pith.clean(html)); b = time(() => anchor(html)); }
      else { b = time(() => anchor(html)); a = time(() => pith.clean(html)); }
      times.push({ set: pages[i].set, pith: a, anchor: b });
    } catch {
      failed++;
    }
  });
  return summarizeVs(times, failed);
}

/** Pages warmed up (both sides, untimed) before timing, so both run optimised code. */
export const WARM_UP_PAGES = 20;

/**
 * Medians of per-page times, per set and over the headline pages: the real pages (every set
 * but the composed "bundled" ones) when there are any, else the bundled pages.
 * @param {{set: string, pith: number, anchor: number}[]} times
 */
export function summarizeVs(times, failed) {
  const real = times.filter((t) => t.set !== 'bundled');
  const head = real.length ? real : times;
  const bySet = {};
  for (const set of new Set(times.map((t) => t.set))) {
    const xs = times.filter((t) => t.set === set);
    bySet[set] = { pages: xs.length, pithMedian: median(xs.map((t) => t.pith)), anchorMedian: median(xs.map((t) => t.anchor)) };
  }
  return { pages: head.length, failed, headline: real.length ? 'real pages' : 'bundled pages', bySet,
    pithMedian: median(head.map((t) => t.pith)), anchorMedian: median(head.map((t) => t.anchor)) };
}

/**
 * Throughput of the raw module call (JSON string out, as native clean_json) over a set of
 * inputs: best of `repeat` passes, MiB/s.
 */
export async function wasmThroughput(files, repeat, dist = path.join(ROOT, 'dist')) {
  const { engine: instance } = await rawEngine(dist);
  const texts = files.map((f) => readFileSync(f.path, 'utf8'));
  const mib = files.reduce((n, f) => n + f.bytes, 0) / (1024 * 1024);
  const pass = () => { const t0 = performance.now(); for (const t of texts) instance.clean(t, '{}'); return performance.now() - t0; };
  // Warm up until V8 has tiered the hot functions up (a pass no longer gets faster), at most 8.
  for (let prev = pass(), k = 0; k < 8; k++) { const t = pass(); if (t > prev * 0.97) break; prev = t; }
  let best = Infinity;
  for (let r = 0; r < repeat; r++) best = Math.min(best, pass());
  return { files: files.length, mib, seconds: best / 1000, mibps: mib / (best / 1000) };
}

function probe(args) {
  return JSON.parse(execFileSync(process.execPath, [PROBE, ...args], { encoding: 'utf8', maxBuffer: 1 << 24 }));
}

/** Cold start in fresh Node processes: medians of `runs` library starts and raw-module splits. */
export function nodeColdStart(runs) {
  const lib = [], split = [];
  for (let i = 0; i < runs; i++) { lib.push(probe(['cold'])); split.push(probe(['split'])); }
  const med = (xs, k) => median(xs.map((x) => x[k]));
  return {
    runs,
    readyMs: med(lib, 'totalMs'), importMs: med(lib, 'importMs'), instantiateMs: med(lib, 'instantiateMs'),
    firstCleanMs: med(lib, 'firstCleanMs'), secondCleanMs: med(lib, 'secondCleanMs'),
    firstResultMs: median(lib.map((x) => x.totalMs + x.firstCleanMs)),
    split: Object.fromEntries(Object.keys(split[0]).map((k) => [k, med(split, k)])),
  };
}

/** The wasm side of one linear-scaling row: one input in a fresh process. */
export function wasmScale(file) {
  return probe(['scale', file]);
}
