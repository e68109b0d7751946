// The reader page: opened by the service worker at the click, before the page is read. It waits
// for the captured page (chrome.storage.session, key "capture:<id>" with the id in the address's
// #fragment), cleans it with the wasm engine in a Web Worker (createPithWorker: this page stays
// responsive and shows its progress: reading the page -> cleaning -> rendering), and renders the
// result with the demo's safe-DOM render modules.
// Page text is untrusted: it reaches the DOM only as text nodes and attributes (dom.js).
import { createPithWorker } from '../lib/index.js';
import { renderArticle, isHtmlResult, IN_PLACE_MAX_INPUT } from '../demo/render-article.js';
import { renderQuotes, renderRemoved, renderEdits, renderStats } from '../demo/render-panels.js';
import { copyToClipboard, h, reveal, safeHref, shorten } from '../demo/dom.js';
import { initPrefs, prefsControls } from '../demo/prefs.js';
import { bindShortcuts, describeQuote, shortcutLegend, stepQuote } from '../demo/shortcuts.js';

initPrefs();

const $ = (id) => document.getElementById(id);
const ui = {
  origin: $('origin'), status: $('status-text'), copy: $('copy'), copyStatus: $('copy-status'),
  error: $('error'), errorTitle: $('error-title'), errorCode: $('error-code'),
  errorMessage: $('error-message'), errorDetail: $('error-detail'),
  result: $('result'), stats: $('stats'), article: $('article'), showRemoved: $('show-removed'),
  quotes: $('quotes'), removed: $('removed'), edits: $('edits'),
};

/** How long the reader waits for the service worker's capture (it gives up on a busy page at 20 s). */
const CAPTURE_WAIT_MS = 30_000;

// The engine's worker starts now and loads the wasm while the page is being read.
const pith = createPithWorker();
const engineReady = pith.version().then(() => null, (e) => e);

let shown = null;   // the rendered result, for the copy button
let currentQuote = -1;   // the quote lit up, for the j/k keys

/** reading -> cleaning -> rendering -> ready | error; data-steps keeps the way it went. */
function setState(state) {
  const { dataset } = document.body;
  if (dataset.state === state && dataset.steps) return;
  dataset.state = state;
  dataset.steps = dataset.steps ? `${dataset.steps} ${state}` : state;
}

function showError(title, code, message, detail = '') {
  ui.errorTitle.textContent = title;
  ui.errorCode.textContent = code;
  ui.errorMessage.textContent = message;
  ui.errorDetail.textContent = detail;
  ui.error.hidden = false;
  ui.status.textContent = '';
  setState('error');
}

function showOrigin(record) {
  const href = record && safeHref(record.url);
  const label = record && (record.title || record.url);
  if (!label) {
    ui.origin.textContent = 'A page the browser keeps to itself';
    return;
  }
  ui.origin.replaceChildren('From ', href
    ? h('a', { href, rel: 'noopener noreferrer', title: record.url }, shorten(label, 120))
    : shorten(label, 120));
}

/**
 * The capture of this tab, once the service worker has stored it (it marks the capture as
 * pending, opens this tab, then reads the page); null when there is none (opened directly, or
 * restored after the browser session ended).
 */
async function readCapture() {
  const id = decodeURIComponent(location.hash.slice(1));
  if (!id) return null;
  const key = `capture:${id}`;
  const done = (v) => v && !v.pending;
  let onChanged = null, timer = null;
  // Listen before looking, so a capture stored in between is not missed.
  const stored = new Promise((resolve) => {
    onChanged = (changes, area) => {
      if (area === 'session' && changes[key] && done(changes[key].newValue)) resolve(changes[key].newValue);
    };
    chrome.storage.onChanged.addListener(onChanged);
    timer = setTimeout(() => resolve({
      ok: false, code: 'page_not_read', message: 'The page was not read: the extension gave no answer. Click the Pith button on the page again.',
    }), CAPTURE_WAIT_MS);
  });
  try {
    const now = (await chrome.storage.session.get(key))[key];
    if (!now) return null;
    return done(now) ? now : await stored;
  } finally {
    chrome.storage.onChanged.removeListener(onChanged);
    clearTimeout(timer);
  }
}

// ---------------------------------------------------------------- highlights

function highlightQuote(i, scroll = true) {
  currentQuote = i;
  for (const el of ui.article.querySelectorAll('.hl, .hl-cue, .hl-mention')) el.classList.remove('hl', 'hl-cue', 'hl-mention');
  for (const b of document.querySelectorAll('.quote-item[aria-pressed="true"]')) b.setAttribute('aria-pressed', 'false');
  const sel = (attr) => ui.article.querySelectorAll(`[data-${attr}~="${i}"]`);
  const quoteEls = [...sel('q')];
  quoteEls.forEach((el) => el.classList.add('hl'));
  sel('cue').forEach((el) => el.classList.add('hl-cue'));
  sel('m').forEach((el) => el.classList.add('hl-mention'));
  const btn = document.querySelector(`.quote-item[data-quote="${i}"]`);
  if (btn) btn.setAttribute('aria-pressed', 'true');
  if (scroll && quoteEls[0]) reveal(quoteEls[0]);
}

// Removed regions of an HTML page are offsets into the page's HTML: "Show removed in place"
// puts them between the kept blocks, in the order of the page.
function showRemovedItem(i) {
  if (!ui.showRemoved.checked) {
    ui.showRemoved.checked = true;
    renderBody();
  }
  const el = ui.article.querySelector(`[data-removed="${i}"]`);
  if (el) {
    el.classList.add('hl-removed');
    reveal(el);
  }
}

function showEdit(i) {
  const el = ui.article.querySelector(`[data-edit~="${i}"]`);
  if (el) {
    reveal(el);
    el.focus({ preventScroll: true });
  }
}

ui.article.addEventListener('click', (ev) => {
  const q = ev.target.closest('[data-q]');
  if (q) highlightQuote(Number(q.dataset.q.split(' ')[0]));
});

// ---------------------------------------------------------------- copy

function cleanText(r) {
  return [r.title, r.subtitle, r.text].filter(Boolean).join('\n\n');
}

async function copy() {
  if (!shown) return;
  const text = cleanText(shown);
  const ok = await copyToClipboard(text);
  ui.copyStatus.textContent = ok ? `Copied ${text.length.toLocaleString('en')} characters.` : 'Copy failed: select the text and press Ctrl+C.';
}
ui.copy.addEventListener('click', copy);

// ---------------------------------------------------------------- main

/** Images load at once from the hosts the page itself already showed images from; others on request. */
function imagePolicy(record) {
  const origins = new Set(Array.isArray(record.imageOrigins) ? record.imageOrigins : []);
  return (url) => origins.has(url.origin);
}

/** Removed regions can be placed: the log has HTML offsets, and the page is small enough to scan. */
const canPlace = (result, record) => isHtmlResult(result) && record.html.length <= IN_PLACE_MAX_INPUT;

let view = null;   // {result, record, images}: what renderBody draws

function renderBody() {
  const { result, record, images } = view;
  const inPlace = ui.showRemoved.checked && canPlace(result, record);
  renderArticle(ui.article, result, { input: inPlace ? record.html : '', showRemoved: inPlace, images, html: true });
  ui.article.classList.toggle('with-removed', inPlace);
  if (result.fallbackTitle) {
    ui.article.querySelector('.article-meta h1')?.after(
      h('p', { class: 'title-note' }, 'Headline taken from the page’s title: the engine found none in the article.'));
  }
  // A quote lit up before stays lit in the new rendering.
  if (currentQuote >= 0) highlightQuote(currentQuote, false);
}

function render(result, record, ms) {
  // The engine may find no headline; the page's own <title> is the next best heading.
  const fallbackTitle = !result.title && record.title ? record.title.trim() : '';
  const shownResult = fallbackTitle ? { ...result, title: fallbackTitle, fallbackTitle: true } : result;
  view = { result: shownResult, record, images: imagePolicy(record) };
  ui.showRemoved.disabled = !canPlace(result, record);
  ui.showRemoved.parentElement.title = ui.showRemoved.disabled
    ? (isHtmlResult(result) ? 'The page is too large to place the removed regions' : 'Nothing removed with a place in the page') : '';
  renderBody();
  ui.article.dataset.titleSource = fallbackTitle ? 'page' : 'engine';
  renderQuotes(ui.quotes, result, highlightQuote, true);
  renderRemoved(ui.removed, result, showRemovedItem);
  renderEdits(ui.edits, result, showEdit);
  renderStats(ui.stats, result, ms);
  shown = shownResult;
  ui.copy.disabled = false;
  ui.result.hidden = false;
  document.title = `${shorten(shownResult.title || record.title || 'Untitled page', 80)} — Pith`;
  setState('ready');
  // Screen readers and the keyboard start at the article, not at the top bar.
  if (document.activeElement === document.body) ui.article.focus({ preventScroll: true });
}
ui.showRemoved.addEventListener('change', () => { if (view) renderBody(); });
$('display-slot').replaceWith(prefsControls());
$('shortcuts').append(...shortcutLegend());
bindShortcuts({
  active: () => view !== null,
  quote: (step) => {
    const i = stepQuote(currentQuote, (shown?.quotes || []).length, step);
    if (i < 0) return '';
    highlightQuote(i);
    return describeQuote(shown, i);
  },
  toggleRemoved: () => {
    if (ui.showRemoved.disabled) return;
    ui.showRemoved.checked = !ui.showRemoved.checked;
    renderBody();
  },
});

/** Lets the status paint before the next step. */
const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

async function main() {
  setState('reading');
  ui.status.textContent = 'Reading the page…';
  let record;
  try {
    record = await readCapture();
  } catch (e) {
    showError('Pith could not read the captured page.', 'storage_failed', e.message || String(e));
    return;
  }
  if (!record) {
    ui.origin.textContent = 'No page';
    showError('There is nothing to show here.', 'no_capture',
      'This reader tab has no captured page (it was opened directly, or the browser was restarted since). Open a news article and click the Pith button in the toolbar.');
    return;
  }
  showOrigin(record);
  if (!record.ok) {
    showError('Pith could not read this page.', record.code || 'page_not_readable', record.message || '', record.detail || '');
    return;
  }

  setState('cleaning');
  const loadError = await engineReady;
  if (loadError) {
    showError('The Pith engine did not load.', loadError.code || 'load_failed', loadError.message || String(loadError));
    return;
  }
  const partial = record.readyState === 'loading' ? ' (the page was still loading: read as far as it had arrived)' : '';
  ui.status.textContent = `Cleaning ${(record.html.length / 1024).toFixed(0)} KB of HTML in a Web Worker…${partial}`;
  const t0 = performance.now();
  let result;
  try {
    result = await pith.clean(record.html, { inputFormat: 'html', url: record.url || undefined });
  } catch (e) {
    showError('Pith could not clean this page.', e.code || 'internal', e.message || String(e));
    return;
  }
  const ms = performance.now() - t0;
  setState('rendering');
  ui.status.textContent = `Rendering ${(result.blocks || []).length} blocks…`;
  await nextFrame();
  render(result, record, ms);
  if (record.reduced) {
    document.body.dataset.reduced = 'true';
    ui.stats.append(h('span', { class: 'stat' }, '(scripts and styles were dropped before cleaning: the page was too large to pass on whole)'));
  }
  if (partial) ui.stats.append(h('span', { class: 'stat', dataset: { partial: 'true' } }, partial.trim().replace(/^\(|\)$/g, '')));
}

main();
