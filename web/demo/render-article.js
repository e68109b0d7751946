// Renders the cleaned article: metadata header (render-meta.js), body blocks by kind
// (render-blocks.js: marks, figures, tables, code), edits as <mark>s with their before-text,
// quotes/cues/speaker mentions as spans that the quotes panel can light up, and (optionally) the
// removed text shown in place, between the kept blocks, in the order of the input.
//
// Offsets: blocks, marks, quotes, cues, mentions and edits[].start/end index result.text
// (UTF-16); removed[].start/end index the INPUT (the pasted text, or the page's HTML). Kept
// blocks carry no input offsets, so they are located in the input by a probe (locate.js).
import { h } from './dom.js';
import { locateBlocks } from './locate.js';
import { metaHeader } from './render-meta.js';
import { renderBody, validBlock } from './render-blocks.js';
import { askFirst } from './render-media.js';

export { locateBlocks };

/** Above this input size the in-place view is not offered (locating blocks scans the input). */
export const IN_PLACE_MAX_INPUT = 4_000_000;

/** Reasons that move a block into a metadata field rather than throwing it away. */
export const MOVED_REASONS = new Set(['title', 'subtitle', 'byline', 'date', 'source-line']);

const isOffset = (n) => Number.isInteger(n) && n >= 0;
/** A BCP 47 language tag as pages write it ('en', 'pt-BR', 'zh-Hant-TW'). */
const LANG = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8}){0,4}$/;

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

/** Entries of the HTML removal log carry an element path; those of pasted text do not. */
export function isHtmlResult(result) {
  return (result.removed || []).some((r) => r && typeof r.path === 'string');
}

function removedElement(r, index) {
  const moved = MOVED_REASONS.has(r.reason);
  return h('div', { class: `removed-inplace${moved ? ' moved' : ''}`, dataset: { removed: String(index) } },
    h('span', { class: 'reason', title: moved ? 'moved to a metadata field' : 'removed' }, r.reason),
    typeof r.path === 'string' && r.path ? h('code', { class: 'rpath', title: 'where it was in the page' }, r.path) : null,
    h('del', null, r.text));
}

/**
 * @param {HTMLElement} container the article element
 * @param {object} result the clean() result
 * @param {{input: string, showRemoved: boolean, images?: import('./render-media.js').ImagePolicy,
 *   html?: boolean}} view input: what the result was made from; images: which images load at
 *   once (default: none, each waits for a click); html: the input is HTML (default: the removal
 *   log says so)
 * @returns {{placedRemoved: number, unplacedRemoved: number}}
 */
export function renderArticle(container, result, { input, showRemoved, images = askFirst, html = isHtmlResult(result) }) {
  const text = result.text || '';
  const all = Array.isArray(result.blocks) ? result.blocks : [];
  const indices = all.map((b, i) => i).filter((i) => validBlock(all[i], text.length));
  const perValid = rangesByBlock(indices.map((i) => all[i]), collectRanges(result, text.length));
  const per = [];
  indices.forEach((i, k) => { per[i] = perValid[k]; });

  let removedQueue = [], unplaced = 0, pos = null, rq = 0;
  if (showRemoved) {
    const entries = (result.removed || []).map((r, i) => ({ r, i }));
    removedQueue = entries.filter(({ r }) => isOffset(r.start)).sort((a, b) => a.r.start - b.r.start || a.i - b.i);
    unplaced = entries.length - removedQueue.length;
    pos = locateBlocks(input, result, { html });
  }
  const before = (b) => {
    const out = [];
    if (!showRemoved || !(pos[b] >= 0)) return out;
    while (rq < removedQueue.length && removedQueue[rq].r.start < pos[b]) {
      const { r, i } = removedQueue[rq++];
      out.push(removedElement(r, i));
    }
    return out;
  };
  const after = () => removedQueue.slice(rq).map(({ r, i }) => removedElement(r, i));
  const body = renderBody(result, per, { policy: images, before, after });
  if (indices.length === 0) body.append(h('p', { class: 'empty' }, 'The engine kept no body text for this input.'));
  if (showRemoved && unplaced) {
    body.append(h('p', { class: 'note' }, `${unplaced} removed block(s) have no input offsets and are listed in the Removed panel only.`));
  }
  container.replaceChildren(metaHeader(result), body);
  // The article's language (from the page's markup) for screen readers, hyphenation and quotes.
  const lang = typeof result.language === 'string' && LANG.test(result.language) ? result.language : null;
  if (lang) container.lang = lang; else container.removeAttribute('lang');
  return { placedRemoved: removedQueue.length, unplacedRemoved: unplaced };
}
