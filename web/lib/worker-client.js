// createPithWorker(): the engine in a worker, behind the same calls as createPith() but
// returning promises. The client sends one request at a time and queues the rest, so that any
// single call can be cancelled: a queued call is dropped, the running one stops the worker
// (wasm cannot be interrupted), and the next call starts a new worker. Environment specifics
// (a module Web Worker, or worker_threads under Node) come in through `spawn`.
// Protocol (worker-serve.js): {op: 'init', wasm} once, then {id, op, input, options} ->
// {id, ok: true, result} | {id, ok: false, error: {code, message}}.
import { PithError, messageOf } from './error.js';
import { checkSource, compileWasm, isModule, isResponse } from './load.js';

/**
 * @typedef {object} Port what `spawn` returns: one started worker
 * @property {(msg: object, transfer: Transferable[]) => void} post
 * @property {(onMessage: (data: any) => void, onFailure: (why: string) => void) => void} listen
 * @property {() => void} terminate
 * @property {(busy: boolean) => void} [busy] Node: keep the process alive only while working
 */

const OPTION_NAMES = ['wasm', 'transfer', 'workerUrl'];

function checkOptions(options) {
  if (options === undefined || options === null) return {};
  if (typeof options !== 'object' || Array.isArray(options)) {
    throw new PithError('bad_option_type', `createPithWorker options must be an object, got ${Array.isArray(options) ? 'an array' : typeof options}`);
  }
  for (const k of Object.keys(options)) {
    if (!OPTION_NAMES.includes(k)) throw new PithError('unknown_option', `unknown createPithWorker option "${k}" (known: ${OPTION_NAMES.join(', ')})`);
  }
  if (options.wasm !== undefined) {
    const wrong = checkSource(options.wasm);
    if (wrong) throw new PithError('bad_option_type', wrong);
  }
  const url = options.workerUrl;
  if (url !== undefined && typeof url !== 'string' && !(url && typeof url === 'object' && typeof url.href === 'string')) {
    throw new PithError('bad_option_type', `workerUrl must be a URL or string, got ${url === null ? 'null' : typeof url}`);
  }
  if (options.transfer !== undefined && typeof options.transfer !== 'boolean') {
    throw new PithError('bad_option_type', `transfer must be true or false, got ${typeof options.transfer}`);
  }
  return options;
}

/** The input as posted, and what to transfer: a buffer the input owns whole, never a shared or pooled one. */
function prepareInput(input, what, transfer) {
  if (typeof input === 'string') return [input, []];
  if (input instanceof ArrayBuffer) return [input, transfer ? [input] : []];
  if (input instanceof Uint8Array) {
    const whole = input.byteOffset === 0 && input.byteLength === input.buffer.byteLength && input.buffer instanceof ArrayBuffer;
    return [input, transfer && whole ? [input.buffer] : []];
  }
  throw new PithError('bad_input', `${what} must be a string, Uint8Array or ArrayBuffer, got ${input === null ? 'null' : typeof input}`);
}

function cancelled(reason) {
  const why = reason === undefined ? '' : `: ${messageOf(reason)}`;
  return new PithError('cancelled', `the call was cancelled${why}; the worker was stopped and the next call starts a new one`, reason === undefined ? undefined : { cause: reason });
}

/**
 * @param {{spawn: (workerUrl: string|URL|undefined) => Port, wasmForWorker: (wasm: unknown) => unknown}} env
 */
export function makeCreatePithWorker(env) {
  /**
   * Starts nothing yet: the worker is created by the first call and after a cancel by the next.
   * @param {{wasm?: unknown, transfer?: boolean, workerUrl?: string|URL}} [options]
   * @returns {import('./index').PithWorker}
   */
  return function createPithWorker(options) {
    const opts = checkOptions(options);
    const transfer = opts.transfer !== false;
    let wasm = opts.wasm === undefined ? undefined : env.wasmForWorker(opts.wasm);
    if (wasm instanceof Promise) wasm.catch(() => {});   // reported by the calls that wait for it
    let port = null;
    let current = null;   // the job the worker is running
    const queue = [];
    let nextId = 1;

    function stop() {
      if (!port) return;
      const p = port;
      port = null;
      p.terminate();
    }

    function start() {
      port = env.spawn(opts.workerUrl);
      const mine = port;
      mine.listen((msg) => {
        mine.answered = true;
        if (port !== mine || !current || msg.id !== current.id) return;
        const job = current;
        finish();
        if (msg.ok) job.resolve(msg.result);
        else job.reject(new PithError(msg.error.code, msg.error.message));
      }, (why) => {
        if (port !== mine) return;
        stop();
        if (current) {
          const job = current;
          const code = mine.answered ? 'engine_crashed' : 'load_failed';
          finish();
          job.reject(new PithError(code, `the Pith worker failed: ${why}`));
        }
      });
      mine.post({ op: 'init', wasm: wasm instanceof Promise ? undefined : wasm }, []);
    }

    function finish() {
      if (current) current.cleanup();
      current = null;
      pump();
    }

    async function pump() {
      if (current || queue.length === 0) {
        if (!current && port && port.busy) port.busy(false);
        return;
      }
      const job = queue.shift();
      current = job;
      if (wasm instanceof Promise) {
        // A Response (or a promise of one) cannot be posted: it is compiled here, once.
        try {
          wasm = await wasm;
        } catch (e) {
          // Kept rejected: the Response cannot be read again, so every call reports this.
          current = null;
          job.cleanup();
          job.reject(e);
          pump();
          return;
        }
        if (current !== job) return;   // cancelled meanwhile
      }
      if (!port) start();
      if (port.busy) port.busy(true);
      try {
        port.post({ id: job.id, op: job.op, input: job.input, options: job.options }, job.transferList);
      } catch (e) {
        // A value that cannot be cloned (a function in the options...).
        current = null;
        job.cleanup();
        job.reject(new PithError('bad_options_json', `the call cannot be sent to the worker: ${messageOf(e)}`, { cause: e }));
        pump();
      }
    }

    function call(op, input, options, callOptions) {
      return new Promise((resolve, reject) => {
        let posted = [undefined, []];
        if (op !== 'version') posted = prepareInput(input, op === 'clean' ? 'input' : 'text', transfer);
        const signal = callOptions && callOptions.signal;
        if (signal && signal.aborted) throw cancelled(signal.reason);
        const job = {
          id: nextId++, op, input: posted[0], options, transferList: posted[1], resolve, reject,
          cleanup: () => { if (signal) signal.removeEventListener('abort', onAbort); },
        };
        function onAbort() {
          const i = queue.indexOf(job);
          if (i >= 0) queue.splice(i, 1);
          else if (current === job) {
            current = null;
            stop();
          } else return;
          job.cleanup();
          reject(cancelled(signal.reason));
          pump();
        }
        if (signal) signal.addEventListener('abort', onAbort, { once: true });
        queue.push(job);
        pump();
      });
    }

    return {
      clean: (input, options, callOptions) => call('clean', input, options, callOptions),
      extractQuotes: (text, options, callOptions) => call('extractQuotes', text, options, callOptions),
      version: (callOptions) => call('version', undefined, undefined, callOptions),
      cancel(reason) {
        const jobs = current ? [current, ...queue] : [...queue];
        current = null;
        queue.length = 0;
        stop();
        for (const job of jobs) {
          job.cleanup();
          job.reject(cancelled(reason));
        }
      },
    };
  };
}

/**
 * The `wasm` option as the worker receives it: URLs as absolute strings (a relative one means
 * relative to the page, not to the worker script), bytes and modules as they are (both can be
 * posted), a Response or promise compiled here into a module.
 * @param {unknown} wasm
 * @param {string|undefined} base the page's URL
 */
export function postableWasm(wasm, base) {
  if (typeof wasm === 'string' || (wasm && typeof wasm === 'object' && typeof wasm.href === 'string' && !isResponse(wasm))) {
    const text = typeof wasm === 'string' ? wasm : wasm.href;
    try {
      return base ? new URL(text, base).href : text;
    } catch {
      return text;
    }
  }
  if (wasm instanceof ArrayBuffer || ArrayBuffer.isView(wasm) || isModule(wasm)) return wasm;
  return compileWasm(wasm, undefined);
}
