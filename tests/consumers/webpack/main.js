// webpack 5, no loaders: webpack emits the wasm from new URL('./pith.wasm', import.meta.url)
// as an asset and bundles createPithWorker's new Worker(new URL('./worker.js', ...)) as a chunk.
import { createPith, createPithWorker } from 'pith';
import { ARTICLE, report } from './probe.js';

report({
  main: async () => (await createPith()).clean(ARTICLE),
  pithWorker: () => createPithWorker().clean(ARTICLE),
});
