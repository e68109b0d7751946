// Renders the cleaned article: metadata header, body blocks by kind, edits as <mark>s with
// their before-text, quotes/cues/speaker mentions as spans that the quotes panel can light up,
// and (optionally) the removed blocks struck through at their place in the input.
//
// Offsets: blocks, quotes, cues, mentions and edits[].start/end index result.text (UTF-16);
// removed[].start/end index the INPUT. Kept blocks carry no input offsets, so they are located
// in the input by a short whitespace-insensitive probe (see locateBlocks).
import { h, safeHref } from './dom.js';

/** Above this input size the in-place view is not offered (locating blocks scans the input). */
export const IN_PLACE_MAX_INPUT = 4_000_000;

/** Reasons that move a block into a metadata field rather than throwing it away. */
export const MOVED_REASONS = new Set(['title', 'subtitle', 'byline', 'date', 'source-line']);

function blockElement(block) {
  switch (block.kind) {
    case 'heading': {
      // The article title is the page's h1; body headings start at h2.
      const level = Math.min(6, Math.max(2, (Number(block.level) || 1) + 1));
      return h(`h${level}`, { class: 'blk' });
    }
    case 'list-item': return h('li', { class: 'blk' });
    case 'blockquote': return h('blockquote', { class: 'blk' });
    case 'preformatted': return h('pre', { class: 'blk' });
    case 'caption': return h('p', { class: 'blk caption' });
    default: return h('p', { class: 'blk' });
  }
}

const isOffset = (n) => Number.isInteger(n) && n >= 0;

/** Every highlightable range in result.text: {s, e, kind: edit|quote|cue|mention, i}. */
function collectRanges(result, textLength) {
  const out = [];
  const add = (s, e, kind, i) => {
    if (isOffset(s) && isOffset(e) && s <= e && e <= textLength) out.push({ s, e, kind, i });
  };
  (result.edits || []).forEach((ed, i) => add(ed.start, ed.end, 'edit', i));
  (result.quotes || []).forEach((q, i) => {
    add(q.start, q.end, 'quote', i);
    if (q.cue) add(q.cue.start, q.cue.end, 'cue', i);
    if (q.mention) add(q.mention.start, q.mention.end, 'mention', i);
  });
  return out;
}

/** Distributes ranges over the blocks they touch (clipped per block). Blocks are in text order. */
function rangesByBlock(blocks, ranges) {
  const per = blocks.map(() => []);
  for (const r of ranges) {
    // First block whose end reaches r.s (binary search: blocks are sorted and disjoint).
    let lo = 0, hi = blocks.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (blocks[mid].end < r.s) lo = mid + 1; else hi = mid;
    }
    for (let b = lo; b < blocks.length && blocks[b].start <= r.e; b++) {
      const s = Math.max(r.s, blocks[b].start), e = Math.min(r.e, blocks[b].end);
      if (s < e || (r.s === r.e && s === e)) per[b].push({ ...r, s, e });
      if (r.s === r.e) break;
    }
  }
  return per;
}

function editTitle(ed) {
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

/** Fills a block element with its text, split where highlight ranges begin and end (a sweep). */
function fillBlock(el, text, block, ranges, result) {
  const { start: bs, end: be } = block;
  if (ranges.length === 0) {
    el.textContent = text.slice(bs, be);
    return;
  }
  const points = new Set([bs, be]);
  for (const r of ranges) { points.add(r.s); points.add(r.e); }
  const cuts = [...points].sort((a, b) => a - b);
  const spans = ranges.filter((r) => r.s < r.e).sort((a, b) => a.s - b.s);
  const points0 = ranges.filter((r) => r.s === r.e).sort((a, b) => a.s - b.s);
  let next = 0, next0 = 0, active = [];
  for (let c = 0; c < cuts.length; c++) {
    const a = cuts[c];
    // Zero-length edits (a deletion that left nothing behind) get a small marker.
    while (next0 < points0.length && points0[next0].s <= a) {
      const r = points0[next0++];
      if (r.kind === 'edit') {
        const ed = result.edits[r.i];
        el.append(h('mark', {
          class: 'edit edit-point', tabindex: 0, title: editTitle(ed), 'aria-label': editTitle(ed),
          dataset: { edit: String(r.i), before: ed.before, kind: ed.kind },
        }));
      }
    }
    if (c === cuts.length - 1) break;
    const b = cuts[c + 1];
    active = active.filter((r) => r.e > a);
    while (next < spans.length && spans[next].s <= a) active.push(spans[next++]);
    const piece = document.createTextNode(text.slice(a, b));
    el.append(active.length ? wrapSegment(piece, active, result) : piece);
  }
}

/**
 * Where each kept block starts in the input, or -1 when it cannot be found. The probe is the
 * first words of an edit-free stretch of the block, matched with any whitespace in between,
 * because segmentation may have joined a paragraph's lines ("line one\nline two" becomes
 * "line one line two") without recording an edit.
 */
export function locateBlocks(input, result) {
  const { blocks = [], edits = [] } = result;
  const text = result.text;
  const sortedEdits = edits.filter((e) => isOffset(e.start) && isOffset(e.end)).sort((a, b) => a.start - b.start);
  const pos = new Array(blocks.length).fill(-1);
  let cursor = 0, ei = 0;
  for (let i = 0; i < blocks.length; i++) {
    const { start, end } = blocks[i];
    while (ei < sortedEdits.length && sortedEdits[ei].end <= start) ei++;
    // Edit-free stretches of the block; take the first one long enough to be distinctive.
    let segStart = start, probe = null, probeAt = start;
    for (let k = ei; k <= sortedEdits.length; k++) {
      const ed = sortedEdits[k];
      const segEnd = !ed || ed.start >= end ? end : ed.start;
      const words = wordsOf(text, segStart, segEnd, segStart > start, segEnd < end);
      if (words && (words.list.length >= 3 || words.chars >= 12)) {
        probe = words.list;
        probeAt = words.at;
        break;
      }
      if (!ed || ed.start >= end) break;
      segStart = Math.max(segStart, ed.end);
    }
    if (!probe) continue;
    const re = new RegExp(probe.map(escapeRe).join('\\s+'), 'g');
    re.lastIndex = cursor;
    const m = re.exec(input);
    if (!m) continue;
    pos[i] = Math.max(0, m.index - (probeAt - start));
    cursor = m.index + m[0].length;
  }
  return pos;
}

function wordsOf(text, s, e, cutHead, cutTail) {
  if (e - s < 2) return null;
  const seg = text.slice(s, e);
  const re = /\S+/g;
  const list = [];
  let at = -1, m, chars = 0;
  while ((m = re.exec(seg)) && list.length < 8) {
    // Drop a word cut in half by an edit boundary: its other half is not in the input as is.
    if (cutHead && m.index === 0) continue;
    if (cutTail && m.index + m[0].length === seg.length) break;
    if (at < 0) at = s + m.index;
    list.push(m[0]);
    chars += m[0].length;
  }
  return list.length ? { list, at, chars } : null;
}

function escapeRe(s) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function removedElement(r, index) {
  const moved = MOVED_REASONS.has(r.reason);
  return h('div', { class: `removed-inplace${moved ? ' moved' : ''}`, dataset: { removed: String(index) } },
    h('span', { class: 'reason', title: moved ? 'moved to a metadata field' : 'removed' }, r.reason),
    h('del', null, r.text));
}

function metaHeader(result) {
  const header = h('header', { class: 'article-meta' });
  header.append(result.title
    ? h('h1', { class: 'title', id: 'article-title' }, result.title)
    : h('p', { class: 'title-missing' }, 'No title detected'));
  if (result.subtitle) header.append(h('p', { class: 'subtitle' }, result.subtitle));
  const facts = [];
  const fact = (label, value, cls) => facts.push(h('span', { class: `fact ${cls}` }, h('span', { class: 'label' }, label), ' ', value));
  if (result.byline) fact('By', result.byline.replace(/^by\s+/i, ''), 'byline');
  if (result.published) fact('Published', result.published, 'date');
  if (result.source) fact('Source', result.source, 'source');
  if (result.siteName) fact('Site', result.siteName, 'site');
  if (result.language) fact('Language', result.language, 'lang');
  if (result.url) {
    const href = safeHref(result.url);
    facts.push(h('span', { class: 'fact url' }, h('span', { class: 'label' }, 'URL'), ' ',
      href ? h('a', { href, rel: 'noopener noreferrer', target: '_blank' }, result.url) : result.url));
  }
  if (facts.length) header.append(h('p', { class: 'facts' }, facts));
  return header;
}

/**
 * @param {HTMLElement} container the article element
 * @param {object} result the clean() result
 * @param {{input: string, showRemoved: boolean}} view
 * @returns {{placedRemoved: number, unplacedRemoved: number}}
 */
export function renderArticle(container, result, { input, showRemoved }) {
  const text = result.text || '';
  const blocks = (result.blocks || []).filter((b) => isOffset(b.start) && isOffset(b.end) && b.start <= b.end && b.end <= text.length);
  const per = rangesByBlock(blocks, collectRanges(result, text.length));

  let removedQueue = [], unplaced = 0, pos = null;
  if (showRemoved) {
    const all = (result.removed || []).map((r, i) => ({ r, i }));
    removedQueue = all.filter(({ r }) => isOffset(r.start)).sort((a, b) => a.r.start - b.r.start);
    unplaced = all.length - removedQueue.length;
    pos = locateBlocks(input, result);
  }

  const body = h('div', { class: 'article-body' });
  let list = null, rq = 0;
  const put = (el, isItem) => {
    if (isItem) {
      if (!list) { list = h('ul'); body.append(list); }
      list.append(el);
    } else {
      list = null;
      body.append(el);
    }
  };
  blocks.forEach((block, b) => {
    if (showRemoved && pos[b] >= 0) {
      while (rq < removedQueue.length && removedQueue[rq].r.start < pos[b]) {
        const { r, i } = removedQueue[rq++];
        put(removedElement(r, i), false);
      }
    }
    const el = blockElement(block);
    el.dataset.block = String(b);
    fillBlock(el, text, block, per[b], result);
    put(el, block.kind === 'list-item');
  });
  while (showRemoved && rq < removedQueue.length) {
    const { r, i } = removedQueue[rq++];
    put(removedElement(r, i), false);
  }
  if (blocks.length === 0) body.append(h('p', { class: 'empty' }, 'The engine kept no body text for this input.'));
  if (showRemoved && unplaced) {
    body.append(h('p', { class: 'note' }, `${unplaced} removed block(s) have no input offsets (HTML input) and are listed in the Removed panel only.`));
  }
  container.replaceChildren(metaHeader(result), body);
  return { placedRemoved: removedQueue.length, unplacedRemoved: unplaced };
}
