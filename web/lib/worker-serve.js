// The worker's side of createPithWorker (worker-client.js): loads the engine on the first
// request with the `wasm` the client sent in its init message, runs one request per message and
// answers with the result or the error's code and message. Shared by the module Web Worker
// (worker.js) and the Node worker_threads script (worker-node.js).

/**
 * @param {{post: (msg: object) => void, listen: (onMessage: (data: any) => void) => void}} port
 * @param {(options?: {wasm?: unknown}) => Promise<import('./index').Pith>} createPith
 */
export function serve(port, createPith) {
  let options;
  port.listen(async (msg) => {
    if (!msg || typeof msg !== 'object') return;
    if (msg.op === 'init') {
      options = msg.wasm === undefined ? undefined : { wasm: msg.wasm };
      return;
    }
    const { id, op, input, options: callOptions } = msg;
    try {
      // Idempotent; after an engine_crashed error it builds a fresh instance.
      const pith = await createPith(options);
      let result;
      if (op === 'clean') result = pith.clean(input, callOptions);
      else if (op === 'extractQuotes') result = pith.extractQuotes(input, callOptions);
      else if (op === 'version') result = pith.version();
      else throw Object.assign(new Error(`unknown request ${JSON.stringify(op)}`), { code: 'internal' });
      port.post({ id, ok: true, result });
    } catch (e) {
      port.post({ id, ok: false, error: { code: (e && e.code) || 'internal', message: (e && e.message) || String(e) } });
    }
  });
}
