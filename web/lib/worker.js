// The module Web Worker that createPithWorker() starts (index.js names it with a literal
// new Worker(new URL('./worker.js', import.meta.url), {type: 'module'}), which Vite, webpack 5
// and Parcel bundle as a worker). It imports the engine directly, not index.js, so a bundler
// does not find a worker inside the worker.
import { makeCreatePith } from './engine.js';
import { serve } from './worker-serve.js';

serve({
  post: (msg) => self.postMessage(msg),
  listen: (onMessage) => self.addEventListener('message', (event) => onMessage(event.data)),
}, makeCreatePith());
