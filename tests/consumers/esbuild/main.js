// esbuild (esbuild.config.mjs): the wasm's URL comes from the file loader and is passed to
// createPith, because esbuild leaves new URL('./pith.wasm', import.meta.url) as it is; the
// worker script is the bundle of pith/worker.
import { createPith, createPithWorker } from 'pith';
import wasm from 'pith/pith.wasm';
import { ARTICLE, report } from './probe.js';

report({
  main: async () => (await createPith({ wasm })).clean(ARTICLE),
  pithWorker: () => createPithWorker({ wasm, workerUrl: new URL('./pith-worker.js', import.meta.url) }).clean(ARTICLE),
});
