// Contract tests of the JavaScript API over the real wasm build (dist/): envelope, every error
// code, reuse after errors, UTF-16 offsets, idempotent initialisation.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createPith, PithError } from '../../web/lib/node.js';

const ARTICLE = [
  'Harbour Town opens a new ferry line',
  'The council of Harbour Town opened a ferry line to the islands on Monday, after two years of work on the new pier.',
  'The first boat left at seven in the morning with forty passengers on board, most of them commuters.',
].join('\n\n');

test('createPith is lazy, idempotent and returns one instance', async () => {
  const a = createPith();
  const b = createPith();
  assert.equal(a, b, 'the same promise');
  const [p, q] = await Promise.all([a, b]);
  assert.equal(p, q);
  const v = p.version();
  assert.equal(v.schema, 2);
  assert.equal(v.build, 'wasm');
  assert.match(v.version, /^\d+\.\d+\.\d+/);
});

test('clean returns the schema v2 fields', async () => {
  const pith = await createPith();
  const r = pith.clean(ARTICLE);
  assert.equal(r.schema, 2);
  assert.equal('ok' in r, false, 'the envelope flag is unwrapped');
  for (const k of ['title', 'subtitle', 'byline', 'published', 'source', 'siteName', 'language', 'url']) {
    assert.ok(k in r, `has ${k}`);
  }
  assert.equal(typeof r.text, 'string');
  for (const k of ['blocks', 'removed', 'edits', 'quotes', 'speakers']) assert.ok(Array.isArray(r[k]), `${k} is an array`);
  assert.ok(r.text.includes('forty passengers'));
  for (const b of r.blocks) assert.equal(r.text.slice(b.start, b.end), b.text);
  assert.equal(r.stats.outputChars, r.text.length);
  assert.equal(r.stats.inputBytes, Buffer.byteLength(ARTICLE));
  assert.equal(r.markdown, undefined);
});

test('formats adds markdown and html; url is passed through', async () => {
  const pith = await createPith();
  const r = pith.clean(ARTICLE, { formats: ['markdown', 'html'], url: 'https://example.org/ferry' });
  assert.equal(typeof r.markdown, 'string');
  assert.ok(r.markdown.includes('forty passengers'));
  assert.ok(r.html.startsWith('<article>'));
  assert.equal(r.url, 'https://example.org/ferry');
});

test('every error code arrives as a PithError with that code', async () => {
  const pith = await createPith();
  const cases = [
    [() => pith.clean(ARTICLE, { inputFromat: 'text' }), 'unknown_option', /inputFromat/],
    [() => pith.clean(ARTICLE, { repairs: { spellcheck: true } }), 'unknown_option', /repairs\.spellcheck/],
    [() => pith.clean(ARTICLE, { inputFormat: 'pdf' }), 'bad_option_type', /inputFormat/],
    [() => pith.clean(ARTICLE, { formats: 'markdown' }), 'bad_option_type', /formats/],
    [() => pith.clean(ARTICLE, { maxInputBytes: 0 }), 'bad_option_type', /maxInputBytes/],
    [() => pith.clean(ARTICLE, { quotes: 'yes' }), 'bad_option_type', /quotes/],
    [() => pith.clean(ARTICLE, 'inputFormat=text'), 'bad_option_type', /options must be an object/],
    [() => pith.clean(ARTICLE, { maxInputBytes: 100 }), 'input_too_large', /over the limit of 100 bytes/],
    [() => pith.extractQuotes('x'.repeat(50), { maxInputBytes: 10 }), 'input_too_large', /maxInputBytes/],
    [() => pith.clean(12345), 'bad_input', /must be a string/],
    [() => pith.clean(ARTICLE, { url: 7 }), 'bad_option_type', /url/],
  ];
  for (const [fn, code, message] of cases) {
    assert.throws(fn, (e) => {
      assert.ok(e instanceof PithError, `PithError for ${code}`);
      assert.ok(e instanceof Error);
      assert.equal(e.name, 'PithError');
      assert.equal(e.code, code);
      assert.match(e.message, message);
      return true;
    });
  }
  const circular = {};
  circular.self = circular;
  assert.throws(() => pith.clean(ARTICLE, circular), (e) => e.code === 'bad_options_json');
});

test('the same instance keeps working after errors', async () => {
  const pith = await createPith();
  for (let i = 0; i < 20; i++) {
    assert.throws(() => pith.clean(ARTICLE, { nope: i }), PithError);
    assert.throws(() => pith.clean('y'.repeat(64), { maxInputBytes: 8 }), PithError);
  }
  const r = pith.clean(ARTICLE);
  assert.ok(r.text.includes('forty passengers'));
  assert.equal(await createPith(), pith);
});

test('offsets are UTF-16 code units: emoji, CJK and astral text slice exactly', async () => {
  const pith = await createPith();
  const input = [
    'Festival 🎉 draws crowds to the old town',
    'Visitors 😀😀 from 東京 and 𝔐𝔞𝔦𝔫𝔷 filled the square on Saturday, according to the organisers of the event.',
    'The 🎆 fireworks started at ten and lasted twenty minutes, longer than in any year before.',
  ].join('\n\n');
  const r = pith.clean(input, { inputFormat: 'text' });
  assert.ok(r.blocks.length >= 2);
  for (const b of r.blocks) assert.equal(r.text.slice(b.start, b.end), b.text);
  for (const x of r.removed) if (x.start !== undefined) assert.equal(input.slice(x.start, x.end).replace(/\s+/g, ' ').trim().length > 0, true);
  for (const q of r.quotes) assert.equal(r.text.slice(q.start, q.end), q.text);
  const emojiBlock = r.blocks.find((b) => b.text.includes('东京') || b.text.includes('東京'));
  assert.ok(emojiBlock, 'the CJK paragraph is kept');
  assert.equal(r.text.slice(emojiBlock.start, emojiBlock.end).indexOf('東京') > 0, true);
});

test('quote offsets slice to the quote text after non-BMP characters', async () => {
  const pith = await createPith();
  const text = 'The 🚀 launch team met on Friday. “We are ready for the next flight,” said Mara Quill, the mission chief.';
  const r = pith.extractQuotes(text);
  assert.equal(r.schema, 2);
  assert.ok(Array.isArray(r.quotes) && Array.isArray(r.speakers));
  assert.equal(r.quotes.length, 1, JSON.stringify(r.quotes));
  const [quote] = r.quotes;
  assert.equal(quote.text, 'We are ready for the next flight,');
  assert.equal(quote.type, 'direct');
  assert.equal(quote.speaker, 'Mara Quill');
  assert.equal(quote.cue.text, 'said');
  assert.deepEqual(r.speakers.map((s) => s.name), ['Mara Quill']);
  for (const q of r.quotes) {
    assert.equal(text.slice(q.start, q.end), q.text);
    if (q.cue) assert.equal(text.slice(q.cue.start, q.cue.end), q.cue.text);
    if (q.mention) assert.equal(text.slice(q.mention.start, q.mention.end), q.mention.text);
  }
});

test("names of things come back typed title, without a speaker, and are no speaker's quote", async () => {
  const pith = await createPith();
  const text = 'Mara Quill watched the film “Silver River” twice. “It is the best film of the year,” she said.';
  const r = pith.extractQuotes(text);
  const title = r.quotes.find((q) => q.text === 'Silver River');
  assert.ok(title, JSON.stringify(r.quotes));
  assert.equal(title.type, 'title');
  assert.equal(title.speaker, null);
  const said = r.quotes.find((q) => q.text.startsWith('It is the best'));
  assert.equal(said.type, 'direct');
  assert.equal(said.speaker, 'Mara Quill');
  assert.deepEqual(r.speakers.map((s) => [s.name, s.quoteCount]), [['Mara Quill', 1]]);
});

test('bytes are accepted; invalid UTF-8 is replaced, not dropped', async () => {
  const pith = await createPith();
  const bytes = Buffer.concat([Buffer.from('Caf'), Buffer.from([0xff]), Buffer.from(' opens its doors on the main street of the village this week.')]);
  const r = pith.clean(new Uint8Array(bytes));
  assert.ok(r.text.includes('\uFFFD') || r.text.includes('Caf'), 'text survives');
  assert.ok(r.text.includes('opens its doors'));
  const r2 = pith.clean(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length));
  assert.equal(r2.text, r.text);
});

test('lone surrogates from JS do not corrupt the following character', async () => {
  const pith = await createPith();
  const r = pith.clean('Broken \uD800 surrogate then é and 😀 continue in this sentence of the article.');
  assert.ok(r.text.includes('é and 😀 continue'));
});

test('HTML input is detected and extracted', async () => {
  const pith = await createPith();
  const html = '<!doctype html><html lang="en"><head><title>Bridge reopens</title></head><body>' +
    '<article><h1>Bridge reopens</h1><p>The old bridge over the river reopened on Tuesday after a year of repairs to its stone arches.</p>' +
    '<p>Engineers replaced more than two hundred stones, the city said in a statement on its website.</p></article></body></html>';
  const r = pith.clean(html);
  assert.ok(r.text.includes('reopened on Tuesday'));
  assert.ok(!r.text.includes('<p>'));
  assert.equal(r.title, 'Bridge reopens');
});

test('HTML input: removed entries slice the input to the markup they name, after astral text', async () => {
  const pith = await createPith();
  const prose = 'The harbour 🌊 reopened on Monday after a week of repairs, officials said, and the first ferries left on time. '.repeat(5);
  const html = `<html><body><nav><a href="/">Home 🏠</a> <a href="/w">World</a></nav><article><p>${prose}</p></article>` +
    '<aside class="sidebar"><h3>Most read 📈</h3><ul><li><a href="/1">Bridge closes</a></li></ul></aside>' +
    '<footer><p>&copy; Coast News</p></footer></body></html>';
  const r = pith.clean(html, { inputFormat: 'html' });
  assert.ok(r.text.includes('The harbour 🌊 reopened'));
  const byReason = Object.fromEntries(r.removed.map((x) => [x.reason, x]));
  for (const [reason, tag, path] of [['navigation', 'nav', 'body>nav'], ['sidebar', 'aside', 'body>aside.sidebar'], ['footer', 'footer', 'body>footer']]) {
    const x = byReason[reason];
    assert.ok(x, `a ${reason} entry; got ${JSON.stringify(r.removed)}`);
    assert.equal(x.path, path);
    const slice = html.slice(x.start, x.end);
    assert.ok(slice.startsWith(`<${tag}`) && slice.endsWith(`</${tag}>`), `${reason}: ${slice}`);
  }
  assert.equal(byReason.sidebar.text, 'Most read 📈 Bridge closes');
  for (let i = 1; i < r.removed.length; i++) assert.ok(r.removed[i - 1].start <= r.removed[i].start, 'input order');
});
