// The removal log on HTML pages (issue 13, "every removed word accounted for"), measured over
// the results an eval run just wrote:
// - coverage: of the pages that have boilerplate (the page's visible text is longer than the
//   truth by at least BOILERPLATE_WORDS words), the share that get removal entries;
// - specific: of the removed characters (visible text inside each entry's input range), the
//   share whose reason is not a catch-all (outside-article, low-score).
// Both for the whole set and for its two halves (scripts/eval_halves.mjs).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { halfOf, HALVES } from './eval_halves.mjs';

/** Reasons that only say "not the article": everything else names what the text was. */
export const CATCH_ALL = new Set(['outside-article', 'low-score']);

/** A page has boilerplate when its visible text has this many more words than the truth. */
const BOILERPLATE_WORDS = 10;

const INVISIBLE = /<(script|style|noscript|template|iframe|noembed|noframes|title)\b[^>]*>[\s\S]*?<\/\1\s*>/gi;

/** Visible text of an HTML fragment, roughly: no markup, comments or invisible elements. */
export function visibleText(html) {
  return html.replace(/<!--[\s\S]*?-->/g, ' ').replace(INVISIBLE, ' ').replace(/<head\b[\s\S]*?<\/head\s*>/i, ' ')
    .replace(/<[a-zA-Z/!?][^>]*>/g, ' ').replace(/&(#\d+|#x[0-9a-f]+|[a-z]+\d*);/gi, 'x');
}

const wordCount = (s) => (s.match(/[\p{L}\p{N}_]+/gu) || []).length;
const visibleChars = (s) => s.replace(/\s+/g, '').length;

/**
 * Per-page facts of the removal log.
 * @param {object} result the clean() JSON of the page
 * @param {string} html the page as given to the engine
 * @param {string} truth the page's true main text
 */
export function pageRemovals(result, html, truth) {
  const boilerplate = wordCount(visibleText(html)) - wordCount(truth || '') >= BOILERPLATE_WORDS;
  const byReason = {};
  for (const r of result.removed || []) {
    const text = Number.isInteger(r.start) ? visibleText(html.slice(r.start, r.end)) : r.text;
    byReason[r.reason] = (byReason[r.reason] || 0) + visibleChars(text);
  }
  return { boilerplate, entries: (result.removed || []).length, byReason };
}

function summarize(pages) {
  const withBoilerplate = pages.filter((p) => p.boilerplate);
  const covered = withBoilerplate.filter((p) => p.entries > 0).length;
  const byReason = {};
  for (const p of pages) for (const [k, v] of Object.entries(p.byReason)) byReason[k] = (byReason[k] || 0) + v;
  const total = Object.values(byReason).reduce((a, b) => a + b, 0);
  const catchAll = Object.entries(byReason).filter(([k]) => CATCH_ALL.has(k)).reduce((a, [, v]) => a + v, 0);
  return {
    pages: pages.length, boilerplatePages: withBoilerplate.length,
    coverage: withBoilerplate.length ? covered / withBoilerplate.length : NaN,
    specific: total ? 1 - catchAll / total : NaN, removedChars: total, byReason,
  };
}

/**
 * Scores the removal log of one HTML set from the results on disk.
 * @param {{name: string, outDir: string, ids: string[], source: (id: string) => string,
 *   truth: (id: string) => string}} set `outDir/<n>.json` is the result for ids[n]
 * @returns {{results: object, lines: string[][]}} metric values and printable rows
 */
export function reportRemoved({ name, outDir, ids, source, truth }) {
  const pages = [];
  ids.forEach((id, n) => {
    const r = JSON.parse(readFileSync(path.join(outDir, `${n}.json`), 'utf8'));
    if (!r.ok) return;
    pages.push({ id, ...pageRemovals(r, readFileSync(source(id), 'utf8'), truth(id)) });
  });
  const pct = (x) => (Number.isNaN(x) ? 'n/a' : `${(100 * x).toFixed(1)}%`);
  const all = summarize(pages);
  const results = { [`${name}.removed.coverage`]: all.coverage, [`${name}.removed.specific`]: all.specific };
  const halves = HALVES.map((h) => {
    const s = summarize(pages.filter((p) => halfOf(p.id) === h));
    results[`${name}.removed.${h}.coverage`] = s.coverage;
    results[`${name}.removed.${h}.specific`] = s.specific;
    return `${h} ${pct(s.coverage)} / ${pct(s.specific)}`;
  });
  const top = Object.entries(all.byReason).sort((a, b) => b[1] - a[1]).slice(0, 8)
    .map(([k, v]) => `${k} ${pct(v / all.removedChars)}`).join(', ');
  const lines = [
    ['  removed', `entries on ${pct(all.coverage)} of ${all.boilerplatePages} pages with boilerplate; ` +
      `${pct(all.specific)} of removed characters with a specific reason (halves ${halves.join('  |  ')})`],
    ['  reasons', top],
  ];
  return { results, lines };
}
