// A batch on worker_threads: `jobs` workers, each loading the engine once from the module the
// main thread compiled, pulling the next input as soon as it is done. Results reach `onResult`
// in input order when `ordered` (standard output), else as they finish; an input that fails
// never stops the others unless failFast. A worker that dies (out of memory, a bug) fails its
// input and is replaced.
import { Worker } from 'node:worker_threads';

const WORKER_URL = new URL('./worker.mjs', import.meta.url);

/**
 * @param {object} a
 * @param {Array<{kind: string, path: string, bytes?: Uint8Array, error?: object}>} a.inputs
 * @param {(string|null)[]} a.outPaths
 * @param {import('./task.mjs').Job} a.job
 * @param {number} a.jobs
 * @param {WebAssembly.Module} a.wasm
 * @param {boolean} a.failFast
 * @param {boolean} a.ordered
 * @param {(index: number, result: import('./task.mjs').TaskResult) => void} a.onResult
 * @returns {Promise<{perJob: number[], stopped: boolean}>}
 */
export function runPool({ inputs, outPaths, job, jobs, wasm, failFast, ordered, onResult }) {
  const n = inputs.length;
  const results = new Array(n);
  const perJob = new Array(jobs).fill(0);
  // Ordered output holds finished results until the ones before them are out: dispatching at
  // most this far ahead bounds that memory.
  const window = ordered ? Math.max(64, jobs * 16) : Infinity;
  let next = 0, emitted = 0, finished = 0, stopped = false, respawns = 0;
  const workers = [];

  return new Promise((resolve) => {
    const emit = () => {
      while (emitted < n && results[emitted] !== undefined) {
        onResult(emitted, results[emitted]);
        results[emitted++] = null;
      }
    };
    const finish = (index, result) => {
      if (results[index] !== undefined) return;
      results[index] = result;
      finished++;
      if (!ordered) { onResult(index, result); results[index] = null; } else emit();
      if (!result.ok && failFast) stopped = true;
    };
    const done = () => {
      if (finished < n && !stopped) return false;
      if (workers.every((w) => !w || w.task === null) || stopped) {
        for (const w of workers) w?.worker.terminate();
        workers.length = 0;
        resolve({ perJob, stopped });
        return true;
      }
      return false;
    };
    // Inputs that failed before reaching a worker (missing files) are results at once.
    const skipFailed = () => {
      while (next < n && inputs[next].kind === 'missing') {
        const i = next++;
        finish(i, { ok: false, bytes: 0, error: inputs[i].error });
      }
    };
    const feed = (slot) => {
      const w = workers[slot];
      if (!w) return;
      skipFailed();
      if (stopped || next >= n || next >= emitted + window) { w.task = null; done(); return; }
      const i = next++;
      w.task = i;
      const { kind, path, bytes } = inputs[i];
      w.worker.postMessage({ id: i, input: { kind, path, bytes }, outPath: outPaths[i] });
    };
    const refill = () => workers.forEach((w, slot) => { if (w && w.ready && w.task === null) feed(slot); });
    const spawn = (slot) => {
      const worker = new Worker(WORKER_URL, { workerData: { job, wasm } });
      const w = { worker, task: null, ready: false };
      workers[slot] = w;
      worker.on('message', (m) => {
        if (m.ready) { w.ready = true; feed(slot); return; }
        const i = w.task;
        w.task = null;
        perJob[slot]++;
        const { id, ...result } = m;
        finish(id ?? i, result);
        if (done()) return;
        feed(slot);
        refill();
      });
      const died = (why) => {
        if (workers[slot] !== w) return;
        workers[slot] = null;
        if (w.task !== null) finish(w.task, { ok: false, bytes: 0, error: { code: 'worker_failed', message: `the worker stopped: ${why}` } });
        if (done()) return;
        // A worker that cannot even start (or keeps dying) is not retried forever.
        if (++respawns <= jobs * 4) spawn(slot);
        else { stopped = true; for (let i = next; i < n; i++) finish(i, { ok: false, bytes: 0, error: { code: 'worker_failed', message: `the worker stopped: ${why}` } }); next = n; done(); }
        refill();
      };
      worker.on('error', (e) => died(e?.message || String(e)));
      worker.on('exit', (code) => died(`exit code ${code}`));
    };
    if (n === 0) { resolve({ perJob, stopped }); return; }
    skipFailed();
    if (done()) return;
    for (let slot = 0; slot < Math.min(jobs, n); slot++) spawn(slot);
  });
}
