// The boundary's share of a page's time in Node: the library's clean() (input written once into
// the wasm heap, result bytes decoded with TextDecoder, JSON.parse) against Embind's
// std::string conversion of the same engine (JavaScript loops over every character both ways),
// and what of a call is not the engine's own work (stats.ms: the stages, without writing JSON).
// Alternates the two paths per page; medians per page.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { median } from './node_wasm.mjs';
import { rawEngine } from './raw.mjs';

/**
 * @param {string} root the repository (its web/lib and dist/)
 * @param {string[]} files page paths
 * @returns {Promise<{pages:number, heapMs:number, embindMs:number, heapVsEmbind:number, boundaryShare:number, parseShare:number}>}
 */
export async function handoffShare(root, files) {
  const { createPith } = await import(pathToFileURL(path.join(root, 'web', 'lib', 'node.js')).href);
  const pith = await createPith();
  const { engine } = await rawEngine(path.join(root, 'dist'));
  const pages = files.map((f) => readFileSync(f, 'utf8'));
  const viaEmbind = (p) => JSON.parse(engine.clean(p.toWellFormed ? p.toWellFormed() : p, '{}'));
  for (const p of pages.slice(0, 10)) { pith.clean(p); viaEmbind(p); }
  const heap = [], embind = [], share = [], parse = [];
  pages.forEach((p, i) => {
    const runHeap = () => { const t0 = performance.now(); const r = pith.clean(p); return { ms: performance.now() - t0, core: r.stats.ms }; };
    const runEmbind = () => { const t0 = performance.now(); viaEmbind(p); return performance.now() - t0; };
    let h, e;
    if (i % 2) { h = runHeap(); e = runEmbind(); } else { e = runEmbind(); h = runHeap(); }
    const json = engine.clean(p, '{}');
    const t0 = performance.now(); JSON.parse(json); const parseMs = performance.now() - t0;
    heap.push(h.ms); embind.push(e); share.push(Math.max(0, h.ms - h.core) / h.ms); parse.push(parseMs / h.ms);
  });
  const sum = (xs) => xs.reduce((s, x) => s + x, 0);
  return { pages: pages.length, heapMs: sum(heap), embindMs: sum(embind), heapVsEmbind: sum(heap) / sum(embind),
    medianPageRatio: median(heap.map((h, i) => h / embind[i])), boundaryShare: median(share), parseShare: median(parse) };
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  // node tests/bench/handoff.mjs LIST   (one page path per line)
  const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..');
  const files = readFileSync(process.argv[2], 'utf8').split('\n').filter(Boolean);
  console.log(JSON.stringify(await handoffShare(root, files)));
}
