// Pith for browsers, Web Workers, extensions and bundlers (the package's "browser" and
// "default" entry). No top-level await and no Node import: the wasm next to dist/pith.mjs is
// fetched and compiled on the first createPith() call, or taken from createPith({ wasm }).
// Under Node the package resolves to node.js instead, which reads the file from disk.
import { makeCreatePith } from './engine.js';
import { makeCreatePithWorker, postableWasm } from './worker-client.js';

export { PithError } from './error.js';

/**
 * Loads the engine once in this context and returns its API. Later calls without options, or
 * with the same `wasm`, return the same promise; another `wasm` rejects with
 * PithError('already_created'). Rejects with PithError('load_failed') naming the URL, HTTP
 * status and content type when the wasm cannot be loaded.
 * @param {import('./index').CreatePithOptions} [options]
 * @returns {Promise<import('./index').Pith>}
 */
export const createPith = /*#__PURE__*/ makeCreatePith();

function pageUrl() {
  if (typeof document === 'object' && document) return document.baseURI;
  return globalThis.location ? globalThis.location.href : undefined;
}

/**
 * The engine in a module Web Worker, with the same calls returning promises. Inputs given as
 * ArrayBuffer (or a Uint8Array over a whole buffer) are transferred, not copied, unless
 * `transfer: false`. Each call takes `{signal}`; `cancel()` stops every call. A stopped worker
 * is replaced by the next call.
 * @param {import('./index').CreatePithWorkerOptions} [options]
 * @returns {import('./index').PithWorker}
 */
export const createPithWorker = /*#__PURE__*/ makeCreatePithWorker({
  spawn(workerUrl) {
    // The literal form is what bundlers recognise and bundle as a worker; workerUrl is for those
    // that do not (esbuild: build pith/worker as an entry point of its own).
    const worker = workerUrl
      ? new Worker(workerUrl, { type: 'module', name: 'pith' })
      : new Worker(new URL('./worker.js', import.meta.url), { type: 'module', name: 'pith' });
    return {
      post: (msg, transfer) => worker.postMessage(msg, transfer),
      listen(onMessage, onFailure) {
        worker.addEventListener('message', (event) => onMessage(event.data));
        worker.addEventListener('error', (event) => {
          event.preventDefault();
          onFailure(event.message || 'the worker script (pith/web/lib/worker.js) could not be loaded or threw');
        });
        worker.addEventListener('messageerror', () => onFailure('a reply could not be read'));
      },
      terminate: () => worker.terminate(),
    };
  },
  wasmForWorker: (wasm) => postableWasm(wasm, pageUrl()),
});

export default createPith;
