// Node only (node.js): createPith's hook for wasm sources on disk. fetch() cannot read file:
// URLs, so the default pith.wasm (a file: URL next to dist/pith.mjs), file: URLs and plain paths
// are read with fs; http(s) and other URLs are left to fetch().
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { PithError, messageOf } from './error.js';

/**
 * @param {string} source a URL or a path
 * @returns {Promise<{bytes: Uint8Array, where: string}|null>} null when source is not local
 */
export async function readLocal(source) {
  let file = source;
  // A scheme (but not a Windows drive letter, "C:\...") makes it a URL.
  if (/^[a-z][a-z0-9+.-]+:/i.test(source) && !/^[a-z]:[\\/]/i.test(source)) {
    if (!/^file:/i.test(source)) return null;
    file = fileURLToPath(source);
  }
  try {
    return { bytes: new Uint8Array(await readFile(file)), where: file };
  } catch (e) {
    throw new PithError('load_failed', `could not load the Pith engine: reading ${file} failed: ${e.code || messageOf(e)}`, { cause: e });
  }
}
