// The extension's service worker. On a click of the toolbar button (or its shortcut) it opens
// the reader page (reader.html#<capture id>) next to the tab at once, reads the tab's document
// as it is at that moment with a one-off injected function, and keeps it in
// chrome.storage.session, where the reader page, already showing "Reading the page…", picks it
// up. The engine never runs in the page or here: the reader page, an extension page, runs it in
// a Web Worker.
//
// Nothing waits for the page to finish loading: the function is injected immediately
// (injectImmediately), not at document_idle, which never comes while a script of the page is
// still loading — a page whose scripts never finish is read as far as it has arrived.
//
// activeTab is the only host access: the click grants it for that tab, so the extension cannot
// read any page the user did not ask it to clean.

const READER = 'web/extension/reader.html';
const KEY_PREFIX = 'capture:';
const INDEX_KEY = 'captures';
/** Captures kept for reloading reader tabs; older ones are dropped (session storage is 10 MB). */
const KEEP = 4;
/** A page whose own scripts keep its thread busy cannot run the reading function: give up then. */
const READ_TIMEOUT_MS = 20_000;
/** At most this many image hosts are passed on (see collectPage). */
const MAX_ORIGINS = 200;

/**
 * Runs in the page (isolated world) and only collects; it must be self-contained because
 * chrome.scripting serialises its source. Besides the document it lists the hosts the page has
 * already shown images from (not merely its own origin: a page whose images its own CSP blocked
 * gets no request from the reader either): the reader
 * loads images from those at once, since the person's browser has already contacted them, and
 * asks before contacting any other.
 */
function collectPage(maxOrigins) {
  const root = document.documentElement;
  const origins = new Set();
  const add = (u) => {
    try {
      const url = new URL(u, location.href);
      if ((url.protocol === 'https:' || url.protocol === 'http:') && origins.size < maxOrigins) origins.add(url.origin);
    } catch { /* not a URL */ }
  };
  // Only images the page has shown prove that the browser fetched from their host: resource
  // timing entries would not (Chrome lists requests the page's own CSP blocked, with no
  // response: tests/security/attacks/07-images-srcset.html).
  for (const img of Array.from(document.images).slice(0, 2000)) {
    if (img.complete && img.naturalWidth > 0) add(img.currentSrc || img.src);
  }
  return {
    html: root ? root.outerHTML : '',
    title: document.title || '',
    url: location.href,
    contentType: document.contentType || '',
    readyState: document.readyState,
    imageOrigins: [...origins],
  };
}

/** What the user should read when a page cannot be read (chrome://, the Web Store, PDF viewer...). */
function explainFailure(error, url) {
  const detail = error && error.message ? error.message : String(error);
  if (error && error.busy) {
    return {
      code: 'page_busy', detail,
      message: 'The page did not answer: a script of the page is keeping it busy. Wait until it responds again (or reload it) and click Pith again.',
    };
  }
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

/** The tab's document as it is now, or a failure record saying why it cannot be read. */
async function readTab(tab) {
  let timer;
  const timeout = new Promise((resolve, reject) => {
    timer = setTimeout(() => reject(Object.assign(new Error(`no answer within ${READ_TIMEOUT_MS / 1000} s`), { busy: true })), READ_TIMEOUT_MS);
  });
  try {
    const [injection] = await Promise.race([
      chrome.scripting.executeScript({ target: { tabId: tab.id }, func: collectPage, args: [MAX_ORIGINS], injectImmediately: true }),
      timeout,
    ]);
    if (!injection || !injection.result || typeof injection.result.html !== 'string') {
      throw new Error('the page returned no document');
    }
    return { ok: true, ...injection.result, capturedAt: Date.now() };
  } catch (e) {
    return { ok: false, url: tab.url || null, title: tab.title || null, ...explainFailure(e, tab.url) };
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Opens the reader next to `tab` at once, then reads the tab and stores the capture, which the
 * reader is waiting for. Resolves with the capture id once it is stored.
 * Exposed as globalThis.pithCleanTab for the end-to-end test (it cannot click the toolbar).
 */
async function cleanTab(tab) {
  const readerUrl = chrome.runtime.getURL(READER);
  // Clicking the button on a reader tab: that page is already clean.
  if (tab.url && tab.url.startsWith(readerUrl)) return null;
  const id = crypto.randomUUID();
  // The reader waits for a pending capture and says "no page" at once for an unknown id.
  await chrome.storage.session.set({ [KEY_PREFIX + id]: { pending: true } });
  const opened = chrome.tabs.create({
    url: `${readerUrl}#${id}`,
    windowId: tab.windowId,
    index: Number.isInteger(tab.index) ? tab.index + 1 : undefined,
    openerTabId: tab.id,
  });
  const record = await readTab(tab);
  await keepCapture(id, record);
  await opened;
  return id;
}

globalThis.pithCleanTab = cleanTab;

chrome.action.onClicked.addListener((tab) => {
  cleanTab(tab).catch((e) => console.error('Pith: could not open the reader:', e));
});
