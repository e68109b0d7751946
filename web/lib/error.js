// The one error type of the JavaScript API. Every failure, from the engine's JSON envelope, the
// wasm loader or the worker, arrives as a PithError with a stable `code` (docs/schema.md#errors).

/** Error thrown by every Pith call; `code` is stable (see docs/schema.md#errors). */
export class PithError extends Error {
  /**
   * @param {string} code machine-readable error code, e.g. "input_too_large"
   * @param {string} message what went wrong, for a person
   * @param {{cause?: unknown}} [options]
   */
  constructor(code, message, options) {
    super(message, options);
    this.name = 'PithError';
    this.code = code;
  }
}

/** The message of anything thrown, for quoting in another message. */
export function messageOf(e) {
  if (e && typeof e.message === 'string' && e.message) return e.message;
  return String(e);
}
