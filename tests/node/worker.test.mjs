// createPithWorker() under Node (worker_threads; the browser's module worker shares
// worker-client.js and worker-serve.js and is run by tests/e2e and tests/consumers): the same
// results as createPith, errors as PithError, transferred input, cancellation of a queued or a
// running call, and a fresh worker after it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createPith, createPithWorker, PithError } from '../../web/lib/node.js';

const ARTICLE = [
  'Harbour Town opens a new ferry line',
  'The council of Harbour Town opened a ferry line to the islands on Monday, after two years of work on the new pier.',
  '“It changes everything for the islands,” said Edda Morn, who runs the harbour shop.',
].join('\n\n');
// Large enough (4.5 MB) that cleaning it takes far longer than the 20 ms before a cancel.
const BIG = `${'The harbour council met again on Monday to discuss the ferry timetable for the islands. '.repeat(50_000)}`;

const isCode = (code) => (e) => {
  assert.ok(e instanceof PithError, `a PithError, got ${e}`);
  assert.equal(e.code, code, e.message);
  return true;
};

test('the worker returns what createPith returns', async () => {
  const pith = await createPith();
  const worker = createPithWorker();
  try {
    const [a, q, v] = await Promise.all([worker.clean(ARTICLE, { formats: ['markdown'] }), worker.extractQuotes(ARTICLE), worker.version()]);
    const direct = pith.clean(ARTICLE, { formats: ['markdown'] });
    delete a.stats.ms;
    delete direct.stats.ms;
    assert.deepEqual(a, direct);
    assert.deepEqual(q, pith.extractQuotes(ARTICLE));
    assert.deepEqual(v, pith.version());
    assert.equal(a.quotes[0].speaker, 'Edda Morn');
  } finally {
    worker.cancel();
  }
});

test('errors arrive as PithError with the engine\'s code; the worker keeps working', async () => {
  const worker = createPithWorker();
  try {
    await assert.rejects(worker.clean(ARTICLE, { maxInputBytes: 10 }), isCode('input_too_large'));
    await assert.rejects(worker.clean(ARTICLE, { nope: 1 }), isCode('unknown_option'));
    await assert.rejects(worker.clean(12345), isCode('bad_input'));
    await assert.rejects(worker.clean(ARTICLE, { fn: () => 1 }), isCode('bad_options_json'));
    assert.ok((await worker.clean(ARTICLE)).text.includes('ferry line'));
    assert.throws(() => createPithWorker({ wasmBinary: 1 }), isCode('unknown_option'));
    assert.throws(() => createPithWorker({ transfer: 'yes' }), isCode('bad_option_type'));
  } finally {
    worker.cancel();
  }
});

test('ArrayBuffer input is transferred; transfer: false copies; a view into a larger buffer is copied', async () => {
  const bytes = () => new TextEncoder().encode(ARTICLE);
  const worker = createPithWorker();
  const copying = createPithWorker({ transfer: false });
  try {
    const buf = bytes().buffer;
    const n = buf.byteLength;
    assert.ok((await worker.clean(buf)).text.includes('ferry line'));
    assert.equal(buf.byteLength, 0, 'transferred (detached here)');

    const whole = bytes();
    await worker.clean(whole);
    assert.equal(whole.byteLength, 0, 'a Uint8Array over its whole buffer is transferred');

    const kept = bytes().buffer;
    await copying.clean(kept);
    assert.equal(kept.byteLength, n, 'transfer: false leaves it');

    const big = new Uint8Array(n + 16);
    big.set(bytes(), 8);
    const view = big.subarray(8, 8 + n);
    assert.ok((await worker.clean(view)).text.includes('ferry line'));
    assert.equal(big.byteLength, n + 16, 'a partial view is copied, its buffer stays');
  } finally {
    worker.cancel();
    copying.cancel();
  }
});

test('aborting a queued call drops it; aborting the running call stops the worker and the queue goes on', async () => {
  const worker = createPithWorker();
  try {
    await worker.version();   // loaded
    const running = worker.clean(BIG, { quotes: false });
    const queued = new AbortController();
    const dropped = worker.clean(ARTICLE, {}, { signal: queued.signal });
    const after = worker.extractQuotes(ARTICLE);
    queued.abort();
    await assert.rejects(dropped, isCode('cancelled'));
    assert.ok((await running).text.length > 1000, 'the running call was not disturbed');
    assert.equal((await after).quotes[0].speaker, 'Edda Morn');

    const stop = new AbortController();
    const long = worker.clean(BIG, { quotes: false }, { signal: stop.signal });
    const next = worker.clean(ARTICLE);
    setTimeout(() => stop.abort(new Error('user pressed stop')), 20);
    await assert.rejects(long, (e) => isCode('cancelled')(e) && /user pressed stop/.test(e.message));
    assert.ok((await next).text.includes('ferry line'), 'the next call ran in a new worker');

    const gone = new AbortController();
    gone.abort();
    await assert.rejects(worker.version({ signal: gone.signal }), isCode('cancelled'));
  } finally {
    worker.cancel();
  }
});

test('cancel() rejects every pending call; the next call starts a new worker', async () => {
  const worker = createPithWorker();
  const pending = [worker.clean(BIG), worker.clean(ARTICLE), worker.version()];
  setTimeout(() => worker.cancel(), 20);
  for (const p of pending) await assert.rejects(p, isCode('cancelled'));
  const r = await worker.clean(ARTICLE);
  assert.equal(r.quotes[0].speaker, 'Edda Morn');
  worker.cancel();
});

test('the worker loads the wasm it is given, and reports when it cannot', async () => {
  const bad = createPithWorker({ wasm: '/nonexistent/pith.wasm' });
  await assert.rejects(bad.version(), (e) => isCode('load_failed')(e) && /nonexistent\/pith\.wasm/.test(e.message));
  bad.cancel();
  const bytes = createPithWorker({ wasm: await import('node:fs').then((fs) => fs.readFileSync(new URL('../../dist/pith.wasm', import.meta.url))) });
  assert.equal((await bytes.version()).build, 'wasm');
  bytes.cancel();
  const broken = createPithWorker({ workerUrl: new URL('./no-such-worker.js', import.meta.url) });
  await assert.rejects(broken.version(), isCode('load_failed'));
  broken.cancel();
});
