// Keyboard shortcuts of the article view (the demo and the extension reader): j / k next and
// previous quote in reading order, r shows or hides the removed text in place, + and - change
// the text size. Keys typed into a field, or with Ctrl/Alt/Meta, are never taken.
import { h } from './dom.js';
import { stepTextSize } from './prefs.js';

/** The shortcuts as the page lists them (a legend, and aria-keyshortcuts on the controls). */
export const SHORTCUTS = [
  ['j', 'next quote'], ['k', 'previous quote'], ['r', 'show or hide removed text'], ['+ / -', 'text size'],
];

/** The legend's nodes: "Keys: j next quote, …". */
export function shortcutLegend() {
  const out = ['Keys: '];
  SHORTCUTS.forEach(([key, what], n) => {
    if (n) out.push(', ');
    out.push(h('kbd', null, key), ` ${what}`);
  });
  return out;
}

const TYPING = new Set(['INPUT', 'TEXTAREA', 'SELECT']);

/**
 * Steps through the quotes in the order of the text (quotes[] is in that order), wrapping round.
 * @param {number} current index of the selected quote, -1 for none
 * @param {number} count number of quotes
 * @param {1|-1} step
 * @returns {number} the next index, -1 when there are no quotes
 */
export function stepQuote(current, count, step) {
  if (count <= 0) return -1;
  if (current < 0 || current >= count) return step > 0 ? 0 : count - 1;
  return (current + step + count) % count;
}

/**
 * Listens for the shortcuts on the document.
 * @param {{quote: (step: 1|-1) => void, toggleRemoved: () => void, active?: () => boolean}} on
 *   active: whether the article view is showing (default always)
 */
export function bindShortcuts({ quote, toggleRemoved, active = () => true }) {
  document.addEventListener('keydown', (ev) => {
    if (ev.defaultPrevented || ev.ctrlKey || ev.altKey || ev.metaKey || ev.isComposing) return;
    const t = ev.target;
    if (t && (TYPING.has(t.tagName) || t.isContentEditable)) return;
    if (!active()) return;
    const act = {
      j: () => quote(1), k: () => quote(-1), r: toggleRemoved,
      '+': () => stepTextSize(1), '=': () => stepTextSize(1), '-': () => stepTextSize(-1),
    }[ev.key];
    if (!act) return;
    ev.preventDefault();
    act();
  });
}
