// Typed use of the package that holds in any environment: no DOM library, no @types/node
// (checked with moduleResolution bundler, node16 and nodenext). A type error fails the test.
import createPithDefault, { createPith, createPithWorker, PithError } from 'pith';
import type { Article, CleanOptions, PithErrorCode, PithWorker, Quote, QuoteResult, Removed, RemovedReason, VersionInfo, WasmSource } from 'pith';
import wasmUrl from 'pith/pith.wasm';

const options: CleanOptions = { inputFormat: 'text', formats: ['markdown'], repairs: { strayLetter: false } };

export async function cleanOnce(input: string | Uint8Array): Promise<string> {
  const pith = await createPith();
  const article: Article = pith.clean(input, options);
  const quotes: Quote[] = article.quotes;
  const speakers: (string | null)[] = quotes.map((q) => q.speaker);
  const v: VersionInfo = pith.version();
  const q: QuoteResult = pith.extractQuotes(article.text);
  return `${article.title ?? ''} ${speakers.join()} ${v.version} ${q.quotes.length} ${article.markdown ?? ''}`;
}

// The removal log of an HTML page: regions of the input, with a reason and an element path.
export function removedRegions(html: string, article: Article): string[] {
  const sidebar: RemovedReason = 'sidebar';
  return article.removed.map((r: Removed) => {
    const region: string = r.start !== undefined && r.end !== undefined ? html.slice(r.start, r.end) : '';
    const where: string = r.path ?? '';
    return `${r.reason === sidebar ? 'aside' : r.reason} ${where} ${region.length} ${r.text}`;
  });
}

export async function fromSources(bytes: ArrayBuffer): Promise<void> {
  const sources: WasmSource[] = [wasmUrl, bytes, new Uint8Array(bytes)];
  for (const wasm of sources) await createPith({ wasm });
  await createPithDefault();
}

export async function inWorker(text: string): Promise<number> {
  const worker: PithWorker = createPithWorker({ transfer: false, workerUrl: wasmUrl });
  const article = await worker.clean(text, { quotes: true });
  const { version } = await worker.version();
  worker.cancel('done');
  return article.quotes.length + version.length;
}

export function codeOf(e: unknown): PithErrorCode | null {
  if (e instanceof PithError) {
    const code: PithErrorCode = e.code;
    return code;
  }
  return null;
}

// @ts-expect-error unknown option names are type errors too
createPith({ wasmBinary: new Uint8Array(0) });
// @ts-expect-error inputFormat is a closed set
createPith().then((p) => p.clean('x', { inputFormat: 'pdf' }));
