// The article body, block by block: paragraphs, headings, nested lists, quotes, preformatted
// text, code (every line and indentation kept, with its language), images and figures with
// their captions and credits inside them, and tables with header cells and their caption.
// Every block element carries data-block (its index in result.blocks) and the class "blk".
import { h } from './dom.js';
import { fillRange } from './render-inline.js';
import { appendImages } from './render-media.js';

const isOffset = (n) => Number.isInteger(n) && n >= 0;
const MEDIA = new Set(['image', 'figure']);
const CAPTIONED = new Set(['image', 'figure', 'table']);

/** Is block b usable: kind and offsets inside the text. */
export function validBlock(block, textLength) {
  return block && typeof block.kind === 'string' && isOffset(block.start) && isOffset(block.end)
    && block.start <= block.end && block.end <= textLength;
}

/** Caption block indices by the index of the block they describe (only earlier, captionable ones). */
function captionsByFigure(blocks, valid) {
  const map = new Map();
  blocks.forEach((b, i) => {
    if (!valid[i] || b.kind !== 'caption') return;
    const f = b.figure;
    if (!Number.isInteger(f) || f < 0 || f >= i || !valid[f] || !CAPTIONED.has(blocks[f].kind)) return;
    if (!map.has(f)) map.set(f, []);
    map.get(f).push(i);
  });
  return map;
}

function textElement(block) {
  switch (block.kind) {
    case 'heading': {
      // The article title is the page's h1; body headings start at h2.
      const level = Math.min(6, Math.max(2, (Number(block.level) || 1) + 1));
      return h(`h${level}`);
    }
    case 'list-item': return h('li');
    case 'blockquote': return h('blockquote');
    case 'preformatted': return h('pre');
    case 'caption': return h('p', { class: block.credit ? 'caption credit' : 'caption' });
    default: return h('p');
  }
}

/** The code element's class for a language: letters, digits and +#_.- only ("language-c++"). */
function languageClass(language) {
  const clean = String(language).toLowerCase().replace(/[^a-z0-9+#_.-]/g, '').slice(0, 24);
  return clean ? `language-${clean}` : null;
}

function span(n) {
  return Number.isInteger(n) && n > 1 && n <= 1000 ? n : null;
}

/**
 * Renders result.blocks into a new element.
 * @param {object} result the clean() result
 * @param {Array<object[]>} per highlight ranges per block index (render-article.js)
 * @param {{policy: import('./render-media.js').ImagePolicy, before?: (b: number) => HTMLElement[],
 *   after?: () => HTMLElement[]}} how before(b): elements to put before block b (removed regions)
 * @returns {HTMLElement}
 */
export function renderBody(result, per, { policy, before = () => [], after = () => [] }) {
  const text = result.text || '';
  const blocks = Array.isArray(result.blocks) ? result.blocks : [];
  const valid = blocks.map((b) => validBlock(b, text.length));
  const captions = captionsByFigure(blocks, valid);
  const placed = new Set([...captions.values()].flat());
  const body = h('div', { class: 'article-body' });
  const lists = [];   // open <ul>s, outermost first

  const fill = (el, b, s = blocks[b].start, e = blocks[b].end) =>
    fillRange(el, text, s, e, per[b] || [], blocks[b].marks, result);
  const mark = (el, b, cls) => {
    el.dataset.block = String(b);
    el.classList.add('blk', ...(cls ? [cls] : []));
    return el;
  };
  const put = (el, level = 0) => {
    if (level <= 0) {
      lists.length = 0;
      body.append(el);
      return;
    }
    const depth = Math.min(level, 6);
    lists.length = Math.min(lists.length, depth);
    while (lists.length < depth) {
      const ul = h('ul');
      const parent = lists.length ? lists[lists.length - 1] : body;
      (lists.length && parent.lastElementChild ? parent.lastElementChild : parent).append(ul);
      lists.push(ul);
    }
    lists[lists.length - 1].append(el);
  };
  const captionInto = (container, b) => {
    for (const c of captions.get(b) || []) {
      const el = mark(textElement(blocks[c]), c);
      fill(el, c);
      container.append(el);
    }
  };

  const build = {
    code(b) {
      const block = blocks[b];
      const lang = typeof block.language === 'string' && block.language ? block.language : '';
      const code = h('code', { class: lang ? languageClass(lang) : null });
      fill(code, b);
      return mark(h('div', { class: 'code-block', dataset: { language: lang } },
        h('span', { class: 'code-lang', 'aria-label': 'language' }, lang || 'code'),
        // Long lines scroll sideways: the box takes the focus, so the arrow keys scroll it too.
        h('pre', { tabindex: 0, 'aria-label': lang ? `Code (${lang})` : 'Code' }, code)), b);
    },
    media(b) {
      const figure = mark(h('figure', { class: blocks[b].kind === 'figure' ? 'figure' : 'figure image' }), b);
      appendImages(figure, blocks[b], policy);
      if (captions.has(b)) {
        const fc = h('figcaption');
        captionInto(fc, b);
        figure.append(fc);
      }
      return figure;
    },
    table(b) {
      const block = blocks[b];
      const table = mark(h('table'), b);
      if (captions.has(b)) {
        const cap = h('caption');
        captionInto(cap, b);
        table.append(cap);
      }
      const rows = Array.isArray(block.rows) ? block.rows : [];
      let head = null, tbody = null, leading = true;
      for (const row of rows) {
        if (!Array.isArray(row)) continue;
        const isHead = leading && row.length > 0 && row.every((c) => c && c.header);
        leading = isHead;
        const tr = h('tr');
        for (const cell of row) {
          if (!cell || !isOffset(cell.start) || !isOffset(cell.end) || cell.start < block.start || cell.end > block.end || cell.start > cell.end) continue;
          const td = h(cell.header ? 'th' : 'td', {
            colspan: span(cell.colspan), rowspan: span(cell.rowspan), scope: cell.header && isHead ? 'col' : null,
          });
          fillRange(td, text, cell.start, cell.end, per[b] || [], block.marks, result);
          tr.append(td);
        }
        if (isHead) (head ??= table.appendChild(h('thead'))).append(tr);
        else (tbody ??= table.appendChild(h('tbody'))).append(tr);
      }
      // A wide table scrolls sideways inside its box, which the keyboard can focus.
      const label = captions.has(b) ? table.caption.textContent : 'Table';
      return h('div', { class: 'table-wrap', role: 'region', tabindex: 0, 'aria-label': label }, table);
    },
    text(b) {
      const el = mark(textElement(blocks[b]), b);
      fill(el, b);
      return el;
    },
  };

  blocks.forEach((block, b) => {
    if (!valid[b] || placed.has(b)) return;
    for (const el of before(b)) put(el);
    if (block.kind === 'code') put(build.code(b));
    else if (MEDIA.has(block.kind)) put(build.media(b));
    else if (block.kind === 'table') put(build.table(b));
    else put(build.text(b), block.kind === 'list-item' ? Math.max(1, Number(block.level) || 1) : 0);
  });
  for (const el of after()) put(el);
  return body;
}
