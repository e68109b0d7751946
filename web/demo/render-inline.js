// The text of one block (or one table cell): its inline marks (links, emphasis, strong, code)
// as elements, and the highlight ranges (edits, quotes, cues, speaker mentions) as <mark>s and
// spans inside them. Both are ranges of result.text; the text is cut at every boundary and each
// piece is put inside the marks that cover it, so a link stays one <a> even when a quote starts
// in the middle of it.
import { h, safeLinkHref } from './dom.js';

/** @typedef {{s: number, e: number, kind: 'edit'|'quote'|'cue'|'mention', i: number}} Range */

export function editTitle(ed) {
  const where = ed.before === '' ? 'inserted' : `was “${ed.before}”`;
  return `${ed.kind}: ${where}`;
}

function wrapSegment(node, active, result) {
  const edits = [], qs = [], cues = [], ms = [];
  for (const r of active) {
    if (r.kind === 'edit') edits.push(r.i);
    else if (r.kind === 'quote') qs.push(r.i);
    else if (r.kind === 'cue') cues.push(r.i);
    else ms.push(r.i);
  }
  if (edits.length) {
    const ed = result.edits[edits[0]];
    node = h('mark', {
      class: 'edit', tabindex: 0, title: edits.map((i) => editTitle(result.edits[i])).join('\n'),
      dataset: { edit: edits.join(' '), before: ed.before, kind: ed.kind },
    }, node);
  }
  if (qs.length || cues.length || ms.length) {
    const cls = ['ann'];
    if (qs.length) cls.push('q', `q-${result.quotes[qs[0]].type}`);
    if (cues.length) cls.push('cue');
    if (ms.length) cls.push('mention');
    const dataset = {};
    if (qs.length) dataset.q = qs.join(' ');
    if (cues.length) dataset.cue = cues.join(' ');
    if (ms.length) dataset.m = ms.join(' ');
    node = h('span', { class: cls.join(' '), dataset }, node);
  }
  return node;
}

/** The element of a mark; null for a mark that renders as plain text (a link with a bad URL). */
function markElement(mark) {
  switch (mark.kind) {
    case 'link': {
      const href = safeLinkHref(mark.href);
      return href ? h('a', { href, rel: 'noopener noreferrer nofollow', target: '_blank', title: mark.href }) : null;
    }
    case 'emphasis': return h('em');
    case 'strong': return h('strong');
    case 'code': return h('code');
    default: return null;
  }
}

/** The block's marks that fall inside [s, e), clipped, outer before inner. */
function marksIn(marks, s, e) {
  const out = [];
  (marks || []).forEach((m, k) => {
    if (!m || !Number.isInteger(m.start) || !Number.isInteger(m.end)) return;
    const ms = Math.max(s, m.start), me = Math.min(e, m.end);
    if (ms < me) out.push({ s: ms, e: me, k, mark: m });
  });
  // Marks nest like the elements that made them: the longer one of two with the same start
  // is the outer one; equal ranges keep the engine's order.
  return out.sort((a, b) => a.s - b.s || b.e - a.e || a.k - b.k);
}

/**
 * Fills `el` with text.slice(s, e): marks become elements, highlight ranges wrap the pieces.
 * @param {HTMLElement} el
 * @param {string} text result.text
 * @param {number} s
 * @param {number} e
 * @param {Range[]} ranges highlights clipped to the block (any order)
 * @param {object[]|undefined} marks the block's marks (offsets into result.text)
 * @param {object} result the clean() result (edits, quotes)
 */
export function fillRange(el, text, s, e, ranges, marks, result) {
  const inside = ranges.filter((r) => (r.s < r.e ? r.s < e && r.e > s : r.s >= s && r.s <= e));
  const ms = marksIn(marks, s, e);
  if (inside.length === 0 && ms.length === 0) {
    el.textContent = text.slice(s, e);
    return;
  }
  const points = new Set([s, e]);
  for (const r of inside) { points.add(Math.max(s, r.s)); points.add(Math.min(e, r.e)); }
  for (const m of ms) { points.add(m.s); points.add(m.e); }
  const cuts = [...points].sort((a, b) => a - b);
  const spans = inside.filter((r) => r.s < r.e).sort((a, b) => a.s - b.s);
  const points0 = inside.filter((r) => r.s === r.e).sort((a, b) => a.s - b.s);
  const stack = [];   // open marks: {m, el}, outermost first
  const top = () => (stack.length ? stack[stack.length - 1].el : el);
  let next = 0, next0 = 0, active = [];
  for (let c = 0; c < cuts.length; c++) {
    const a = cuts[c];
    // Zero-length edits (a deletion that left nothing behind) get a small marker.
    while (next0 < points0.length && points0[next0].s <= a) {
      const r = points0[next0++];
      if (r.kind !== 'edit') continue;
      const ed = result.edits[r.i];
      top().append(h('mark', {
        class: 'edit edit-point', tabindex: 0, title: editTitle(ed), 'aria-label': editTitle(ed),
        dataset: { edit: String(r.i), before: ed.before, kind: ed.kind },
      }));
    }
    if (c === cuts.length - 1) break;
    const b = cuts[c + 1];
    // The marks over this piece, outer first; keep the open ones that still apply.
    const over = ms.filter((m) => m.s <= a && m.e >= b);
    let keep = 0;
    while (keep < stack.length && keep < over.length && stack[keep].m === over[keep]) keep++;
    stack.length = keep;
    for (let k = keep; k < over.length; k++) {
      const mel = markElement(over[k].mark) || h('span');
      top().append(mel);
      stack.push({ m: over[k], el: mel });
    }
    active = active.filter((r) => r.e > a);
    while (next < spans.length && spans[next].s <= a) active.push(spans[next++]);
    const live = active.filter((r) => r.e > a && r.s < b);
    const piece = document.createTextNode(text.slice(a, b));
    top().append(live.length ? wrapSegment(piece, live, result) : piece);
  }
}
