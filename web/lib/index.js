// Pith for JavaScript: a thin, typed layer over the wasm engine (dist/pith.mjs). The engine
// speaks JSON strings; this module turns them into plain objects and errors into PithError.
// Works in Node 20+, browsers, module Web Workers and MV3 extension pages.
import createPithModule from '../../dist/pith.mjs';

/** Error thrown by every Pith call; `code` is stable (see docs/schema.md#errors). */
export class PithError extends Error {
  /**
   * @param {string} code machine-readable error code, e.g. "input_too_large"
   * @param {string} message what went wrong, for a person
   */
  constructor(code, message) {
    super(message);
    this.name = 'PithError';
    this.code = code;
  }
}

let instancePromise = null;

// A lone UTF-16 surrogate corrupts the next character on its way into Embind
// (toolchain.md item 9): replace it with U+FFFD first.
function wellFormed(s) {
  if (typeof s.toWellFormed === 'function') return s.toWellFormed();
  return s.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

function toEngineInput(input, what) {
  if (typeof input === 'string') return wellFormed(input);
  // Bytes go in as they are, so invalid UTF-8 is reported by the engine instead of being
  // silently replaced by a TextDecoder here.
  if (input instanceof Uint8Array) return input;
  if (input instanceof ArrayBuffer) return new Uint8Array(input);
  throw new PithError('bad_input', `${what} must be a string, Uint8Array or ArrayBuffer, got ${input === null ? 'null' : typeof input}`);
}

function toOptionsJson(opts) {
  if (opts === undefined || opts === null) return '{}';
  if (typeof opts !== 'object' || Array.isArray(opts)) {
    throw new PithError('bad_option_type', `options must be an object, got ${Array.isArray(opts) ? 'an array' : typeof opts}`);
  }
  try {
    return JSON.stringify(opts);
  } catch (e) {
    throw new PithError('bad_options_json', `options cannot be serialised to JSON: ${e.message}`);
  }
}

function unwrap(json) {
  const r = JSON.parse(json);
  if (!r.ok) throw new PithError(r.error.code, r.error.message);
  delete r.ok;
  return r;
}

// A wasm trap (stack overflow, abort) leaves an instance unusable. The engine itself never
// throws (errors are JSON envelopes), so this is a bug or memory exhaustion: mark the instance
// dead and forget it, so that the next createPith() builds a fresh one.
function makeCaller(instance) {
  let dead = null;
  return (fn, ...args) => {
    if (dead) throw new PithError('engine_crashed', `the engine stopped after an earlier failure (${dead}); call createPith() again to restart it`);
    try {
      return unwrap(instance[fn](...args));
    } catch (e) {
      if (e instanceof PithError || e instanceof SyntaxError) throw e;
      dead = e && e.message ? e.message : String(e);
      instancePromise = null;
      throw new PithError('engine_crashed', `the engine stopped unexpectedly (${dead}); call createPith() again to restart it`);
    }
  };
}

/**
 * Loads the engine once (later calls return the same object) and returns its API.
 * @param {{wasmBinary?: ArrayBuffer|Uint8Array, locateFile?: (file: string) => string}} [options]
 *   overrides for unusual hosting; by default pith.wasm is found next to dist/pith.mjs.
 * @returns {Promise<import('./index').Pith>}
 */
export function createPith(options = {}) {
  if (instancePromise) return instancePromise;
  instancePromise = createPithModule({ ...options }).then((instance) => {
    const call = makeCaller(instance);
    return {
      /**
       * Cleans a pasted page or an HTML document.
       * @param {string|Uint8Array|ArrayBuffer} input
       * @param {object} [opts] see CleanOptions in index.d.ts
       */
      clean(input, opts) {
        return call('clean', toEngineInput(input, 'input'), toOptionsJson(opts));
      },
      /**
       * Finds quotations, their speakers and cues in any text.
       * @param {string|Uint8Array|ArrayBuffer} text
       * @param {object} [opts]
       */
      extractQuotes(text, opts) {
        return call('extractQuotes', toEngineInput(text, 'text'), toOptionsJson(opts));
      },
      /** Engine version and build. */
      version() {
        return call('version');
      },
    };
  }, (e) => {
    instancePromise = null;
    throw new PithError('load_failed', `could not load the Pith engine: ${e && e.message ? e.message : e}`);
  });
  return instancePromise;
}

export default createPith;
