// End-to-end tests of the demo page (web/demo/) in Debian's Chromium through playwright-core:
// the sample is cleaned on open by the real wasm engine in a module Web Worker, new input
// updates the result, engine errors are shown, quotes can be clicked, every part of the
// schema renders as safe DOM, and a screenshot is written (tests/e2e/artifacts/demo.png; with
// PITH_UPDATE_SCREENSHOT=1 it replaces the README's docs/demo.png instead, so a plain test run
// leaves the working tree clean).
//
// Assertions about the real engine hold for any correct engine that removes the sample's
// boilerplate and finds its quotes (both are features of the engine now, so none of them skips).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startServer } from '../../scripts/serve.mjs';
import { syntheticResult } from './fixtures/synthetic-result.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const SAMPLE = readFileSync(path.join(ROOT, 'web/demo/sample.txt'), 'utf8');
const HEADLINE = SAMPLE.split('\n')[0].trim();
const FIRST_BODY_SENTENCE = 'Mayor Marta Kowalski of Dornhavn announced on Tuesday that the ferry link across Lake Orvena, closed since the October storms, will reopen in April.';
const RICH = readFileSync(path.join(ROOT, 'tests/e2e/fixtures/reader-article.html'), 'utf8');
const SCREENSHOT = process.env.PITH_UPDATE_SCREENSHOT === '1'
  ? path.join(ROOT, 'docs/demo.png') : path.join(ROOT, 'tests/e2e/artifacts/demo.png');

const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const TIMEOUT = 10_000;

let server, browser, base;

before(async () => {
  server = await startServer({ port: 0, host: '127.0.0.1', quiet: true, extraRoots: { '/fixtures/': path.join(ROOT, 'tests/e2e/fixtures') } });
  base = `http://127.0.0.1:${server.address().port}`;
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: FLAGS });
});

after(async () => {
  await shared?.context.close();
  await browser?.close();
  await new Promise((resolve) => (server ? server.close(resolve) : resolve()));
});

/** A fresh page on the demo, with the sample cleaned (first run done); console errors collected. */
async function openDemo({ viewport = { width: 1280, height: 900 } } = {}) {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  page.setDefaultTimeout(TIMEOUT);
  const errors = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(`console: ${m.text()}`); });
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('requestfailed', (r) => errors.push(`requestfailed: ${r.url()} ${r.failure()?.errorText}`));
  await page.goto(`${base}/`);
  await page.waitForSelector('body[data-runs="1"][data-state="ready"]');
  return { page, context, errors };
}

// The tests that only read the cleaned sample (and click quotes) share one page: every page
// load compiles the wasm module again, which is most of the run time on a busy machine.
let shared = null;
async function samplePage() {
  shared ??= await openDemo();
  return shared;
}

const runs = (page) => page.evaluate(() => Number(document.body.dataset.runs || 0));
const waitRuns = (page, n) => page.waitForFunction((k) => Number(document.body.dataset.runs) >= k, n);
const engineResult = (page) => page.evaluate(() => window.pithDemo.result);
const bodyText = (page) => page.locator('#article .article-body').innerText();

test('the demo opens with the sample cleaned, in a Web Worker, without console errors', async () => {
  const { page, errors } = await samplePage();
  const article = await page.locator('#article').innerText();
  assert.ok(article.includes(FIRST_BODY_SENTENCE), 'the first body sentence of the sample is shown');

  // The headline: shown as the title once the engine detects it, and in any case on the page.
  const r = await engineResult(page);
  if (r.title !== null) assert.equal((await page.locator('#article-title').innerText()).trim(), HEADLINE);
  assert.ok(article.includes(HEADLINE), 'the headline is shown');

  // The engine ran in the library's dedicated module worker (createPithWorker), not on the main
  // thread: the worker loaded pith.wasm, the page never did.
  const worker = page.workers().find((w) => w.url().endsWith('/web/lib/worker.js'));
  assert.ok(worker, 'web/lib/worker.js is running');
  assert.equal(await worker.evaluate(() => self.constructor.name), 'DedicatedWorkerGlobalScope');
  const wasmLoaded = () => performance.getEntriesByType('resource').some((e) => e.name.endsWith('/dist/pith.wasm'));
  assert.equal(await worker.evaluate(wasmLoaded), true, 'the worker fetched pith.wasm');
  assert.equal(await page.evaluate(wasmLoaded), false, 'the page did not');
  assert.equal(await page.evaluate(() => typeof window.createPith), 'undefined');

  // Stats are filled from the result.
  assert.equal(await page.locator('[data-stat="kept"] strong').innerText(), String(r.stats.blocksKept));
  assert.match(await page.locator('#engine-info').innerText(), /engine \d+\.\d+\.\d+ · wasm · schema 2/);
  assert.deepEqual(errors, []);
});

test('boilerplate of the sample is not in the body', async () => {
  const { page, errors } = await samplePage();
  const r = await engineResult(page);
  assert.ok(r.removed.length > 0, 'the engine removes the sample\'s boilerplate');
  const body = await bodyText(page);
  assert.ok(!body.includes('Back to top button'), 'the widget line is gone from the body');
  assert.ok(body.includes(FIRST_BODY_SENTENCE));
  const removed = await page.locator('#removed .removed-item').allInnerTexts();
  assert.ok(removed.some((s) => s.includes('Back to top button')), 'and listed in the Removed panel');
  assert.equal(await page.locator('#removed .removed-item').count(), r.removed.length);
  assert.deepEqual(errors, []);
});

test('typing new text and pressing Clean both update the result', async () => {
  const { page, context, errors } = await openDemo();
  try {
    const first = 'The lighthouse keepers of Selmar Point repainted the tower in seven shades of green this week.';
    const text = `Selmar Point lighthouse gets a new coat\n\n${first}\n\nVisitors can climb the stairs again from Saturday, the harbour office said.`;
    const n = await runs(page);
    await page.fill('#input', text);   // clean-as-you-paste is on: debounced, no button
    await waitRuns(page, n + 1);
    await page.waitForFunction((s) => document.querySelector('#article').innerText.includes(s), first);
    assert.ok(!(await page.locator('#article').innerText()).includes('Dornhavn'), 'the sample is gone');

    await page.uncheck('#auto');
    const second = 'The second text mentions a copper kettle that whistles in three different keys.';
    await page.fill('#input', `${second}\n\nIt was found in an attic in the old town.`);
    await page.click('#clean');
    await waitRuns(page, n + 2);
    await page.waitForFunction((s) => document.querySelector('#article').innerText.includes(s), second);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test('an HTML file opened with the file picker is cleaned as HTML', async () => {
  const { page, context, errors } = await openDemo();
  try {
    const sentence = 'The new glass harbour of Tellin opened to boats on a windy Sunday morning.';
    const html = `<!doctype html><html><head><title>Glass harbour opens</title></head><body>
      <nav><a href="/">Home</a> | <a href="/news">News</a></nav>
      <article><h1>Glass harbour opens</h1><p>${sentence}</p>
      <p>Its architect, Runa Vell, said the roof can carry two metres of snow.</p></article>
      <footer><p>Tellin Weekly, all rights kept</p></footer></body></html>`;
    const n = await runs(page);
    await page.setInputFiles('#file', { name: 'harbour.html', mimeType: 'text/html', buffer: Buffer.from(html) });
    await waitRuns(page, n + 1);
    const article = await page.locator('#article').innerText();
    assert.ok(article.includes(sentence));
    assert.ok(!article.includes('<p>') && !article.includes('</article>'), 'markup is not shown as text');
    assert.equal(await page.inputValue('#input'), html, 'the file is shown in the input');
    // Removed in place: the HTML's regions (offsets into the markup) around the kept blocks.
    await page.check('#show-removed');
    const order = await page.locator('#article .article-body > *').evaluateAll((els) =>
      els.map((e) => (e.classList.contains('removed-inplace') ? `removed:${e.querySelector('.reason').textContent}` : 'kept')));
    assert.equal(order[0], 'removed:navigation', 'the menu before the article');
    assert.equal(order.at(-1), 'removed:footer', 'the footer after it');
    assert.ok(order.includes('kept'));
    assert.equal(await page.locator('#article .article-body .note').count(), 0, 'every region placed');
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test('an engine error is shown with its code and message, and the page recovers', async () => {
  const { page, context, errors } = await openDemo();
  try {
    const n = await runs(page);
    await page.click('#options summary');
    await page.fill('#opt-max', '100');     // the sample is ~3.5 kB: over this limit
    await page.locator('#opt-max').dispatchEvent('change');
    await page.waitForSelector('#error:not([hidden])');
    assert.equal(await page.locator('#error-code').innerText(), 'input_too_large');
    assert.match(await page.locator('#error-message').innerText(), /100/);
    assert.equal(await page.evaluate(() => document.body.dataset.state), 'error');
    assert.equal(await runs(page), n, 'no new result was rendered');

    // A value the engine rejects as an option gives its own code.
    await page.fill('#opt-max', '-5');
    await page.locator('#opt-max').dispatchEvent('change');
    await page.waitForFunction(() => document.querySelector('#error-code').textContent === 'bad_option_type');

    await page.fill('#opt-max', '');
    await page.locator('#opt-max').dispatchEvent('change');
    await waitRuns(page, n + 1);
    assert.equal(await page.locator('#error').isHidden(), true);
    assert.ok((await page.locator('#article').innerText()).includes(FIRST_BODY_SENTENCE));
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test('clicking a quote from the engine highlights it, its cue and its speaker mention', async () => {
  const { page, errors } = await samplePage();
  const r = await engineResult(page);
  // The sample has quotes with cues and named speakers ("..., said Elias Brandt").
  const i = r.quotes.findIndex((q) => q.cue && q.mention);
  assert.ok(i >= 0, 'the sample yields a quote with a cue and a speaker mention');
  const q = r.quotes[i];
  await page.click(`.quote-item[data-quote="${i}"]`);
  await page.waitForSelector(`.quote-item[data-quote="${i}"][aria-pressed="true"]`);
  // Compared without whitespace: a quote running over paragraphs is lit block by block.
  const lit = async (sel) => (await page.locator(sel).allTextContents()).join('').replace(/\s+/g, '');
  const flat = (s) => s.replace(/\s+/g, '');
  assert.equal(await lit('#article .hl'), flat(r.text.slice(q.start, q.end)), 'exactly the quote is highlighted');
  assert.equal(await lit('#article .hl-cue'), flat(q.cue.text));
  assert.equal(await lit('#article .hl-mention'), flat(q.mention.text));
  assert.deepEqual(errors, []);
});

test('every part of the schema renders: metadata, removed in place, edits, quotes by speaker, views, copy', async () => {
  const { page, context, errors } = await openDemo();
  try {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: base });
    const r = syntheticResult(SAMPLE);
    await page.evaluate(([res, input]) => window.pithDemo.showResult(res, input), [r, SAMPLE]);

    assert.equal(await page.locator('#article-title').innerText(), HEADLINE);
    assert.equal(await page.locator('#article .subtitle').innerText(), r.subtitle);
    assert.match(await page.locator('#article .facts').innerText(), /SOURCE\s+OC/i);
    assert.equal(await page.locator('#article .blk').count(), r.blocks.length);
    assert.ok(!(await bodyText(page)).includes('Back to top button'));

    // Edits: marked in the text, with the before-text on hover.
    const glued = page.locator('#article mark.edit[data-kind="split-glued-words"]');
    // (split in two pieces here because the speaker mention "Kowalski" starts inside the edit)
    assert.equal((await glued.allTextContents()).join(''), 'Brandt Kowalski');
    assert.match(await glued.first().getAttribute('title'), /BrandtKowalski/);
    assert.equal(await page.locator('#edits .edit-item').count(), r.edits.length);

    // Removed: panel with reasons; in place, at their input positions between the kept blocks.
    assert.equal(await page.locator('#removed .removed-item').count(), r.removed.length);
    await page.check('#show-removed');
    const order = await page.locator('#article .article-body > *').evaluateAll((els) =>
      els.map((e) => (e.classList.contains('removed-inplace') ? `removed:${e.querySelector('.reason').textContent}` : 'kept')));
    assert.deepEqual(order.slice(0, 4), ['removed:title', 'removed:subtitle', 'removed:duplicate-title', 'kept']);
    assert.deepEqual(order.slice(-3), ['removed:related-link', 'removed:source-line', 'removed:widget']);
    assert.equal(order.filter((o) => o.startsWith('removed')).length, r.removed.length);
    assert.ok(order.indexOf('removed:widget') > order.indexOf('removed:related-link'), '"Related video" after "Also read"');
    await page.uncheck('#show-removed');
    assert.equal(await page.locator('#article .removed-inplace').count(), 0);

    // Quotes grouped by speaker, most quoted first, unattributed last.
    const names = await page.locator('#quotes .speaker-name').allInnerTexts();
    assert.deepEqual(names, ['Marta Kowalski', 'Elias Brandt', 'Ilse Varga', 'Jonas Feld', 'No speaker']);
    assert.equal(await page.locator('#quotes .speaker').first().locator('h3 .count').innerText(), '4');
    // Names and titles (the ship “Nordlys”) are listed apart, folded away, never as a speaker's.
    assert.equal(await page.locator('#quotes .speaker .t-title').count(), 0);
    assert.equal(await page.locator('#quotes details.titles:not([open]) .quote-item').count(), 1);
    assert.equal(await page.locator('#quotes-h .count').innerText(), String(r.quotes.length - 1));

    // Clicking the pronoun-resolved quote lights up the quote, its cue and "she".
    const i = r.quotes.findIndex((q) => q.resolvedFrom === 'pronoun');
    const item = page.locator(`.quote-item[data-quote="${i}"]`);
    assert.match(await item.innerText(), /“she” → Marta Kowalski\s*from pronoun/);
    await item.focus();
    await page.keyboard.press('Enter');            // keyboard-usable
    await page.waitForSelector(`.quote-item[data-quote="${i}"][aria-pressed="true"]`);
    assert.equal((await page.locator('#article .hl').allTextContents()).join(''), r.quotes[i].text);
    assert.equal((await page.locator('#article .hl-mention').allTextContents()).join(''), 'she');
    assert.equal((await page.locator('#article .hl-cue').allTextContents()).join(''), 'said');
    // ... and a quote spanning an edit ("Brandt Kowalski" precedes "deeply worried") still maps.
    const j = r.quotes.findIndex((q) => q.text === 'deeply worried');
    await page.click(`.quote-item[data-quote="${j}"]`);
    assert.equal((await page.locator('#article .hl').allTextContents()).join(''), 'deeply worried');
    assert.equal((await page.locator('#article .hl-mention').allTextContents()).join(''), 'Kowalski');

    // Views and copy.
    await page.click('.view[data-view="json"]');
    assert.deepEqual(JSON.parse(await page.locator('#raw').textContent()), r);
    await page.click('.view[data-view="markdown"]');
    assert.equal(await page.locator('#raw').textContent(), r.markdown);
    await page.click('.view[data-view="article"]');
    await page.click('#copy');
    await page.waitForFunction(() => /Copied/.test(document.querySelector('#copy-status').textContent));
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), [r.title, r.subtitle, r.text].join('\n\n'));
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test('engine text is rendered as text, never as markup', async () => {
  const { page, context, errors } = await openDemo();
  try {
    const evil = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';
    const r = syntheticResult(SAMPLE);
    r.title = `Title ${evil}`;
    r.text = `${evil} body`;
    r.blocks = [{ kind: 'heading', level: 1, text: r.text, start: 0, end: r.text.length }];
    r.removed = [{ text: evil, reason: `widget${evil}`, start: 0, end: 5 }];
    r.edits = [{ kind: 'x', before: evil, after: 'img', start: 1, end: 4, inputStart: 0, inputEnd: 3 }];
    r.quotes = [{ text: 'img', start: 1, end: 4, type: 'direct', speaker: evil, mention: null, cue: null, resolvedFrom: null, paragraph: 0, confidence: 1 }];
    r.speakers = [{ name: evil, mentions: [{ text: evil, start: 0, end: 3 }], quoteCount: 1 }];
    r.url = 'javascript:window.__pwned=3';
    await page.evaluate(([res, input]) => window.pithDemo.showResult(res, input), [r, SAMPLE]);
    await page.check('#show-removed');
    await page.click('.quote-item[data-quote="0"]');
    assert.equal(await page.locator('img, main script, #article a').count(), 0);
    assert.equal(await page.evaluate(() => window.__pwned), undefined);
    assert.ok((await page.locator('#article-title').innerText()).includes('<img src=x'));
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test('screenshot of the demo with the sample', async () => {
  const { page, errors } = await samplePage();
  const r = await engineResult(page);
  if (r.quotes.length > 0) {
    const i = Math.max(0, r.quotes.findIndex((q) => q.resolvedFrom));
    await page.click(`.quote-item[data-quote="${i}"]`);
    await page.waitForSelector(`.quote-item[data-quote="${i}"][aria-pressed="true"]`);
  }
  await page.evaluate(() => window.scrollTo(0, 0));
  mkdirSync(path.dirname(SCREENSHOT), { recursive: true });
  await page.screenshot({ path: SCREENSHOT, fullPage: true });
  assert.deepEqual(errors, []);
});

/**
 * The removal log of the composed page as the HTML engine writes it (docs/schema.md: reason,
 * UTF-16 offsets of the element in the input, element path, its text): built here from the
 * page itself, so the test of the in-place view does not depend on how far the engine's log has got.
 */
function richRemoved(html) {
  const region = (open, close, reason, pathText) => {
    const start = html.indexOf(open);
    const end = html.indexOf(close, start) + close.length;
    const text = html.slice(start, end).replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim();
    return { text, reason, start, end, path: pathText };
  };
  return [
    region('<nav class="main-menu">', '</nav>', 'navigation', 'body > header.site-header > nav.main-menu'),
    region('<aside class="related">', '</aside>', 'related-link', 'body > main > aside.related'),
    region('<footer class="site-footer">', '</footer>', 'footer', 'body > footer.site-footer'),
  ];
}

test('an HTML page reads as an article: figure with caption and credit, table, code, links, removed regions in place', async () => {
  const { page, context, errors } = await openDemo();
  try {
    const html = RICH.replaceAll('__BASE__', base);
    const n = await runs(page);
    await page.fill('#input', html);
    await waitRuns(page, n + 1);
    const article = page.locator('#article');
    // The figure: the image waits for a click (a pasted page's images are fetched only on
    // request), then loads without a Referer; caption and credit inside the figure.
    const figure = article.locator('figure');
    assert.equal(await figure.count(), 1);
    assert.equal(await figure.locator('img').count(), 0, 'no image fetched before the click');
    assert.match(await figure.locator('.img-placeholder').innerText(), /The tide clock on the pier/);
    await figure.locator('.load-image').click();
    const img = figure.locator('img');
    assert.equal(await img.getAttribute('src'), `${base}/fixtures/tide-clock.svg`);
    assert.equal(await img.getAttribute('referrerpolicy'), 'no-referrer');
    await page.waitForFunction(() => document.querySelector('#article figure img').naturalWidth > 0);
    assert.equal(await figure.locator('figcaption .caption:not(.credit)').innerText(), 'The restored clock face, seen from the promenade.');
    assert.equal(await figure.locator('figcaption .credit').innerText(), 'Photo: Jon Vik/Courier');
    // The table with its header row and caption; the code with every line; the links.
    assert.deepEqual(await article.locator('table thead th').allInnerTexts(), ['Day', 'High water', 'Low water']);
    assert.equal(await article.locator('table caption').innerText(), 'Tides this week');
    assert.match(await article.locator('.code-block pre code').textContent(), /^def wind\(clock\):\n {4}# one turn per hour/);
    assert.equal(await article.locator('a', { hasText: "society's page" }).getAttribute('href'), 'https://example.org/pellbridge/tide-clock');
    assert.equal(await article.locator('a', { hasText: 'the clock keepers' }).getAttribute('href'), 'mailto:clock@example.org');
    const headings = await article.locator('.article-body :is(h2, h3, h4, h5, h6)').allInnerTexts();
    assert.ok(!headings.some((t) => /restored clock|Photo:|Tides this week/.test(t)), `no caption as a heading: ${headings}`);
    // Accessibility: the article speaks the page's language; the scrollable table is a named,
    // focusable region.
    assert.equal(await article.getAttribute('lang'), 'en');
    assert.equal(await article.locator('.table-wrap').getAttribute('aria-label'), 'Tides this week');
    await article.locator('.table-wrap').focus();
    assert.equal(await page.evaluate(() => document.activeElement.className), 'table-wrap');

    // A page that is not an article says so above what could be extracted.
    const r = await engineResult(page);
    await page.evaluate(([res, input]) => window.pithDemo.showResult(res, input), [{ ...r, pageType: 'listing' }, html]);
    assert.match(await article.locator('.page-notice').innerText(), /^Not an article\. This looks like a listing page\./);
    assert.equal(await article.locator('.article-body table').count(), 1, 'what it could extract is still shown');

    // Show removed in place for HTML: the regions of the log between the kept blocks, in the
    // order of the page (the menu before the article, the related links and footer after it).
    await page.evaluate(([res, input]) => window.pithDemo.showResult(res, input), [{ ...r, removed: richRemoved(html) }, html]);
    await page.check('#show-removed');
    const order = await article.locator('.article-body > *').evaluateAll((els) => els.map((e) =>
      (e.classList.contains('removed-inplace') ? e.querySelector('.reason').textContent : e.tagName.toLowerCase())));
    assert.equal(order[0], 'navigation');
    assert.deepEqual(order.slice(-2), ['related-link', 'footer']);
    assert.equal(order.filter((o) => ['navigation', 'related-link', 'footer'].includes(o)).length, 3);
    assert.equal(await article.locator('.removed-inplace .rpath').first().innerText(), 'body > header.site-header > nav.main-menu');
    await page.click('#removed .removed-item >> nth=2');
    assert.equal(await article.locator('.removed-inplace.hl-removed .reason').innerText(), 'footer');
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test('display choices: dark theme, text size, typeface, line length, kept across reloads; keyboard shortcuts', async () => {
  const { page, context, errors } = await openDemo();
  try {
    const bg = () => page.locator('#article').evaluate((el) => getComputedStyle(el).backgroundColor);
    const size = () => page.locator('#article').evaluate((el) => getComputedStyle(el).fontSize);
    const light = await bg();
    assert.equal(await size(), '18px');
    await page.click('#display-prefs summary');
    await page.check('input[name="pref-theme"][value="dark"]');
    await page.check('input[name="pref-size"][value="l"]');
    await page.check('input[name="pref-font"][value="sans"]');
    await page.check('input[name="pref-width"][value="narrow"]');
    await page.keyboard.press('Escape');
    assert.equal(await page.locator('#display-prefs').evaluate((d) => d.open), false, 'Escape closes the menu');
    assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), 'dark');
    const dark = await bg();
    assert.notEqual(dark, light);
    const lum = (rgb) => rgb.match(/\d+/g).slice(0, 3).reduce((a, c) => a + Number(c), 0) / 3;
    assert.ok(lum(dark) < 60 && lum(light) > 200, `${dark} is dark, ${light} light`);
    assert.equal(await size(), '20.5px');
    assert.match(await page.locator('#article .article-body p').first().evaluate((el) => getComputedStyle(el).fontFamily), /sans/);
    assert.equal(await page.locator('#article .article-body').evaluate((el) => getComputedStyle(el).maxWidth), `${34 * 20.5}px`);

    // Kept across a reload (localStorage), applied before the first result is shown.
    await page.reload();
    await page.waitForSelector('body[data-runs="1"][data-state="ready"]');
    assert.equal(await bg(), dark);
    assert.equal(await page.locator('input[name="pref-theme"][value="dark"]').isChecked(), true);

    // Keys: + and - step the size; j / k walk the quotes in text order, wrapping round; r shows
    // the removed text in place. Keys typed into the input box are text, not shortcuts.
    await page.locator('#article').focus();
    await page.keyboard.press('+');
    assert.equal(await size(), '23.5px');
    await page.keyboard.press('-');
    await page.keyboard.press('-');
    assert.equal(await size(), '18px');
    const r = await engineResult(page);
    assert.ok(r.quotes.length >= 2);
    await page.keyboard.press('j');
    assert.equal(await page.locator('.quote-item[aria-pressed="true"]').getAttribute('data-quote'), '0');
    assert.equal((await page.locator('#article .hl').allTextContents()).join(''), r.quotes[0].text);
    // Screen readers hear which quote it is (a polite live region).
    assert.equal(await page.locator('#announce').getAttribute('aria-live'), 'polite');
    assert.ok((await page.locator('#announce').textContent()).startsWith(`Quote 1 of ${r.quotes.length}, ${r.quotes[0].speaker || 'no speaker'}: `));
    await page.keyboard.press('k');
    assert.equal(await page.locator('.quote-item[aria-pressed="true"]').getAttribute('data-quote'), String(r.quotes.length - 1));
    await page.keyboard.press('r');
    assert.equal(await page.locator('#show-removed').isChecked(), true);
    assert.ok(await page.locator('#article .removed-inplace').count() > 0);
    await page.locator('#input').focus();
    await page.keyboard.press('r');
    assert.equal(await page.locator('#show-removed').isChecked(), true, 'typing r in the input is text');
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});
