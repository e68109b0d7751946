// End-to-end test of the Manifest V3 extension (web/extension/, assembled into dist/extension/ by
// scripts/build-extension.mjs) in Debian's headless Chromium: the service worker reads a served
// article tab, opens the reader page, and the reader cleans it with the wasm engine and renders it.
//
// The reader opens at the click and reads the page as it is then: a page whose script never
// finishes loading is read and cleaned all the same. Figures with captions, tables, code and
// links of a composed page (fixtures/reader-article.html) render as such.
//
// The toolbar button cannot be clicked from a test, so the test calls the function the click
// runs (globalThis.pithCleanTab in the service worker). A click also grants activeTab for the
// tab; in its place the test loads a copy of the extension whose manifest adds host access to
// http://127.0.0.1/* only. The shipped manifest stays activeTab-only.
//
// Assertions hold for any correct engine that removes a page's navigation and footer.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { readFileSync, writeFileSync, mkdtempSync, mkdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { buildExtension } from '../../scripts/build-extension.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const FIXTURE = readFileSync(path.join(ROOT, 'tests/e2e/fixtures/extension-article.html'));
const RICH = readFileSync(path.join(ROOT, 'tests/e2e/fixtures/reader-article.html'), 'utf8');
const IMAGE = readFileSync(path.join(ROOT, 'tests/e2e/fixtures/tide-clock.svg'));
const TITLE = 'Harbour town votes to keep its night ferry running';
const BODY_SENTENCE = 'Officials had proposed ending the last crossing of the evening to save money, arguing that fewer than thirty passengers used it on most nights.';
const NAV_TEXT = 'Subscribe to the Courier for one euro a week';
const FOOTER_TEXT = 'Copyright 2026 Coastline Courier Media';
const ARTIFACTS = path.join(ROOT, 'tests/e2e/artifacts');
// docs/extension.png is rewritten only on request (PITH_UPDATE_SCREENSHOT=1, as docs/demo.png),
// so a test run leaves the tree clean.
const SCREENSHOT = process.env.PITH_UPDATE_SCREENSHOT === '1' || process.env.UPDATE_SCREENSHOTS
  ? path.join(ROOT, 'docs/extension.png') : path.join(ARTIFACTS, 'extension.png');

const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const TIMEOUT = 10_000;

let server, base, ctx, sw, extId, tmp;
/** Responses of the never-ending script, ended when the test is over. */
const endless = new Set();

before(async () => {
  // The shipped build (also makes dist/extension when it is missing), then the test copy.
  buildExtension();
  tmp = mkdtempSync(path.join(os.tmpdir(), 'pith-ext-'));
  const ext = path.join(tmp, 'extension');
  buildExtension({ out: ext });
  const manifestPath = path.join(ext, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  manifest.host_permissions = ['http://127.0.0.1/*'];
  writeFileSync(manifestPath, JSON.stringify(manifest, null, 2));

  server = createServer((req, res) => {
    if (req.url === '/news/ferry.html') {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(FIXTURE);
    } else if (req.url === '/news/ferry-heavy.html') {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(heavyPage());
    } else if (req.url === '/news/tide-clock.html') {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(RICH.replaceAll('__BASE__', base));
    } else if (req.url === '/fixtures/tide-clock.svg') {
      res.writeHead(200, { 'Content-Type': 'image/svg+xml' }).end(IMAGE);
    } else if (req.url === '/news/ferry-slow.html') {
      // The article, then a script that never finishes loading: the parser waits for it, so the
      // document never reaches DOMContentLoaded or load.
      const page = FIXTURE.toString('utf8').replace('</main>', '</main>\n<script src="/slow/never-ends.js"></script>');
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(page);
    } else if (req.url === '/slow/never-ends.js') {
      res.writeHead(200, { 'Content-Type': 'text/javascript' });
      res.write('// loading...\n');
      const tick = setInterval(() => res.write('// still loading\n'), 500);
      endless.add(res);
      res.on('close', () => { clearInterval(tick); endless.delete(res); });
    } else {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${server.address().port}`;

  ctx = await chromium.launchPersistentContext(path.join(tmp, 'profile'), {
    executablePath: '/usr/bin/chromium', headless: true, viewport: { width: 1280, height: 900 },
    args: [...FLAGS, `--disable-extensions-except=${ext}`, `--load-extension=${ext}`],
  });
  [sw] = ctx.serviceWorkers();
  sw ??= await ctx.waitForEvent('serviceworker', { timeout: TIMEOUT });
  extId = new URL(sw.url()).host;
});

after(async () => {
  for (const res of endless) res.destroy();
  await ctx?.close();
  await new Promise((resolve) => (server ? server.close(resolve) : resolve()));
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

/** The fixture with 11 MB of inline script: more than chrome.storage.session holds (10 MB). */
function heavyPage() {
  const blob = `<script>window.bundle = "${'x'.repeat(11 * 1024 * 1024)}";</script>`;
  return FIXTURE.toString('utf8').replace('</head>', `${blob}\n</head>`);
}

function collectErrors(page) {
  const errors = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(`console: ${m.text()}`); });
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  return errors;
}

/**
 * Runs the toolbar button's code path on the tab showing `url` and returns the reader page once
 * it has finished (data-state ready or error).
 */
async function cleanTabAt(url, { active = false } = {}) {
  const isReader = (p) => p.url().startsWith(`chrome-extension://${extId}/web/extension/reader.html#`);
  const readerOpened = ctx.waitForEvent('page', { predicate: isReader, timeout: TIMEOUT });
  const id = await sw.evaluate(async ({ url, active }) => {
    const tabs = await chrome.tabs.query(active ? { active: true, lastFocusedWindow: true } : {});
    const tab = active ? tabs[0] : tabs.find((t) => t.url === url);
    if (!tab) throw new Error(`no tab for ${url}`);
    return globalThis.pithCleanTab(tab);
  }, { url, active });
  assert.match(id, /^[0-9a-f-]{36}$/, 'pithCleanTab returns the capture id');
  const reader = await readerOpened;
  reader.setDefaultTimeout(TIMEOUT);
  const errors = collectErrors(reader);
  assert.equal(new URL(reader.url()).hash, `#${id}`);
  await reader.waitForSelector('body[data-state="ready"], body[data-state="error"]');
  return { reader, errors };
}

async function openArticle() {
  const page = await ctx.newPage();
  page.setDefaultTimeout(TIMEOUT);
  await page.goto(`${base}/news/ferry.html`);
  return page;
}

test('the reader shows the cleaned article of the tab: title, body, panels', { timeout: 20_000 }, async () => {
  const page = await openArticle();
  const { reader, errors } = await cleanTabAt(page.url());
  try {
    assert.equal(await reader.evaluate(() => document.body.dataset.state), 'ready',
      await reader.locator('#error').innerText().catch(() => ''));
    // The engine's headline, or the page's <title> when the engine finds none: both are this.
    assert.equal((await reader.locator('#article-title').innerText()).trim(), TITLE);
    const body = await reader.locator('#article .article-body').innerText();
    assert.ok(body.includes(BODY_SENTENCE), 'a body sentence of the article is shown');
    assert.match(await reader.title(), /Harbour town votes.* — Pith$/);
    assert.match(await reader.locator('#origin').innerText(), /Harbour town votes/);
    assert.equal(await reader.locator('#origin a').getAttribute('href'), page.url());
    // The side panels and the stats line are rendered by the demo's modules.
    for (const id of ['quotes-h', 'removed-h', 'edits-h']) assert.equal(await reader.locator(`#${id}`).count(), 1);
    assert.ok(Number(await reader.locator('[data-stat="kept"] strong').innerText()) >= 1);
    assert.equal(await reader.locator('#copy').isEnabled(), true);
    // The engine ran in the extension page, never in the article's page.
    assert.equal(await page.evaluate(() => typeof window.createPith), 'undefined');
    mkdirSync(path.dirname(SCREENSHOT), { recursive: true });
    await reader.screenshot({ path: SCREENSHOT, fullPage: false });
    assert.deepEqual(errors, []);
  } finally {
    await reader.close();
    await page.close();
  }
});

test('navigation and footer text of the page are not in the article', { timeout: 20_000 }, async () => {
  const page = await openArticle();
  const { reader } = await cleanTabAt(page.url());
  try {
    const body = await reader.locator('#article .article-body').innerText();
    const removed = Number(await reader.locator('#removed-h .count').innerText());
    assert.ok(removed > 0, 'the Removed panel counts what was dropped');
    assert.ok(!body.includes(NAV_TEXT), 'the menu is not in the article');
    assert.ok(!body.includes(FOOTER_TEXT), 'the footer is not in the article');
  } finally {
    await reader.close();
    await page.close();
  }
});

test('"Copy clean text" puts the title and body on the clipboard', { timeout: 20_000 }, async () => {
  const page = await openArticle();
  const { reader } = await cleanTabAt(page.url());
  try {
    await reader.locator('#copy').click();
    await reader.waitForFunction(() => /Copied [\d,]+ characters/.test(document.getElementById('copy-status').textContent));
    // Permissions cannot be granted to an extension origin from the test: read the clipboard
    // from the article's origin instead.
    await ctx.grantPermissions(['clipboard-read'], { origin: base });
    await page.bringToFront();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    assert.ok(copied.startsWith(TITLE), 'the copy starts with the title');
    assert.ok(copied.includes(BODY_SENTENCE), 'the copy holds the body');
  } finally {
    await reader.close();
    await page.close();
  }
});

test('a page larger than session storage is passed on without its scripts', { timeout: 20_000 }, async () => {
  const page = await ctx.newPage();
  page.setDefaultTimeout(TIMEOUT);
  await page.goto(`${base}/news/ferry-heavy.html`);
  const { reader, errors } = await cleanTabAt(page.url());
  try {
    assert.equal(await reader.evaluate(() => document.body.dataset.state), 'ready');
    assert.equal(await reader.evaluate(() => document.body.dataset.reduced), 'true');
    const body = await reader.locator('#article .article-body').innerText();
    assert.ok(body.includes(BODY_SENTENCE), 'a body sentence of the article is shown');
    assert.ok(!body.includes('xxxxxxxx'), 'the script is gone');
    assert.deepEqual(errors, []);
  } finally {
    await reader.close();
    await page.close();
  }
});

test('a browser page that extensions cannot read gives a clear error in the reader', { timeout: 20_000 }, async () => {
  const page = await ctx.newPage();
  await page.goto('chrome://version/');
  await page.bringToFront();
  const { reader, errors } = await cleanTabAt('chrome://version/', { active: true });
  try {
    assert.equal(await reader.evaluate(() => document.body.dataset.state), 'error');
    assert.equal(await reader.locator('#error-code').innerText(), 'page_not_readable');
    assert.match(await reader.locator('#error-message').innerText(), /cannot read chrome:\/\/ pages/);
    assert.match(await reader.locator('#error-detail').innerText(), /chrome:\/\//, 'the browser\'s own reason is shown too');
    assert.equal(await reader.locator('#result').isHidden(), true);
    mkdirSync(ARTIFACTS, { recursive: true });
    await reader.screenshot({ path: path.join(ARTIFACTS, 'extension-error.png') });
    assert.deepEqual(errors, []);
  } finally {
    await reader.close();
    await page.close();
  }
});

test('a reader tab without a captured page says what to do', { timeout: 20_000 }, async () => {
  const reader = await ctx.newPage();
  reader.setDefaultTimeout(TIMEOUT);
  try {
    await reader.goto(`chrome-extension://${extId}/web/extension/reader.html#no-such-capture`);
    await reader.waitForSelector('body[data-state="error"]');
    assert.equal(await reader.locator('#error-code').innerText(), 'no_capture');
    assert.match(await reader.locator('#error-message').innerText(), /click the Pith button/);
  } finally {
    await reader.close();
  }
});

test('a page whose script never finishes loading is read at the click, and the reader shows its progress', { timeout: 30_000 }, async () => {
  const page = await ctx.newPage();
  page.setDefaultTimeout(TIMEOUT);
  // Only the response's start is awaited: the page never finishes loading.
  await page.goto(`${base}/news/ferry-slow.html`, { waitUntil: 'commit' });
  await page.waitForFunction((s) => document.body && document.body.textContent.includes(s), BODY_SENTENCE);
  assert.equal(await page.evaluate(() => document.readyState), 'loading', 'the page is still loading');
  const readerOpened = ctx.waitForEvent('page', {
    predicate: (p) => p.url().startsWith(`chrome-extension://${extId}/web/extension/reader.html#`), timeout: TIMEOUT,
  });
  const cleaning = sw.evaluate(async (url) => {
    const tabs = await chrome.tabs.query({});
    return globalThis.pithCleanTab(tabs.find((t) => t.url === url));
  }, page.url());
  const reader = await readerOpened;
  reader.setDefaultTimeout(TIMEOUT);
  const errors = collectErrors(reader);
  try {
    assert.match(await cleaning, /^[0-9a-f-]{36}$/);
    await reader.waitForSelector('body[data-state="ready"], body[data-state="error"]');
    assert.equal(await reader.evaluate(() => document.body.dataset.state), 'ready',
      await reader.locator('#error').innerText().catch(() => ''));
    const body = await reader.locator('#article .article-body').innerText();
    assert.ok(body.includes(BODY_SENTENCE), 'the article is cleaned from the page as far as it had loaded');
    // The reader opened first and showed each step (it records them in data-steps).
    assert.equal(await reader.evaluate(() => document.body.dataset.steps), 'reading cleaning rendering ready');
    assert.equal(await reader.locator('[data-partial="true"]').count(), 1, 'the reader says the page was still loading');
    // The engine ran in the reader's worker; the page was read, never given the engine.
    assert.ok(reader.workers().some((w) => w.url().endsWith('/web/lib/worker.js')), 'the engine runs in a Web Worker');
    assert.equal(await page.evaluate(() => document.readyState), 'loading', 'the page is still loading');
    assert.deepEqual(errors, []);
  } finally {
    await reader.close();
    await page.close();
  }
});

test('the reader shows a figure with its caption and credit, a table, code and working links', { timeout: 20_000 }, async () => {
  const page = await ctx.newPage();
  page.setDefaultTimeout(TIMEOUT);
  await page.goto(`${base}/news/tide-clock.html`);
  const { reader, errors } = await cleanTabAt(page.url());
  try {
    assert.equal(await reader.evaluate(() => document.body.dataset.state), 'ready');
    const article = reader.locator('#article');
    // The figure: its image, loaded from the page's own site (the page loaded it too), lazily
    // and without a Referer; its caption and credit inside it, never as headings.
    const figure = article.locator('figure');
    assert.equal(await figure.count(), 1);
    const img = figure.locator('img');
    assert.equal(await img.getAttribute('src'), `${base}/fixtures/tide-clock.svg`);
    assert.equal(await img.getAttribute('loading'), 'lazy');
    assert.equal(await img.getAttribute('referrerpolicy'), 'no-referrer');
    assert.equal(await img.getAttribute('alt'), 'The tide clock on the pier');
    await img.scrollIntoViewIfNeeded();
    await reader.waitForFunction(() => document.querySelector('#article figure img').naturalWidth > 0);
    assert.equal(await figure.locator('figcaption .caption:not(.credit)').innerText(), 'The restored clock face, seen from the promenade.');
    assert.equal(await figure.locator('figcaption .credit').innerText(), 'Photo: Jon Vik/Courier');
    const headings = await article.locator('.article-body :is(h2, h3, h4, h5, h6)').allInnerTexts();
    assert.ok(!headings.some((t) => /restored clock|Photo:|Tides this week/.test(t)), `no caption as a heading: ${headings}`);
    // The table: header cells, rows, its caption.
    const table = article.locator('table');
    assert.deepEqual(await table.locator('thead th').allInnerTexts(), ['Day', 'High water', 'Low water']);
    assert.deepEqual(await table.locator('tbody tr').first().locator('td').allInnerTexts(), ['Monday', '06:12', '12:30']);
    assert.equal(await table.locator('caption').innerText(), 'Tides this week');
    // Code: every line and its indentation, with the language.
    const code = article.locator('.code-block');
    assert.equal(await code.locator('.code-lang').textContent(), 'python');
    assert.equal(await code.locator('pre code').textContent(),
      'def wind(clock):\n    # one turn per hour, never while the tide turns\n    if clock.tide_turning:\n        return\n\n    clock.turn(1)');
    // Links: absolute http(s)/mailto targets, opened in a new tab, without the opener.
    const link = article.locator('a', { hasText: "society's page" });
    assert.equal(await link.getAttribute('href'), 'https://example.org/pellbridge/tide-clock');
    assert.match(await link.getAttribute('rel'), /noopener/);
    assert.equal(await article.locator('a', { hasText: 'harbour society' }).getAttribute('href'), `${base}/society`);
    assert.equal(await article.locator('a', { hasText: 'the clock keepers' }).getAttribute('href'), 'mailto:clock@example.org');
    assert.equal(await article.locator('em').innerText(), 'eleven weekends');
    // The date, kept as ISO 8601 in the data, shown in the browser's language.
    const time = article.locator('.facts time');
    assert.equal(await time.getAttribute('datetime'), '2026-03-14');
    assert.equal(await time.innerText(), await reader.evaluate(() =>
      new Intl.DateTimeFormat(undefined, { dateStyle: 'long', timeZone: 'UTC' }).format(Date.UTC(2026, 2, 14))));
    await figure.scrollIntoViewIfNeeded();
    await reader.screenshot({ path: path.join(ARTIFACTS, 'extension-figure.png') });
    assert.deepEqual(errors, []);
  } finally {
    await reader.close();
    await page.close();
  }
});

test('the reader keeps the display choices for every reader tab, and its keys walk the quotes', { timeout: 30_000 }, async () => {
  const page = await ctx.newPage();
  page.setDefaultTimeout(TIMEOUT);
  await page.goto(`${base}/news/tide-clock.html`);
  const first = await cleanTabAt(page.url());
  let second = null;
  try {
    const { reader } = first;
    // The article has the focus once it is shown; j lights up the first quote in the text.
    assert.equal(await reader.evaluate(() => document.activeElement.id), 'article');
    const quotes = await reader.locator('#quotes .quote-item').count();
    assert.ok(quotes >= 2, 'the page has quotes');
    await reader.keyboard.press('j');
    assert.equal(await reader.locator('.quote-item[aria-pressed="true"]').getAttribute('data-quote'), '0');
    assert.ok((await reader.locator('#article .hl').count()) > 0, 'the quote is lit in the article');
    assert.match(await reader.locator('#announce').textContent(), new RegExp(`^Quote 1 of ${quotes}, `));
    await reader.keyboard.press('k');
    assert.equal(await reader.locator('.quote-item[aria-pressed="true"]').getAttribute('data-quote'), String(quotes - 1));
    // Dark theme and a larger text, chosen in one reader tab...
    await reader.click('#display-prefs summary');
    await reader.check('input[name="pref-theme"][value="dark"]');
    await reader.check('input[name="pref-size"][value="xl"]');
    // ... apply to the next one.
    second = await cleanTabAt(page.url());
    const r2 = second.reader;
    assert.equal(await r2.evaluate(() => document.body.dataset.state), 'ready');
    assert.equal(await r2.evaluate(() => document.documentElement.dataset.theme), 'dark');
    assert.equal(await r2.locator('#article').evaluate((el) => getComputedStyle(el).fontSize), '23.5px');
    const bg = await r2.locator('#article').evaluate((el) => getComputedStyle(el).backgroundColor);
    assert.ok(bg.match(/\d+/g).slice(0, 3).every((c) => Number(c) < 60), `dark article background: ${bg}`);
    await r2.screenshot({ path: path.join(ARTIFACTS, 'extension-dark.png') });
    // Back to the defaults for the other tests.
    await r2.click('#display-prefs summary');
    await r2.check('input[name="pref-theme"][value="auto"]');
    await r2.check('input[name="pref-size"][value="m"]');
    assert.deepEqual([...first.errors, ...second.errors], []);
  } finally {
    await first.reader.close();
    await second?.reader.close();
    await page.close();
  }
});
