// One input, start to end: read it (file, standard input bytes or URL), run the engine, render
// the result and write it under --out or hand it back for standard output. Runs in the worker
// threads of a batch, and on the main thread for a single input.
import { mkdir, open, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fetchInput } from './fetch.mjs';
import { render } from './render.mjs';
import { looksLikeHtml } from './sniff.mjs';

/** The engine's default maxInputBytes (docs/schema.md), for reads and fetches before the engine. */
export const DEFAULT_MAX_INPUT_BYTES = 32 * 1024 * 1024;

/**
 * @typedef {{command: 'clean'|'quotes', format: string, options: object, timeoutMs: number}} Job
 * @typedef {{kind: string, path: string, bytes?: Uint8Array}} TaskInput
 * @typedef {{ok: boolean, bytes: number, output?: string, error?: {code: string, message: string}, crashed?: boolean}} TaskResult
 */

/**
 * @param {import('../../web/lib/index').Pith} pith
 * @param {Job} job
 * @param {TaskInput} input
 * @param {string|null} outPath
 * @returns {Promise<TaskResult>}
 */
export async function runTask(pith, job, input, outPath) {
  const maxBytes = job.options.maxInputBytes ?? DEFAULT_MAX_INPUT_BYTES;
  const options = { ...job.options };
  let bytes;
  if (input.kind === 'url') {
    const got = await fetchInput(input.path, { timeoutMs: job.timeoutMs, maxBytes });
    if (!got.ok) return { ok: false, bytes: 0, error: got.error };
    bytes = got.bytes;
    if (options.url === undefined) options.url = got.finalUrl;
  } else if (input.kind === 'stdin') {
    bytes = input.bytes;
  } else {
    const read = await readInput(input.path, maxBytes);
    if (read.error) return { ok: false, bytes: 0, error: read.error };
    bytes = read.bytes;
  }
  let result;
  try {
    result = runEngine(pith, job, bytes, options);
  } catch (e) {
    if (!e || typeof e.code !== 'string') throw e;
    return { ok: false, bytes: bytes.length, error: { code: e.code, message: e.message }, crashed: e.code === 'engine_crashed' };
  }
  const text = render(job.command, job.format, result, input.path);
  if (!outPath) return { ok: true, bytes: bytes.length, output: text };
  try {
    await mkdir(path.dirname(outPath), { recursive: true });
    await writeFile(outPath, text);
  } catch (e) {
    return { ok: false, bytes: bytes.length, error: { code: 'write_failed', message: `cannot write ${outPath}: ${e.code || e.message}` } };
  }
  return { ok: true, bytes: bytes.length };
}

/**
 * clean(), or the quotes: of the text itself for plain text, of the cleaned article for HTML
 * (detected as clean() does, or forced with --input-format), with that article's `text`, which
 * the offsets index.
 */
function runEngine(pith, job, bytes, options) {
  if (job.command === 'clean') {
    const formats = new Set(options.formats ?? []);
    if (job.format === 'markdown' || job.format === 'html') formats.add(job.format);
    return pith.clean(bytes, formats.size ? { ...options, formats: [...formats] } : options);
  }
  const format = options.inputFormat ?? 'auto';
  if (format === 'html' || (format === 'auto' && looksLikeHtml(bytes))) {
    const { formats, ...rest } = options;
    const a = pith.clean(bytes, { ...rest, quotes: true, inputFormat: 'html' });
    return { schema: a.schema, text: a.text, quotes: a.quotes, speakers: a.speakers };
  }
  return pith.extractQuotes(bytes, options);
}

/** Reads a file up to maxBytes (a larger one is refused before it is read). */
async function readInput(file, maxBytes) {
  let fh;
  try {
    fh = await open(file, 'r');
    const { size } = await fh.stat();
    if (size > maxBytes) {
      return { error: { code: 'input_too_large', message: `input is ${size} bytes, over the limit of ${maxBytes} bytes (--max-input-bytes)` } };
    }
    return { bytes: new Uint8Array(await fh.readFile()) };
  } catch (e) {
    const why = { ENOENT: 'no such file', EACCES: 'permission denied', EISDIR: 'is a folder' }[e.code] || e.code || e.message;
    return { error: { code: e.code === 'ENOENT' ? 'not_found' : 'read_failed', message: `cannot read it: ${why}` } };
  }
  finally {
    await fh?.close();
  }
}
