#!/usr/bin/env node
// Lists quote-extraction errors for a development set so a person can read them: false positives,
// misses, wrong speakers, boundary mismatches, or true positives matching a predicate. It matches
// predictions to gold exactly as ../shared/eval/score_quotes.mjs does, by loading that scorer's
// helper functions at run time (nothing is copied into the repo, and the definitions cannot drift).
//
//   node scripts/quote-errors.mjs --set polnear|wikinews [--unit quoted|quote] [--show fp|fn|spk|exact|tp]
//        [--filter 'x.type === "scare"'] [--n 30] [--seed 1] [--build build/native] [--shared ../shared]
//   node scripts/quote-errors.mjs --set polnear --oracle
//   node scripts/quote-errors.mjs --set polnear --calibration   (speaker accuracy by confidence)
//
// Predictions come from the last `scripts/eval.mjs` run with the same --build (.eval/<build>/
// <set>.pred.quoted.jsonl for --unit quoted, .pred.all.jsonl for --unit quote). --oracle scores a
// perfect quotation-mark extractor, built from the gold by joining the gold units that lie in one
// run between marks: the ceiling for any extractor that returns each quotation whole.
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const argv = process.argv.slice(2);
const opt = (n, d) => { const i = argv.indexOf(n); return i >= 0 ? argv[i + 1] : d; };
const SET = opt('--set', 'polnear');
const UNIT = opt('--unit', 'quoted');
const SHOW = opt('--show', 'fp');
const N = Number(opt('--n', 30));
const SHARED = path.resolve(ROOT, opt('--shared', '../shared'));
const BUILD = opt('--build', 'build/native');
const GOLD = path.join(SHARED, 'corpus', 'quotes', { polnear: 'polnear-dev.jsonl', wikinews: 'german-wikinews-dev.jsonl' }[SET] ?? '');
const SCORER = path.join(SHARED, 'eval', 'score_quotes.mjs');
if (!existsSync(GOLD) || !existsSync(SCORER)) {
  console.error(`quote-errors: no gold for set "${SET}" under ${SHARED} (use --set polnear|wikinews, --shared DIR)`);
  process.exit(2);
}
const filter = new Function('x', `return ${opt('--filter', 'true')};`);

// The scorer is a script, not a module: evaluate its helper section (between its "helpers" and
// "scoring" banners) in this module's scope. UNIT and THETA are the free variables it reads.
const THETA = 0.5;
const src = readFileSync(SCORER, 'utf8');
const a = src.indexOf('// ---------- helpers ----------'), b = src.indexOf('// ---------- scoring ----------');
if (a < 0 || b < 0) { console.error('quote-errors: the scorer layout changed; update this tool'); process.exit(2); }
const H = new Function('UNIT', 'THETA', `${src.slice(a, b)}
  return { tokenizer, quoteTokens, goldUnits, explode, greedyMatch, overlapScore, speakerCorrect };`)(UNIT, THETA);

const readJsonl = (f) => readFileSync(f, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
const gold = readJsonl(GOLD);

if (argv.includes('--oracle')) {
  const MARKS = /[“”"'‘’«»„‚‹›「」『』]/;
  const lines = gold.map((r) => {
    const cp = Array.from(r.text);
    const units = r.quotes.flatMap((q) => (q.quoted_spans || []).map(([s, e]) => ({ start: s, end: e, speaker: q.speaker,
      speaker_start: q.speaker_start, speaker_end: q.speaker_end }))).sort((x, y) => x.start - y.start);
    const runs = [];
    for (const u of units) {
      const prev = runs[runs.length - 1];
      const gap = prev ? cp.slice(prev.end, Math.max(prev.end, u.start)).join('') : '';
      // One run: nothing but spaces between the two units, and no mark at their facing edges
      // (“A,” “B,” are two quotations; gold units often include their marks).
      const joined = prev && !MARKS.test(cp[prev.end - 1]) && !MARKS.test(cp[u.start] ?? '') &&
        !MARKS.test(gap) && !/\n/.test(gap) && gap.trim() === '';
      if (prev && (u.start < prev.end || joined)) {
        prev.end = Math.max(prev.end, u.end);
      } else runs.push({ ...u });
    }
    return JSON.stringify({ id: r.id, quotes: runs });
  });
  const tmp = path.join(ROOT, '.eval', `oracle.${SET}.jsonl`);
  writeFileSync(tmp, lines.join('\n') + '\n');
  const r = JSON.parse(execFileSync('node', [SCORER, '--gold', GOLD, '--pred', tmp, '--unit', 'quoted', '--json'],
    { encoding: 'utf8', maxBuffer: 1 << 28 }));
  console.log(`${SET} oracle (each quotation whole): overlap F1 ${r.overlap.F1} (P ${r.overlap.P} R ${r.overlap.R})  exact F1 ${r.exact.F1}`);
  process.exit(0);
}

const PRED = path.join(ROOT, '.eval', path.basename(BUILD), `${SET}.pred.${UNIT === 'quoted' ? 'quoted' : 'all'}.jsonl`);
if (!existsSync(PRED)) { console.error(`quote-errors: ${PRED} missing; run scripts/eval.mjs --build ${BUILD} --sets ${SET}`); process.exit(2); }
const predById = new Map(readJsonl(PRED).map((r) => [String(r.id), r]));
const ctx = (cp, s, e, before = 100, after = 60) =>
  (cp.slice(Math.max(0, s - before), s).join('') + '[[' + cp.slice(s, e).join('') + ']]' + cp.slice(e, e + after).join('')).replace(/\n/g, ' ⏎ ');
const firstLast = (q) => { let lo = Infinity, hi = -1; for (const t of q.tok) { lo = Math.min(lo, t); hi = Math.max(hi, t); } return `${lo}:${hi}`; };

const out = [];
// --calibration: matched predictions with a speaker, by confidence band, and how often the
// speaker is right (lenient), overall and on each half.
const BANDS = [0, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.01];
const calib = { all: BANDS.slice(1).map(() => [0, 0]), A: BANDS.slice(1).map(() => [0, 0]), B: BANDS.slice(1).map(() => [0, 0]) };
const { halfOf } = await import('./eval_halves.mjs');
for (const rec of gold) {
  const cp = Array.from(rec.text);
  const tk = H.tokenizer(rec.text);
  const units = H.goldUnits(rec.quotes || []);
  const G = units.inc.map((q) => ({ ...q, tok: H.quoteTokens(tk, q) }));
  const excluded = units.exc.map((q) => ({ ...q, tok: H.quoteTokens(tk, q) }));
  let P = H.explode((predById.get(String(rec.id)) || {}).quotes || []).map((q) => ({ ...q }));
  for (const q of P) q.tok = H.quoteTokens(tk, q);
  if (Array.isArray(rec.ignore) && rec.ignore.length) {
    const ign = new Set();
    for (const [s, e] of rec.ignore) for (const t of tk.toks(s, e)) ign.add(t);
    P = P.filter((q) => { let k = 0; for (const t of q.tok) if (ign.has(t)) k++; return !q.tok.size || k / q.tok.size < 0.5; });
  }
  const pairs = H.greedyMatch(G, P, H.overlapScore, (s) => s >= THETA);
  const usedP = new Set(pairs.map(([, j]) => j)), usedG = new Set(pairs.map(([i]) => i));
  const rest = P.map((q, j) => [q, j]).filter(([, j]) => !usedP.has(j));
  const dropped = new Set(H.greedyMatch(excluded, rest.map(([q]) => q), H.overlapScore, (s) => s >= THETA).map(([, k]) => rest[k][1]));
  const near = (list, x) => list.filter((y) => y.start < x.end && x.start < y.end).map((y) => `${y.start}-${y.end}${y.type ? ':' + y.type : ''}`).join(',');
  if (SHOW === 'fp') P.forEach((p, j) => { if (!usedP.has(j) && !dropped.has(j) && filter(p))
    out.push(`${rec.id} FP type=${p.type} speaker=${p.speaker} conf=${p.confidence} gold-near=${near(G, p)}\n   ${ctx(cp, p.start, p.end)}`); });
  if (SHOW === 'fn') G.forEach((g, i) => { if (!usedG.has(i))
    out.push(`${rec.id} FN speaker=${g.speaker} pred-near=${near(P, g)}\n   ${ctx(cp, g.start, g.end)}`); });
  for (const [i, j] of pairs) {
    const g = G[i], p = P[j];
    if (p.speaker != null && typeof p.confidence === 'number') {
      const b = BANDS.findIndex((lo, k) => p.confidence >= lo && p.confidence < BANDS[k + 1]);
      const ok = H.speakerCorrect(g, p, rec).lenient ? 1 : 0;
      for (const key of ['all', halfOf(rec.id)]) { calib[key][b][0]++; calib[key][b][1] += ok; }
    }
    if (SHOW === 'spk' && !H.speakerCorrect(g, p, rec).lenient && filter(p))
      out.push(`${rec.id} SPEAKER gold=${JSON.stringify(g.speaker)} pred=${JSON.stringify(p.speaker)} type=${p.type}\n   ${ctx(cp, g.start, g.end, 200, 120)}`);
    if (SHOW === 'exact' && firstLast(g) !== firstLast(p))
      out.push(`${rec.id} BOUNDS\n   gold ${ctx(cp, g.start, g.end, 40, 30)}\n   pred ${ctx(cp, p.start, p.end, 40, 30)}`);
    if (SHOW === 'tp' && filter(p))
      out.push(`${rec.id} TP type=${p.type} speaker=${p.speaker} conf=${p.confidence} gold-speaker=${g.speaker}\n   ${ctx(cp, p.start, p.end)}`);
  }
}
if (argv.includes('--calibration')) {
  const pct = (c) => (c[0] ? ((100 * c[1]) / c[0]).toFixed(1) + '%' : '-');
  const sum = (rows, from) => rows.slice(from).reduce((a, c) => [a[0] + c[0], a[1] + c[1]], [0, 0]);
  console.log(`${SET} ${UNIT}: speaker right (lenient) among matched predictions with a speaker, by confidence`);
  console.log('band         n      right   A        B');
  BANDS.slice(1).forEach((hi, k) => console.log(`[${BANDS[k].toFixed(1)}, ${Math.min(hi, 1).toFixed(1)}${hi > 1 ? ']' : ')'}`.padEnd(12) +
    ` ${String(calib.all[k][0]).padStart(5)}  ${pct(calib.all[k]).padStart(6)}  ${pct(calib.A[k]).padStart(6)}  ${pct(calib.B[k]).padStart(6)}`));
  const k8 = BANDS.indexOf(0.8);
  console.log(`>= 0.8       ${String(sum(calib.all, k8)[0]).padStart(5)}  ${pct(sum(calib.all, k8)).padStart(6)}  ${pct(sum(calib.A, k8)).padStart(6)}  ${pct(sum(calib.B, k8)).padStart(6)}`);
  process.exit(0);
}
// A reproducible sample (Park–Miller generator), so two runs with one --seed show the same items.
let seed = Number(opt('--seed', 1)) || 1;
const next = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
const pool = out.slice(), pick = [], want = Math.min(N, pool.length);
while (pick.length < want) pick.push(pool.splice(Math.floor(next() * pool.length), 1)[0]);
console.log(`${out.length} ${SHOW} items (showing ${pick.length})`);
if (pick.length) console.log(pick.join('\n'));
