// `pith/worker`: the module Web Worker script of createPithWorker(); it exports nothing. Build
// it as an entry point of its own where a bundler does not follow new Worker(new URL(...)).
export {};
