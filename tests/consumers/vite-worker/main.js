// Vite, default configuration, with workers: the app's own module worker that imports pith,
// and the package's createPithWorker() with a transferred ArrayBuffer input.
import { createPithWorker, PithError } from 'pith';
import { ARTICLE, report } from './probe.js';

function ownWorker(text) {
  const worker = new Worker(new URL('./engine.worker.js', import.meta.url), { type: 'module' });
  return new Promise((resolve, reject) => {
    worker.addEventListener('message', (event) => {
      worker.terminate();
      if (event.data.ok) resolve(event.data.result);
      else reject(new PithError(event.data.error.code, event.data.error.message));
    });
    worker.addEventListener('error', (event) => reject(new Error(`worker error: ${event.message}`)));
    worker.postMessage(text);
  });
}

report({
  ownWorker: () => ownWorker(ARTICLE),
  pithWorker: async () => {
    const pith = createPithWorker();
    const bytes = new TextEncoder().encode(ARTICLE).buffer;
    const result = await pith.clean(bytes);
    if (bytes.byteLength !== 0) throw new Error('the ArrayBuffer input was copied, not transferred');
    return result;
  },
});
