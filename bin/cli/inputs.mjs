// Turns the command line's INPUT arguments into the list of inputs to process: files,
// directories (walked), globs, "-" (standard input) and http(s) URLs, each with the name its
// output gets under --out. Walks are iterative, sorted, skip names starting with "." and do
// not follow symbolic links to folders (no cycles).
import { readdirSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { expandBraces, hasGlobChars, matchPath, splitPattern } from './glob.mjs';
import { FORMATS } from './render.mjs';

/** The extensions taken from directories unless --ext says otherwise. */
export const DEFAULT_EXTENSIONS = ['html', 'htm', 'xhtml', 'shtml', 'txt', 'text', 'md', 'markdown'];

/** Deeper folders are not walked: a guard against pathological trees, far beyond real ones. */
const MAX_DEPTH = 64;

/**
 * @typedef {{kind: 'file', path: string, rel: string}
 *   | {kind: 'stdin', path: '-', rel: string}
 *   | {kind: 'url', path: string, rel: string}
 *   | {kind: 'missing', path: string, rel: string, error: {code: string, message: string}}} Input
 * `path` names the input in messages and jsonl; `rel` is its name under --out (before the
 * extension changes).
 */

/**
 * @param {string[]} args the INPUT arguments
 * @param {{extensions: string[]|null, exclude: string|null}} opts extensions null = every file;
 *   exclude: a folder never walked (the --out folder)
 * @returns {Input[]}
 */
export function expandInputs(args, { extensions, exclude }) {
  const out = [];
  const excludeReal = exclude ? safeRealpath(exclude) : null;
  const wanted = (name) => !extensions || extensions.includes(path.extname(name).slice(1).toLowerCase());
  for (const arg of args) {
    if (arg === '-') { out.push({ kind: 'stdin', path: '-', rel: 'stdin' }); continue; }
    if (/^https?:\/\//i.test(arg)) { out.push({ kind: 'url', path: arg, rel: urlName(arg) }); continue; }
    const st = statOrNull(arg);
    if (st?.isDirectory()) {
      const files = walk(arg, MAX_DEPTH, excludeReal).filter((r) => wanted(r));
      if (!files.length) out.push(missing(arg, 'no_inputs', extensions ? `no ${extensions.map((e) => `.${e}`).join(' ')} file in this folder (see --ext)` : 'no file in this folder'));
      for (const r of files) out.push({ kind: 'file', path: path.join(arg, r), rel: r });
    } else if (st) {
      out.push({ kind: 'file', path: arg, rel: path.basename(arg) });
    } else if (hasGlobChars(arg)) {
      const patterns = expandBraces(arg.split(path.sep).join('/'));
      if (!patterns) throw new UsageError(`'${arg}' expands to too many patterns`);
      const seen = new Set();
      for (const p of patterns) {
        const { base, rest, maxDepth } = splitPattern(p);
        for (const r of walk(base, Math.min(maxDepth, MAX_DEPTH), excludeReal)) {
          const file = path.join(base, r);
          if (!seen.has(file) && matchPath(rest, r.split('/'))) {
            seen.add(file);
            out.push({ kind: 'file', path: file, rel: r });
          }
        }
      }
      if (!seen.size) out.push(missing(arg, 'no_inputs', 'no file matches this pattern'));
    } else {
      out.push(missing(arg, 'not_found', 'no such file or folder'));
    }
  }
  return out;
}

/** A usage error: exit code 2 and the usage text. */
export class UsageError extends Error {}

function missing(p, code, message) {
  return { kind: 'missing', path: p, rel: path.basename(p), error: { code, message } };
}

function statOrNull(p) {
  try { return statSync(p); } catch { return null; }
}

function safeRealpath(p) {
  try { return realpathSync(p); } catch { return path.resolve(p); }
}

/**
 * The files under `dir` as "/"-separated relative paths, depth first, sorted per folder.
 * Explicit stack; folders deeper than maxDepth levels, hidden names and `exclude` are skipped.
 */
function walk(dir, maxDepth, exclude) {
  const files = [];
  const stack = [{ rel: '', depth: 1 }];
  while (stack.length) {
    const { rel, depth } = stack.pop();
    const abs = rel ? path.join(dir, rel) : dir;
    if (exclude && rel && safeRealpath(abs) === exclude) continue;
    let entries;
    try { entries = readdirSync(abs, { withFileTypes: true }); } catch { continue; }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    const sub = [];
    for (const e of entries) {
      if (e.name.startsWith('.')) continue;
      const r = rel ? `${rel}/${e.name}` : e.name;
      const isFile = e.isFile() || (e.isSymbolicLink() && statOrNull(path.join(abs, e.name))?.isFile());
      if (isFile) files.push(r);
      else if (e.isDirectory() && depth < maxDepth) sub.push({ rel: r, depth: depth + 1 });
    }
    // Files of a folder before its subfolders; subfolders in name order.
    for (let k = sub.length - 1; k >= 0; k--) stack.push(sub[k]);
  }
  return files;
}

/** "https://news.example/a/story.html?x=1" -> "news.example/a/story.html"; "/" ends in "index". */
export function urlName(u) {
  let url;
  try { url = new URL(u); } catch { return 'url'; }
  const segs = [url.host, ...url.pathname.split('/').map(decodeSafe)].map(cleanSegment).filter(Boolean);
  if (url.pathname.endsWith('/')) segs.push('index');
  return segs.join('/');
}

function decodeSafe(s) {
  try { return decodeURIComponent(s); } catch { return s; }
}

function cleanSegment(s) {
  const c = s.replace(/[^\p{L}\p{N}._-]+/gu, '_').replace(/^\.+/, '');
  return c === '' ? '' : c;
}

/**
 * Output paths under `outDir` for the inputs, in input order: the input's relative name with
 * its extension replaced by the format's. When two inputs would get one name ("a.txt" and
 * "a.html" -> "a.json"), the later ones keep their own extension ("a.html.json"), then get
 * a number ("a-2.json").
 * @param {Input[]} inputs
 * @param {string} outDir
 * @param {string} format
 * @returns {string[]}
 */
export function outputPaths(inputs, outDir, format) {
  const ext = FORMATS[format];
  const taken = new Set();
  return inputs.map((input) => {
    const rel = input.rel;
    const stem = rel.slice(0, rel.length - path.posix.extname(rel).length) || rel;
    const candidates = [`${stem}${ext}`, `${rel}${ext}`];
    let name = candidates.find((c) => !taken.has(c));
    for (let n = 2; !name; n++) if (!taken.has(`${stem}-${n}${ext}`)) name = `${stem}-${n}${ext}`;
    taken.add(name);
    return path.join(outDir, ...name.split('/'));
  });
}
