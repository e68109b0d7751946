// Side panels: quotes grouped by speaker, the removal log, the edit log, and the stats line.
// Each list item is a real <button> so it is reachable and usable by keyboard.
import { h, shorten } from './dom.js';
import { MOVED_REASONS } from './render-article.js';

const NO_SPEAKER = '\u0000none';

const TYPE_LABEL = {
  direct: 'direct', partial: 'partial', scare: 'scare quote', block: 'block', reported: 'reported',
  title: 'title',
};

// Names and titles of things in quotation marks (type "title") are nobody's words: they are
// listed apart from the speakers, folded away.
const isTitle = (q) => q.type === 'title';

function speakerGroups(result) {
  const quotes = result.quotes || [];
  const byName = new Map();
  quotes.forEach((q, i) => {
    if (isTitle(q)) return;
    const key = q.speaker || NO_SPEAKER;
    if (!byName.has(key)) byName.set(key, { name: q.speaker, quotes: [], first: i });
    byName.get(key).quotes.push(i);
  });
  const speakers = new Map((result.speakers || []).map((s) => [s.name, s]));
  const groups = [...byName.values()];
  // Most quoted first; unattributed quotes and scare quotes last.
  groups.sort((a, b) => (!a.name - !b.name) || (b.quotes.length - a.quotes.length) || (a.first - b.first));
  return groups.map((g) => ({ ...g, info: g.name ? speakers.get(g.name) : null }));
}

function mentionNames(info, name) {
  if (!info || !Array.isArray(info.mentions)) return [];
  const seen = new Set([name]);
  const out = [];
  for (const m of info.mentions) {
    const t = m && typeof m.text === 'string' ? m.text : '';
    if (t && !seen.has(t)) { seen.add(t); out.push(t); }
  }
  return out;
}

function quoteItem(q, i, onSelect) {
  const details = [];
  if (q.cue) details.push(h('span', { class: 'qcue' }, h('span', { class: 'label' }, 'cue'), ' ', q.cue.text));
  if (q.mention) {
    const resolved = q.resolvedFrom && q.speaker;
    details.push(h('span', { class: `qmention${resolved ? ' resolved' : ''}` },
      h('span', { class: 'label' }, resolved ? 'resolved' : 'named as'), ' ',
      `“${q.mention.text}”`,
      resolved ? [' → ', h('strong', null, q.speaker), h('span', { class: 'from' }, ` from ${q.resolvedFrom}`)] : null));
  }
  const conf = Number.isFinite(q.confidence) ? `${Math.round(q.confidence * 100)}%` : null;
  return h('li', null,
    h('button', {
      type: 'button', class: 'quote-item', 'aria-pressed': 'false', dataset: { quote: String(i) },
      title: `Show this quote, its cue and its speaker in the article${conf ? ` (confidence ${conf})` : ''}`,
      onclick: () => onSelect(i),
    },
    h('span', { class: `qtype t-${q.type}` }, TYPE_LABEL[q.type] || q.type),
    // Reported speech has no quotation marks in the article; do not add any here.
    h('span', { class: `qtext${q.type === 'reported' ? ' reported' : ''}` },
      q.type === 'reported' ? shorten(q.text, 180) : `“${shorten(q.text, 180)}”`),
    details.length ? h('span', { class: 'qmeta' }, details) : null));
}

export function renderQuotes(container, result, onSelect, quotesEnabled = true) {
  const quotes = result.quotes || [];
  const groups = speakerGroups(result);
  const titles = [];
  quotes.forEach((q, i) => { if (isTitle(q)) titles.push(i); });
  const speech = quotes.length - titles.length;
  const head = h('h2', { id: 'quotes-h' }, 'Quotes ', h('span', { class: 'count' }, String(speech)));
  const titleList = titles.length ? [h('details', { class: 'titles' },
    h('summary', null, 'Names and titles in quotation marks ', h('span', { class: 'count' }, String(titles.length))),
    h('ul', { class: 'quote-list' }, titles.map((i) => quoteItem(quotes[i], i, onSelect))))] : [];
  if (speech === 0) {
    container.replaceChildren(head, h('p', { class: 'empty' },
      quotesEnabled ? 'No quotations found.' : 'Finding quotes is switched off in Options.'), ...titleList);
    return;
  }
  const list = h('div', { class: 'speaker-groups' });
  for (const g of groups) {
    const aka = mentionNames(g.info, g.name);
    const count = g.info && Number.isInteger(g.info.quoteCount) ? g.info.quoteCount : g.quotes.length;
    list.append(h('section', { class: 'speaker', dataset: { speaker: g.name || '' } },
      h('h3', null,
        h('span', { class: 'speaker-name' }, g.name || 'No speaker'),
        h('span', { class: 'count', title: 'quotes' }, String(g.name ? count : g.quotes.length))),
      aka.length ? h('p', { class: 'aka' }, 'also: ', aka.map((t, k) => [k ? ', ' : '', h('q', null, t)])) : null,
      h('ul', { class: 'quote-list' }, g.quotes.map((i) => quoteItem(quotes[i], i, onSelect)))));
  }
  container.replaceChildren(head, list, ...titleList);
}

export function renderRemoved(container, result, onSelect) {
  const removed = result.removed || [];
  const head = h('h2', { id: 'removed-h' }, 'Removed ', h('span', { class: 'count' }, String(removed.length)));
  if (removed.length === 0) {
    container.replaceChildren(head, h('p', { class: 'empty' }, 'Nothing was removed.'));
    return;
  }
  const byReason = new Map();
  for (const r of removed) byReason.set(r.reason, (byReason.get(r.reason) || 0) + 1);
  const summary = h('p', { class: 'reasons' },
    [...byReason].map(([reason, n]) => h('span', { class: `reason${MOVED_REASONS.has(reason) ? ' moved' : ''}` }, `${reason} ×${n}`)));
  const list = h('ul', { class: 'removed-list' }, removed.map((r, i) => h('li', null,
    h('button', {
      type: 'button', class: 'removed-item', dataset: { removed: String(i) },
      title: MOVED_REASONS.has(r.reason) ? `${r.reason}: moved to its field` : `${r.reason}: removed (click to show in place)`,
      onclick: () => onSelect(i),
    },
    h('span', { class: `reason${MOVED_REASONS.has(r.reason) ? ' moved' : ''}` }, r.reason),
    // HTML input: where the region was in the page (a CSS selector path).
    typeof r.path === 'string' && r.path ? h('code', { class: 'rpath' }, shorten(r.path, 80)) : null,
    h('span', { class: 'rtext' }, shorten(r.text, 240))))));
  container.replaceChildren(head, summary, list);
}

export function renderEdits(container, result, onSelect) {
  const edits = result.edits || [];
  const head = h('h2', { id: 'edits-h' }, 'Edits ', h('span', { class: 'count' }, String(edits.length)));
  if (edits.length === 0) {
    container.replaceChildren(head, h('p', { class: 'empty' }, 'No repairs were needed.'));
    return;
  }
  const list = h('ul', { class: 'edit-list' }, edits.map((e, i) => h('li', null,
    h('button', {
      type: 'button', class: 'edit-item', dataset: { edit: String(i) }, onclick: () => onSelect(i),
      title: Number.isInteger(e.start) ? 'Show in the article' : 'This repair is outside the body (e.g. in the title)',
    },
    h('span', { class: 'ekind' }, e.kind),
    h('span', { class: 'ediff' }, h('del', null, visible(e.before)), ' → ', h('ins', null, visible(e.after)))))));
  container.replaceChildren(head, list);
}

/** Makes whitespace-only edit strings readable ("␣", "⏎"). */
function visible(s) {
  if (typeof s !== 'string' || s === '') return '∅';
  return /^\s+$/.test(s) ? s.replace(/ /g, '␣').replace(/\n/g, '⏎').replace(/\t/g, '⇥').replace(/\u00a0/g, '⍽') : s;
}

export function renderStats(container, result, roundTripMs) {
  const s = result.stats || {};
  const fmt = (n, d = 1) => (Number.isFinite(n) ? n.toFixed(d) : '?');
  const item = (label, value, key) => h('span', { class: 'stat', dataset: { stat: key } }, h('strong', null, value), ' ', label);
  container.replaceChildren(
    item('ms engine', fmt(s.ms, s.ms < 10 ? 2 : 1), 'ms'),
    item('ms round trip', fmt(roundTripMs, 0), 'roundtrip'),
    item('blocks kept', String(s.blocksKept ?? (result.blocks || []).length), 'kept'),
    item('removed', String(s.blocksRemoved ?? (result.removed || []).length), 'removed'),
    item('edits', String((result.edits || []).length), 'edits'),
    item('quotes', String((result.quotes || []).filter((q) => !isTitle(q)).length), 'quotes'),
    item(`chars out of ${(s.inputBytes ?? 0).toLocaleString('en')} bytes in`, (s.outputChars ?? 0).toLocaleString('en'), 'chars'),
  );
}
