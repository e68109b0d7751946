// WCXB (../shared/corpus/wcxb): 1,358 pages of seven types crawled in 2025, scored with the
// benchmark's own word-F1 (../shared/eval/score_wcxb.mjs), per page type and per half, plus
// how often Pith's title, author and date agree with the truth.
//
// Pith's text is scored without its title: the truth leaves the page title out on 92 % of pages.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { halfOf, HALVES } from './eval_halves.mjs';

/** Lower-cased word tokens, as the benchmark's scorer tokenises. */
function words(s) {
  return (s || '').toLowerCase().match(/[\p{L}\p{N}_]+/gu) || [];
}

/**
 * Title agreement: equal after case and space normalisation. Curly and straight quotation marks
 * count as the same character: "We’ve Compiled..." in a heading is the title "We've Compiled..."
 * (the truth spells one or the other with no pattern, 0019 vs 0071).
 */
export function titleMatches(pred, truth) {
  const norm = (s) => (s || '').toLowerCase().replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/[\u201c\u201d]/g, '"').replace(/\s+/g, ' ').trim();
  return norm(pred) !== '' && norm(pred) === norm(truth);
}

// Truth authors look like "Andrew King", "Dylan Bailey, MS, RD", "Maria & Katerina",
// "Danielle DeSiato, Donna Enzmann, and Natalie Nguyen". Pith's byline may say "By Andrew King".
// Agreement: some author named in the truth has all its words in the byline, and the byline is
// not much longer than the truth (a whole paragraph taken for a byline does not agree).
// Filler words and honorifics are left out on both sides: the truth "By Ana Lee" (Readability's
// byline keeps the "By") is the byline "Ana Lee", and "Dr. Andrew Huberman" is "Andrew Huberman".
const BYLINE_FILLER = new Set(['by', 'von', 'par', 'por', 'written', 'author', 'posted']);
const HONORIFICS = new Set(['dr', 'prof', 'mr', 'mrs', 'ms', 'mx']);
// A date in a byline is not part of a name: Readability's truth "By Nathan Willis March 25, 2015"
// is the author "Nathan Willis".
const DATE_WORDS = new Set(['jan', 'january', 'feb', 'february', 'mar', 'march', 'apr', 'april', 'may',
  'jun', 'june', 'jul', 'july', 'aug', 'august', 'sep', 'sept', 'september', 'oct', 'october', 'nov',
  'november', 'dec', 'december', 'am', 'pm', 'at', 'on', 'updated', 'published']);
const nameWords = (s) => words(s).filter((w) => !BYLINE_FILLER.has(w));
const truthWords = (s) => {
  const w = nameWords(s);
  const dated = w.some((x) => /^\d{4}$/.test(x));
  return dated ? w.filter((x) => !DATE_WORDS.has(x) && !/^\d+$/.test(x)) : w;
};
export function authorMatches(pred, truth) {
  const p = nameWords(pred);
  const t = truthWords(truth);
  if (p.length === 0 || t.length === 0 || p.length > t.length + 6) return false;
  if (p.join(' ') === t.join(' ')) return true;  // "Mac & i" is "Mac & i"
  const have = new Set(p);
  // A credential after a comma ("Dylan Bailey, MS, RD") is its own part and needs no match.
  const names = String(truth).split(/,|&|\band\b|\bund\b/i)
    .map((n) => truthWords(n))
    .map((n) => (n.length > 1 && HONORIFICS.has(n[0]) ? n.slice(1) : n))
    .filter((n) => n.length > 0);
  return names.some((n) => n.length >= 1 && n.every((w) => have.has(w)) &&
    (n.length >= 2 || names.length === 1));
}

/** Date agreement: the same calendar day (truth is YYYY-MM-DD; Pith's `published` ISO 8601). */
export function dateMatches(pred, truth) {
  const day = (s) => (/^\d{4}-\d{2}-\d{2}/.exec(s || '') || [''])[0];
  return day(truth) !== '' && day(pred) === day(truth);
}

function loadTruth(corpus) {
  const gtDir = path.join(corpus, 'wcxb', 'ground-truth');
  const out = new Map();
  for (const f of readdirSync(gtDir).filter((f) => f.endsWith('.json')).sort()) {
    const data = JSON.parse(readFileSync(path.join(gtDir, f), 'utf8'));
    out.set(f.slice(0, -5), data);
  }
  return out;
}

// The pages come gzipped; the CLI reads files, so unpack each once into the work folder.
function unpack(corpus, ids, srcDir) {
  mkdirSync(srcDir, { recursive: true });
  for (const id of ids) {
    const dst = path.join(srcDir, `${id}.html`);
    if (existsSync(dst)) continue;
    writeFileSync(dst, gunzipSync(readFileSync(path.join(corpus, 'wcxb', 'html', `${id}.html.gz`))));
  }
}

const mean = (xs) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : NaN);

/**
 * Runs the CLI over every WCXB page and scores it.
 * @returns {{rows: object[], summary: object}} one row per page and the aggregates
 */
export async function runWcxb({ cli, corpus, work, shared }) {
  const { wordPRF, snippetRate, pageType, TYPES } =
    await import(pathToFileURL(path.join(shared, 'eval', 'score_wcxb.mjs')).href);
  const truth = loadTruth(corpus);
  const ids = [...truth.keys()].filter((id) => existsSync(path.join(corpus, 'wcxb', 'html', `${id}.html.gz`)));
  const srcDir = path.join(work, 'wcxb-src');
  unpack(corpus, ids, srcDir);
  const list = path.join(work, 'wcxb.list');
  writeFileSync(list, ids.map((id) => path.join(srcDir, `${id}.html`)).join('\n') + '\n');
  const out = path.join(work, 'wcxb');
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const t0 = process.hrtime.bigint();
  try {
    execFileSync(cli, ['batch-clean', list, out, JSON.stringify({ inputFormat: 'html' })],
      { stdio: ['ignore', 'ignore', 'pipe'] });
  } catch (e) {
    console.error(`eval: batch-clean reported failures for wcxb: ${e.stderr}`);
  }
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  const rows = ids.map((id, n) => {
    const data = truth.get(id);
    const gt = data.ground_truth || {};
    const r = JSON.parse(readFileSync(path.join(out, `${n}.json`), 'utf8'));
    const text = r.ok ? r.text || '' : '';
    const [p, rc, f1] = wordPRF(text, gt.main_content || '');
    return {
      id, type: pageType(data), half: halfOf(id), ok: r.ok, precision: p, recall: rc, f1,
      with: snippetRate(text, gt.with), without: snippetRate(text, gt.without),
      emptyMiss: words(text).length === 0 && words(gt.main_content).length > 0,
      title: gt.title ? titleMatches(r.title, gt.title) : null,
      author: gt.author ? authorMatches(r.byline, gt.author) : null,
      date: gt.publish_date ? dateMatches(r.published, gt.publish_date) : null,
      pageType: r.pageType ?? null,
    };
  });
  return { rows, seconds, types: TYPES };
}

/** Aggregates of a set of WCXB rows. */
export function summarizeWcxb(rows) {
  const rate = (k) => {
    const xs = rows.filter((r) => r[k] !== null);
    return { rate: mean(xs.map((r) => (r[k] ? 1 : 0))), n: xs.length };
  };
  return {
    pages: rows.length,
    f1: mean(rows.map((r) => r.f1)),
    precision: mean(rows.map((r) => r.precision)),
    recall: mean(rows.map((r) => r.recall)),
    with: mean(rows.map((r) => r.with)),
    without: mean(rows.map((r) => r.without)),
    emptyMiss: rows.filter((r) => r.emptyMiss).length,
    title: rate('title'),
    author: rate('author'),
    date: rate('date'),
  };
}

/** Metric names (for floors) and printable rows for the WCXB result. */
export function reportWcxb({ rows, seconds, types }, { perPage = false } = {}) {
  const results = {};
  const lines = [];
  const fmt = (x, d = 3) => (x == null || Number.isNaN(x) ? 'n/a' : x.toFixed(d));
  const pct = (x) => (Number.isNaN(x.rate) ? 'n/a' : `${(100 * x.rate).toFixed(1)}% of ${x.n}`);
  const all = summarizeWcxb(rows);
  const put = (prefix, s) => {
    results[`${prefix}.f1`] = s.f1;
    results[`${prefix}.precision`] = s.precision;
    results[`${prefix}.recall`] = s.recall;
    results[`${prefix}.emptyMiss`] = s.emptyMiss;
  };
  put('wcxb', all);
  results['wcxb.title.match'] = all.title.rate;
  results['wcxb.author.match'] = all.author.rate;
  results['wcxb.date.match'] = all.date.rate;
  lines.push(['wcxb', `F1 ${fmt(all.f1)}  P ${fmt(all.precision)}  R ${fmt(all.recall)}  with ${fmt(all.with)}  ` +
    `without ${fmt(all.without)}  empty-where-truth-has-text ${all.emptyMiss}  (${rows.length} pages, ${fmt(seconds, 1)} s)`]);
  lines.push(['  metadata', `title ${pct(all.title)}  author ${pct(all.author)}  date ${pct(all.date)}`]);
  const halves = {};
  for (const h of HALVES) {
    halves[h] = summarizeWcxb(rows.filter((r) => r.half === h));
    put(`wcxb.${h}`, halves[h]);
    results[`wcxb.${h}.title.match`] = halves[h].title.rate;
    results[`wcxb.${h}.author.match`] = halves[h].author.rate;
    results[`wcxb.${h}.date.match`] = halves[h].date.rate;
  }
  // The pageType guess against the truth's page type, per half, and what each type is taken for.
  const typeAcc = (rs) => mean(rs.map((r) => (r.pageType === r.type ? 1 : 0)));
  results['wcxb.pageType.accuracy'] = typeAcc(rows);
  for (const h of HALVES) results[`wcxb.${h}.pageType.accuracy`] = typeAcc(rows.filter((r) => r.half === h));
  lines.push(['  pageType', `accuracy ${fmt(100 * typeAcc(rows), 1)}%  halves ` +
    HALVES.map((h) => `${h} ${fmt(100 * results[`wcxb.${h}.pageType.accuracy`], 1)}%`).join(' ')]);
  lines.push(['  halves', HALVES.map((h) => `${h}: F1 ${fmt(halves[h].f1)} title ${pct(halves[h].title)} ` +
    `author ${pct(halves[h].author)} date ${pct(halves[h].date)}`).join('  |  ')]);
  for (const t of types) {
    const tr = rows.filter((r) => r.type === t);
    if (!tr.length) continue;
    const s = summarizeWcxb(tr);
    put(`wcxb.${t}`, s);
    const hs = HALVES.map((h) => {
      const hr = summarizeWcxb(tr.filter((r) => r.half === h));
      results[`wcxb.${h}.${t}.f1`] = hr.f1;
      return `${h} ${fmt(hr.f1)}`;
    });
    const taken = {};
    for (const r of tr) taken[r.pageType ?? 'none'] = (taken[r.pageType ?? 'none'] || 0) + 1;
    const guessed = Object.entries(taken).sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v}`).join(', ');
    lines.push([`  ${t}`, `F1 ${fmt(s.f1)}  P ${fmt(s.precision)}  R ${fmt(s.recall)}  halves ${hs.join(' ')}  ` +
      `empty ${s.emptyMiss}  (${tr.length} pages; guessed ${guessed})`]);
  }
  if (perPage) {
    const worst = [...rows].sort((a, b) => a.f1 - b.f1).slice(0, 25);
    for (const r of worst) {
      lines.push([`    ${r.id}`, `${r.type.padEnd(13)} as ${(r.pageType ?? 'none').padEnd(13)} f1 ${fmt(r.f1)} p ${fmt(r.precision)} r ${fmt(r.recall)} half ${r.half}`]);
    }
  }
  return { results, lines, summary: all, halves };
}
