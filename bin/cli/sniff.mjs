// "Is this input HTML?" for `pith quotes`, which must read a page's article rather than its
// markup (a saved page otherwise yields "<![endif]-->" as a quote). The same rule as the
// engine's inputFormat "auto" (core/src/input/sniff.cpp, which the native CLI calls): after a
// BOM, whitespace and at most 16 comments, the input starts with a tag only an HTML document
// starts with. tests/node/cli_native.test.mjs checks that both CLIs agree.

const TAGS = ['<!doctype html', '<html', '<head', '<body', '<?xml', '<meta', '<title', '<div',
  '<article', '<p>', '<p ', '<section'].map((t) => Array.from(t, (c) => c.charCodeAt(0)));

const isSpace = (b) => b === 0x20 || (b >= 0x09 && b <= 0x0d);
const lower = (b) => (b >= 0x41 && b <= 0x5a ? b + 0x20 : b);

function startsWithCi(bytes, i, word) {
  if (i + word.length > bytes.length) return false;
  for (let k = 0; k < word.length; k++) if (lower(bytes[i + k]) !== word[k]) return false;
  return true;
}

const COMMENT_OPEN = Array.from('<!--', (c) => c.charCodeAt(0));

/** Index of "-->" at or after i, or -1. */
function commentEnd(bytes, i) {
  for (let k = i; k + 2 < bytes.length; k++) {
    if (bytes[k] === 0x2d && bytes[k + 1] === 0x2d && bytes[k + 2] === 0x3e) return k;
  }
  return -1;
}

/**
 * @param {Uint8Array} bytes the input as UTF-8
 * @returns {boolean}
 */
export function looksLikeHtml(bytes) {
  let i = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  for (let guard = 0; guard < 16; guard++) {
    while (i < bytes.length && isSpace(bytes[i])) i++;
    if (!startsWithCi(bytes, i, COMMENT_OPEN)) break;
    const e = commentEnd(bytes, i + 4);
    if (e < 0) return false;
    i = e + 3;
  }
  if (i >= bytes.length || bytes[i] !== 0x3c) return false;
  return TAGS.some((t) => startsWithCi(bytes, i, t));
}
