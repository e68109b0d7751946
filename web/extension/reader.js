// The reader page: takes the page the service worker captured (chrome.storage.session, key
// "capture:<id>" with the id in the address's #fragment), cleans it with the wasm engine here,
// in this extension page, and renders the result with the demo's safe-DOM render modules.
// Page text is untrusted: it reaches the DOM only as text nodes and attributes (dom.js).
import { createPith } from '../lib/index.js';
import { renderArticle } from '../demo/render-article.js';
import { renderQuotes, renderRemoved, renderEdits, renderStats } from '../demo/render-panels.js';
import { copyToClipboard, h, safeHref, shorten } from '../demo/dom.js';

const $ = (id) => document.getElementById(id);
const ui = {
  origin: $('origin'), status: $('status-text'), copy: $('copy'), copyStatus: $('copy-status'),
  error: $('error'), errorTitle: $('error-title'), errorCode: $('error-code'),
  errorMessage: $('error-message'), errorDetail: $('error-detail'),
  result: $('result'), stats: $('stats'), article: $('article'),
  quotes: $('quotes'), removed: $('removed'), edits: $('edits'),
};

let shown = null;   // the rendered result, for the copy button

function setState(state) {
  document.body.dataset.state = state;
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

async function readCapture() {
  const id = decodeURIComponent(location.hash.slice(1));
  if (!id) return null;
  const key = `capture:${id}`;
  return (await chrome.storage.session.get(key))[key] || null;
}

// ---------------------------------------------------------------- highlights

function highlightQuote(i) {
  for (const el of ui.article.querySelectorAll('.hl, .hl-cue, .hl-mention')) el.classList.remove('hl', 'hl-cue', 'hl-mention');
  for (const b of document.querySelectorAll('.quote-item[aria-pressed="true"]')) b.setAttribute('aria-pressed', 'false');
  const sel = (attr) => ui.article.querySelectorAll(`[data-${attr}~="${i}"]`);
  const quoteEls = [...sel('q')];
  quoteEls.forEach((el) => el.classList.add('hl'));
  sel('cue').forEach((el) => el.classList.add('hl-cue'));
  sel('m').forEach((el) => el.classList.add('hl-mention'));
  const btn = document.querySelector(`.quote-item[data-quote="${i}"]`);
  if (btn) btn.setAttribute('aria-pressed', 'true');
  if (quoteEls[0]) quoteEls[0].scrollIntoView({ block: 'center', behavior: 'smooth' });
}

// Removed blocks of an HTML page carry no input offsets, so they are listed, not placed.
function ignore() {}

function showEdit(i) {
  const el = ui.article.querySelector(`[data-edit~="${i}"]`);
  if (el) {
    el.scrollIntoView({ block: 'center', behavior: 'smooth' });
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

function render(result, record, ms) {
  // The engine may find no headline; the page's own <title> is the next best heading.
  const fallbackTitle = !result.title && record.title ? record.title.trim() : '';
  const view = fallbackTitle ? { ...result, title: fallbackTitle } : result;
  renderArticle(ui.article, view, { input: '', showRemoved: false });
  ui.article.dataset.titleSource = fallbackTitle ? 'page' : 'engine';
  if (fallbackTitle) {
    ui.article.querySelector('.article-meta h1')?.after(
      h('p', { class: 'title-note' }, 'Headline taken from the page’s title: the engine found none in the article.'));
  }
  renderQuotes(ui.quotes, result, highlightQuote, true);
  renderRemoved(ui.removed, result, ignore);
  renderEdits(ui.edits, result, showEdit);
  renderStats(ui.stats, result, ms);
  shown = view;
  ui.copy.disabled = false;
  ui.result.hidden = false;
  document.title = `${shorten(view.title || record.title || 'Untitled page', 80)} — Pith`;
  setState('ready');
}

async function main() {
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

  ui.status.textContent = 'Loading the engine…';
  let pith;
  try {
    pith = await createPith();
  } catch (e) {
    showError('The Pith engine did not load.', e.code || 'load_failed', e.message || String(e));
    return;
  }
  ui.status.textContent = `Cleaning ${(record.html.length / 1024).toFixed(0)} KB of HTML…`;
  // Let the status paint before the (synchronous) engine call.
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  const t0 = performance.now();
  let result;
  try {
    result = pith.clean(record.html, { inputFormat: 'html', url: record.url || undefined });
  } catch (e) {
    showError('Pith could not clean this page.', e.code || 'internal', e.message || String(e));
    return;
  }
  render(result, record, performance.now() - t0);
  if (record.reduced) {
    document.body.dataset.reduced = 'true';
    ui.stats.append(h('span', { class: 'stat' }, '(scripts and styles were dropped before cleaning: the page was too large to pass on whole)'));
  }
}

main();
