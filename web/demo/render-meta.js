// The article's header: title, subtitle, byline, the publication date in the reader's own
// locale, source, site, language, address, and what kind of page the engine took it for.
import { h, safeHref } from './dom.js';

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;
const YEAR_MONTH = /^(\d{4})-(\d{2})$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?$/;

/**
 * `published` as the reader's browser writes dates (Intl.DateTimeFormat with its locale), or
 * null when it is not ISO 8601 (the engine then keeps the date as the page wrote it).
 * A date without a time is a calendar day, not an instant: it is formatted in UTC, where it was
 * parsed, so "2026-03-14" never shows as 13 March west of Greenwich. A time with a zone is shown
 * in the reader's zone; a time without one as written.
 * @param {string} iso
 * @param {string|string[]} [locale] default: the browser's
 * @returns {string|null}
 */
export function formatPublished(iso, locale = undefined) {
  if (typeof iso !== 'string') return null;
  let m;
  try {
    if ((m = DATE_ONLY.exec(iso))) {
      const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
      if (d.getUTCMonth() !== +m[2] - 1) return null;   // 2026-02-31
      return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(d);
    }
    if ((m = YEAR_MONTH.exec(iso))) {
      const d = new Date(Date.UTC(+m[1], +m[2] - 1, 1));
      return new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', timeZone: 'UTC' }).format(d);
    }
    if (DATE_TIME.test(iso)) {
      const d = new Date(iso);
      if (Number.isNaN(d.getTime())) return null;
      return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short' }).format(d);
    }
  } catch {
    return null;   // a RangeError from an out-of-range date
  }
  return null;
}

/** What the reader calls each `pageType` (the engine's guess, docs/schema.md). */
const PAGE_TYPES = {
  article: 'article', forum: 'forum thread', product: 'product page', collection: 'collection page',
  listing: 'listing page', documentation: 'documentation page', service: 'service page',
};

/** The notice above a page that is not an article; null for an article or no guess. */
function pageTypeNotice(pageType) {
  if (typeof pageType !== 'string' || pageType === '' || pageType === 'article') return null;
  const label = PAGE_TYPES[pageType] || `${pageType} page`;
  return h('p', { class: 'page-notice', role: 'note', dataset: { pageType } },
    h('strong', null, 'Not an article. '),
    `This looks like a ${label}. Pith cleans news articles; below is what it could extract from this page.`);
}

/**
 * @param {object} result the clean() result
 * @returns {HTMLElement}
 */
export function metaHeader(result) {
  const header = h('header', { class: 'article-meta' });
  const notice = pageTypeNotice(result.pageType);
  if (notice) header.append(notice);
  header.append(result.title
    ? h('h1', { class: 'title', id: 'article-title' }, result.title)
    : h('p', { class: 'title-missing' }, 'No title detected'));
  if (result.subtitle) header.append(h('p', { class: 'subtitle' }, result.subtitle));
  const facts = [];
  const fact = (label, value, cls) => facts.push(h('span', { class: `fact ${cls}` }, h('span', { class: 'label' }, label), ' ', value));
  if (result.byline) fact('By', result.byline.replace(/^by\s+/i, ''), 'byline');
  if (result.published) {
    const local = formatPublished(result.published);
    fact('Published', local
      ? h('time', { datetime: result.published, title: result.published }, local)
      : result.published, 'date');
  }
  if (result.source) fact('Source', result.source, 'source');
  if (result.siteName) fact('Site', result.siteName, 'site');
  if (result.language) fact('Language', result.language, 'lang');
  if (typeof result.pageType === 'string' && result.pageType) {
    fact('Page', PAGE_TYPES[result.pageType] || result.pageType, 'page-type');
  }
  if (result.url) {
    const href = safeHref(result.url);
    facts.push(h('span', { class: 'fact url' }, h('span', { class: 'label' }, 'URL'), ' ',
      href ? h('a', { href, rel: 'noopener noreferrer', target: '_blank' }, result.url) : result.url));
  }
  if (facts.length) header.append(h('p', { class: 'facts' }, facts));
  return header;
}
