// The extension's service worker. On a click of the toolbar button (or its shortcut) it reads
// the active tab's HTML with a one-off injected function, keeps it in chrome.storage.session and
// opens the reader page (reader.html#<capture id>) next to the tab. The engine never runs in
// the page or here: the reader page, an extension page, loads it.
//
// activeTab is the only host access: the click grants it for that tab, so the extension cannot
// read any page the user did not ask it to clean.

const READER = 'web/extension/reader.html';
const KEY_PREFIX = 'capture:';
const INDEX_KEY = 'captures';
/** Captures kept for reloading reader tabs; older ones are dropped (session storage is 10 MB). */
const KEEP = 4;

/**
 * Runs in the page (isolated world) and only collects; it must be self-contained because
 * chrome.scripting serialises its source.
 */
function collectPage() {
  const root = document.documentElement;
  return {
    html: root ? root.outerHTML : '',
    title: document.title || '',
    url: location.href,
    contentType: document.contentType || '',
  };
}

/** What the user should read when a page cannot be read (chrome://, the Web Store, PDF viewer...). */
function explainFailure(error, url) {
  const detail = error && error.message ? error.message : String(error);
  let scheme = '';
  try { scheme = url ? new URL(url).protocol : ''; } catch { /* no URL visible */ }
  // Without access to the tab its URL is hidden, but Chrome's reason names the scheme
  // ("Cannot access a chrome:// URL").
  const named = /\b([a-z][a-z0-9+.-]*):\/\/ URL/i.exec(detail);
  if (!scheme && named) scheme = `${named[1].toLowerCase()}:`;
  let message;
  if (scheme === 'file:') {
    message = 'Pith cannot read files on your computer unless you allow it: open the extension\'s details in chrome://extensions and switch on "Allow access to file URLs", then try again.';
  } else if (scheme && scheme !== 'http:' && scheme !== 'https:') {
    message = `Pith cannot read ${scheme}// pages: the browser does not let extensions read its own pages (settings, new tab, other extensions), so there is no article to clean here. Open a news article on the web and click Pith again.`;
  } else {
    message = 'Pith cannot read this page: the browser does not let extensions read some pages (the extension store, the built-in PDF viewer, error pages, pages from before the extension was installed). Reload the page or open the article itself and click Pith again.';
  }
  return { code: 'page_not_readable', message, detail };
}

/** Scripts, styles, comments and inline SVG: never article text, often most of a large page. */
function withoutNonText(html) {
  return html
    .replace(/<script\b[^>]*>[\s\S]*?<\/script\s*>/gi, '')
    .replace(/<style\b[^>]*>[\s\S]*?<\/style\s*>/gi, '')
    .replace(/<svg\b[^>]*>[\s\S]*?<\/svg\s*>/gi, '')
    .replace(/<!--[\s\S]*?-->/g, '');
}

const isQuotaError = (e) => /quota/i.test(String(e && e.message ? e.message : e));

async function keepCapture(id, record) {
  const store = chrome.storage.session;
  const index = (await store.get(INDEX_KEY))[INDEX_KEY] || [];
  const stale = index.slice(0, Math.max(0, index.length - (KEEP - 1)));
  let kept = index.slice(stale.length);
  if (stale.length) await store.remove(stale.map((k) => KEY_PREFIX + k));
  const save = () => store.set({ [KEY_PREFIX + id]: record, [INDEX_KEY]: [...kept, id] });
  try {
    await save();
    return;
  } catch (e) {
    if (!isQuotaError(e)) throw e;
  }
  // Too big next to the other captures: drop them all; then shrink the page; then give up.
  await store.remove(kept.map((k) => KEY_PREFIX + k));
  kept = [];
  try {
    await save();
    return;
  } catch (e) {
    if (!isQuotaError(e) || !record.ok) throw e;
  }
  const html = withoutNonText(record.html);
  record = { ...record, html, reduced: true };
  try {
    await save();
  } catch (e) {
    if (!isQuotaError(e)) throw e;
    record = {
      ok: false, url: record.url, title: record.title,
      code: 'page_too_large',
      message: `This page is too large to hand to the reader: ${(html.length / 1048576).toFixed(1)} MB of HTML without scripts and styles, and the browser's session storage holds 10 MB.`,
    };
    await save();
  }
}

/**
 * Reads `tab`, stores the capture and opens the reader next to it. Returns the capture id.
 * Exposed as globalThis.pithCleanTab for the end-to-end test (it cannot click the toolbar).
 */
async function cleanTab(tab) {
  const readerUrl = chrome.runtime.getURL(READER);
  // Clicking the button on a reader tab: that page is already clean.
  if (tab.url && tab.url.startsWith(readerUrl)) return null;
  const id = crypto.randomUUID();
  let record;
  try {
    const [injection] = await chrome.scripting.executeScript({ target: { tabId: tab.id }, func: collectPage });
    if (!injection || !injection.result || typeof injection.result.html !== 'string') {
      throw new Error('the page returned no document');
    }
    record = { ok: true, ...injection.result, capturedAt: Date.now() };
  } catch (e) {
    record = { ok: false, url: tab.url || null, title: tab.title || null, ...explainFailure(e, tab.url) };
  }
  await keepCapture(id, record);
  await chrome.tabs.create({
    url: `${readerUrl}#${id}`,
    windowId: tab.windowId,
    index: Number.isInteger(tab.index) ? tab.index + 1 : undefined,
    openerTabId: tab.id,
  });
  return id;
}

globalThis.pithCleanTab = cleanTab;

chrome.action.onClicked.addListener((tab) => {
  cleanTab(tab).catch((e) => console.error('Pith: could not open the reader:', e));
});
