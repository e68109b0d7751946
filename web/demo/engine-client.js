// The page's side of the worker protocol (see worker.js). Only the newest request matters:
// while the worker is busy, later requests replace each other, and a reply to a request that
// was superseded is dropped, so typing fast never queues up stale work.
export class EngineClient {
  /**
   * @param {{onState: (state: 'loading'|'busy'|'idle') => void}} hooks
   */
  constructor({ onState }) {
    this.onState = onState;
    this.nextId = 1;
    this.inFlight = null;   // {id, resolve, reject, sentAt}
    this.queued = null;     // {request, resolve, reject}
    this.scope = null;      // global scope the engine reported running in
    this.start();
  }

  start() {
    this.worker = new Worker(new URL('./worker.js', import.meta.url), { type: 'module', name: 'pith-engine' });
    this.ready = new Promise((resolve) => { this.markReady = resolve; });
    this.onState('loading');
    this.worker.addEventListener('message', (ev) => this.onMessage(ev.data));
    this.worker.addEventListener('error', (ev) => {
      ev.preventDefault();
      const err = { code: 'load_failed', message: `the engine worker failed: ${ev.message || 'could not load worker.js or the wasm module'}` };
      this.markReady(err);
      this.failAll(err);
    });
  }

  onMessage(msg) {
    if (msg.scope) this.scope = msg.scope;
    if (msg.ready) {
      this.version = msg.ok ? msg.result : null;
      this.markReady(msg.ok ? null : msg.error);
      if (!this.inFlight) this.onState('idle');
      return;
    }
    const cur = this.inFlight;
    if (!cur || cur.id !== msg.id) return;
    this.inFlight = null;
    const roundTrip = performance.now() - cur.sentAt;
    if (this.queued) {
      // Superseded while running: drop this answer and run the newest request instead.
      cur.reject(Object.assign(new Error('superseded'), { superseded: true }));
      const { request, resolve, reject } = this.queued;
      this.queued = null;
      this.send(request, resolve, reject);
      return;
    }
    this.onState('idle');
    if (msg.ok) cur.resolve({ result: msg.result, workerMs: msg.ms, roundTrip, scope: msg.scope });
    else cur.reject(Object.assign(new Error(msg.error.message), { code: msg.error.code }));
  }

  send(request, resolve, reject) {
    const id = this.nextId++;
    this.inFlight = { id, resolve, reject, sentAt: performance.now() };
    this.onState('busy');
    this.worker.postMessage({ id, ...request });
  }

  /** Resolves with {result, workerMs, roundTrip, scope}; rejects with {code, message} or {superseded}. */
  request(request) {
    return new Promise((resolve, reject) => {
      if (this.inFlight) {
        if (this.queued) this.queued.reject(Object.assign(new Error('superseded'), { superseded: true }));
        this.queued = { request, resolve, reject };
        return;
      }
      this.send(request, resolve, reject);
    });
  }

  clean(input, options) {
    return this.request({ type: 'clean', input, options });
  }

  /** Stops a long job by replacing the worker; pending requests are rejected as cancelled. */
  cancel() {
    this.worker.terminate();
    this.failAll({ code: 'cancelled', message: 'cleaning was cancelled; the engine was restarted' });
    this.start();
  }

  failAll(err) {
    const e = Object.assign(new Error(err.message), { code: err.code });
    if (this.inFlight) this.inFlight.reject(e);
    if (this.queued) this.queued.reject(e);
    this.inFlight = this.queued = null;
    this.onState('idle');
  }
}
