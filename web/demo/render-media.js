// Images of image and figure blocks. An image is fetched from the site that hosts it, which then
// learns that someone is reading: the caller's policy says which images may load at once (the
// extension: hosts the page itself already loaded from), the others wait behind a "Load image"
// button. Loaded images are lazy (only when scrolled near), send no Referer, and their
// addresses are re-checked to be http(s) here, where they become attributes.
import { h, safeUrl } from './dom.js';

/**
 * @callback ImagePolicy
 * @param {URL} url an http(s) image address
 * @returns {boolean} true: load it now; false: show a placeholder with a button
 */

/** Loads nothing by itself (the demo: a pasted page's images are loaded on request only). */
export const askFirst = () => false;

const positive = (n) => Number.isInteger(n) && n > 0 && n < 100000;

function imgElement(image, src, srcset) {
  // Loading, referrer policy and sizes are set before the addresses: setting src starts the fetch.
  const attrs = {
    loading: 'lazy', decoding: 'async', referrerpolicy: 'no-referrer',
    alt: typeof image.alt === 'string' ? image.alt : '',
  };
  if (positive(image.width) && positive(image.height)) {
    attrs.width = image.width;
    attrs.height = image.height;
  }
  if (srcset) {
    attrs.sizes = '(min-width: 1000px) 42em, 100vw';
    attrs.srcset = srcset;
  }
  attrs.src = src;
  const img = h('img', attrs);
  // A missing image (404, refused) leaves its description, not a broken-image icon.
  img.addEventListener('error', () => img.replaceWith(h('span', { class: 'img-placeholder missing', dataset: { failed: 'true' } },
    h('span', { class: 'img-alt' }, attrs.alt.trim() || 'Image'),
    h('span', { class: 'img-host' }, `could not be loaded from ${new URL(src).host}`))), { once: true });
  return img;
}

/** The srcset candidates that are http(s) and allowed by `allow`, as an attribute value. */
function srcsetOf(image, allow) {
  if (!Array.isArray(image.srcset)) return '';
  const parts = [];
  for (const c of image.srcset) {
    const url = c && safeUrl(c.url);
    if (!url || !allow(new URL(url))) continue;
    const d = typeof c.descriptor === 'string' && /^\d+(\.\d+)?[wx]$/.test(c.descriptor) ? ` ${c.descriptor}` : '';
    // A comma inside a URL would split the candidate list: such candidates are left out.
    if (!url.includes(',')) parts.push(`${url}${d}`);
  }
  return parts.join(', ');
}

function placeholder(image, url, onLoad) {
  const alt = typeof image.alt === 'string' && image.alt.trim() ? image.alt.trim() : '';
  const box = h('span', { class: 'img-placeholder', dataset: { src: url.href } },
    h('span', { class: 'img-alt' }, alt || 'Image'),
    h('span', { class: 'img-host' }, `from ${url.host}`));
  const button = h('button', {
    type: 'button', class: 'small load-image',
    title: `Fetch ${url.href} from ${url.host} (no Referer is sent)`,
    onclick: () => box.replaceWith(onLoad()),
  }, 'Load image');
  box.append(button);
  return box;
}

/**
 * The element for one image of a block: the image, a placeholder that loads it on request, or a
 * note when the address is not http(s).
 * @param {object} image {src, srcset?, alt, width?, height?, link?}
 * @param {ImagePolicy} policy
 */
export function imageElement(image, policy) {
  const src = image && safeUrl(image.src);
  if (!src) return h('span', { class: 'img-placeholder missing' }, h('span', { class: 'img-alt' }, (image && image.alt) || 'Image'), h('span', { class: 'img-host' }, 'not shown: no http(s) address'));
  const url = new URL(src);
  const link = safeUrl(image.link);
  const load = (allow) => {
    const img = imgElement(image, src, srcsetOf(image, allow));
    return link ? h('a', { href: link, rel: 'noopener noreferrer nofollow', target: '_blank', class: 'img-link' }, img) : img;
  };
  // Asked for: this image and its alternatives on the same host; never a host nobody asked for.
  if (!policy(url)) return placeholder(image, url, () => load((u) => u.host === url.host || policy(u)));
  return load(policy);
}

/**
 * Renders the images of an image/figure block into `el`.
 * @param {HTMLElement} el
 * @param {object} block
 * @param {ImagePolicy} policy
 */
export function appendImages(el, block, policy) {
  const images = Array.isArray(block.images) ? block.images : [];
  for (const image of images) el.append(h('span', { class: 'img-frame' }, imageElement(image, policy)));
  if (images.length === 0) el.append(h('span', { class: 'img-placeholder missing' }, h('span', { class: 'img-alt' }, 'Image')));
}
