// Nothing executable reaches a reader: every page of the attack set (tests/security/attacks/,
// composed: script/style/iframe/object/embed/form, every on* attribute, javascript:/data:/
// vbscript: URLs with entity, case, whitespace and control-character obfuscation, SVG and
// MathML payloads, srcset, <base>, <meta http-equiv>, CSS url(javascript:), mutation-XSS
// mis-nesting, text that looks like markup in titles, bylines and quotes) goes through the wasm
// engine, and its `html` rendering and its Markdown (rendered by CommonMark with raw HTML
// allowed, as a careless consumer would) must pass the allow-list of tests/security/allowlist.mjs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Parser, HtmlRenderer } from 'commonmark';
import { createPith } from '../../web/lib/node.js';
import { checkHtml, allowedUrl } from '../security/allowlist.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const DIR = path.join(ROOT, 'tests/security/attacks');
const PAGES = readdirSync(DIR).filter((f) => !f.startsWith('.')).sort();
const ARTICLE_SENTENCE = 'tall windows facing the river';

const markdownToHtml = (md) => new HtmlRenderer({ safe: false }).render(new Parser().parse(md));

test('the attack set is there', () => {
  assert.ok(PAGES.length >= 25, `${PAGES.length} attack pages`);
});

test('the allow-list itself rejects what it exists to reject', () => {
  for (const bad of ['<script>alert(1)</script>', '<p onclick="alert(1)">x</p>', '<img src=x onerror=alert(1)>',
    '<a href="jav&#x09;ascript:alert(1)">x</a>', '<a href=" javascript:alert(1)">x</a>', '<svg onload="alert(1)"></svg>',
    '<img srcset="javascript:alert(1) 1x" />', '<p style="background:url(javascript:alert(1))">x</p>', '<!--x--><p>y</p>',
    '<base href="https://evil.example/">', '<p><b>mis-nested</p></b>', '<a href="data:text/html,x">x</a>']) {
    assert.notDeepEqual(checkHtml(bad), [], bad);
  }
  assert.deepEqual(checkHtml('<article>\n<h1>A &amp; B</h1>\n<p><a href="https://example.org/?a=1&amp;b=2">x</a></p>\n</article>\n'), []);
  assert.ok(!allowedUrl('\u0001javascript:alert(1)'));
  assert.ok(allowedUrl('HTTPS://example.org'));
});

for (const file of PAGES) {
  test(`attack page ${file}: html and markdown pass the allow-list`, async () => {
    const pith = await createPith();
    const bytes = readFileSync(path.join(DIR, file));
    for (const inputFormat of ['auto', 'html', 'text']) {
      const r = pith.clean(bytes, { inputFormat, formats: ['markdown', 'html'] });
      assert.deepEqual(checkHtml(r.html), [], `${file} (${inputFormat}): html output`);
      const md = markdownToHtml(r.markdown);
      assert.deepEqual(checkHtml(md), [], `${file} (${inputFormat}): markdown rendered by CommonMark`);
      // url: never another scheme than http(s) (relative addresses stay as written).
      if (r.url !== null) assert.ok(!/^\s*[a-z][a-z0-9+.-]*:/i.test(r.url) || allowedUrl(r.url), `${file}: url ${r.url}`);
    }
    if (file.endsWith('.html')) {
      const r = pith.clean(bytes, { formats: ['html'] });
      assert.ok(r.text.includes(ARTICLE_SENTENCE), `${file}: the article survives its attacks`);
    }
  });
}

test('text that looks like markup stays text: titles, bylines and quotes', async () => {
  const pith = await createPith();
  const read = (f) => readFileSync(path.join(DIR, f));
  const title = pith.clean(read('13-title-markup.html'), { formats: ['html', 'markdown'] });
  // The visible <h1> agrees with <title>, so it is the title: markup-looking text in both.
  assert.ok(title.title.includes('<img src=x onerror=alert(1)>'), `title: ${title.title}`);
  assert.ok(title.html.includes('<h1>&lt;img src=x onerror=alert(1)&gt; Library'), 'escaped in html');
  assert.ok(title.markdown.startsWith('# \\<img src=x onerror=alert(1)\\> Library'), 'escaped in markdown');

  const byline = pith.clean(read('14-byline-markup.html'), { formats: ['html'] });
  // From <meta name="author">: markup-looking text kept as text, escaped in html.
  assert.ok(byline.byline.includes('<svg onload=alert(1)>'), `byline: ${byline.byline}`);
  assert.ok(byline.html.includes('&lt;svg onload=alert(1)&gt;'));

  const quotes = pith.clean(read('15-quote-markup.html'), { formats: ['html'] });
  assert.ok(quotes.quotes.some((q) => q.text.includes('<img src=x onerror=alert(1)>')), 'a quote holds the markup-like text');
  for (const q of quotes.quotes) assert.equal(quotes.text.slice(q.start, q.end), q.text);

  const meta = pith.clean(read('18-metadata-urls.html'));
  assert.equal(meta.url, null, 'a javascript: canonical link is no url');

  const text = pith.clean(read('25-text-lookalike.txt'), { formats: ['markdown', 'html'] });
  assert.ok(text.markdown.includes('\\[Read the minutes\\](javascript:alert(1))'), 'a Markdown link in the text stays text');
  assert.ok(!markdownToHtml(text.markdown).includes('href="javascript'));
});
