// The reader's own display choices: colour theme, text size, typeface and line length. They are
// kept in localStorage (the demo's origin, or the extension's: every reader tab shares them) and
// applied as data attributes on <html>, which theme.css reads. Nothing here touches the article.
import { h } from './dom.js';

const KEY = 'pith.display';

/** Each choice: its values in order (the first is the default) and their labels. */
export const CHOICES = {
  theme: { label: 'Theme', values: ['auto', 'light', 'dark'], names: ['System', 'Light', 'Dark'] },
  size: { label: 'Text size', values: ['m', 's', 'l', 'xl'], names: ['Medium', 'Small', 'Large', 'Extra large'] },
  font: { label: 'Typeface', values: ['serif', 'sans'], names: ['Serif', 'Sans-serif'] },
  width: { label: 'Line length', values: ['medium', 'narrow', 'wide'], names: ['Medium', 'Narrow', 'Wide'] },
};
/** Text sizes from smallest to largest, for the + and - keys. */
export const SIZE_ORDER = ['s', 'm', 'l', 'xl'];

/** @typedef {{theme: string, size: string, font: string, width: string}} DisplayPrefs */

/** The defaults: the first value of each choice. */
export function defaultPrefs() {
  return Object.fromEntries(Object.entries(CHOICES).map(([k, c]) => [k, c.values[0]]));
}

/**
 * The stored choices, each checked against its allowed values (a stale or edited entry falls
 * back to the default).
 * @returns {DisplayPrefs}
 */
export function loadPrefs() {
  const prefs = defaultPrefs();
  let stored = null;
  try {
    stored = JSON.parse(localStorage.getItem(KEY) || 'null');
  } catch { /* storage disabled or bad JSON: the defaults */ }
  if (stored && typeof stored === 'object') {
    for (const k of Object.keys(CHOICES)) if (CHOICES[k].values.includes(stored[k])) prefs[k] = stored[k];
  }
  return prefs;
}

/**
 * Applies the choices to the document (data-theme, data-text-size, data-font, data-width on
 * <html>); the defaults remove their attribute.
 * @param {DisplayPrefs} prefs
 */
export function applyPrefs(prefs) {
  const root = document.documentElement;
  const attrs = { theme: 'theme', size: 'textSize', font: 'font', width: 'width' };
  for (const [k, attr] of Object.entries(attrs)) {
    if (prefs[k] === CHOICES[k].values[0]) delete root.dataset[attr];
    else root.dataset[attr] = prefs[k];
  }
}

/**
 * Stores and applies one choice.
 * @param {keyof DisplayPrefs} key
 * @param {string} value
 * @returns {DisplayPrefs}
 */
export function setPref(key, value) {
  const prefs = loadPrefs();
  if (!CHOICES[key] || !CHOICES[key].values.includes(value)) return prefs;
  prefs[key] = value;
  try {
    localStorage.setItem(KEY, JSON.stringify(prefs));
  } catch { /* not stored: applies to this page only */ }
  applyPrefs(prefs);
  syncControls(prefs);
  return prefs;
}

/**
 * One step up (+1) or down (-1) in text size.
 * @param {1|-1} step
 */
export function stepTextSize(step) {
  const i = SIZE_ORDER.indexOf(loadPrefs().size);
  const next = SIZE_ORDER[Math.min(SIZE_ORDER.length - 1, Math.max(0, i + step))];
  return setPref('size', next);
}

function syncControls(prefs) {
  for (const input of document.querySelectorAll('.display-prefs input[type=radio]')) {
    input.checked = prefs[input.name.replace(/^pref-/, '')] === input.value;
  }
}

/**
 * The "Display" menu: one group of radio buttons per choice, each change stored and applied.
 * @returns {HTMLElement}
 */
export function prefsControls() {
  const prefs = loadPrefs();
  const groups = Object.entries(CHOICES).map(([key, c]) => h('fieldset', { class: 'pref', dataset: { pref: key } },
    h('legend', null, c.label),
    c.values.map((v, i) => h('label', { class: 'check' },
      h('input', {
        type: 'radio', name: `pref-${key}`, value: v, checked: prefs[key] === v,
        onchange: () => setPref(key, v),
      }),
      ` ${c.names[i]}`))));
  const menu = h('details', { class: 'options display-prefs', id: 'display-prefs' },
    h('summary', null, 'Display'),
    h('div', { class: 'options-grid prefs-grid' }, groups));
  // Escape closes the menu and gives the focus back to its summary.
  menu.addEventListener('keydown', (ev) => {
    if (ev.key !== 'Escape' || !menu.open) return;
    menu.open = false;
    menu.querySelector('summary').focus();
  });
  return menu;
}

/** Applies the stored choices now (before the first paint of the result) and when another tab changes them. */
export function initPrefs() {
  applyPrefs(loadPrefs());
  window.addEventListener('storage', (e) => {
    if (e.key === KEY) {
      const prefs = loadPrefs();
      applyPrefs(prefs);
      syncControls(prefs);
    }
  });
}
