// Pith for Node (the package's "node" entry): the same API as index.js, with pith.wasm read
// from disk (fetch cannot read file: URLs) and createPithWorker() on worker_threads. No
// top-level await, so require('pith') works where Node has require(esm) (20.19+, 22.12+); older
// versions refuse it with ERR_REQUIRE_ESM, pointing to import().
import { Worker } from 'node:worker_threads';
import { makeCreatePith } from './engine.js';
import { messageOf } from './error.js';
import { readLocal } from './read-local.js';
import { makeCreatePithWorker, postableWasm } from './worker-client.js';

export { PithError } from './error.js';

/**
 * Loads the engine once in this thread and returns its API; see index.js. `wasm` may also be
 * a file path.
 * @param {import('./index').CreatePithOptions} [options]
 * @returns {Promise<import('./index').Pith>}
 */
export const createPith = makeCreatePith({ readLocal });

/**
 * The engine in a worker_threads Worker, with the same calls returning promises; see index.js.
 * An idle worker does not keep the process alive.
 * @param {import('./index').CreatePithWorkerOptions} [options]
 * @returns {import('./index').PithWorker}
 */
export const createPithWorker = makeCreatePithWorker({
  spawn(workerUrl) {
    const worker = new Worker(workerUrl || new URL('./worker-node.js', import.meta.url));
    let failed = false;
    return {
      post: (msg, transfer) => worker.postMessage(msg, transfer),
      listen(onMessage, onFailure) {
        const fail = (why) => { if (!failed) { failed = true; onFailure(why); } };
        worker.on('message', onMessage);
        worker.on('error', (e) => fail(messageOf(e)));
        worker.on('messageerror', () => fail('a reply could not be read'));
        worker.on('exit', (code) => fail(`the worker exited with code ${code}`));
      },
      terminate: () => { failed = true; worker.terminate(); },
      busy: (yes) => (yes ? worker.ref() : worker.unref()),
    };
  },
  wasmForWorker: (wasm) => postableWasm(wasm, undefined),
});

export default createPith;
