// A worker thread of a batch: loads the engine once (from the compiled module the main thread
// sends), then runs one task per message and answers with its TaskResult.
import { parentPort, workerData } from 'node:worker_threads';
import { createPith } from '../../web/lib/node.js';
import { runTask } from './task.mjs';

const { job, wasm } = workerData;
let pith = null;

parentPort.on('message', async ({ id, input, outPath }) => {
  let result;
  try {
    pith ??= await createPith({ wasm });
    result = await runTask(pith, job, input, outPath);
    // After a trap the library builds a fresh instance on the next createPith().
    if (result.crashed) pith = null;
  } catch (e) {
    result = { ok: false, bytes: 0, error: { code: e?.code || 'internal', message: e?.message || String(e) } };
  }
  parentPort.postMessage({ id, ...result });
});
parentPort.postMessage({ ready: true });
