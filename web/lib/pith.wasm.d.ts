// `import wasmUrl from 'pith/pith.wasm'`: what a bundler's file or asset loader gives for the
// engine's wasm (esbuild --loader:.wasm=file, webpack `type: 'asset/resource'`), a URL string
// to pass as createPith({ wasm: wasmUrl }).
declare const wasmUrl: string;
export default wasmUrl;
