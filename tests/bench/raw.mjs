// The wasm engine without the library layer: Embind's clean/extractQuotes returning JSON
// strings, as native clean_json does. For throughput, start-up steps and build comparisons.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * Instantiates the engine of a dist folder (pith.mjs + pith.wasm) and reports how long each
 * step took.
 * @param {string} dist
 * @param {WebAssembly.Module} [compiled] a module compiled earlier (skips read and compile)
 */
export async function rawEngine(dist, compiled) {
  const t0 = performance.now();
  const bytes = compiled ? null : await readFile(path.join(dist, 'pith.wasm'));
  const t1 = performance.now();
  const module = compiled ?? await WebAssembly.compile(bytes);
  const t2 = performance.now();
  const { default: PithFactory } = await import(pathToFileURL(path.join(dist, 'pith.mjs')).href);
  const t3 = performance.now();
  let t4 = 0;
  const engine = await PithFactory({
    instantiateWasm(imports, receive) {
      const instance = new WebAssembly.Instance(module, imports);
      t4 = performance.now();
      receive(instance, module);
      return instance.exports;
    },
    print() {},
    printErr() {},
  });
  const t5 = performance.now();
  return { engine, steps: { readMs: t1 - t0, compileMs: t2 - t1, glueImportMs: t3 - t2, instantiateMs: t4 - t3, runtimeInitMs: t5 - t4 } };
}
