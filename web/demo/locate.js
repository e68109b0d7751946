// Where the kept blocks sit in the input, so that removed regions (whose offsets index the
// input) can be shown between them in document order ("Show removed in place").
//
// Kept blocks carry no input offsets. Each is found by a short probe, the first words of an
// edit-free stretch of its text, matched with any whitespace in between (segmentation joins a
// paragraph's lines without recording an edit). For HTML input the probe is matched against the
// page's visible text: tags, comments, scripts and styles are skipped and character references
// decoded, and every piece of that text remembers where it came from in the HTML. A match inside
// a removed region cannot be the kept block (a teaser in a sidebar repeating the first
// sentence), so the search goes on after that region.

const isOffset = (n) => Number.isInteger(n) && n >= 0;

/** Elements whose content is never shown as text (and never holds a kept block). */
const RAW_TEXT = new Set(['script', 'style', 'template', 'noscript', 'textarea', 'title', 'xmp',
  'iframe', 'noembed', 'noframes', 'head']);
/** Elements that separate words: their tags count as a space. */
const BREAKS = new Set(['br', 'p', 'div', 'li', 'ul', 'ol', 'dl', 'dt', 'dd', 'tr', 'td', 'th',
  'table', 'thead', 'tbody', 'tfoot', 'caption', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote',
  'pre', 'figure', 'figcaption', 'section', 'article', 'aside', 'header', 'footer', 'nav', 'main',
  'hr', 'img', 'body', 'html', 'form', 'fieldset', 'legend', 'details', 'summary', 'address',
  'option', 'button', 'label', 'picture', 'video', 'audio']);
/** The character references a page's prose mostly uses; others stay as written (the probe may then miss). */
const NAMED = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', shy: '\u00ad',
  mdash: '\u2014', ndash: '\u2013', hellip: '\u2026', lsquo: '\u2018', rsquo: '\u2019',
  ldquo: '\u201c', rdquo: '\u201d', sbquo: '\u201a', bdquo: '\u201e', laquo: '\u00ab',
  raquo: '\u00bb', copy: '\u00a9', reg: '\u00ae', trade: '\u2122', euro: '\u20ac',
  pound: '\u00a3', middot: '\u00b7', bull: '\u2022', deg: '\u00b0', eacute: '\u00e9',
  egrave: '\u00e8', agrave: '\u00e0', auml: '\u00e4', ouml: '\u00f6', uuml: '\u00fc',
  szlig: '\u00df', ccedil: '\u00e7', ntilde: '\u00f1', thinsp: '\u2009', zwj: '\u200d', zwnj: '\u200c',
};

/** End of the tag that opens at `i` ('>' outside quotes), or the input's end. */
function tagEnd(input, i) {
  let q = '';
  for (let j = i + 1; j < input.length; j++) {
    const c = input[j];
    if (q) { if (c === q) q = ''; } else if (c === '"' || c === "'") q = c; else if (c === '>') return j + 1;
  }
  return input.length;
}

function decodeRef(input, i) {
  const m = /^&(#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|[A-Za-z][A-Za-z0-9]{1,31});?/.exec(input.slice(i, i + 40));
  if (!m) return null;
  const name = m[1];
  let ch = null;
  if (name[0] === '#') {
    const cp = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    if (cp > 0 && cp <= 0x10ffff && !(cp >= 0xd800 && cp <= 0xdfff)) ch = String.fromCodePoint(cp);
  } else if (m[0].endsWith(';') && Object.hasOwn(NAMED, name)) {
    ch = NAMED[name];
  }
  return ch === null ? null : { ch, len: m[0].length };
}

/**
 * The visible text of an HTML input and where each piece came from.
 * @param {string} input
 * @returns {{text: string, runs: number[][]}} runs: [textStart, inputStart] pairs, sorted; a
 *   text position p lies in the last run with textStart <= p, at inputStart + (p - textStart)
 *   (decoded references map to the reference's first character)
 */
export function htmlText(input) {
  const parts = [];
  const runs = [];
  let len = 0, i = 0;
  const emit = (s, at) => {
    runs.push([len, at]);
    parts.push(s);
    len += s.length;
  };
  while (i < input.length) {
    const c = input[i];
    if (c === '<') {
      if (input.startsWith('<!--', i)) {
        const e = input.indexOf('-->', i + 4);
        i = e < 0 ? input.length : e + 3;
        continue;
      }
      const m = /^<(\/?)([A-Za-z][A-Za-z0-9-]*)/.exec(input.slice(i, i + 40));
      if (m || input[i + 1] === '!' || input[i + 1] === '?') {
        const end = tagEnd(input, i);
        const name = m ? m[2].toLowerCase() : '';
        if (name && BREAKS.has(name)) emit(' ', i);
        i = end;
        if (m && !m[1] && RAW_TEXT.has(name) && input[end - 2] !== '/') {
          // Skip to its end tag; without one, read on (a missing </head> must not hide the page).
          const close = new RegExp(`</${name}[\\s/>]`, 'ig');
          close.lastIndex = i;
          const found = close.exec(input);
          if (found) i = found.index;
        }
        continue;
      }
    }
    if (c === '&') {
      const ref = decodeRef(input, i);
      if (ref) {
        emit(ref.ch, i);
        i += ref.len;
        continue;
      }
    }
    // A stretch of plain text up to the next markup.
    let j = i + 1;
    while (j < input.length && input[j] !== '<' && input[j] !== '&') j++;
    emit(input.slice(i, j), i);
    i = j;
  }
  return { text: parts.join(''), runs };
}

/** Input offset of text position p (binary search over the runs). */
function toInput(runs, p) {
  let lo = 0, hi = runs.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (runs[mid][0] <= p) lo = mid; else hi = mid - 1;
  }
  return runs.length ? runs[lo][1] + (p - runs[lo][0]) : p;
}

/** Text position of input offset x: the first text position at or after it. */
function toText(runs, x) {
  let lo = 0, hi = runs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (runs[mid][1] < x) lo = mid + 1; else hi = mid;
  }
  // runs[lo] starts at or after x; the run before may still cover x.
  if (lo > 0) {
    const [t, at] = runs[lo - 1];
    const runLen = (lo < runs.length ? runs[lo][0] : Infinity) - t;
    if (x - at < runLen) return t + (x - at);
  }
  return lo < runs.length ? runs[lo][0] : Infinity;
}

/** Sorted, merged [start, end) input regions of the removal log. */
function removedRegions(removed) {
  const rs = (removed || []).filter((r) => isOffset(r.start) && isOffset(r.end) && r.end > r.start)
    .map((r) => [r.start, r.end]).sort((a, b) => a[0] - b[0]);
  const out = [];
  for (const r of rs) {
    if (out.length && r[0] <= out[out.length - 1][1]) out[out.length - 1][1] = Math.max(out[out.length - 1][1], r[1]);
    else out.push(r);
  }
  return out;
}

/** The merged region holding input offset x, or null. */
function regionAt(regions, x) {
  let lo = 0, hi = regions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (regions[mid][1] <= x) lo = mid + 1; else hi = mid;
  }
  return lo < regions.length && regions[lo][0] <= x ? regions[lo] : null;
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

/** The probe of block i: the first distinctive edit-free words, or null. */
function probeOf(text, block, sortedEdits, ei) {
  const { start, end } = block;
  let segStart = start;
  for (let k = ei; k <= sortedEdits.length; k++) {
    const ed = sortedEdits[k];
    const segEnd = !ed || ed.start >= end ? end : ed.start;
    const words = wordsOf(text, segStart, segEnd, segStart > start, segEnd < end);
    if (words && (words.list.length >= 3 || words.chars >= 12)) return words;
    if (!ed || ed.start >= end) return null;
    segStart = Math.max(segStart, ed.end);
  }
  return null;
}

/**
 * Where an image block sits in the HTML: the first mention of its image's file name (the last
 * part of the resolved address's path, as the page may write the address relative or in a
 * lazy-loading attribute) after `from`, outside the removed regions; -1 when there is none.
 */
function locateImage(input, images, from, regions) {
  let name = '';
  try {
    name = decodeURIComponent(new URL(images[0].src).pathname.split('/').pop() || '');
  } catch { /* not a URL, or a bad escape: not located */ }
  if (name.length < 4) return -1;
  for (let at = input.indexOf(name, from); at >= 0; at = input.indexOf(name, at + 1)) {
    const inside = regionAt(regions, at);
    if (!inside) return at;
    at = inside[1] - 1;
  }
  return -1;
}

/**
 * Where each kept block starts in the input (an offset into `input`), or -1 when it cannot be
 * found (media blocks, blocks whose text the engine rewrote).
 * @param {string} input the input the result was made from
 * @param {object} result the clean() result
 * @param {{html?: boolean}} [how] html: the input is a page's HTML
 * @returns {number[]}
 */
export function locateBlocks(input, result, { html = false } = {}) {
  const { blocks = [], edits = [] } = result;
  const text = result.text || '';
  const hay = html ? htmlText(input) : { text: input, runs: [[0, 0]] };
  const regions = removedRegions(result.removed);
  const sortedEdits = edits.filter((e) => isOffset(e.start) && isOffset(e.end)).sort((a, b) => a.start - b.start);
  const pos = new Array(blocks.length).fill(-1);
  // cursor: in hay.text; last: input offset of the last block found, at first the <body> (the
  // head names the lead image too: og:image).
  let cursor = 0, ei = 0, last = html ? Math.max(0, input.search(/<body[\s>]/i)) : 0;
  for (let i = 0; i < blocks.length; i++) {
    const { start } = blocks[i];
    if (html && Array.isArray(blocks[i].images)) {
      pos[i] = locateImage(input, blocks[i].images, last, regions);
      if (pos[i] >= 0) last = pos[i];
      continue;
    }
    while (ei < sortedEdits.length && sortedEdits[ei].end <= start) ei++;
    const probe = probeOf(text, blocks[i], sortedEdits, ei);
    if (!probe) continue;
    const re = new RegExp(probe.list.map(escapeRe).join('\\s+'), 'g');
    re.lastIndex = cursor;
    let m, at = -1;
    while ((m = re.exec(hay.text))) {
      at = toInput(hay.runs, m.index);
      const inside = regionAt(regions, at);
      if (!inside) break;
      // Inside a removed region: not this block. Look again after the region.
      re.lastIndex = Math.max(m.index + 1, toText(hay.runs, inside[1]));
      at = -1;
    }
    if (at < 0) continue;
    pos[i] = Math.max(0, at - (html ? 0 : probe.at - start));
    cursor = m.index + m[0].length;
    last = pos[i];
  }
  return pos;
}
