// The engine in this JavaScript context: createPith() compiles and instantiates the wasm once
// and wraps the engine's JSON-envelope functions (through the heap hand-off below) into
// clean/extractQuotes/version that return plain objects and throw PithError. Shared by the browser entry (index.js), the Node entry (node.js)
// and the worker scripts; each of them makes its own createPith with makeCreatePith().
import PithFactory, { wasmUrl } from '../../dist/pith.mjs';
import { PithError, messageOf } from './error.js';
import { checkSource, compileWasm, describeSource, sameSource } from './load.js';

function toEngineInput(input, what) {
  if (typeof input === 'string') return input;
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

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/**
 * Writes the input's UTF-8 once into the engine's reused input buffer and returns its length in
 * bytes. Embind's own std::string conversion walks every character in JavaScript twice
 * (lengthBytesUTF8, stringToUTF8); encodeInto is native. It also replaces a lone UTF-16
 * surrogate with U+FFFD, which Embind's loop did not (it corrupted the next character).
 * A string is first given room for one byte per UTF-16 unit (ASCII-heavy text fits); the rest
 * of a longer one then gets at most three bytes per unit, so the buffer never exceeds the
 * input's UTF-8 by more than that.
 */
function writeInput(engine, input) {
  if (typeof input !== 'string') {
    const at = engine.inputBuffer(input.length, 0);
    engine.HEAPU8.set(input, at);
    return input.length;
  }
  let room = input.length + 16;
  let at = engine.inputBuffer(room, 0);
  let { read, written } = encoder.encodeInto(input, engine.HEAPU8.subarray(at, at + room));
  if (read < input.length) {
    room = written + (input.length - read) * 3;
    at = engine.inputBuffer(room, written);
    written += encoder.encodeInto(input.slice(read), engine.HEAPU8.subarray(at + written, at + room)).written;
  }
  return written;
}

/** One engine call through the heap: input bytes in, the JSON envelope's bytes out. */
function callBuffer(engine, fn, input, optionsJson) {
  const length = writeInput(engine, input);
  const at = engine[fn](length, optionsJson);
  const json = decoder.decode(engine.HEAPU8.subarray(at, at + engine.resultLength()));
  engine.resultRelease();
  return json;
}

function unwrap(json) {
  const r = JSON.parse(json);
  if (!r.ok) throw new PithError(r.error.code, r.error.message);
  delete r.ok;
  return r;
}

// Emscripten appends advice meant for its own developers to every abort message.
const trapMessage = (e) => messageOf(e).replace(/\.?\s*Build with -s ASSERTIONS=1 for more info\.?/, '');

/**
 * Instantiates the Emscripten glue on a compiled module. The glue's own loader (fetch,
 * locateFile, console messages) is bypassed through instantiateWasm, print and printErr.
 */
function instantiate(module) {
  return new Promise((resolve, reject) => {
    const fail = (e) => reject(new PithError('load_failed',
      `could not load the Pith engine: instantiating pith.wasm failed: ${trapMessage(e)} (is it the pith.wasm of this version of the package?)`, { cause: e }));
    let ready;
    try {
      ready = PithFactory({
        instantiateWasm(imports, receiveInstance) {
          WebAssembly.instantiate(module, imports).then((instance) => receiveInstance(instance, module), fail);
          return {};
        },
        print() {},
        printErr() {},
      });
    } catch (e) {
      fail(e);
      return;
    }
    ready.then(resolve, fail);
  });
}

// A wasm trap (stack overflow, abort) leaves an instance unusable. The engine itself never
// throws (errors are JSON envelopes), so this is a bug or memory exhaustion: mark the instance
// dead and call onDead, so that the next createPith() builds a fresh one.
function wrap(instance, onDead) {
  let dead = null;
  const call = (fn, ...args) => {
    if (dead) throw new PithError('engine_crashed', `the engine stopped after an earlier failure (${dead}); call createPith() again to restart it`);
    try {
      return unwrap(fn === 'version' ? instance.version() : callBuffer(instance, fn, ...args));
    } catch (e) {
      if (e instanceof PithError || e instanceof SyntaxError) throw e;
      dead = trapMessage(e);
      onDead();
      throw new PithError('engine_crashed', `the engine stopped unexpectedly (${dead}); call createPith() again to restart it`, { cause: e });
    }
  };
  return {
    /**
     * Cleans a pasted page or an HTML document.
     * @param {string|Uint8Array|ArrayBuffer} input
     * @param {object} [opts] see CleanOptions in index.d.ts
     */
    clean(input, opts) {
      return call('cleanBuffer', toEngineInput(input, 'input'), toOptionsJson(opts));
    },
    /**
     * Finds quotations, their speakers and cues in any text.
     * @param {string|Uint8Array|ArrayBuffer} text
     * @param {object} [opts]
     */
    extractQuotes(text, opts) {
      return call('extractQuotesBuffer', toEngineInput(text, 'text'), toOptionsJson(opts));
    },
    /** Engine version and build. */
    version() {
      return call('version');
    },
    /**
     * Bytes of wasm memory this engine holds now. It grows to fit the largest input's working
     * set and never shrinks (WebAssembly cannot give memory back), so it is the high-water mark:
     * a page watching it sees whether one huge paste made the tab heavy.
     * @returns {number}
     */
    memoryBytes() {
      return instance.HEAPU8.length;
    },
  };
}

const NO_WASM = Symbol('no wasm option');

/** Reads createPith's options: the `wasm` source, or NO_WASM when it was not given. */
function readOptions(options) {
  if (options === undefined || options === null) return NO_WASM;
  if (typeof options !== 'object' || Array.isArray(options)) {
    throw new PithError('bad_option_type', `createPith options must be an object, got ${Array.isArray(options) ? 'an array' : typeof options}`);
  }
  for (const k of Object.keys(options)) {
    if (k !== 'wasm') throw new PithError('unknown_option', `unknown createPith option "${k}" (the only one is "wasm")`);
  }
  if (options.wasm === undefined) return NO_WASM;
  const wrong = checkSource(options.wasm);
  if (wrong) throw new PithError('bad_option_type', wrong);
  return options.wasm;
}

/**
 * Makes the createPith of one entry point.
 * @param {import('./load.js').LoadHooks} [hooks] how this environment reads local files
 */
export function makeCreatePith(hooks = {}) {
  let current = null;   // {source, promise} of the engine being loaded or in use
  let last = null;      // {source, module} of the last compiled module, reused after a crash

  /**
   * Loads the engine once and returns its API. Later calls without options, or with the same
   * `wasm`, return the same promise; a call with another `wasm` rejects with
   * PithError('already_created'). After a load failure or an engine crash it starts afresh.
   * @param {{wasm?: unknown}} [options]
   * @returns {Promise<import('./index').Pith>}
   */
  return function createPith(options) {
    let source;
    try {
      source = readOptions(options);
    } catch (e) {
      return Promise.reject(e);
    }
    if (current) {
      if (source === NO_WASM || sameSource(current.source, source)) return current.promise;
      return Promise.reject(new PithError('already_created',
        `createPith() was already called with wasm: ${describeSource(current.source)}; it cannot load another (${describeSource(source)}) in the same context. ` +
        'Call createPith() without options to get that engine, or use createPithWorker() for a separate one.'));
    }
    if (source === NO_WASM) source = last ? last.source : undefined;
    const entry = { source, promise: null };
    const forget = () => { if (current === entry) current = null; };
    entry.promise = (async () => {
      const module = last && sameSource(last.source, source) ? last.module : await compileWasm(source, wasmUrl(), hooks);
      last = { source, module };
      return wrap(await instantiate(module), forget);
    })();
    entry.promise.catch(forget);
    current = entry;
    return entry.promise;
  };
}
