// Metadata agreement on an article set whose pages carry `expected-metadata.json` (the
// Readability test pages: title, byline, publishedTime as Readability.js found them). A second,
// independent check of the HTML metadata rules next to WCXB: a rule that only helps one of the
// two has been fitted to it. Judged with the same functions as WCXB (scripts/eval_wcxb.mjs).
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { authorMatches, dateMatches, titleMatches } from './eval_wcxb.mjs';
import { halfOf, HALVES } from './eval_halves.mjs';

/**
 * Agreement of predicted title/byline/published with each page's expected metadata.
 * @param {string} dir set folder (one sub-folder per page id)
 * @param {Record<string, object|null>} results page id -> the engine's result (null on error)
 * @returns {{all: object, A: object, B: object}} per field {ok, n}
 */
export function metadataAgreement(dir, results) {
  const blank = () => ({ title: { ok: 0, n: 0 }, author: { ok: 0, n: 0 }, date: { ok: 0, n: 0 } });
  const out = { all: blank(), A: blank(), B: blank() };
  for (const [id, r] of Object.entries(results)) {
    const file = path.join(dir, id, 'expected-metadata.json');
    if (!existsSync(file)) continue;
    const m = JSON.parse(readFileSync(file, 'utf8'));
    // Readability's publishedTime is a full timestamp; the day is what is compared.
    const checks = [
      ['title', m.title, (t) => titleMatches(r?.title, t)],
      ['author', m.byline, (t) => authorMatches(r?.byline, t)],
      ['date', m.publishedTime, (t) => dateMatches(r?.published, t)],
    ];
    for (const [field, truth, judge] of checks) {
      if (!truth || !String(truth).trim()) continue;
      const ok = judge(String(truth)) ? 1 : 0;
      for (const k of ['all', halfOf(id)]) {
        out[k][field].n++;
        out[k][field].ok += ok;
      }
    }
  }
  return out;
}

/** One printable line per scope and the metric values for floors. */
export function reportMetadata(name, agreement) {
  const pct = (x) => (x.n ? `${((100 * x.ok) / x.n).toFixed(1)}% of ${x.n}` : 'n/a');
  const line = (a) => `title ${pct(a.title)}  author ${pct(a.author)}  date ${pct(a.date)}`;
  const results = {};
  for (const k of ['all', ...HALVES]) {
    for (const f of ['title', 'author', 'date']) {
      const x = agreement[k][f];
      if (x.n) results[`${name}${k === 'all' ? '' : `.${k}`}.${f}.match`] = x.ok / x.n;
    }
  }
  return {
    results,
    lines: [['  metadata', line(agreement.all)],
      ['  halves', HALVES.map((h) => `${h}: ${line(agreement[h])}`).join('  |  ')]],
  };
}
