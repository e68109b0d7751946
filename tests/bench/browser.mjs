// The Chromium half of `npm run bench` (Playwright + Debian's Chromium, a 127.0.0.1 server):
//  - cold start: a fresh browser context (empty HTTP and code caches) opens a blank page and
//    imports the library (web/lib/index.js), instantiates the engine, cleans one sentence;
//    then the same page reloaded in that context (warm: a returning visitor)
//  - per page: pith.clean(html) against DOMParser + Readability.js in the same page, alternating
//    which runs first on each page
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from '../../scripts/serve.mjs';
import { median, summarizeVs, WARM_UP_PAGES } from './node_wasm.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const CHUNK_BYTES = 4 << 20;  // pages handed to the page per evaluate() call

async function coldStartOnce(page) {
  return page.evaluate(async () => {
    const t0 = performance.now();
    const lib = await import('/web/lib/index.js');
    const t1 = performance.now();
    const pith = await lib.createPith();
    const t2 = performance.now();
    pith.clean('Warm up sentence. “It works,” she said.');
    const t3 = performance.now();
    const wasm = performance.getEntriesByType('resource').find((e) => e.name.endsWith('/pith.wasm'));
    return { importMs: t1 - t0, instantiateMs: t2 - t1, readyMs: t2 - t0, firstCleanMs: t3 - t2,
      wasmFetchMs: wasm ? wasm.responseEnd - wasm.startTime : null };
  });
}

async function coldStarts(browser, base, runs) {
  const cold = [], warm = [];
  for (let i = 0; i < runs; i++) {
    const ctx = await browser.newContext();
    const page = await ctx.newPage();
    const warnings = [];
    page.on('console', (m) => { if (/streaming|falling back/i.test(m.text())) warnings.push(m.text()); });
    await page.goto(`${base}/bench/`);
    cold.push(await coldStartOnce(page));
    await page.reload();
    warm.push(await coldStartOnce(page));
    await ctx.close();
    if (warnings.length) throw new Error(`wasm streaming compile failed: ${warnings[0]}`);
  }
  const med = (xs, k) => median(xs.map((x) => x[k]));
  const summary = (xs) => ({ readyMs: med(xs, 'readyMs'), importMs: med(xs, 'importMs'), instantiateMs: med(xs, 'instantiateMs'),
    firstCleanMs: med(xs, 'firstCleanMs'), firstResultMs: median(xs.map((x) => x.readyMs + x.firstCleanMs)) });
  return { runs, cold: summary(cold), warm: summary(warm) };
}

async function perPage(browser, base, pages) {
  const ctx = await browser.newContext();
  const page = await ctx.newPage();
  await page.goto(`${base}/bench/`);
  await page.addScriptTag({ url: '/readability/Readability.js' });
  await page.evaluate(async () => {
    const lib = await import('/web/lib/index.js');
    window.pith = await lib.createPith();
  });
  const times = [];
  let failed = 0, chunk = [], bytes = 0, index = 0;
  const flush = async (warmUp) => {
    const r = await page.evaluate(({ htmls, start, warmUp: w }) => {
      const time = (f) => { const t0 = performance.now(); f(); return performance.now() - t0; };
      const pith = () => window.pith;
      const anchor = (html) => new window.Readability(new DOMParser().parseFromString(html, 'text/html')).parse();
      const out = [];
      htmls.forEach((html, k) => {
        try {
          let a, b;
          if ((start + k) % 2) { a = time(() => pith().clean(html)); b = time(() => anchor(html)); }
          else { b = time(() => anchor(html)); a = time(() => pith().clean(html)); }
          out.push(w ? null : [a, b]);
        } catch {
          out.push(w ? null : 'failed');
        }
      });
      return out;
    }, { htmls: chunk, start: index, warmUp });
    if (!warmUp) {
      r.forEach((x, k) => { if (x === 'failed') failed++; else times.push({ set: pages[index + k].set, pith: x[0], anchor: x[1] }); });
      index += chunk.length;
    }
    chunk = []; bytes = 0;
  };
  const htmls = pages.map((p) => readFileSync(p.path, 'utf8'));
  chunk = htmls.slice(0, WARM_UP_PAGES);
  await flush(true);  // let both sides tier up before timing
  for (const html of htmls) {
    chunk.push(html); bytes += html.length;
    if (bytes > CHUNK_BYTES) await flush(false);
  }
  if (chunk.length) await flush(false);
  await ctx.close();
  return summarizeVs(times, failed);
}

/**
 * Runs the browser measurements. Needs playwright-core and /usr/bin/chromium.
 * @param {{pages: {path: string}[], coldRuns: number}} o
 */
export async function browserBench({ pages, coldRuns }) {
  const { chromium } = await import('playwright-core');
  const server = await startServer({ port: 0, quiet: true, extraRoots: {
    '/bench/': path.join(ROOT, 'tests', 'bench', 'page'),
    '/readability/': path.join(ROOT, 'node_modules', '@mozilla', 'readability'),
  } });
  const base = `http://127.0.0.1:${server.address().port}`;
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: FLAGS });
  try {
    const start = await coldStarts(browser, base, coldRuns);
    const vs = await perPage(browser, base, pages);
    return { version: browser.version(), start, vs };
  } finally {
    await browser.close();
    server.close();
  }
}
