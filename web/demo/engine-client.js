// The page's side of the engine: the library's createPithWorker() runs Pith in a module Web
// Worker (web/lib/worker.js). Only the newest request matters: while the worker is busy, later
// requests replace each other, and a reply to a request that was superseded is dropped, so
// typing fast never queues up stale work.
import { createPithWorker } from '../lib/index.js';

// createPithWorker always runs the engine in a dedicated module worker (tests/e2e/demo.test.mjs
// checks the worker's global scope itself).
const SCOPE = 'DedicatedWorkerGlobalScope';
const superseded = () => Object.assign(new Error('superseded'), { superseded: true });

export class EngineClient {
  /**
   * @param {{onState: (state: 'loading'|'busy'|'idle') => void}} hooks
   */
  constructor({ onState }) {
    this.onState = onState;
    this.pith = createPithWorker();
    this.inFlight = null;   // {resolve, reject, sentAt}
    this.queued = null;     // {request, resolve, reject}
    this.scope = SCOPE;
    this.warmUp();
  }

  /** Starts the worker and loads the wasm now, so the first clean is fast. */
  warmUp() {
    this.onState('loading');
    /** Resolves with null once the engine is loaded, or with the load error {code, message}. */
    this.ready = this.pith.version().then((v) => {
      this.version = v;
      return null;
    }, (e) => {
      this.version = null;
      return { code: e.code || 'load_failed', message: e.message };
    }).then((err) => {
      if (!this.inFlight) this.onState('idle');
      return err;
    });
  }

  send({ input, options }, resolve, reject) {
    const job = { resolve, reject, sentAt: performance.now() };
    this.inFlight = job;
    this.onState('busy');
    this.pith.clean(input, options).then((result) => this.settle(job, { result }), (error) => this.settle(job, { error }));
  }

  settle(job, { result, error }) {
    if (this.inFlight !== job) return;   // failed by cancel() already
    this.inFlight = null;
    const roundTrip = performance.now() - job.sentAt;
    if (this.queued) {
      // Superseded while running: drop this answer and run the newest request instead.
      job.reject(superseded());
      const { request, resolve, reject } = this.queued;
      this.queued = null;
      this.send(request, resolve, reject);
      return;
    }
    this.onState('idle');
    if (error) job.reject(error);   // a PithError: {code, message}
    else job.resolve({ result, workerMs: result.stats && result.stats.ms, roundTrip, scope: this.scope });
  }

  /** Resolves with {result, workerMs, roundTrip, scope}; rejects with {code, message} or {superseded}. */
  request(request) {
    return new Promise((resolve, reject) => {
      if (this.inFlight) {
        if (this.queued) this.queued.reject(superseded());
        this.queued = { request, resolve, reject };
        return;
      }
      this.send(request, resolve, reject);
    });
  }

  clean(input, options) {
    return this.request({ input, options });
  }

  /** Stops a long job by stopping the worker; pending requests are rejected as cancelled. */
  cancel() {
    const pending = [this.inFlight, this.queued].filter(Boolean);
    this.inFlight = this.queued = null;
    this.pith.cancel('the Cancel button');
    const e = Object.assign(new Error('cleaning was cancelled; the engine was restarted'), { code: 'cancelled' });
    for (const job of pending) job.reject(e);
    this.warmUp();
  }
}
