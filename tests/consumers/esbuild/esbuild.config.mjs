// esbuild for the browser: ESM output and the file loader for .wasm. esbuild follows neither
// new URL(..., import.meta.url) nor new Worker(new URL(...)), so main.js imports the wasm's URL
// from pith/pith.wasm, and the package's worker is built as an entry point of its own.
export default {
  entryPoints: ['main.js', { in: 'pith/worker', out: 'pith-worker' }],
  bundle: true,
  format: 'esm',
  platform: 'browser',
  loader: { '.wasm': 'file' },
  outdir: 'dist',
};
