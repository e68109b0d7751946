#!/usr/bin/env node
// Assembles the unpacked Manifest V3 extension in dist/extension/ from web/extension/ (manifest,
// service worker, reader page), the files its modules reach (the JS library in web/lib/, the
// demo's render modules in web/demo/, the wasm build dist/pith.mjs + dist/pith.wasm) and the
// stylesheets its pages link to (the demo's style.css and theme.css).
//
// The repository layout is kept inside dist/extension/ (web/lib/engine.js imports
// ../../dist/pith.mjs, the reader imports ../demo/render-article.js), so no import is rewritten;
// only manifest.json moves to the root, where Chrome looks for it. Files whose bytes are
// unchanged are not rewritten and files that are no longer part of the extension are deleted,
// so running it again is cheap and leaves the same tree.
//   node scripts/build-extension.mjs [--out DIR]
import { readFileSync, writeFileSync, mkdirSync, readdirSync, rmSync, existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** [source relative to the repo, destination relative to the extension root] */
function fileList() {
  const ext = 'web/extension';
  const list = [[`${ext}/manifest.json`, 'manifest.json']];
  for (const name of readdirSync(path.join(ROOT, ext)).sort()) {
    if (name === 'manifest.json' || name.endsWith('.md')) continue;
    if (statSync(path.join(ROOT, ext, name)).isFile()) list.push([`${ext}/${name}`, `${ext}/${name}`]);
  }
  const scripts = list.map(([src]) => src).filter((src) => src.endsWith('.js'));
  for (const f of [...reachable(scripts), ...stylesheets(list.map(([src]) => src))]) {
    if (!list.some(([src]) => src === f)) list.push([f, f]);
  }
  return list;
}

/** The stylesheets the extension's pages link to (the demo's style.css and theme.css). */
function stylesheets(files) {
  const out = new Set();
  for (const page of files.filter((f) => f.endsWith('.html'))) {
    const html = readFileSync(path.join(ROOT, page), 'utf8');
    for (const m of html.matchAll(/<link\b[^>]*\bhref="([^"]+\.css)"/g)) {
      out.add(path.posix.normalize(path.posix.join(path.posix.dirname(page), m[1])));
    }
  }
  return [...out];
}

// Relative module specifiers and new URL('./x', import.meta.url) assets (the library's
// pith.wasm and worker.js) in a module's source.
// Specifiers without an extension (JSDoc's import('./index').Pith) are types, not files.
const REFERENCE = /(?:\bfrom\s*|\bimport\s*\(?\s*)['"](\.{1,2}\/[^'"]+\.[a-z]+)['"]|new URL\(\s*['"](\.{1,2}\/[^'"]+)['"]\s*,\s*import\.meta\.url\s*\)/g;

/** Every repository file the given modules reach through relative imports and new URL assets. */
function reachable(entries) {
  const seen = new Set();
  const todo = [...entries];
  while (todo.length) {
    const f = todo.pop();
    if (seen.has(f)) continue;
    seen.add(f);
    if (!/\.m?js$/.test(f) || !existsSync(path.join(ROOT, f))) continue;
    const source = readFileSync(path.join(ROOT, f), 'utf8');
    for (const m of source.matchAll(REFERENCE)) {
      todo.push(path.posix.normalize(path.posix.join(path.posix.dirname(f), m[1] || m[2])));
    }
  }
  return [...seen].sort();
}

// ---------------------------------------------------------------- icons
// The toolbar icon (the demo's logo: a white pilcrow on a dark rounded square) is drawn here, so
// the repository holds no binary and the build stays dependency-free. Shapes are in a unit
// square; each pixel is sampled 4x4 times for anti-aliasing.
const ICON_SIZES = [16, 32, 48, 128];
const ICON_BG = [0x1d, 0x1f, 0x23];

function insideRoundedSquare(x, y, r) {
  const cx = Math.min(Math.max(x, r), 1 - r), cy = Math.min(Math.max(y, r), 1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}

function insidePilcrow(x, y) {
  const rect = (x0, y0, x1, y1) => x >= x0 && x <= x1 && y >= y0 && y <= y1;
  const bowl = (x - 0.43) ** 2 + (y - 0.365) ** 2 <= 0.155 ** 2 || rect(0.43, 0.21, 0.56, 0.52);
  return bowl || rect(0.49, 0.21, 0.56, 0.80) || rect(0.63, 0.21, 0.70, 0.80) || rect(0.43, 0.21, 0.70, 0.27);
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function pngChunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

export function iconPng(size) {
  const S = 4;
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let py = 0; py < size; py++) {
    raw[py * (size * 4 + 1)] = 0;   // filter: none
    for (let px = 0; px < size; px++) {
      let bg = 0, fg = 0;
      for (let sy = 0; sy < S; sy++) {
        for (let sx = 0; sx < S; sx++) {
          const x = (px + (sx + 0.5) / S) / size, y = (py + (sy + 0.5) / S) / size;
          if (!insideRoundedSquare(x, y, 0.22)) continue;
          if (insidePilcrow(x, y)) fg++; else bg++;
        }
      }
      const cover = bg + fg, o = py * (size * 4 + 1) + 1 + px * 4;
      if (cover === 0) continue;
      // Colour of the covered part, alpha = coverage (straight alpha).
      for (let k = 0; k < 3; k++) raw[o + k] = Math.round((ICON_BG[k] * bg + 255 * fg) / cover);
      raw[o + 3] = Math.round((255 * cover) / (S * S));
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; ihdr[9] = 6;   // 8-bit RGBA
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', ihdr), pngChunk('IDAT', deflateSync(raw, { level: 9 })), pngChunk('IEND', Buffer.alloc(0))]);
}

// ---------------------------------------------------------------- tree

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

  const outputs = files.map(([src, dst]) => [dst, () => readFileSync(path.join(ROOT, src))]);
  for (const n of ICON_SIZES) outputs.push([`icons/pith-${n}.png`, () => iconPng(n)]);
  const referenced = [manifest.background?.service_worker, ...Object.values(manifest.icons || {}),
    ...Object.values(manifest.action?.default_icon || {})].filter(Boolean);
  for (const p of referenced) {
    if (!outputs.some(([dst]) => dst === p)) throw new Error(`build-extension: manifest names ${p}, which is not in the extension`);
  }

  let written = 0;
  const wanted = new Set();
  for (const [dst, bytesOf] of outputs) {
    wanted.add(path.normalize(dst));
    const to = path.join(out, dst);
    const bytes = bytesOf();
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
  return { out, files: outputs.length, written, deleted, version: manifest.version };
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
