// Turns whatever createPith({ wasm }) was given into a compiled WebAssembly.Module: a URL or
// string (fetched), bytes, a Response or a promise of one, or a module compiled elsewhere.
// Streaming compilation is used when the server labels the file application/wasm; anything
// else is read as bytes first, so a wrong MIME type costs speed, not a failure. Every failure
// says what was asked for and what came back (URL, HTTP status, content type, the first bytes):
// the common one is a single-page-app server answering a missing pith.wasm with its HTML page.
import { PithError, messageOf } from './error.js';

/**
 * @typedef {object} LoadHooks
 * @property {(source: string|URL) => Promise<{bytes: Uint8Array, where: string}|null>} [readLocal]
 *   Node only: reads file: URLs and paths; returns null for anything it does not handle.
 */

const failed = (message, cause) => new PithError('load_failed', `could not load the Pith engine: ${message}`, cause ? { cause } : undefined);

/** True for a fetch Response (also one from another realm or from undici). */
export function isResponse(x) {
  if (typeof Response === 'function' && x instanceof Response) return true;
  return !!x && typeof x === 'object' && typeof x.arrayBuffer === 'function' &&
    typeof x.status === 'number' && !!x.headers && typeof x.headers.get === 'function';
}

export const isModule = (x) => typeof WebAssembly === 'object' && x instanceof WebAssembly.Module;
const isUrlObject = (x) => !!x && typeof x === 'object' && !isResponse(x) && typeof x.href === 'string';
const isThenable = (x) => !!x && (typeof x === 'object' || typeof x === 'function') && typeof x.then === 'function';

/**
 * Checks the type of a `wasm` option without loading anything.
 * @returns {string|null} what is wrong, or null when the value is usable
 */
export function checkSource(source) {
  if (typeof source === 'string' || isUrlObject(source) || source instanceof ArrayBuffer ||
    ArrayBuffer.isView(source) || isResponse(source) || isThenable(source) || isModule(source)) return null;
  const got = source === null ? 'null' : Array.isArray(source) ? 'an array' : typeof source;
  return `wasm must be a URL or string, an ArrayBuffer or Uint8Array, a Response (or a promise of one) or a WebAssembly.Module; got ${got}`;
}

/** A short description of a `wasm` option, for messages. */
export function describeSource(source) {
  if (source === undefined) return 'the default (pith.wasm next to the package\'s dist/pith.mjs)';
  if (typeof source === 'string') return JSON.stringify(source);
  if (isUrlObject(source)) return source.href;
  if (source instanceof ArrayBuffer || ArrayBuffer.isView(source)) return `${source.byteLength} bytes`;
  if (isResponse(source)) return `a Response${source.url ? ` for ${source.url}` : ''}`;
  if (isModule(source)) return 'a WebAssembly.Module';
  return 'a promise';
}

/** Two `wasm` options name the same module: the same object, or URLs with the same text. */
export function sameSource(a, b) {
  if (a === b) return true;
  const text = (x) => (typeof x === 'string' ? x : isUrlObject(x) ? x.href : null);
  return text(a) !== null && text(a) === text(b);
}

/**
 * Compiles `source` (see checkSource); rejects with PithError('load_failed').
 * @param {unknown} source
 * @param {URL} defaultUrl used when source is undefined
 * @param {LoadHooks} [hooks]
 * @returns {Promise<WebAssembly.Module>}
 */
export async function compileWasm(source, defaultUrl, hooks = {}) {
  if (source === undefined) source = defaultUrl;
  if (isThenable(source)) {
    try {
      source = await source;
    } catch (e) {
      throw failed(`the promise given as wasm rejected: ${messageOf(e)}`, e);
    }
    if (!isResponse(source) && !isModule(source) && !(source instanceof ArrayBuffer) && !ArrayBuffer.isView(source)) {
      throw new PithError('bad_option_type', `the promise given as wasm must resolve to a Response, bytes or a WebAssembly.Module; got ${source === null ? 'null' : typeof source}`);
    }
  }
  if (isModule(source)) return source;
  if (isResponse(source)) return fromResponse(source, source.url || 'the Response given as wasm');
  if (source instanceof ArrayBuffer) return fromBytes(new Uint8Array(source), 'the bytes given as wasm');
  if (ArrayBuffer.isView(source)) {
    return fromBytes(new Uint8Array(source.buffer, source.byteOffset, source.byteLength), 'the bytes given as wasm');
  }
  const url = isUrlObject(source) ? source.href : source;
  const local = hooks.readLocal ? await hooks.readLocal(url) : null;
  if (local) return fromBytes(local.bytes, local.where);
  return fromUrl(url);
}

async function fromUrl(url) {
  let res;
  try {
    res = await fetch(url, { credentials: 'same-origin' });
  } catch (e) {
    const where = absolute(url);
    const hint = where.startsWith('file:')
      ? ' (fetch cannot read file: URLs; under Node import \'pith\', whose Node entry reads the file, or pass the bytes as wasm)'
      : ' (offline, blocked by CORS or by a Content-Security-Policy connect-src?)';
    throw failed(`fetching ${where} failed: ${messageOf(e)}${hint}`, e);
  }
  return fromResponse(res, res.url || absolute(url));
}

/** The URL fetch() would use for `url`, for messages. */
function absolute(url) {
  try {
    const base = typeof document === 'object' && document ? document.baseURI : globalThis.location?.href;
    return new URL(url, base).href;
  } catch {
    return String(url);
  }
}

async function fromResponse(res, where) {
  const type = res.headers.get('content-type') || 'none';
  if (!res.ok) {
    throw failed(`${where} answered HTTP ${res.status}${res.statusText ? ` ${res.statusText}` : ''} (content-type ${type}) instead of the wasm file`);
  }
  if (res.bodyUsed) throw failed(`the body of the Response for ${where} was already read`);
  if (/^application\/wasm\s*(;|$)/i.test(type) && typeof WebAssembly.compileStreaming === 'function') {
    try {
      return await WebAssembly.compileStreaming(res);
    } catch (e) {
      throw failed(`${where} (content-type ${type}): compiling failed: ${messageOf(e)}${cspHint(e)}`, e);
    }
  }
  let bytes;
  try {
    bytes = new Uint8Array(await res.arrayBuffer());
  } catch (e) {
    throw failed(`reading ${where} failed: ${messageOf(e)}`, e);
  }
  return fromBytes(bytes, `${where} (content-type ${type})`, true);
}

async function fromBytes(bytes, where, fetched = false) {
  if (bytes.length < 4 || bytes[0] !== 0x00 || bytes[1] !== 0x61 || bytes[2] !== 0x73 || bytes[3] !== 0x6d) {
    const head = Array.from(bytes.subarray(0, 40), (b) => (b >= 0x20 && b < 0x7f ? String.fromCharCode(b) : '.')).join('');
    const page = fetched && /^\s*</.test(head)
      ? '. The server sent a web page, typically its fallback for a file it does not have: deploy pith.wasm at that URL, or pass its URL or bytes as createPith({ wasm })'
      : '';
    throw failed(`${where}: not a WebAssembly file (${bytes.length} bytes starting with ${JSON.stringify(head)})${page}`);
  }
  try {
    return await WebAssembly.compile(bytes);
  } catch (e) {
    throw failed(`${where}: compiling failed: ${messageOf(e)}${cspHint(e)}`, e);
  }
}

function cspHint(e) {
  return /unsafe-eval|Content.Security.Policy/i.test(messageOf(e))
    ? ' (the page\'s Content-Security-Policy must allow \'wasm-unsafe-eval\' in script-src)' : '';
}
