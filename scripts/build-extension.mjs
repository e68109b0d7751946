#!/usr/bin/env node
// Assembles the unpacked Manifest V3 extension in dist/extension/ from web/extension/ (manifest,
// service worker, reader page), the JS library (web/lib/), the demo's render modules and
// stylesheet (web/demo/) and the wasm build (dist/pith.mjs, dist/pith.wasm).
//
// The repository layout is kept inside dist/extension/ (web/lib/index.js imports
// ../../dist/pith.mjs, the reader imports ../demo/render-article.js), so no import is rewritten;
// only manifest.json moves to the root, where Chrome looks for it. Files whose bytes are
// unchanged are not rewritten and files that are no longer part of the extension are deleted,
// so running it again is cheap and leaves the same tree.
//   node scripts/build-extension.mjs [--out DIR]
import { readFileSync, writeFileSync, mkdirSync, readdirSync, rmSync, existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** [source relative to the repo, destination relative to the extension root] */
function fileList() {
  const ext = 'web/extension';
  const list = [[`${ext}/manifest.json`, 'manifest.json']];
  for (const name of readdirSync(path.join(ROOT, ext)).sort()) {
    if (name === 'manifest.json' || name.endsWith('.md')) continue;
    if (statSync(path.join(ROOT, ext, name)).isFile()) list.push([`${ext}/${name}`, `${ext}/${name}`]);
  }
  for (const f of ['web/lib/index.js', 'web/demo/dom.js', 'web/demo/render-article.js',
    'web/demo/render-panels.js', 'web/demo/style.css', 'dist/pith.mjs', 'dist/pith.wasm']) {
    list.push([f, f]);
  }
  return list;
}

function listTree(dir, base = dir, out = []) {
  if (!existsSync(dir)) return out;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) listTree(p, base, out);
    else out.push(path.relative(base, p));
  }
  return out;
}

function removeEmptyDirs(dir, keepRoot = true) {
  if (!existsSync(dir)) return;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (e.isDirectory()) removeEmptyDirs(path.join(dir, e.name), false);
  }
  if (!keepRoot && readdirSync(dir).length === 0) rmSync(dir, { recursive: true });
}

export function buildExtension({ out = path.join(ROOT, 'dist/extension') } = {}) {
  const files = fileList();
  const missing = files.filter(([src]) => !existsSync(path.join(ROOT, src))).map(([src]) => src);
  if (missing.length) {
    const hint = missing.some((m) => m.startsWith('dist/')) ? ' (build the wasm module first: scripts/build --wasm)' : '';
    throw new Error(`build-extension: missing ${missing.join(', ')}${hint}`);
  }
  // The manifest is parsed so that a syntax error fails here, not as a silent load failure.
  const manifest = JSON.parse(readFileSync(path.join(ROOT, 'web/extension/manifest.json'), 'utf8'));
  for (const p of [manifest.background?.service_worker]) {
    if (p && !files.some(([, dst]) => dst === p)) throw new Error(`build-extension: manifest names ${p}, which is not in the extension`);
  }

  let written = 0;
  const wanted = new Set();
  for (const [src, dst] of files) {
    wanted.add(path.normalize(dst));
    const to = path.join(out, dst);
    const bytes = readFileSync(path.join(ROOT, src));
    if (existsSync(to) && readFileSync(to).equals(bytes)) continue;
    mkdirSync(path.dirname(to), { recursive: true });
    writeFileSync(to, bytes);
    written++;
  }
  let deleted = 0;
  for (const rel of listTree(out)) {
    if (!wanted.has(path.normalize(rel))) { rmSync(path.join(out, rel)); deleted++; }
  }
  removeEmptyDirs(out);
  return { out, files: files.length, written, deleted, version: manifest.version };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const argv = process.argv.slice(2);
  let out;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--out') out = path.resolve(argv[++i]);
    else { console.error(`build-extension: unknown argument ${argv[i]} (use --out DIR)`); process.exit(2); }
  }
  try {
    const r = buildExtension(out ? { out } : {});
    console.log(`extension ${r.version}: ${path.relative(process.cwd(), r.out) || '.'} (${r.files} files, ${r.written} written, ${r.deleted} removed)`);
  } catch (e) {
    console.error(e.message);
    process.exit(1);
  }
}
