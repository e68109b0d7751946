// The engine runs here, off the main thread: a module Web Worker that loads the Pith library
// (and through it the wasm build) once and answers one message per request.
//
// Request:  {id, type: 'clean' | 'version', input?, options?}
// Reply:    {id, ok: true, result, ms, scope}  or  {id, ok: false, error: {code, message}, scope}
// `ms` is the wall time inside the worker (engine + JSON decoding); `scope` names the global
// scope the engine ran in, so the page can show (and the e2e test can check) that it was a worker.
import { createPith } from '../lib/index.js';

const scope = self.constructor && self.constructor.name ? self.constructor.name : 'unknown';

function reply(msg) {
  self.postMessage({ ...msg, scope });
}

self.addEventListener('message', async (event) => {
  const { id, type, input, options } = event.data || {};
  const t0 = performance.now();
  try {
    // createPith() is idempotent; after an engine_crashed error it builds a fresh instance.
    const pith = await createPith();
    let result;
    if (type === 'version') result = pith.version();
    else if (type === 'clean') result = pith.clean(input, options);
    else throw Object.assign(new Error(`unknown request type ${type}`), { code: 'internal' });
    reply({ id, ok: true, result, ms: performance.now() - t0 });
  } catch (e) {
    reply({
      id,
      ok: false,
      error: { code: (e && e.code) || 'internal', message: (e && e.message) || String(e) },
    });
  }
});

// Warm up: start loading the wasm as soon as the worker exists, so the first clean is fast.
createPith().then(
  (pith) => reply({ id: 0, ok: true, ready: true, result: pith.version() }),
  (e) => reply({ id: 0, ok: false, ready: true, error: { code: e.code || 'load_failed', message: e.message } }),
);
