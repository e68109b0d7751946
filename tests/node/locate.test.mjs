// locate.js (the demo's and the reader's "Show removed in place"): where the kept blocks of a
// result sit in the HTML they came from, so that the removed regions (input offsets) can be
// put between them. Pure string work, tested here without a browser on composed pages.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { locateBlocks } from '../../web/demo/locate.js';

/** A result for `html` whose blocks are `texts` (strings, or {image: src}). */
function resultFor(texts, removed = []) {
  let text = '';
  const blocks = texts.map((t) => {
    if (typeof t !== 'string') {
      return { kind: 'image', text: '', start: text.length, end: text.length, images: [{ src: t.image, alt: '' }] };
    }
    if (text) text += '\n\n';
    const b = { kind: 'paragraph', text: t, start: text.length, end: text.length + t.length };
    text += t;
    return b;
  });
  return { text, blocks, removed, edits: [] };
}

const region = (html, needle, reason) => {
  const start = html.indexOf(needle);
  return { text: needle, reason, start, end: start + needle.length, path: 'body>div' };
};

test('text blocks are found in the page\'s visible text, past tags and character references', () => {
  const html = '<html><body><p>The quay <b>reopened</b> on Tuesday &amp; ferries ran.</p><p>Second   paragraph\nof the story here.</p></body></html>';
  const r = resultFor(['The quay reopened on Tuesday & ferries ran.', 'Second paragraph of the story here.']);
  const pos = locateBlocks(html, r, { html: true });
  assert.equal(pos[0], html.indexOf('The quay'));
  assert.equal(pos[1], html.indexOf('Second'));
});

test('a match inside a removed region is not the kept block: a teaser repeating the first sentence', () => {
  const html = '<body><aside class="teaser">The quay reopened on Tuesday after the storms.</aside><article><p>The quay reopened on Tuesday after the storms.</p></article></body>';
  const removed = [region(html, '<aside class="teaser">The quay reopened on Tuesday after the storms.</aside>', 'sidebar')];
  const pos = locateBlocks(html, resultFor(['The quay reopened on Tuesday after the storms.'], removed), { html: true });
  assert.equal(pos[0], html.indexOf('<p>') + 3);
});

test('an image block is placed where its image is in the body (not at the og:image of the head), past removed regions', () => {
  const html = '<html><head><meta property="og:image" content="https://news.example/img/lead-photo.jpg"></head>'
    + '<body><div class="ad">Buy a boat <img src="/img/lead-photo.jpg"></div>'
    + '<figure><img data-src="/img/lead-photo.jpg" alt=""></figure><p>The quay reopened on Tuesday after the storms.</p></body></html>';
  const removed = [region(html, '<div class="ad">Buy a boat <img src="/img/lead-photo.jpg"></div>', 'advertisement')];
  const r = resultFor([{ image: 'https://news.example/img/lead-photo.jpg' }, 'The quay reopened on Tuesday after the storms.'], removed);
  const pos = locateBlocks(html, r, { html: true });
  assert.equal(pos[0], html.indexOf('data-src="') + 'data-src="/img/'.length, 'the figure in the body, after the advertisement');
  assert.ok(pos[0] > removed[0].end && pos[0] < pos[1]);
});

test('an image whose file name is nowhere in the page is not located', () => {
  const html = '<body><p>The quay reopened on Tuesday after the storms.</p></body>';
  const pos = locateBlocks(html, resultFor([{ image: 'https://cdn.example/x/unknown-photo.jpg' }, 'The quay reopened on Tuesday after the storms.']), { html: true });
  assert.deepEqual(pos, [-1, html.indexOf('The quay')]);
});
