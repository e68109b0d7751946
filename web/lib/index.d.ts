// Types for the Pith JavaScript API and its result schema (version 2, docs/schema.md).
// All offsets are UTF-16 code units: text.slice(start, end) is exact, emoji and CJK included.

/** Stable error codes (docs/schema.md#errors). */
export type PithErrorCode =
  | 'bad_options_json' | 'bad_option_type' | 'unknown_option' | 'input_too_large'
  | 'bad_input' | 'out_of_memory' | 'internal' | 'engine_crashed' | 'load_failed'
  | 'already_created' | 'cancelled';

export class PithError extends Error {
  constructor(code: PithErrorCode, message: string, options?: { cause?: unknown });
  readonly name: 'PithError';
  readonly code: PithErrorCode;
}

export interface RepairOptions {
  /** "BidenXi" -> "Biden Xi". Default true. */
  splitGluedWords?: boolean;
  /** "and , perhaps" -> "and, perhaps". Default true. */
  spaceBeforePunctuation?: boolean;
  /** Runs of spaces -> one. Default true. */
  collapseSpaces?: boolean;
  /** "wanted b to see" -> "wanted to see". Default true. */
  strayLetter?: boolean;
  /** "the the" -> "the". Default true. */
  doubledWord?: boolean;
  /** "â€™" -> "’" when the whole text shows UTF-8 read as Windows-1252. Default true. */
  mojibake?: boolean;
}

export interface CleanOptions {
  /** How to read the input; "auto" (default) detects an HTML document. */
  inputFormat?: 'auto' | 'text' | 'html';
  /** Extra renderings to include in the result. */
  formats?: Array<'markdown' | 'html'>;
  /** Refuse larger inputs with input_too_large. Default 33554432 (32 MiB), at most 1 GiB. */
  maxInputBytes?: number;
  /** Run the quote engine inside clean(). Default true. */
  quotes?: boolean;
  /** Switch individual repairs off. */
  repairs?: RepairOptions;
  /** The page address, copied to the result; HTML links and images resolve against it. */
  url?: string;
}

export type QuoteOptions = Pick<CleanOptions, 'maxInputBytes'>;

export interface Span {
  text: string;
  start: number;
  end: number;
}

export type BlockKind =
  | 'paragraph' | 'heading' | 'list-item' | 'blockquote' | 'preformatted' | 'caption'
  | 'code' | 'image' | 'figure' | 'table';

export type MarkKind = 'link' | 'emphasis' | 'strong' | 'code';

/** Inline formatting of a range of a block's text (HTML input only). */
export interface Mark {
  kind: MarkKind;
  /** Offsets into Article.text, inside the block. */
  start: number;
  end: number;
  /** Links only: an absolute http, https or mailto URL. */
  href?: string;
}

export interface ImageCandidate {
  /** Absolute http(s) URL. */
  url: string;
  /** "640w", "2x" or "" (srcset syntax). */
  descriptor: string;
}

export interface Image {
  /** Absolute http(s) URL (lazy-loading attributes, <picture> and <noscript> already resolved). */
  src: string;
  /** Responsive alternatives as the page lists them. */
  srcset?: ImageCandidate[];
  alt: string;
  width?: number;
  height?: number;
  /** The link around the image, when there is one. */
  link?: string;
}

export interface TableCell {
  /** Offsets of the cell's text in Article.text. */
  start: number;
  end: number;
  /** A header cell (<th>, or inside <thead>). */
  header?: true;
  colspan?: number;
  rowspan?: number;
}

interface BlockBase {
  text: string;
  /** Offsets into Article.text; media blocks have start === end (where they sit). */
  start: number;
  end: number;
  /** Inline marks, sorted by start (HTML input only; absent when none). */
  marks?: Mark[];
}

export interface TextBlock extends BlockBase {
  kind: 'paragraph' | 'heading' | 'list-item' | 'blockquote' | 'preformatted';
  /** Heading level (1-6) or list depth, when it applies. */
  level?: number;
}

export interface CodeBlock extends BlockBase {
  kind: 'code';
  /** From a "language-xxx" class, when the page gives one. */
  language?: string;
}

export interface CaptionBlock extends BlockBase {
  kind: 'caption';
  /** Index into Article.blocks of the block it describes (a figure, image or table), always earlier. */
  figure: number;
  /** A credit line ("Photo: J. Doe/Agency"). */
  credit?: true;
}

export interface MediaBlock extends BlockBase {
  kind: 'image' | 'figure';
  /** One image for "image", one or more for "figure"; their captions follow as caption blocks. */
  images: Image[];
}

export interface TableBlock extends BlockBase {
  kind: 'table';
  /** Rows of cells; `text` holds the cells separated by tabs, the rows by newlines. */
  rows: TableCell[][];
}

export type Block = TextBlock | CodeBlock | CaptionBlock | MediaBlock | TableBlock;

/** Reason codes of `Removed.reason` (docs/schema.md, "Removal reasons"). */
export type RemovedReason =
  | 'duplicate-title' | 'duplicate' | 'related-link' | 'widget' | 'social' | 'navigation'
  | 'comments' | 'cookie-notice' | 'newsletter' | 'copyright' | 'source-line' | 'byline' | 'date'
  | 'outside-article' | 'title' | 'subtitle' | 'header' | 'footer' | 'sidebar' | 'advertisement'
  | 'hidden' | 'link-list' | 'long-list' | 'low-score' | 'node-limit' | 'caption-without-image' | 'duplicate-caption';

export interface Removed {
  /** The removed text, whitespace collapsed; for an HTML region at most 1,000 bytes of UTF-8, ending in "…" when cut. */
  text: string;
  /** Why it was dropped (docs/schema.md); "node-limit": the HTML had more elements than the engine reads, this is the text after that. Typed as string too, so new codes do not break callers. */
  reason: RemovedReason | (string & {});
  /** Offsets into the input string: the text's lines, or for HTML input the region of the page (input.slice(start, end)). */
  start?: number;
  end?: number;
  /** HTML input: the dropped element and up to three ancestors, e.g. "body>div#main>aside.sidebar" (a CSS selector). */
  path?: string;
}

export interface Edit {
  /** "split-glued-words", "stray-letter", "space-before-punctuation", ... */
  kind: string;
  before: string;
  after: string;
  /** Where `after` is in Article.text; null when it landed outside the body (e.g. the title). */
  start: number | null;
  end: number | null;
  /** Where `before` was in the input string; null for HTML input. */
  inputStart: number | null;
  inputEnd: number | null;
}

/**
 * What a quotation is (docs/schema.md defines each with examples): `direct`, `partial`,
 * `scare`, `block` and `reported` are somebody's words (`scare`: a term the writer marks,
 * somebody's only when a speaker is given); `title` is the name of a thing in quotation marks
 * (the film “X”), nobody's words, never with a speaker.
 */
export type QuoteType = 'direct' | 'partial' | 'scare' | 'block' | 'reported' | 'title';

export interface Quote {
  /** The quoted words, without the enclosing marks. */
  text: string;
  start: number;
  end: number;
  type: QuoteType;
  /**
   * Canonical speaker name ("Xi Jinping") or a short noun phrase that can speak ("industry
   * sources"), at most six words; never a cue, a bare determiner or clause words; a personal
   * pronoun ("he") only where the quote's own attribution names it. Null when unknown or not speech.
   */
  speaker: string | null;
  /** The words that name the speaker here ("the Chinese leader", "he"). */
  mention: Span | null;
  /** How the mention was resolved to `speaker`; null when it names the speaker directly. */
  resolvedFrom: 'pronoun' | 'description' | 'continuation' | null;
  /** The speech verb or phrase ("said", "according to"). */
  cue: Span | null;
  /** Index into Article.blocks (or the paragraphs of the text given to extractQuotes). */
  paragraph: number;
  /** 0..1 */
  confidence: number;
}

export interface Speaker {
  name: string;
  mentions: Span[];
  quoteCount: number;
}

export interface QuoteResult {
  schema: 2;
  /**
   * How the input was read. Bytes (Uint8Array/ArrayBuffer) in UTF-16 (a byte-order mark, or the
   * NUL bytes of UTF-16 text without one) are decoded; input offsets then count UTF-16 code
   * units of the input, byte-order mark included (byte offset / 2).
   */
  inputEncoding: 'utf-8' | 'utf-16le' | 'utf-16be';
  quotes: Quote[];
  speakers: Speaker[];
}

export interface Stats {
  inputBytes: number;
  /** UTF-16 length of Article.text. */
  outputChars: number;
  blocksKept: number;
  blocksRemoved: number;
  ms: number;
}

/** What kind of page an HTML input is (Article.pageType). */
export type PageType =
  | 'article' | 'forum' | 'product' | 'collection' | 'listing' | 'documentation' | 'service';

export interface Article extends QuoteResult {
  /** The headline; from HTML, the main heading when it agrees with the declared title. */
  title: string | null;
  subtitle: string | null;
  /** The author name(s), without "By". */
  byline: string | null;
  /** ISO 8601 (date, or date-time with its offset when known); else the date as written. */
  published: string | null;
  /** "Source: X" lines, or the news agency named as source. */
  source: string | null;
  siteName: string | null;
  language: string | null;
  url: string | null;
  /**
   * HTML input: the kind of page, guessed from general markup signals (JSON-LD, og:type, posts,
   * cards, prices, code blocks); the extraction follows it. Null for plain text.
   */
  pageType: PageType | null;
  /** The article body: blocks separated by a blank line (title etc. are separate fields). */
  text: string;
  blocks: Block[];
  removed: Removed[];
  edits: Edit[];
  stats: Stats;
  /** Present when formats includes "markdown". */
  markdown?: string;
  /** Present when formats includes "html": an allow-listed <article> fragment, every text escaped. */
  html?: string;
}

export interface VersionInfo {
  schema: 2;
  version: string;
  build: 'wasm' | 'native';
}

export interface Pith {
  /** Cleans a pasted page or an HTML document. Throws PithError. */
  clean(input: string | Uint8Array | ArrayBuffer, options?: CleanOptions): Article;
  /** Finds quotations, speakers and cues in any text. Throws PithError. */
  extractQuotes(text: string | Uint8Array | ArrayBuffer, options?: QuoteOptions): QuoteResult;
  version(): VersionInfo;
  /** Bytes of wasm memory the engine holds: its high-water mark (wasm memory never shrinks). */
  memoryBytes(): number;
}

// Structural stand-ins for URL, Response, AbortSignal and WebAssembly.Module, so these types
// compile without the DOM library or @types/node; the real objects satisfy them.

/** A URL object (anything with an `href`). */
export interface UrlLike {
  readonly href: string;
}

/** A fetch() Response. */
export interface ResponseLike {
  readonly ok: boolean;
  readonly status: number;
  readonly statusText: string;
  readonly url: string;
  readonly headers: { get(name: string): string | null };
  arrayBuffer(): Promise<ArrayBuffer>;
}

/** A compiled `WebAssembly.Module` (when the environment declares WebAssembly). */
export type WasmModule = typeof globalThis extends { WebAssembly: { Module: { prototype: infer M } } } ? M : never;

/**
 * Where the engine's wasm comes from. A string is a URL (resolved against the page), or under
 * Node a file path; bytes are the file's contents; a Response (or a promise of one) is read,
 * with streaming compilation when its content type is application/wasm.
 */
export type WasmSource = string | UrlLike | ArrayBuffer | ArrayBufferView | ResponseLike | PromiseLike<ResponseLike>
  | WasmModule;

export interface CreatePithOptions {
  /**
   * The wasm to load. Default: pith.wasm next to the package's dist/pith.mjs, referenced as
   * `new URL('./pith.wasm', import.meta.url)` so that bundlers emit it; under Node read from disk.
   */
  wasm?: WasmSource;
}

/**
 * Loads the engine once in this JavaScript context and returns its API. Later calls without
 * options, or with the same `wasm`, return the same promise; a call with another `wasm` rejects
 * with PithError("already_created"). Rejects with PithError("load_failed") naming the URL, HTTP
 * status and content type when the wasm cannot be loaded; after that, or after
 * "engine_crashed", the next call starts afresh.
 */
export function createPith(options?: CreatePithOptions): Promise<Pith>;
export default createPith;

/** An AbortSignal. */
export interface AbortSignalLike {
  readonly aborted: boolean;
  readonly reason?: unknown;
  addEventListener(type: 'abort', listener: () => void, options?: { once?: boolean }): void;
  removeEventListener(type: 'abort', listener: () => void): void;
}

export interface CallOptions {
  /** Aborting it cancels this call (rejects with PithError "cancelled"). */
  signal?: AbortSignalLike;
}

/** The engine in a worker: the same calls as Pith, returning promises. */
export interface PithWorker {
  /** Input given as an ArrayBuffer, or a Uint8Array spanning its whole buffer, is transferred (detached here). */
  clean(input: string | Uint8Array | ArrayBuffer, options?: CleanOptions, call?: CallOptions): Promise<Article>;
  extractQuotes(text: string | Uint8Array | ArrayBuffer, options?: QuoteOptions, call?: CallOptions): Promise<QuoteResult>;
  version(call?: CallOptions): Promise<VersionInfo>;
  /**
   * Stops the worker (wasm cannot be interrupted otherwise) and rejects every pending call with
   * PithError("cancelled"); the next call starts a new worker.
   */
  cancel(reason?: unknown): void;
}

export interface CreatePithWorkerOptions {
  /** As for createPith; a Response or promise is compiled on this side and the module posted. */
  wasm?: WasmSource;
  /** Transfer ArrayBuffer inputs instead of copying them. Default true. */
  transfer?: boolean;
  /**
   * The worker script, for bundlers that do not bundle `new Worker(new URL(...))` (esbuild):
   * build `pith/worker` as an entry point of its own and pass its URL. Default: the package's
   * web/lib/worker.js (Node: web/lib/worker-node.js).
   */
  workerUrl?: string | UrlLike;
}

/**
 * Runs the engine in a module Web Worker (browsers) or a worker_threads Worker (Node), created
 * on the first call. One call runs at a time, the others wait in order. Under Node an idle
 * worker does not keep the process alive.
 */
export function createPithWorker(options?: CreatePithWorkerOptions): PithWorker;
