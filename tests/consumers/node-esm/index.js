// Node ESM: import 'pith' resolves to its Node entry, which reads pith.wasm from disk; the
// worker helper runs on worker_threads. Prints one JSON line for the test.
import { createPith, createPithWorker, PithError } from 'pith';

const ARTICLE = [
  'Selmar Point keeps its night ferry',
  'The council of Selmar Point voted on Tuesday to keep the night ferry running for two more years, after a long campaign by commuters.',
  '“The last boat is how the nurses get home,” said Mara Quill, who led the campaign.',
].join('\n\n');

const pith = await createPith();
const main = pith.clean(ARTICLE);
const worker = createPithWorker();
const viaWorker = await worker.clean(Buffer.from(ARTICLE));
let second = null;
try {
  await createPith({ wasm: new Uint8Array([0, 97, 115, 109]) });
} catch (e) {
  second = e instanceof PithError ? e.code : `not a PithError: ${e}`;
}
console.log(JSON.stringify({
  version: pith.version(),
  text: main.text,
  speakers: main.quotes.map((q) => q.speaker),
  workerText: viaWorker.text,
  second,
}));
// No exit call: an idle Pith worker must not keep the process alive.
