// Typed use with the DOM library (moduleResolution bundler): the real URL, Response,
// AbortSignal and WebAssembly.Module fit the package's structural types.
import { createPith, createPithWorker } from 'pith';

export async function browserSources(module: WebAssembly.Module): Promise<void> {
  await createPith({ wasm: new URL('./pith.wasm', import.meta.url) });
  await createPith({ wasm: fetch('/pith.wasm') });
  await createPith({ wasm: await fetch('/pith.wasm') });
  await createPith({ wasm: module });
  const controller = new AbortController();
  const worker = createPithWorker({ wasm: new URL('/pith.wasm', location.href) });
  const pending = worker.clean(new TextEncoder().encode('text'), {}, { signal: controller.signal });
  controller.abort();
  await pending.catch(() => undefined);
}
