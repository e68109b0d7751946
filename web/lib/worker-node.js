// The worker_threads script that createPithWorker() starts under Node (node.js).
import { parentPort } from 'node:worker_threads';
import { createPith } from './node.js';
import { serve } from './worker-serve.js';

serve({
  post: (msg) => parentPort.postMessage(msg),
  listen: (onMessage) => parentPort.on('message', onMessage),
}, createPith);
