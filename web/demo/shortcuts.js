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
 * Says `message` to screen readers (a visually hidden polite live region, made on first use).
 * @param {string} message
 */
export function announce(message) {
  let region = document.getElementById('announce');
  if (!region) {
    region = h('p', { id: 'announce', class: 'visually-hidden', 'aria-live': 'polite' });
    document.body.append(region);
  }
  region.textContent = message;
}

/** What the keys announce for quote i of result: "Quote 2 of 5, Marta Kowalski: …". */
export function describeQuote(result, i) {
  const q = result.quotes[i];
  const who = q && typeof q.speaker === 'string' && q.speaker ? q.speaker : 'no speaker';
  const words = q && typeof q.text === 'string' ? q.text.split(/\s+/).slice(0, 12).join(' ') : '';
  return `Quote ${i + 1} of ${result.quotes.length}, ${who}: ${words}`;
}

/**
 * Listens for the shortcuts on the document.
 * @param {{quote: (step: 1|-1) => string|void, toggleRemoved: () => void, active?: () => boolean}} on
 *   quote: selects the next/previous quote and returns what to announce; active: whether the
 *   article view is showing (default always)
 */
export function bindShortcuts({ quote, toggleRemoved, active = () => true }) {
  document.addEventListener('keydown', (ev) => {
    if (ev.defaultPrevented || ev.ctrlKey || ev.altKey || ev.metaKey || ev.isComposing) return;
    const t = ev.target;
    if (t && (TYPING.has(t.tagName) || t.isContentEditable)) return;
    if (!active()) return;
    const act = {
      j: () => announce(quote(1) || 'No quotes'), k: () => announce(quote(-1) || 'No quotes'), r: toggleRemoved,
      '+': () => stepTextSize(1), '=': () => stepTextSize(1), '-': () => stepTextSize(-1),
    }[ev.key];
    if (!act) return;
    ev.preventDefault();
    act();
  });
}
