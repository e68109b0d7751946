#!/usr/bin/env node
// Images and links of the HTML path, measured on Readability's test pages (../shared): the
// resolved image and link URLs of Readability.js's output (expected.html) against those in
// Pith's `html` rendering of source.html, run with the page address Readability's tests use.
//
// Per page, for images and links separately: the share of expected URLs (unique, normalised by
// WHATWG URL parsing) that Pith's output contains; an image counts when its URL is Pith's src or
// one of its srcset candidates. A page passes when the share is at least PAGE_THRESHOLD. Also
// counted: URLs in Pith's output that appear nowhere in the source page (any attribute value,
// srcset lists included, resolved the same way) -- there must be none.
//
//   node scripts/eval-media.mjs [--build build/native] [--shared ../shared] [--per-page]
// Also run by scripts/eval.mjs as the set "readability-media".
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { halfOf, HALVES } from './eval_halves.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** The page address of Readability's test harness (test/utils.js). */
export const PAGE_URL = 'http://fakehost/test/page.html';
/** A page passes when Pith's output holds at least this share of its expected images (links). */
export const PAGE_THRESHOLD = 0.8;

const ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
function decode(s) {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e) => {
    if (e[0] === '#') return String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
    return ENTITIES[e.toLowerCase()] ?? m;
  });
}

/** Start tags with their attributes (lower-case names, decoded values); comments skipped. */
function* tags(html) {
  const re = /<!--[\s\S]*?-->|<([a-zA-Z][\w-]*)((?:\s+[^\s"'>\/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?)*)\s*\/?>/g;
  for (let m; (m = re.exec(html));) {
    if (!m[1]) continue;
    const attrs = {};
    const are = /([^\s"'>\/=]+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s>]+))?/g;
    for (let a; (a = are.exec(m[2]));) {
      let v = a[2] ?? '';
      if (v[0] === '"' || v[0] === "'") v = v.slice(1, -1);
      attrs[a[1].toLowerCase()] ??= decode(v);
    }
    yield { name: m[1].toLowerCase(), attrs };
  }
}

function norm(u, base) {
  try {
    const x = new URL(u.trim(), base);
    return ['http:', 'https:', 'mailto:'].includes(x.protocol) ? x.href : null;
  } catch { return null; }
}

/** The URLs of a srcset list, as the HTML spec parses it (a URL is a run of non-spaces and may hold commas). */
function srcsetUrls(v) {
  const out = [];
  let i = 0;
  while (i < v.length) {
    while (i < v.length && /[\s,]/.test(v[i])) i++;
    const u = i;
    while (i < v.length && !/\s/.test(v[i])) i++;
    let url = v.slice(u, i);
    if (url.endsWith(',')) url = url.replace(/,+$/, '');
    else { let parens = 0; while (i < v.length && (parens > 0 || v[i] !== ',')) { if (v[i] === '(') parens++; else if (v[i] === ')') parens--; i++; } }
    if (url) out.push(url);
  }
  return out;
}

/** {images:Set, links:Set} of a rendering (Readability's output or Pith's html). */
function mediaOf(html, base) {
  const images = new Set(), links = new Set(), srcsets = new Set();
  for (const t of tags(html)) {
    if (t.name === 'img' && t.attrs.src) { const u = norm(t.attrs.src, base); if (u) images.add(u); }
    if (t.name === 'img' && t.attrs.srcset) for (const s of srcsetUrls(t.attrs.srcset)) { const u = norm(s, base); if (u) srcsets.add(u); }
    if (t.name === 'a' && t.attrs.href) { const u = norm(t.attrs.href, base); if (u) links.add(u); }
  }
  return { images, links, srcsets };
}

/** Every URL the source page names in any attribute, resolved against its base. */
function sourceUrls(html) {
  let base = PAGE_URL;
  const all = new Set();
  const list = [...tags(html)];
  const b = list.find((t) => t.name === 'base' && t.attrs.href);
  if (b) base = norm(b.attrs.href, PAGE_URL) ?? PAGE_URL;
  for (const t of list) {
    for (const v of Object.values(t.attrs)) {
      if (!v || v.length > 20000) continue;
      for (const c of [v, ...srcsetUrls(v)]) {
        const u = norm(c, base);
        if (u) all.add(u);
      }
    }
  }
  return all;
}

/**
 * Runs the native CLI over the Readability pages and scores images and links.
 * @returns {{rows: string[][], results: object}}
 */
export function evalMedia({ cli, shared, work, perPage = false }) {
  const dir = path.join(shared, 'corpus', 'readability');
  const ids = readdirSync(dir).filter((id) => existsSync(path.join(dir, id, 'expected.html'))).sort();
  const list = path.join(work, 'readability-media.list');
  writeFileSync(list, ids.map((id) => path.join(dir, id, 'source.html')).join('\n') + '\n');
  const out = path.join(work, 'readability-media');
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const t0 = process.hrtime.bigint();
  try {
    execFileSync(cli, ['batch-clean', list, out, JSON.stringify({ inputFormat: 'html', url: PAGE_URL, formats: ['html'] })],
      { stdio: ['ignore', 'ignore', 'pipe'] });
  } catch (e) { console.error(`eval-media: batch-clean reported failures: ${e.stderr}`); }
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  const acc = { img: { A: [], B: [] }, link: { A: [], B: [] }, foreign: { A: 0, B: 0 }, foreignPages: { A: 0, B: 0 }, pith: { A: 0, B: 0 } };
  const pages = [];
  ids.forEach((id, n) => {
    const r = JSON.parse(readFileSync(path.join(out, `${n}.json`), 'utf8'));
    const exp = mediaOf(readFileSync(path.join(dir, id, 'expected.html'), 'utf8'), PAGE_URL);
    const got = r.ok ? mediaOf(r.html ?? '', PAGE_URL) : { images: new Set(), links: new Set(), srcsets: new Set() };
    const src = sourceUrls(readFileSync(path.join(dir, id, 'source.html'), 'utf8'));
    const h = halfOf(id);
    const page = { id };
    if (exp.images.size) {
      const found = [...exp.images].filter((u) => got.images.has(u) || got.srcsets.has(u)).length;
      page.img = found / exp.images.size;
      acc.img[h].push(page.img);
    }
    if (exp.links.size) {
      const found = [...exp.links].filter((u) => got.links.has(u)).length;
      page.link = found / exp.links.size;
      acc.link[h].push(page.link);
    }
    const mine = [...got.images, ...got.srcsets, ...got.links];
    const foreign = mine.filter((u) => !src.has(u));
    acc.pith[h] += mine.length;
    acc.foreign[h] += foreign.length;
    if (foreign.length) { acc.foreignPages[h]++; page.foreign = foreign.slice(0, 3); }
    pages.push(page);
  });
  const pass = (xs) => xs.filter((x) => x >= PAGE_THRESHOLD).length;
  const pct = (a, b) => (b ? (100 * a / b).toFixed(1) : 'n/a');
  const results = {};
  const rows = [];
  for (const [kind, name] of [['img', 'images'], ['link', 'links']]) {
    const all = [...acc[kind].A, ...acc[kind].B];
    results[`readability-media.${name}.pages`] = all.length ? pass(all) / all.length : null;
    const halves = HALVES.map((h) => `${h} ${pct(pass(acc[kind][h]), acc[kind][h].length)}%`).join(' / ');
    const mean = all.length ? all.reduce((s, x) => s + x, 0) / all.length : 0;
    rows.push([`readability-media ${name}`, `pages with >= ${PAGE_THRESHOLD * 100}% of expected found: ${pass(all)}/${all.length} ` +
      `(${pct(pass(all), all.length)}%; halves ${halves})  mean share ${mean.toFixed(3)}`]);
  }
  const foreign = acc.foreign.A + acc.foreign.B;
  results['readability-media.foreign'] = foreign;
  rows.push(['readability-media extra', `URLs in Pith's html not in the source page: ${foreign} of ${acc.pith.A + acc.pith.B} ` +
    `(pages ${acc.foreignPages.A + acc.foreignPages.B})  (${ids.length} pages, ${seconds.toFixed(1)} s)`]);
  if (perPage) {
    const worst = pages.filter((p) => (p.img ?? 1) < PAGE_THRESHOLD || (p.link ?? 1) < PAGE_THRESHOLD || p.foreign)
      .sort((a, b) => Math.min(a.img ?? 1, a.link ?? 1) - Math.min(b.img ?? 1, b.link ?? 1));
    for (const p of worst) rows.push([`  ${p.id}`, `images ${p.img?.toFixed(2) ?? '-'}  links ${p.link?.toFixed(2) ?? '-'}${p.foreign ? `  extra ${p.foreign.join(' ')}` : ''}`]);
  }
  return { rows, results };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const argv = process.argv.slice(2);
  const opt = (k, d) => { const i = argv.indexOf(k); return i >= 0 ? argv[i + 1] : d; };
  const build = opt('--build', 'build/native');
  const shared = path.resolve(opt('--shared', path.join(ROOT, '..', 'shared')));
  const work = path.join(ROOT, '.eval', path.basename(build));
  mkdirSync(work, { recursive: true });
  const { rows } = evalMedia({ cli: path.resolve(ROOT, build, 'pith'), shared, work, perPage: argv.includes('--per-page') });
  const width = Math.max(...rows.map((r) => r[0].length));
  for (const [k, v] of rows) console.log(`${k.padEnd(width)}  ${v}`);
}
