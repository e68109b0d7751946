// The package as its users get it: `npm pack`, the tarball installed (npm, offline) into the
// small apps next to this file, each built with its bundler from this repository's
// devDependencies and loaded from 127.0.0.1 in Debian's Chromium, where it must show a real
// clean() result without a console error; Node ESM and CommonJS consumers; publint and
// arethetypeswrong on the tarball; tsc on typed usage for moduleResolution bundler, node16 and
// nodenext. Needs the wasm build (dist/) and npm ci; no network.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { build as viteBuild, createServer as createViteServer } from 'vite';
import * as esbuild from 'esbuild';
import webpack from 'webpack';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';
import { startServer } from '../../scripts/serve.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, '../..');
const BIN = path.join(ROOT, 'node_modules/.bin');
const APPS = ['vite', 'vite-worker', 'esbuild', 'webpack', 'node-esm', 'node-require', 'types'];
const BROWSER_APPS = ['vite', 'vite-worker', 'esbuild', 'webpack'];
const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

// What common/probe.js's article must come back as.
const TITLE = 'Selmar Point keeps its night ferry';
const BODY = 'The council of Selmar Point voted on Tuesday to keep the night ferry running for two more years';
const QUOTE = 'The last boat is how the nurses get home';

let tmp, tarball, browser;
const app = (name) => path.join(tmp, 'apps', name);
const run = (cmd, args, cwd, extra = {}) => spawnSync(cmd, args, { cwd, encoding: 'utf8', timeout: 120_000, ...extra });

before(async () => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'pith-consumers-'));
  const readme = readFileSync(path.join(ROOT, 'README.md'));
  // npm pack runs the prepack/postpack scripts that swap in README-npm.md.
  const packed = execFileSync('npm', ['pack', '--pack-destination', tmp, '--loglevel=error'], { cwd: ROOT, encoding: 'utf8' });
  assert.ok(readme.equals(readFileSync(path.join(ROOT, 'README.md'))), 'npm pack leaves the contributors\' README.md in place');
  tarball = path.join(tmp, 'pith.tgz');
  renameSync(path.join(tmp, packed.trim().split('\n').pop()), tarball);

  for (const name of APPS) cpSync(path.join(HERE, name), app(name), { recursive: true });
  for (const name of BROWSER_APPS) cpSync(path.join(HERE, 'common/probe.js'), path.join(app(name), 'probe.js'));
  // One install for all apps (npm workspaces); each app's package.json names the tarball.
  writeFileSync(path.join(tmp, 'package.json'), JSON.stringify({ private: true, workspaces: APPS.map((a) => `apps/${a}`) }));
  execFileSync('npm', ['install', '--offline', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: tmp, stdio: 'pipe' });
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: FLAGS });
});

after(async () => {
  await browser?.close();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

// ---------------------------------------------------------------- the tarball

test('the tarball holds the files the package uses, its own README and the LICENSE', () => {
  const files = execFileSync('tar', ['-tzf', tarball], { encoding: 'utf8' }).trim().split('\n')
    .map((f) => f.replace(/^package\//, '')).sort();
  assert.deepEqual(files, [
    'CHANGELOG.md', 'LICENSE', 'README.md', 'bin/cli/args.mjs', 'bin/cli/fetch.mjs', 'bin/cli/glob.mjs',
    'bin/cli/help.mjs', 'bin/cli/inputs.mjs', 'bin/cli/pool.mjs', 'bin/cli/progress.mjs', 'bin/cli/render.mjs',
    'bin/cli/sniff.mjs', 'bin/cli/task.mjs', 'bin/cli/worker.mjs', 'bin/pith.mjs', 'dist/pith.mjs', 'dist/pith.wasm', 'docs/embedding.md', 'docs/schema.md',
    'package.json', 'web/lib/engine.js', 'web/lib/error.js', 'web/lib/index.d.ts', 'web/lib/index.js', 'web/lib/load.js',
    'web/lib/node.js', 'web/lib/pith.wasm.d.ts', 'web/lib/read-local.js', 'web/lib/worker-client.js', 'web/lib/worker-node.js',
    'web/lib/worker-serve.js', 'web/lib/worker.d.ts', 'web/lib/worker.js',
  ]);
  const installed = path.join(tmp, 'node_modules/pith');
  const readme = readFileSync(path.join(installed, 'README.md'), 'utf8');
  assert.equal(readme, readFileSync(path.join(ROOT, 'README-npm.md'), 'utf8'), 'the package README is README-npm.md');
  // Relative links must name files that are in the package.
  for (const [, target] of readme.matchAll(/\]\(([^)#\s]+)(?:#[^)]*)?\)/g)) {
    if (/^[a-z]+:/i.test(target)) continue;
    assert.ok(files.includes(path.posix.normalize(target)), `README link ${target} is in the package`);
  }
  const pkg = JSON.parse(readFileSync(path.join(installed, 'package.json'), 'utf8'));
  assert.equal(pkg.license, 'MIT');
  assert.match(readFileSync(path.join(installed, 'LICENSE'), 'utf8'), /^MIT License[\s\S]*the Pith authors/);
});

test('publint finds nothing to report in the tarball', async () => {
  const { messages, pkg } = await publint({ pack: { tarball: readFileSync(tarball).buffer }, level: 'suggestion', strict: true });
  assert.deepEqual(messages.map((m) => `${m.type}: ${formatMessage(m, pkg, { color: false })}`), []);
});

// The package is ESM only. The esm-only profile leaves out node10 (no "exports" support) and
// node16 from CommonJS, where TypeScript before 5.8 (attw's own) cannot model require(esm):
// require('pith') works on Node 20.19+/22.12+, which tsc 7's nodenext checks (usage-require.cts).
test('arethetypeswrong passes on the tarball (profile esm-only)', () => {
  const r = run(path.join(BIN, 'attw'), [tarball, '--profile', 'esm-only', '--format', 'table-flipped'], tmp);
  assert.equal(r.status, 0, r.stdout + r.stderr);
});

for (const mode of ['bundler', 'node16', 'nodenext']) {
  test(`tsc --noEmit passes on typed usage with moduleResolution ${mode}`, () => {
    const r = run(path.join(BIN, 'tsc'), ['-p', `tsconfig.${mode}.json`], app('types'));
    assert.equal(r.status, 0, r.stdout + r.stderr);
  });
}

// ---------------------------------------------------------------- Node

test('Node ESM: import, createPith, createPithWorker, already_created; the process exits by itself', () => {
  const r = run(process.execPath, ['index.js'], app('node-esm'), { timeout: 30_000 });
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stderr, '');
  const out = JSON.parse(r.stdout);
  assert.equal(out.version.build, 'wasm');
  assert.ok(out.text.startsWith(BODY), out.text);
  assert.ok(out.speakers.includes('Mara Quill'));
  assert.equal(out.workerText, out.text);
  assert.equal(out.second, 'already_created');
});

test('CommonJS: require(\'pith\') works on this Node; without require(esm) the error points to import()', () => {
  let r = run(process.execPath, ['index.js'], app('node-require'));
  assert.equal(r.status, 0, r.stderr);
  let out = JSON.parse(r.stdout);
  assert.deepEqual(out.viaRequire.ok, true, JSON.stringify(out.viaRequire));
  assert.ok(out.viaRequire.text.startsWith(BODY));
  assert.equal(out.viaImport, out.viaRequire.text);

  // Node versions without require(esm) (before 20.19 and 22.12) behave as with this flag.
  r = run(process.execPath, ['--no-experimental-require-module', 'index.js'], app('node-require'));
  assert.equal(r.status, 0, r.stderr);
  out = JSON.parse(r.stdout);
  assert.equal(out.viaRequire.ok, false);
  assert.equal(out.viaRequire.code, 'ERR_REQUIRE_ESM');
  assert.match(out.viaRequire.message, /dynamic import\(\)/);
  assert.ok(out.viaImport.startsWith(BODY));
});

test('npx pith from the installed tarball: a folder of pages, on worker threads, names mirrored', async () => {
  const pages = path.join(tmp, 'cli-pages');
  mkdirSync(path.join(pages, 'sub'), { recursive: true });
  const { ARTICLE: text } = await import(pathToFileURL(path.join(HERE, 'common/probe.js')).href);
  writeFileSync(path.join(pages, 'one.txt'), text);
  writeFileSync(path.join(pages, 'sub', 'two.html'), `<!doctype html><html><body><article>${text.split('\n\n').map((p) => `<p>${p}</p>`).join('')}</article></body></html>`);
  writeFileSync(path.join(pages, 'skip.pdf'), '%PDF');
  const out = path.join(tmp, 'cli-out');
  const r = run('npx', ['--offline', '--no-install', 'pith', 'clean', pages, '--out', out, '--format', 'text', '--jobs', '2'], app('node-esm'));
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stderr, /^pith: 2 ok, 0 failed \(2 inputs, [\d.]+ MB in [\d.]+ s, 2 jobs\)\n$/);
  assert.deepEqual(listFiles(out).sort(), ['one.txt', path.join('sub', 'two.txt')]);
  assert.ok(readFileSync(path.join(out, 'one.txt'), 'utf8').includes(BODY));
  const q = run('npx', ['--offline', '--no-install', 'pith', 'quotes', path.join(pages, 'sub', 'two.html'), '--format', 'text'], app('node-esm'));
  assert.equal(q.status, 0, q.stderr);
  assert.match(q.stdout, /^Mara Quill \[direct\]: /m);
  const bad = run('npx', ['--offline', '--no-install', 'pith', 'clean', '--jobs', 'lots', pages], app('node-esm'));
  assert.equal(bad.status, 2);
  assert.match(bad.stderr, /--jobs needs a whole number/);
});

// ---------------------------------------------------------------- bundlers in Chromium

/** The files under dir, relative. */
function listFiles(dir, base = dir) {
  return readdirSync(dir).flatMap((n) => {
    const p = path.join(dir, n);
    return statSync(p).isDirectory() ? listFiles(p, base) : [path.relative(base, p)];
  });
}

/** What every browser build must hold: the wasm once, no Node import and no path of this machine. */
function checkOutput(dist) {
  const files = listFiles(dist);
  assert.equal(files.filter((f) => f.endsWith('.wasm')).length, 1, `one wasm file in ${files.join(', ')}`);
  for (const f of files.filter((x) => /\.m?js$/.test(x))) {
    const js = readFileSync(path.join(dist, f), 'utf8');
    assert.doesNotMatch(js, /["'`]node:/, `${f} imports no node: module`);
    assert.ok(!js.includes(tmp) && !js.includes(ROOT), `${f} holds no absolute build path`);
  }
}

/**
 * Opens dist's index.html from 127.0.0.1 (or the page at url); returns the probe's results after
 * checking that nothing went wrong on the way.
 */
async function openInChromium(dist, url = null) {
  const server = dist ? await startServer({ port: 0, host: '127.0.0.1', quiet: true, root: dist }) : null;
  const context = await browser.newContext();
  const page = await context.newPage();
  const problems = [];
  const wasm = [];
  const watchConsole = (where) => (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(`${where} console.${m.type()}: ${m.text()}`);
  };
  page.on('console', watchConsole('page'));
  page.on('worker', (w) => w.on('console', watchConsole(`worker ${w.url()}`)));
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()} ${r.failure()?.errorText}`));
  page.on('response', (r) => {
    if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`);
    if (r.url().endsWith('.wasm')) wasm.push(r.headers()['content-type']);
  });
  try {
    await page.goto(url || `http://127.0.0.1:${server.address().port}/`);
    await page.waitForFunction(() => document.body.dataset.state !== 'loading', null, { timeout: 20_000 });
    const { state, error, results } = await page.evaluate(() => ({ ...document.body.dataset }));
    assert.equal(state, 'done', error);
    assert.deepEqual(problems, []);
    assert.ok(wasm.length >= 1 && wasm.every((t) => t === 'application/wasm'), `the wasm was fetched: ${wasm}`);
    return JSON.parse(results);
  } finally {
    await context.close();
    if (server) await new Promise((resolve) => server.close(resolve));
  }
}

function checkResult(name, r) {
  assert.equal(r.title, TITLE, name);
  assert.ok(r.text.startsWith(BODY), `${name}: ${r.text}`);
  assert.ok(r.quotes.some((q) => q.text.startsWith(QUOTE) && q.speaker === 'Mara Quill'), `${name}: ${JSON.stringify(r.quotes)}`);
}

test('Vite, default configuration: builds, emits the wasm, cleans in Chromium', async () => {
  await viteBuild({ root: app('vite'), configFile: false, logLevel: 'error' });
  checkOutput(path.join(app('vite'), 'dist'));
  const results = await openInChromium(path.join(app('vite'), 'dist'));
  checkResult('main thread', results.main);
});

test('Vite dev server: the same app runs unbuilt, the wasm served from the package', async () => {
  const server = await createViteServer({ root: app('vite'), configFile: false, logLevel: 'error', server: { host: '127.0.0.1', port: 0 } });
  try {
    await server.listen();
    checkResult('main thread', (await openInChromium(null, server.resolvedUrls.local[0])).main);
  } finally {
    await server.close();
  }
});

test('Vite with workers: the app\'s own module worker and createPithWorker (transferred input)', async () => {
  await viteBuild({ root: app('vite-worker'), configFile: false, logLevel: 'error' });
  checkOutput(path.join(app('vite-worker'), 'dist'));
  const results = await openInChromium(path.join(app('vite-worker'), 'dist'));
  checkResult('own worker', results.ownWorker);
  checkResult('createPithWorker', results.pithWorker);
});

test('esbuild, browser ESM, file loader for pith/pith.wasm, pith/worker as an entry: cleans in Chromium', async () => {
  const { default: config } = await import(pathToFileURL(path.join(app('esbuild'), 'esbuild.config.mjs')).href);
  await esbuild.build({ ...config, absWorkingDir: app('esbuild'), logLevel: 'error' });
  const dist = path.join(app('esbuild'), 'dist');
  cpSync(path.join(app('esbuild'), 'index.html'), path.join(dist, 'index.html'));
  checkOutput(dist);
  const results = await openInChromium(dist);
  checkResult('main thread', results.main);
  checkResult('createPithWorker', results.pithWorker);
});

test('webpack 5 without loaders: createPith and createPithWorker clean in Chromium', async () => {
  const { default: config } = await import(pathToFileURL(path.join(app('webpack'), 'webpack.config.mjs')).href);
  const stats = await new Promise((resolve, reject) => webpack(config, (e, s) => (e ? reject(e) : resolve(s))));
  assert.equal(stats.hasErrors(), false, stats.toString({ all: false, errors: true }));
  const dist = config.output.path;
  cpSync(path.join(app('webpack'), 'index.html'), path.join(dist, 'index.html'));
  checkOutput(dist);
  const results = await openInChromium(dist);
  checkResult('main thread', results.main);
  checkResult('createPithWorker', results.pithWorker);
});

test('every fixture app is tested', () => {
  assert.deepEqual(readdirSync(HERE).filter((n) => statSync(path.join(HERE, n)).isDirectory() && n !== 'common').sort(), [...APPS].sort());
  assert.ok(existsSync(path.join(HERE, 'common/probe.js')));
});
