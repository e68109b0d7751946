// The demo page: wires the input, the engine worker and the result views together.
// Engine output is rendered only through dom.js (text nodes and attributes, never innerHTML).
import { EngineClient } from './engine-client.js';
import { renderArticle, IN_PLACE_MAX_INPUT } from './render-article.js';
import { renderQuotes, renderRemoved, renderEdits, renderStats } from './render-panels.js';
import { copyToClipboard, reveal } from './dom.js';
import { initPrefs, prefsControls } from './prefs.js';
import { bindShortcuts, describeQuote, shortcutLegend, stepQuote } from './shortcuts.js';

initPrefs();

const $ = (id) => document.getElementById(id);
const ui = {
  input: $('input'), clean: $('clean'), file: $('file'), sample: $('load-sample'), auto: $('auto'),
  format: $('opt-format'), max: $('opt-max'), quotes: $('opt-quotes'),
  repairs: [...document.querySelectorAll('[data-repair]')],
  status: $('status'), statusText: $('status-text'), cancel: $('cancel'),
  error: $('error'), errorCode: $('error-code'), errorMessage: $('error-message'),
  engineInfo: $('engine-info'), result: $('result'), stats: $('stats'),
  article: $('article'), raw: $('raw'), views: [...document.querySelectorAll('.view')],
  showRemoved: $('show-removed'), copy: $('copy'), copyStatus: $('copy-status'),
  quotesPanel: $('quotes'), removedPanel: $('removed'), editsPanel: $('edits'),
};

const TYPE_DELAY_MS = 450;   // clean-as-you-type waits for a pause in typing
const PASTE_DELAY_MS = 30;   // a paste or a dropped file is cleaned right away

const state = {
  result: null,      // last successful clean() result
  input: '',         // the input that produced it
  view: 'article',
  activeQuote: null,
  runs: 0,
};

const engine = new EngineClient({ onState: setBusy });

// ---------------------------------------------------------------- status, errors

function setBusy(s) {
  // 'ready' / 'error' are set by runClean once the result (or error) is on screen.
  if (s !== 'idle') document.body.dataset.state = s;
  else if (document.body.dataset.state === 'loading') document.body.dataset.state = 'idle';
  ui.status.classList.toggle('working', s !== 'idle');
  if (s === 'loading') ui.statusText.textContent = 'Loading the engine…';
  else if (s === 'busy') ui.statusText.textContent = `Cleaning ${formatBytes(byteLength(ui.input.value))} in the engine worker…`;
}

function showError(code, message) {
  ui.errorCode.textContent = code;
  ui.errorMessage.textContent = message;
  ui.error.hidden = false;
  ui.result.classList.add('stale');
  ui.statusText.textContent = 'Error — the result below is from the previous input.';
  document.body.dataset.state = 'error';
}

function hideError() {
  ui.error.hidden = true;
  ui.result.classList.remove('stale');
}

function byteLength(s) {
  // UTF-8 length without allocating: count code units by range.
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) { n += 4; i++; } else n += 3;
  }
  return n;
}

function formatBytes(n) {
  if (n < 1024) return `${n} bytes`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KiB`;
  return `${(n / 1024 / 1024).toFixed(1)} MiB`;
}

// ---------------------------------------------------------------- cleaning

function currentOptions() {
  const opts = { inputFormat: ui.format.value, formats: ['markdown'], quotes: ui.quotes.checked };
  const max = ui.max.value.trim();
  // A number the engine rejects (0, -5, 1.5) is passed on: its error message is the real one.
  if (max !== '') opts.maxInputBytes = Number(max);
  const repairs = {};
  for (const box of ui.repairs) if (!box.checked) repairs[box.dataset.repair] = false;
  if (Object.keys(repairs).length) opts.repairs = repairs;
  return opts;
}

async function runClean() {
  clearTimeout(runClean.timer);
  const input = ui.input.value;
  let reply;
  try {
    reply = await engine.clean(input, currentOptions());
  } catch (e) {
    if (e.superseded) return;
    showError(e.code || 'internal', e.message);
    return;
  }
  hideError();
  state.result = reply.result;
  state.input = input;
  state.activeQuote = null;
  state.runs += 1;
  document.body.dataset.engineScope = reply.scope || 'unknown';
  document.body.dataset.runs = String(state.runs);
  render(reply.roundTrip);
  const s = reply.result.stats || {};
  ui.statusText.textContent = `Cleaned in ${Number(s.ms ?? reply.workerMs).toFixed(1)} ms in a Web Worker (${reply.scope}).`;
  document.body.dataset.state = 'ready';
}

function scheduleClean(delay) {
  clearTimeout(runClean.timer);
  runClean.timer = setTimeout(runClean, delay);
}

// ---------------------------------------------------------------- rendering

function render(roundTrip) {
  const r = state.result;
  if (!r) return;
  if (roundTrip !== undefined) renderStats(ui.stats, r, roundTrip);
  renderView();
  renderQuotes(ui.quotesPanel, r, selectQuote, ui.quotes.checked);
  renderRemoved(ui.removedPanel, r, showRemovedItem);
  renderEdits(ui.editsPanel, r, showEdit);
}

function renderView() {
  const r = state.result;
  const inPlacePossible = state.input.length <= IN_PLACE_MAX_INPUT;
  ui.showRemoved.disabled = !inPlacePossible || state.view !== 'article';
  ui.showRemoved.parentElement.title = inPlacePossible ? '' : 'Input too large to place removed blocks';
  for (const b of ui.views) b.setAttribute('aria-pressed', String(b.dataset.view === state.view));
  if (state.view === 'article') {
    ui.raw.hidden = true;
    ui.article.hidden = false;
    renderArticle(ui.article, r, { input: state.input, showRemoved: ui.showRemoved.checked && inPlacePossible });
    ui.article.classList.toggle('with-removed', ui.showRemoved.checked);
    if (state.activeQuote !== null) highlightQuote(state.activeQuote, false);
  } else {
    ui.article.hidden = true;
    ui.raw.hidden = false;
    ui.raw.textContent = state.view === 'markdown'
      ? (r.markdown ?? '(this engine build returned no markdown)')
      : JSON.stringify(r, null, 2);
  }
}

function setView(view) {
  state.view = view;
  renderView();
}

// ---------------------------------------------------------------- highlights

function clearHighlights() {
  for (const el of ui.article.querySelectorAll('.hl, .hl-cue, .hl-mention, .hl-edit, .hl-removed')) {
    el.classList.remove('hl', 'hl-cue', 'hl-mention', 'hl-edit', 'hl-removed');
  }
  for (const b of document.querySelectorAll('.quote-item[aria-pressed="true"]')) b.setAttribute('aria-pressed', 'false');
}

function highlightQuote(i, scroll) {
  clearHighlights();
  const sel = (attr) => ui.article.querySelectorAll(`[data-${attr}~="${i}"]`);
  const quoteEls = [...sel('q')];
  quoteEls.forEach((el) => el.classList.add('hl'));
  sel('cue').forEach((el) => el.classList.add('hl-cue'));
  sel('m').forEach((el) => el.classList.add('hl-mention'));
  ui.article.dataset.activeQuote = String(i);
  const btn = document.querySelector(`.quote-item[data-quote="${i}"]`);
  if (btn) btn.setAttribute('aria-pressed', 'true');
  if (scroll && quoteEls[0]) reveal(quoteEls[0]);
}

function selectQuote(i) {
  if (state.view !== 'article') setView('article');
  state.activeQuote = i;
  highlightQuote(i, true);
}

function showEdit(i) {
  if (state.view !== 'article') setView('article');
  clearHighlights();
  const els = ui.article.querySelectorAll(`[data-edit~="${i}"]`);
  els.forEach((el) => el.classList.add('hl-edit'));
  if (els[0]) {
    reveal(els[0]);
    els[0].focus({ preventScroll: true });
  }
}

function showRemovedItem(i) {
  if (state.view !== 'article') state.view = 'article';
  if (!ui.showRemoved.checked && !ui.showRemoved.disabled) ui.showRemoved.checked = true;
  renderView();
  const el = ui.article.querySelector(`[data-removed="${i}"]`);
  if (el) {
    el.classList.add('hl-removed');
    reveal(el);
  }
}

// Clicking a quote in the article selects it in the panel too.
ui.article.addEventListener('click', (ev) => {
  const q = ev.target.closest('[data-q]');
  if (!q) return;
  const i = Number(q.dataset.q.split(' ')[0]);
  state.activeQuote = i;
  highlightQuote(i, false);
  const btn = document.querySelector(`.quote-item[data-quote="${i}"]`);
  if (btn) reveal(btn, 'nearest');
});

// ---------------------------------------------------------------- copy

function copyText() {
  const r = state.result;
  if (!r) return '';
  if (state.view === 'markdown') return r.markdown ?? '';
  if (state.view === 'json') return JSON.stringify(r, null, 2);
  return [r.title, r.subtitle, r.text].filter(Boolean).join('\n\n');
}

async function copy() {
  const text = copyText();
  const ok = await copyToClipboard(text);
  ui.copyStatus.textContent = ok ? `Copied ${text.length.toLocaleString('en')} characters.` : 'Copy failed: select the text and press Ctrl+C.';
  clearTimeout(copy.timer);
  copy.timer = setTimeout(() => { ui.copyStatus.textContent = ''; }, 3000);
}

// ---------------------------------------------------------------- input

async function loadFile(file) {
  if (!file) return;
  try {
    ui.input.value = await file.text();
  } catch (e) {
    showError('bad_input', `could not read ${file.name}: ${e.message}`);
    return;
  }
  if (/\.html?$/i.test(file.name) && ui.format.value === 'text') ui.format.value = 'auto';
  runClean();
}

async function loadSample() {
  try {
    const res = await fetch(new URL('./sample.txt', import.meta.url));
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    ui.input.value = await res.text();
  } catch (e) {
    showError('load_failed', `could not load the bundled sample: ${e.message}`);
    return;
  }
  await runClean();
}

ui.clean.addEventListener('click', () => runClean());
ui.sample.addEventListener('click', () => loadSample());
ui.file.addEventListener('change', () => loadFile(ui.file.files[0]));
ui.input.addEventListener('paste', () => { if (ui.auto.checked) scheduleClean(PASTE_DELAY_MS); });
ui.input.addEventListener('input', (ev) => {
  if (!ui.auto.checked || ev.inputType === 'insertFromPaste') return;
  scheduleClean(TYPE_DELAY_MS);
});
ui.input.addEventListener('keydown', (ev) => {
  if (ev.key === 'Enter' && (ev.ctrlKey || ev.metaKey)) { ev.preventDefault(); runClean(); }
});
ui.input.addEventListener('dragover', (ev) => { ev.preventDefault(); ui.input.classList.add('drop'); });
ui.input.addEventListener('dragleave', () => ui.input.classList.remove('drop'));
ui.input.addEventListener('drop', (ev) => {
  ui.input.classList.remove('drop');
  const file = ev.dataTransfer && ev.dataTransfer.files[0];
  if (file) { ev.preventDefault(); loadFile(file); }
});
for (const el of [ui.format, ui.max, ui.quotes, ...ui.repairs]) el.addEventListener('change', () => runClean());
ui.max.addEventListener('input', () => scheduleClean(TYPE_DELAY_MS));
ui.cancel.addEventListener('click', () => engine.cancel());
for (const b of ui.views) b.addEventListener('click', () => setView(b.dataset.view));
ui.showRemoved.addEventListener('change', () => renderView());
$('display-slot').replaceWith(prefsControls());
$('shortcuts').append(...shortcutLegend());
bindShortcuts({
  active: () => state.result !== null && state.view === 'article',
  quote: (step) => {
    const i = stepQuote(state.activeQuote ?? -1, (state.result.quotes || []).length, step);
    if (i < 0) return '';
    selectQuote(i);
    return describeQuote(state.result, i);
  },
  toggleRemoved: () => {
    if (ui.showRemoved.disabled) return;
    ui.showRemoved.checked = !ui.showRemoved.checked;
    renderView();
  },
});
ui.copy.addEventListener('click', copy);

// ---------------------------------------------------------------- debugging hook

// For debugging the UI (and for the e2e test of the rendering): show a result object as if the
// engine had returned it for `input`. Example in the console:
//   pithDemo.showResult({...pithDemo.result, title: 'Test'})
window.pithDemo = {
  get result() { return state.result; },
  showResult(result, input = ui.input.value) {
    hideError();
    state.result = result;
    state.input = input;
    state.activeQuote = null;
    state.runs += 1;
    document.body.dataset.runs = String(state.runs);
    render(0);
    document.body.dataset.state = 'ready';
  },
};

// ---------------------------------------------------------------- start

engine.ready.then((err) => {
  if (err) {
    showError(err.code, err.message);
    ui.engineInfo.textContent = 'engine failed to load';
    return;
  }
  const v = engine.version;
  if (v) ui.engineInfo.textContent = `engine ${v.version} · ${v.build} · schema ${v.schema}`;
});
loadSample();
