// Loading the engine: every kind of `wasm` source, one engine per context, and load failures
// that name the URL, HTTP status and content type, without console output. Each test makes a
// fresh createPith with makeCreatePith() (what the entries do once per context), except where
// the entries themselves are the subject.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { makeCreatePith } from '../../web/lib/engine.js';
import * as nodeEntry from '../../web/lib/node.js';
import { readLocal } from '../../web/lib/read-local.js';
import * as browserEntry from '../../web/lib/index.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const WASM_PATH = path.join(ROOT, 'dist/pith.wasm');
const WASM = readFileSync(WASM_PATH);
const TEXT = '“We leave at dawn,” said Ona Brill, the expedition leader, on Friday.';
const HTML_PAGE = '<!doctype html><html><head><title>App</title></head><body><div id="app"></div></body></html>';

let server, base;
const requests = [];

before(async () => {
  server = createServer((req, res) => {
    requests.push(req.url);
    if (req.url === '/pith.wasm') res.writeHead(200, { 'Content-Type': 'application/wasm' }).end(WASM);
    else if (req.url === '/octet/pith.wasm') res.writeHead(200, { 'Content-Type': 'application/octet-stream' }).end(WASM);
    else if (req.url === '/spa/pith.wasm') res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(HTML_PAGE);
    else res.writeHead(404, { 'Content-Type': 'text/html' }).end('<h1>Not Found</h1>');
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${server.address().port}`;
});

after(() => new Promise((resolve) => server.close(resolve)));

/** Runs fn with console.log/warn/error/info captured; returns [result or error, lines]. */
async function quietly(fn) {
  const lines = [];
  const saved = {};
  for (const k of ['log', 'warn', 'error', 'info', 'debug']) {
    saved[k] = console[k];
    console[k] = (...a) => lines.push(`${k}: ${a.join(' ')}`);
  }
  try {
    return [await fn().catch((e) => e), lines];
  } finally {
    Object.assign(console, saved);
  }
}

async function works(pithPromise) {
  const pith = await pithPromise;
  const r = pith.extractQuotes(TEXT);
  assert.equal(r.quotes[0].speaker, 'Ona Brill');
  return pith;
}

test('every kind of wasm source loads: URL string, URL object, path, bytes, Response, promise, Module', async () => {
  const sources = {
    'http URL string': `${base}/pith.wasm`,
    'URL object': new URL('/pith.wasm', base),
    'octet-stream URL (no streaming)': `${base}/octet/pith.wasm`,
    'file path': WASM_PATH,
    'file URL': pathToFileURL(WASM_PATH),
    'Buffer': WASM,
    'ArrayBuffer': WASM.buffer.slice(WASM.byteOffset, WASM.byteOffset + WASM.length),
    'Uint8Array view into a larger buffer': new Uint8Array(Buffer.concat([Buffer.alloc(8), WASM]).buffer, 8, WASM.length),
    'Response': await fetch(`${base}/pith.wasm`),
    'promise of a Response': fetch(`${base}/pith.wasm`),
    'WebAssembly.Module': await WebAssembly.compile(WASM),
  };
  for (const [what, wasm] of Object.entries(sources)) {
    const createPith = makeCreatePith(what.includes('file') ? { readLocal: readLocal } : {});
    await works(createPith({ wasm })).catch((e) => assert.fail(`${what}: ${e.message}`));
  }
});

test('one engine per context: same options share it, another wasm is refused, no options take it', async () => {
  const createPith = makeCreatePith();
  const url = `${base}/pith.wasm`;
  const a = createPith({ wasm: url });
  assert.equal(createPith({ wasm: url }), a, 'the same URL text: the same promise');
  assert.equal(createPith({ wasm: new URL(url) }), a, 'a URL object with the same href');
  assert.equal(createPith(), a, 'no options: whatever was loaded');
  assert.equal(createPith({}), a);
  await works(a);
  await assert.rejects(createPith({ wasm: WASM }), (e) => {
    assert.equal(e.code, 'already_created');
    assert.ok(e.message.includes(url), e.message);
    assert.match(e.message, /createPithWorker/);
    return true;
  });
  assert.equal(await createPith(), await a, 'still the first engine');
});

test('wrong options are refused before anything loads', async () => {
  const createPith = makeCreatePith();
  const cases = [
    [{ wasm: 42 }, 'bad_option_type', /wasm must be a URL or string/],
    [{ wasm: null }, 'bad_option_type', /got null/],
    [{ wasmBinary: WASM }, 'unknown_option', /wasmBinary/],
    ['pith.wasm', 'bad_option_type', /must be an object/],
  ];
  for (const [options, code, message] of cases) {
    await assert.rejects(createPith(options), (e) => e.name === 'PithError' && e.code === code && message.test(e.message));
  }
  await works(createPith({ wasm: WASM }));
});

test('a 404 names the URL, the status and the content type; the next call may try another wasm', async () => {
  const createPith = makeCreatePith();
  const [e, lines] = await quietly(() => createPith({ wasm: `${base}/missing/pith.wasm` }));
  assert.equal(e.code, 'load_failed');
  assert.ok(e.message.includes(`${base}/missing/pith.wasm`), e.message);
  assert.match(e.message, /HTTP 404 Not Found \(content-type text\/html\)/);
  assert.deepEqual(lines, [], 'nothing on the console');
  await works(createPith({ wasm: `${base}/pith.wasm` }));
});

test('an HTML fallback page instead of the wasm is recognised and explained', async () => {
  const createPith = makeCreatePith();
  const [e, lines] = await quietly(() => createPith({ wasm: `${base}/spa/pith.wasm` }));
  assert.equal(e.code, 'load_failed');
  assert.ok(e.message.includes(`${base}/spa/pith.wasm (content-type text/html; charset=utf-8)`), e.message);
  assert.match(e.message, /not a WebAssembly file \(\d+ bytes starting with "<!doctype html>/);
  assert.match(e.message, /web page/);
  assert.doesNotMatch(e.message, /ASSERTIONS/);
  assert.deepEqual(lines, []);
});

test('broken and unreadable wasm sources fail with load_failed and a reason', async () => {
  const cases = [
    [WASM.subarray(0, 1000), /the bytes given as wasm: compiling failed/],
    [() => Promise.reject(new Error('offline')), /the promise given as wasm rejected: offline/],
    ['/nonexistent/dir/pith.wasm', /reading \/nonexistent\/dir\/pith.wasm failed: ENOENT/],
    [`http://127.0.0.1:1/pith.wasm`, /fetching http:\/\/127\.0\.0\.1:1\/pith\.wasm failed/],
  ];
  for (const [source, message] of cases) {
    const createPith = makeCreatePith({ readLocal: readLocal });
    const wasm = typeof source === 'function' ? source() : source;
    const [e, lines] = await quietly(() => createPith({ wasm }));
    assert.equal(e.code, 'load_failed', String(e));
    assert.match(e.message, message);
    assert.deepEqual(lines, []);
  }
  // A Response can be read once: a second engine from the same (used) Response says so.
  const res = await fetch(`${base}/octet/pith.wasm`);
  await works(makeCreatePith()({ wasm: res }));
  const [e] = await quietly(() => makeCreatePith()({ wasm: res }));
  assert.match(e.message, /already read/);
});

test('the Node entry reads the default wasm from disk; the browser entry under Node explains it cannot', async () => {
  await works(nodeEntry.createPith());
  const [e, lines] = await quietly(() => browserEntry.createPith());
  assert.equal(e.code, 'load_failed');
  assert.ok(e.message.includes(pathToFileURL(WASM_PATH).href), e.message);
  assert.match(e.message, /fetch cannot read file: URLs; under Node import 'pith'/);
  assert.deepEqual(lines, []);
  // ... and works when given the bytes.
  await works(browserEntry.createPith({ wasm: WASM }));
  assert.ok(requests.every((u) => u.endsWith('.wasm')));
});
