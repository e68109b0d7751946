// Nothing executable reaches a reader, in a real browser: every page of the attack set
// (tests/security/attacks/) is cleaned by the demo (pasted into it) and by the extension (the
// page opened in a tab and read by the reader), in Debian's Chromium, with traps:
//   - dialogs: any alert/confirm/prompt is recorded (the payloads call alert('pith-xss') and set
//     window.__pithPwned);
//   - console: any error (a Content-Security-Policy violation is one) is recorded;
//   - network: every request that leaves for another origin is recorded and aborted (the
//     payloads point at tracker.example: scripts, styles, pixels, srcset, CSS backgrounds);
//   - the DOM the demo and the reader build is walked: no forbidden element, no on* or style
//     attribute, no URL attribute outside http(s)/mailto (tests/security/allowlist.mjs).
// The attack pages are served with a CSP that forbids everything, so the tab itself runs none
// of its payloads and fetches nothing: whatever fires came through Pith.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { readFileSync, readdirSync, writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startServer } from '../../scripts/serve.mjs';
import { buildExtension } from '../../scripts/build-extension.mjs';
import { checkDom } from '../security/allowlist.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const DIR = path.join(ROOT, 'tests/security/attacks');
const PAGES = readdirSync(DIR).filter((f) => !f.startsWith('.')).sort();
const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const TIMEOUT = 15_000;
// The demo's and the reader's own interface elements (checkDom flags these otherwise).
const CHROME = ['button', 'input', 'select', 'textarea', 'section', 'aside', 'svg'];

/**
 * Installs the traps on a browser context; returns what they caught. Dialogs and console
 * errors are watched on the pages `watched` accepts (the demo, the reader: not the hostile tab,
 * whose own CSP reports its blocked payloads).
 */
async function trap(context, ownOrigins, watched = () => true) {
  const caught = { external: [], dialogs: [], errors: [] };
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (ownOrigins.some((o) => url.startsWith(o))) return route.continue();
    caught.external.push(url);
    return route.abort();
  });
  const watch = (page) => {
    if (!watched(page)) return;
    page.on('dialog', (d) => { caught.dialogs.push(d.message()); d.dismiss().catch(() => {}); });
    page.on('console', (m) => { if (m.type() === 'error') caught.errors.push(m.text()); });
    page.on('pageerror', (e) => caught.errors.push(e.message));
  };
  // Pages open on about:blank first: decide once their document is there.
  context.on('page', (page) => page.waitForLoadState('domcontentloaded').then(() => watch(page), () => {}));
  for (const p of context.pages()) watch(p);
  return caught;
}

/**
 * Runs checkDom over the rendered containers. Passed as an expression string (DevTools
 * evaluation): the pages' CSP rightly forbids eval and new Function.
 */
function rendered(page, selectors) {
  return page.evaluate(`(() => {
    const check = ${checkDom.toString()};
    const problems = [];
    for (const s of ${JSON.stringify(selectors)}) {
      for (const el of document.querySelectorAll(s)) problems.push(...check(el, ${JSON.stringify(CHROME)}));
    }
    return { problems, pwned: window.__pithPwned === 1 };
  })()`);
}

let server, base, browser;

before(async () => {
  server = await startServer({ port: 0, host: '127.0.0.1', quiet: true });
  base = `http://127.0.0.1:${server.address().port}`;
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: FLAGS });
});

after(async () => {
  await browser?.close();
  await new Promise((resolve) => (server ? server.close(resolve) : resolve()));
});

test('the demo renders every attack page without running, fetching or showing anything active', { timeout: 240_000 }, async () => {
  const context = await browser.newContext();
  const caught = await trap(context, [base]);
  const page = await context.newPage();
  page.setDefaultTimeout(TIMEOUT);
  await page.goto(`${base}/`);
  await page.waitForSelector('body[data-runs="1"][data-state="ready"]');
  await page.uncheck('#auto');
  await page.check('#show-removed');
  try {
    for (const file of PAGES) {
      const runs = Number(await page.evaluate(() => document.body.dataset.runs));
      await page.fill('#input', readFileSync(path.join(DIR, file), 'utf8'));
      await page.click('#clean');
      await page.waitForFunction((n) => Number(document.body.dataset.runs) > n && document.body.dataset.state !== 'busy', runs);
      assert.equal(await page.evaluate(() => document.body.dataset.state), 'ready', `${file}: cleaned`);
      for (const view of ['article', 'markdown', 'json']) {
        await page.click(`.view[data-view="${view}"]`);
        const { problems, pwned } = await rendered(page, ['#article', '#raw', '#quotes', '#removed', '#edits']);
        assert.deepEqual(problems, [], `${file} (${view} view): the rendered DOM`);
        assert.equal(pwned, false, `${file}: a payload ran`);
      }
      await page.click('.view[data-view="article"]');
      // Hovering and clicking the rendered text fires any handler that slipped through.
      await page.hover('#article');
      await page.click('#article .article-body', { position: { x: 5, y: 5 } }).catch(() => {});
    }
    assert.deepEqual(caught.dialogs, [], 'no dialog opened');
    assert.deepEqual(caught.external, [], 'no request left the demo');
    assert.deepEqual(caught.errors, [], 'no console error (a CSP violation would be one)');
  } finally {
    await context.close();
  }
});

test('the extension reader renders every attack page without running, fetching or showing anything active', { timeout: 300_000 }, async () => {
  buildExtension();
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'pith-sec-'));
  const ext = path.join(tmp, 'extension');
  buildExtension({ out: ext });
  const manifestPath = path.join(ext, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  manifest.host_permissions = ['http://127.0.0.1/*'];   // in place of the click's activeTab
  writeFileSync(manifestPath, JSON.stringify(manifest, null, 2));

  // The tab's own page must not run or fetch its payloads: it is served with a CSP that
  // forbids everything (the extension reads it through chrome.scripting, which the page's CSP
  // does not limit).
  const pages = createServer((req, res) => {
    const file = decodeURIComponent(req.url.replace(/^\/attack\//, ''));
    if (!PAGES.includes(file)) return res.writeHead(404).end('not found');
    res.writeHead(200, {
      'Content-Type': `${file.endsWith('.txt') ? 'text/plain' : 'text/html'}; charset=utf-8`,
      'Content-Security-Policy': "default-src 'none'; sandbox allow-same-origin",
    }).end(readFileSync(path.join(DIR, file)));
  });
  await new Promise((resolve) => pages.listen(0, '127.0.0.1', resolve));
  const pagesBase = `http://127.0.0.1:${pages.address().port}`;
  const ctx = await chromium.launchPersistentContext(path.join(tmp, 'profile'), {
    executablePath: '/usr/bin/chromium', headless: true,
    args: [...FLAGS, `--disable-extensions-except=${ext}`, `--load-extension=${ext}`],
  });
  try {
    let [sw] = ctx.serviceWorkers();
    sw ??= await ctx.waitForEvent('serviceworker', { timeout: TIMEOUT });
    const extId = new URL(sw.url()).host;
    const caught = await trap(ctx, [pagesBase, `chrome-extension://${extId}/`],
      (p) => p.url().startsWith(`chrome-extension://${extId}/`));
    for (const file of PAGES) {
      const tab = await ctx.newPage();
      await tab.goto(`${pagesBase}/attack/${encodeURIComponent(file)}`);
      const isReader = (p) => p.url().startsWith(`chrome-extension://${extId}/web/extension/reader.html#`);
      const opened = ctx.waitForEvent('page', { predicate: isReader, timeout: TIMEOUT });
      await sw.evaluate(async (url) => {
        const tabs = await chrome.tabs.query({});
        return globalThis.pithCleanTab(tabs.find((t) => t.url === url));
      }, tab.url());
      const reader = await opened;
      reader.setDefaultTimeout(TIMEOUT);
      await reader.waitForSelector('body[data-state="ready"], body[data-state="error"]');
      assert.equal(await reader.evaluate(() => document.body.dataset.state), 'ready', `${file}: the reader cleaned it`);
      const { problems, pwned } = await rendered(reader, ['#article', '#quotes', '#removed', '#edits', '#origin']);
      assert.deepEqual(problems, [], `${file}: the reader's DOM`);
      assert.equal(pwned, false, `${file}: a payload ran in the reader`);
      await reader.hover('#article');
      await reader.close();
      await tab.close();
    }
    assert.deepEqual(caught.dialogs, [], 'no dialog opened');
    assert.deepEqual(caught.external, [], 'no request left for another site (tracker pixels, scripts, styles)');
    assert.deepEqual(caught.errors, [], 'no console error (a CSP violation would be one)');
  } finally {
    await ctx.close();
    await new Promise((resolve) => pages.close(resolve));
    rmSync(tmp, { recursive: true, force: true });
  }
});

test('the demo and the extension pages declare a strict Content-Security-Policy', async () => {
  const html = readFileSync(path.join(ROOT, 'web/demo/index.html'), 'utf8');
  const meta = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)[1];
  const manifest = JSON.parse(readFileSync(path.join(ROOT, 'web/extension/manifest.json'), 'utf8'));
  const ext = manifest.content_security_policy.extension_pages;
  for (const csp of [meta, ext]) {
    assert.match(csp, /default-src 'self'/);
    assert.match(csp, /script-src 'self' 'wasm-unsafe-eval'(;|$)/, 'scripts only from the package, wasm allowed, no eval');
    assert.match(csp, /object-src 'none'/);
    assert.match(csp, /base-uri 'none'/);
    assert.doesNotMatch(csp, /'unsafe-inline'|'unsafe-eval'|\*/);
  }
  const res = await fetch(`${base}/web/demo/`);
  assert.match(res.headers.get('content-security-policy') || '', /frame-ancestors 'none'/, 'the demo server sends the policy as a header too');
});
