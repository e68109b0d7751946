#!/usr/bin/env node
// `npm run bench`: every row of issue 12's table measured in one run, each beside its anchor,
// written to docs/benchmarks.md with a generated SVG chart (docs/benchmarks.svg).
//  - wasm in Node vs Readability.js on linkedom, and wasm in Chromium vs DOMParser +
//    Readability.js in the same page (median page, same pages, alternating per page)
//  - native throughput (tests/bench/bench.cpp): HTML pages end to end, tokenizer alone, text
//  - wasm throughput on the same inputs: the wasm/native ratio
//  - the boundary: the library's heap hand-off vs Embind's string conversion (tests/bench/handoff.mjs)
//  - wasm size (raw, gzip, brotli) and what takes its bytes (tests/bench/wasm_size.mjs)
//  - cold start in Chromium (local server) and in Node (fresh processes)
//  - linear scaling: 1, 8 and 32 MiB of generated text and HTML, time and peak memory
// Inputs: the demo sample, the golden texts and pages composed from them; ../shared's pages
// when present (see tests/bench/inputs.mjs).
//   node scripts/bench.mjs [--quick] [--pages N] [--no-browser] [--no-scale] [--no-write]
//                          [--object-data]   (static data per object file, word tables: slow)
//   node scripts/bench.mjs --compare OLD_DIST [--with NEW_DIST] [--pages N] [--no-outputs]
//     two wasm builds (NEW defaults to dist/): outputs on every dev page, speed, size, start-up
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchInputs, scalingInput } from '../tests/bench/inputs.mjs';
import { nodeColdStart, pithVsReadabilityNode, wasmScale, wasmThroughput } from '../tests/bench/node_wasm.mjs';
import { consoleTable, headlineRows, markdown, svgChart } from '../tests/bench/report.mjs';
import { brotliSize, gzipSize, sizeReport } from '../tests/bench/wasm_size.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const WORK = path.join(ROOT, 'build', 'bench');
const NATIVE = path.join(ROOT, 'build', 'native', 'pith_bench');

function parseArgs(argv) {
  const a = { quick: false, pages: null, browser: true, scale: true, write: true, compare: null, with: path.join(ROOT, 'dist'), outputs: true, objectData: false };
  for (let i = 0; i < argv.length; i++) {
    const k = argv[i];
    if (k === '--quick') a.quick = true;
    else if (k === '--pages') a.pages = Number(argv[++i]);
    else if (k === '--no-browser') a.browser = false;
    else if (k === '--no-scale') a.scale = false;
    else if (k === '--no-write') a.write = false;
    else if (k === '--compare') a.compare = path.resolve(argv[++i]);
    else if (k === '--with') a.with = path.resolve(argv[++i]);
    else if (k === '--no-outputs') a.outputs = false;
    else if (k === '--object-data') a.objectData = true;
    else throw new Error(`bench: unknown argument ${k}`);
  }
  a.pages ??= a.quick ? 15 : 150;
  return a;
}

const log = (...m) => console.error('[bench]', ...m);
const tryRun = (cmd, args) => { try { return execFileSync(cmd, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim(); } catch { return null; } };

function machine() {
  const emcc = tryRun('emcc', ['--version'])?.split('\n')[0].match(/\d+\.\d+\.\d+/)?.[0] ?? 'n/a';
  const commit = tryRun('git', ['-C', ROOT, 'rev-parse', '--short', 'HEAD']) ?? 'n/a';
  const dirty = tryRun('git', ['-C', ROOT, 'status', '--porcelain', '--untracked-files=no']) ? ' (with local changes)' : '';
  return { date: new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC', cpu: os.cpus()[0]?.model ?? 'unknown CPU',
    cores: os.cpus().length, load: os.loadavg()[0], node: process.versions.node, emcc, commit: commit + dirty };
}

function nativeThroughput(files, repeat) {
  const list = path.join(WORK, `list-${files[0]?.set}-${files.length}.txt`);
  writeFileSync(list, files.map((f) => f.path).join('\n') + '\n');
  return JSON.parse(execFileSync(NATIVE, ['--repeat', String(repeat), '--list', list], { encoding: 'utf8' }));
}

// Which word tables each object file carries (the .cpp files that include a *_table.inc).
function wordTables(objDir, objectData) {
  const out = [];
  const walk = (dir) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const f = path.join(dir, e.name);
      if (e.isDirectory()) walk(f);
      else if (f.endsWith('.cpp')) {
        const inc = [...readFileSync(f, 'utf8').matchAll(/#include "(?:[\w/]+\/)?(\w+_table\.inc)"/g)].map((m) => m[1]);
        const object = path.relative(ROOT, f);
        const data = objectData?.find((d) => d.name === object);
        if (inc.length) out.push({ object, tables: inc, raw: data?.raw ?? 0 });
      }
    }
  };
  walk(path.join(ROOT, 'core', 'src'));
  return out.sort((a, b) => b.raw - a.raw);
}

function scaling(sizes) {
  const rows = [];
  for (const kind of ['text', 'html']) {
    for (const mib of sizes) {
      const file = path.join(WORK, `scale-${kind}-${mib}.${kind === 'text' ? 'txt' : 'html'}`);
      if (!existsSync(file)) writeFileSync(file, scalingInput(kind, mib * 1048576));
      log(`scaling ${kind} ${mib} MiB`);
      const native = JSON.parse(execFileSync(NATIVE, ['--one', file], { encoding: 'utf8' }));
      rows.push({ kind, bytes: native.bytes, native, wasm: wasmScale(file) });
    }
  }
  return rows;
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  mkdirSync(WORK, { recursive: true });
  const shared = path.resolve(ROOT, '..', 'shared');
  const inputs = benchInputs({ root: ROOT, shared, perSet: args.pages, work: WORK });
  const mib = (xs) => xs.reduce((n, x) => n + x.bytes, 0) / 1048576;
  const sets = (xs) => Object.entries(xs.reduce((m, x) => ({ ...m, [x.set]: (m[x.set] ?? 0) + 1 }), {})).map(([k, v]) => `${k} ${v}`).join(', ');
  if (args.compare) {
    const { compareBuilds } = await import('../tests/bench/compare.mjs');
    return compareBuilds({ old: args.compare, now: args.with, inputs, shared, outputs: args.outputs });
  }
  const r = { machine: machine(), inputs: { summary: `pasted text ${inputs.text.length} files, ${mib(inputs.text).toFixed(1)} MiB (${sets(inputs.text)}); HTML ${inputs.html.length} pages, ${mib(inputs.html).toFixed(1)} MiB (${sets(inputs.html)})` } };
  log(r.inputs.summary);
  const repeat = args.quick ? 1 : 3;

  log('size report');
  const sym = path.join(ROOT, 'build', 'wasm', 'symbols');
  r.size = sizeReport({ wasm: path.join(ROOT, 'dist', 'pith.wasm'), symbolWasm: path.join(sym, 'pith.wasm'),
    symbolMap: path.join(sym, 'pith.js.symbols'), objDir: path.join(ROOT, 'build', 'wasm', 'CMakeFiles'), objectData: args.objectData });
  r.tables = wordTables(path.join(ROOT, 'build', 'wasm', 'CMakeFiles'), r.size.objectData);
  const js = (files) => { const b = Buffer.concat(files.map((f) => readFileSync(path.join(ROOT, f)))); return { raw: b.length, gzip: gzipSize(b) }; };
  const libFiles = ['index.js', 'engine.js', 'load.js', 'error.js', 'worker-client.js'].map((f) => `web/lib/${f}`).filter((f) => existsSync(path.join(ROOT, f)));
  r.jsSize = { glue: js(['dist/pith.mjs']), lib: js(libFiles) };
  const anchorJs = readFileSync(path.join(ROOT, 'node_modules', '@mozilla', 'readability', 'Readability.js'));
  r.anchorSize = { raw: anchorJs.length, gzip: gzipSize(anchorJs), brotli: brotliSize(anchorJs) };

  log('native throughput');
  r.native = { text: nativeThroughput(inputs.text, repeat), html: nativeThroughput(inputs.html, repeat) };
  log('wasm throughput');
  r.wasm = { text: await wasmThroughput(inputs.text, repeat), html: await wasmThroughput(inputs.html, repeat) };

  log('Node: cold start, then wasm vs Readability.js + linkedom');
  const { createPith } = await import('../web/lib/node.js');
  r.node = { cold: nodeColdStart(args.quick ? 3 : 7), vs: pithVsReadabilityNode(inputs.html, await createPith()) };
  log('Node: the boundary (heap hand-off vs Embind strings)');
  const { handoffShare } = await import('../tests/bench/handoff.mjs');
  r.handoff = await handoffShare(ROOT, [...inputs.text, ...inputs.html].map((f) => f.path));
  if (args.browser) {
    log('Chromium: cold start, then wasm vs DOMParser + Readability.js');
    const { browserBench } = await import('../tests/bench/browser.mjs');
    r.chromium = await browserBench({ pages: inputs.html, coldRuns: args.quick ? 3 : 7 });
    r.machine.chromium = r.chromium.version;
  }
  if (args.scale) r.scaling = scaling(args.quick ? [1, 8] : [1, 8, 32]);

  const rows = headlineRows(r);
  console.log(consoleTable(rows));
  if (args.write) {
    writeFileSync(path.join(ROOT, 'docs', 'benchmarks.md'), markdown(r, rows));
    writeFileSync(path.join(ROOT, 'docs', 'benchmarks.svg'), svgChart(rows, r.machine));
    writeFileSync(path.join(WORK, 'results.json'), JSON.stringify(r, (k, v) => (k.endsWith('Ms') && Array.isArray(v) ? undefined : v), 1));
    log('wrote docs/benchmarks.md, docs/benchmarks.svg and build/bench/results.json');
  }
}

await main();
