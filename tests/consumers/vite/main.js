// Vite, default configuration: the engine on the main thread. Vite must find and emit the wasm
// from the package's new URL('./pith.wasm', import.meta.url) by itself.
import { createPith } from 'pith';
import { ARTICLE, report } from './probe.js';

report({
  main: async () => (await createPith()).clean(ARTICLE),
});
