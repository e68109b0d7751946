// Safe DOM building: every string becomes a text node or an attribute value, never markup.
// Engine output is untrusted text (it comes from whatever page the user pasted), so nothing
// here touches innerHTML.

/**
 * h('p', {class: 'x', dataset: {q: '1'}, onclick: fn}, 'text', child, [more])
 * Attributes with null/undefined/false are skipped; `true` sets an empty attribute.
 */
export function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  if (attrs) {
    for (const [k, v] of Object.entries(attrs)) {
      if (v === null || v === undefined || v === false) continue;
      if (k === 'class') el.className = v;
      else if (k === 'dataset') Object.assign(el.dataset, v);
      else if (k.startsWith('on') && typeof v === 'function') el.addEventListener(k.slice(2), v);
      else el.setAttribute(k, v === true ? '' : String(v));
    }
  }
  append(el, children);
  return el;
}

export function append(el, children) {
  for (const c of children.flat(Infinity)) {
    if (c === null || c === undefined || c === false) continue;
    el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return el;
}

export function clear(el) {
  el.replaceChildren();
  return el;
}

/** Shortens long engine strings for list items; the full text goes into a title attribute. */
export function shorten(s, max = 220) {
  if (typeof s !== 'string') return '';
  return s.length <= max ? s : `${s.slice(0, max - 1).trimEnd()}…`;
}

/**
 * The URL as the browser will use it, when its scheme is one of `schemes`, else null. Engine
 * output only holds http(s)/mailto addresses, but it is re-checked here, where the URL becomes
 * an attribute: a pasted page could carry a javascript: URL.
 * @param {unknown} url
 * @param {string[]} [schemes] allowed protocols with their colon
 * @returns {string|null}
 */
export function safeUrl(url, schemes = ['http:', 'https:']) {
  if (typeof url !== 'string' || url === '') return null;
  try {
    const u = new URL(url);
    return schemes.includes(u.protocol) ? u.href : null;
  } catch {
    return null;
  }
}

/** Only http(s) addresses are rendered as links to a page (the result's url, the page read). */
export function safeHref(url) {
  return safeUrl(url);
}

/** Links inside the article: http, https and mailto. */
export function safeLinkHref(url) {
  return safeUrl(url, ['http:', 'https:', 'mailto:']);
}

/**
 * Copies text to the clipboard; resolves to true on success. Falls back to a hidden textarea
 * and execCommand when the Clipboard API is refused (no permission, not a secure context, no
 * focus), which still works from a click. Shared by the demo and the extension's reader.
 * @param {string} text
 * @returns {Promise<boolean>}
 */
export async function copyToClipboard(text) {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const ta = Object.assign(document.createElement('textarea'), { value: text });
    ta.setAttribute('readonly', '');
    ta.className = 'offscreen';
    document.body.append(ta);
    ta.select();
    let ok = false;
    try { ok = document.execCommand('copy'); } catch { ok = false; }
    ta.remove();
    return ok;
  }
}

/**
 * Scrolls `el` into view: smoothly, unless the reader asked the system for reduced motion.
 * @param {Element} el
 * @param {ScrollLogicalPosition} [block]
 */
export function reveal(el, block = 'center') {
  const reduce = typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
  el.scrollIntoView({ block, behavior: reduce ? 'auto' : 'smooth' });
}
