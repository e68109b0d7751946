// The allow-list every rendering of an article must pass (the JavaScript twin of
// tests/fuzz/output_checks.cpp, same rules; docs/schema.md#safe-output). It reads HTML as a
// strict, canonical grammar: text, the five character references a renderer writes, and tags of
// allowed elements with double-quoted allowed attributes. Anything else fails, so a construct
// this grammar does not know (a comment, an unquoted attribute, a mis-nested tag) can never
// slip through as "probably harmless". Used by tests/node/security.test.mjs (engine output and
// the Markdown after a CommonMark renderer) and tests/e2e/security.test.mjs (the DOM the demo and
// the extension build).

export const ELEMENTS = new Set(['article', 'section', 'header', 'footer', 'div', 'span', 'p',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'em', 'strong', 'b', 'i', 'u', 's', 'sub', 'sup', 'small',
  'mark', 'code', 'pre', 'br', 'hr', 'blockquote', 'q', 'cite', 'abbr', 'del', 'ins', 'ul', 'ol',
  'li', 'dl', 'dt', 'dd', 'figure', 'figcaption', 'img', 'a', 'table', 'caption', 'thead',
  'tbody', 'tfoot', 'tr', 'th', 'td', 'time']);
const VOID = new Set(['br', 'hr', 'img']);
const GLOBAL_ATTRS = new Set(['class', 'title', 'lang', 'dir']);
const ELEMENT_ATTRS = {
  a: ['href', 'rel', 'hreflang'],
  img: ['src', 'srcset', 'alt', 'width', 'height', 'loading', 'decoding'],
  blockquote: ['cite'], q: ['cite'], del: ['cite'], ins: ['cite'],
  td: ['colspan', 'rowspan', 'scope'], th: ['colspan', 'rowspan', 'scope'],
  time: ['datetime'], ol: ['start', 'reversed'],
};
export const URL_ATTRS = new Set(['href', 'src', 'cite']);
const REFS = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };

/** Is attribute `a` allowed on element `el`? */
export function allowedAttribute(el, a) {
  return GLOBAL_ATTRS.has(a) || (ELEMENT_ATTRS[el] || []).includes(a);
}

/**
 * http:, https:, mailto: or a #fragment, after what a URL parser strips first: leading and
 * trailing C0 controls and spaces, and every tab and newline ("jav\tascript:" runs).
 */
export function allowedUrl(url) {
  // eslint-disable-next-line no-control-regex
  const v = String(url).replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '');
  if (v.startsWith('#')) return true;
  return /^(https?:\/\/|mailto:)/i.test(v);
}

/** Every candidate URL of a srcset value must pass allowedUrl. */
export function allowedSrcset(value) {
  return value.split(',').every((cand) => {
    const url = cand.trim().split(/[\t\n\r\f ]+/)[0];
    return url !== undefined && url !== '' && allowedUrl(url);
  });
}

function refAt(s, i) {
  for (const [ref, ch] of Object.entries(REFS)) if (s.startsWith(ref, i)) return [ref.length, ch];
  return null;
}

/**
 * Checks an HTML string; returns [] when it passes, else the problems found (first one only:
 * after a violation the grammar has lost its place).
 * @param {string} s
 * @returns {string[]}
 */
export function checkHtml(s) {
  const open = [];
  let i = 0;
  const fail = (what, at) => [`${what} at ${at}: ${JSON.stringify(s.slice(Math.max(0, at - 30), at + 50))}`];
  while (i < s.length) {
    const c = s[i];
    if (c === '>' || c === '"') return fail('unescaped > or " in text', i);
    if (c === '&') {
      const r = refAt(s, i);
      if (!r) return fail('a character reference outside the five a renderer writes', i);
      i += r[0];
      continue;
    }
    if (c !== '<') { i++; continue; }
    const end = s[i + 1] === '/';
    let j = i + 1 + (end ? 1 : 0);
    const nameAt = j;
    while (j < s.length && /[a-z0-9]/.test(s[j])) j++;
    const name = s.slice(nameAt, j);
    if (!name) return fail('< that opens no element (comment, doctype, bogus tag)', i);
    if (!ELEMENTS.has(name)) return fail(`element <${name}> is not allowed`, i);
    if (end) {
      if (s[j] !== '>') return fail('malformed end tag', i);
      if (open.at(-1) !== name) return fail(`mis-nested </${name}>`, i);
      open.pop();
      i = j + 1;
      continue;
    }
    let selfClosed = false;
    for (;;) {
      if (j >= s.length) return fail('unterminated tag', i);
      if (s[j] === '>') break;
      if (s.startsWith(' />', j) && VOID.has(name)) { selfClosed = true; j += 2; break; }
      if (s[j] !== ' ') return fail('malformed tag', j);
      const a = ++j;
      while (j < s.length && /[a-z0-9-]/.test(s[j])) j++;
      const attr = s.slice(a, j);
      if (!allowedAttribute(name, attr)) return fail(`attribute ${attr} on <${name}> is not allowed`, a);
      if (!s.startsWith('="', j)) return fail('attribute without a double-quoted value', j);
      j += 2;
      let value = '';
      while (j < s.length && s[j] !== '"') {
        if (s[j] === '<' || s[j] === '>') return fail('< or > in an attribute value', j);
        if (s[j] === '&') {
          const r = refAt(s, j);
          if (!r) return fail('a character reference outside the five a renderer writes', j);
          value += r[1];
          j += r[0];
          continue;
        }
        value += s[j++];
      }
      if (j >= s.length) return fail('unterminated attribute value', a);
      j++;
      if (URL_ATTRS.has(attr) && !allowedUrl(value)) return fail(`URL not allowed: ${value}`, a);
      if (attr === 'srcset' && !allowedSrcset(value)) return fail(`srcset not allowed: ${value}`, a);
    }
    if (!VOID.has(name) && !selfClosed) open.push(name);
    i = j + 1;
  }
  return open.length ? [`unclosed <${open.at(-1)}>`] : [];
}

/**
 * Checks a live DOM subtree (the demo's or the reader's rendering): every element allowed or
 * one of `extraElements` (the page's own chrome: buttons, sections...), no on* or style
 * attribute, every URL attribute allowed. Runs in the browser: pass its source to evaluate().
 * @param {Element} root
 * @param {string[]} extraElements
 * @returns {string[]}
 */
export function checkDom(root, extraElements = []) {
  const problems = [];
  const urlOk = (u) => {
    // eslint-disable-next-line no-control-regex
    const v = String(u).replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '');
    return v.startsWith('#') || /^(https?:\/\/|mailto:)/i.test(v);
  };
  for (const el of root.querySelectorAll('*')) {
    const tag = el.localName;
    if (el.namespaceURI !== 'http://www.w3.org/1999/xhtml' && !el.closest(extraElements.join(',') || 'none')) {
      problems.push(`foreign element <${tag}>`);
    }
    if (['script', 'style', 'iframe', 'object', 'embed', 'form', 'base', 'meta', 'link', 'svg', 'math',
      'frame', 'frameset', 'template', 'noscript', 'portal', 'applet', 'input', 'textarea', 'select',
      'video', 'audio', 'source', 'picture', 'image'].includes(tag) && !extraElements.includes(tag)) {
      problems.push(`element <${tag}>`);
    }
    for (const { name, value } of el.attributes) {
      if (/^on/i.test(name)) problems.push(`<${tag} ${name}>`);
      if (name === 'style' || name === 'srcdoc' || name === 'formaction' || name.includes(':')) problems.push(`<${tag} ${name}>`);
      if (['href', 'src', 'cite', 'action', 'poster', 'background', 'data'].includes(name) && !urlOk(value)) {
        problems.push(`<${tag} ${name}="${value}">`);
      }
      if (name === 'srcset' && !value.split(',').every((c) => urlOk(c.trim().split(/\s+/)[0] || ''))) {
        problems.push(`<${tag} srcset="${value}">`);
      }
    }
  }
  return problems;
}
