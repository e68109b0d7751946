// Inputs of `npm run bench`. Always: the demo's sample and the golden texts (pasted), and HTML
// pages composed from them here (a user's clone has no ../shared). When ../shared is present:
// its pasted pages (readability, dragnet) and HTML pages (readability and dragnet source.html,
// WCXB article pages), read in place, never copied into the repository.
// Also the generated inputs of the linear-scaling rows (1, 8, 32 MiB of text and of HTML).
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';

const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * A news page around a pasted text: head metadata, scripts, navigation, the text's lines as
 * heading and paragraphs in an <article>, a related-links aside and a footer.
 * @param {string} text pasted article text (first line = headline)
 * @param {number} n page number, varies the boilerplate
 */
export function composeArticleHtml(text, n = 0) {
  const paras = text.split(/\n\s*\n|\n/).map((p) => p.trim()).filter(Boolean);
  const title = paras.shift() ?? 'Untitled';
  const nav = ['Home', 'News', 'Politics', 'Business', 'Culture', 'Sport', 'Weather']
    .map((w, i) => `<li class="nav-item"><a href="/section/${i}" class="nav-link">${w}</a></li>`).join('');
  const related = Array.from({ length: 5 }, (_, i) => `<li><a href="/story/${n * 10 + i}"><img src="/img/${i}.jpg" alt="">Story ${i + 1} of the day</a></li>`).join('');
  const body = paras.map((p) => (p.length < 60 && !/[.!?”"]$/.test(p) ? `<h2>${esc(p)}</h2>` : `<p>${esc(p)}</p>`)).join('\n');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${esc(title)} | The Daily Composite</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:title" content="${esc(title)}"><meta property="og:site_name" content="The Daily Composite">
<link rel="stylesheet" href="/css/site.css"><style>.nav-item{display:inline-block}.ad{min-height:250px}</style>
<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments)}gtag('js',new Date());</script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":${JSON.stringify(title)},"datePublished":"2025-03-${String(1 + (n % 28)).padStart(2, '0')}"}</script>
</head><body class="article-page">
<div id="cookie-banner" class="cookie"><p>We use cookies to improve your experience.</p><button>Accept</button></div>
<header class="site-header"><a href="/" class="logo">The Daily Composite</a><nav><ul class="nav">${nav}</ul></nav></header>
<main><article class="story"><h1 class="headline">${esc(title)}</h1>
<div class="share"><a href="#" class="share-fb">Share</a><a href="#" class="share-tw">Tweet</a></div>
<div class="story-body">
${body}
</div></article>
<aside class="related"><h3>Related</h3><ul>${related}</ul></aside>
<div class="ad" data-slot="${n}"></div></main>
<footer class="site-footer"><p>© 2025 The Daily Composite</p><ul><li><a href="/about">About</a></li><li><a href="/privacy">Privacy</a></li></ul></footer>
<script src="/js/app.${n}.js" defer></script></body></html>
`;
}

function listDirs(dir) {
  return existsSync(dir) ? readdirSync(dir).sort() : [];
}

/** Bundled pasted texts: the demo sample and the golden inputs. */
function bundledTexts(root) {
  const out = [];
  const sample = path.join(root, 'web', 'demo', 'sample.txt');
  if (existsSync(sample)) out.push({ set: 'bundled', id: 'sample', path: sample });
  const golden = path.join(root, 'tests', 'golden', 'text');
  for (const d of listDirs(golden)) {
    const f = path.join(golden, d, 'input.txt');
    if (existsSync(f)) out.push({ set: 'bundled', id: d, path: f });
  }
  return out;
}

/**
 * Every input set of the bench.
 * @param {{root: string, shared: string, perSet: number, work: string}} o work: a scratch
 *   folder (under build/) for inputs that are not files yet (composed pages, gunzipped WCXB)
 * @returns {{text: {set,id,path,bytes}[], html: {set,id,path,bytes}[]}}
 */
export function benchInputs({ root, shared, perSet, work }) {
  const text = bundledTexts(root);
  const html = [];
  const htmlDir = path.join(work, 'html');
  mkdirSync(htmlDir, { recursive: true });
  text.forEach((t, n) => {
    const f = path.join(htmlDir, `composed-${t.id}.html`);
    writeFileSync(f, composeArticleHtml(readFileSync(t.path, 'utf8'), n));
    html.push({ set: 'bundled', id: t.id, path: f });
  });
  const corpus = path.join(shared, 'corpus');
  for (const set of ['readability', 'dragnet']) {
    const ids = listDirs(path.join(corpus, set)).slice(0, perSet);
    for (const id of ids) {
      const p = path.join(corpus, set, id, 'pasted.txt');
      if (existsSync(p)) text.push({ set, id, path: p });
      const h = path.join(corpus, set, id, 'source.html');
      if (existsSync(h)) html.push({ set, id, path: h });
    }
  }
  const wcxb = path.join(corpus, 'wcxb');
  if (existsSync(path.join(wcxb, 'metadata.json'))) {
    const meta = JSON.parse(readFileSync(path.join(wcxb, 'metadata.json'), 'utf8')).files;
    const ids = Object.keys(meta).filter((id) => meta[id].page_type === 'article').sort().slice(0, perSet);
    for (const id of ids) {
      const gz = path.join(wcxb, 'html', `${id}.html.gz`);
      if (!existsSync(gz)) continue;
      const f = path.join(htmlDir, `wcxb-${id}.html`);
      if (!existsSync(f)) writeFileSync(f, gunzipSync(readFileSync(gz)));
      html.push({ set: 'wcxb', id, path: f });
    }
  }
  for (const x of [...text, ...html]) x.bytes = readFileSync(x.path).length;
  return { text, html };
}

// Deterministic pseudo-random numbers (mulberry32), so generated inputs are the same every run.
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = ('council harbour ferry budget winter shore minister district engineers bridge report ' +
  'residents season company vessel repairs plan week island road station museum school market ' +
  'river crew timetable inspection storm pier region mayor families service city officials').split(' ');
const VERBS = 'approved reviewed opposed delayed funded rebuilt planned inspected reopened closed'.split(' ');
const NAMES = ['Marta Kowalski', 'Elias Brandt', 'Ilse Varga', 'Tomas Reyes', 'Nora Lind', 'Petra Holm'];
const CUES = ['said', 'told reporters', 'added', 'explained', 'warned'];

/** One generated article (title, byline, paragraphs with direct and reported speech). */
export function generatedArticle(seed) {
  const r = rng(seed);
  const pick = (xs) => xs[Math.floor(r() * xs.length)];
  const sentence = () => {
    const n = 8 + Math.floor(r() * 12);
    const w = Array.from({ length: n }, (_, i) => (i === 2 ? pick(VERBS) : pick(WORDS)));
    w[0] = w[0][0].toUpperCase() + w[0].slice(1);
    return `${w.join(' ')}.`;
  };
  const paras = [];
  for (let p = 0; p < 6; p++) {
    const kind = r();
    const s = Array.from({ length: 2 + Math.floor(r() * 3) }, sentence).join(' ');
    if (kind < 0.3) paras.push(`“${s.slice(0, -1)},” ${pick(NAMES)} ${pick(CUES)}.`);
    else if (kind < 0.45) paras.push(`${pick(NAMES)} said that the ${pick(WORDS)} would be ${pick(VERBS)} next ${pick(WORDS)}. ${s}`);
    else paras.push(s);
  }
  const title = sentence().slice(0, -1);
  return { title, byline: `By ${pick(NAMES)}`, paras };
}

/**
 * A generated input of about `bytes` bytes: generated articles repeated (text: a pasted page;
 * html: one page whose main column holds the articles).
 * @param {'text'|'html'} kind
 */
export function scalingInput(kind, bytes) {
  const pieces = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const a = generatedArticle(i % 64);
    const s = kind === 'text'
      ? `${a.title}\n\n${a.byline}\n\n${a.paras.join('\n\n')}\n\nAlso read: ${a.title}\n\n`
      : `<article><h2>${esc(a.title)}</h2><p class="byline">${a.byline}</p>\n${a.paras.map((p) => `<p>${esc(p)}</p>`).join('\n')}\n<aside><a href="/r/${i}">Also read: ${esc(a.title)}</a></aside></article>\n`;
    pieces.push(s);
    size += Buffer.byteLength(s);
  }
  const body = pieces.join('');
  return kind === 'text' ? body : composeArticleHtml('Generated pages', 0).replace('<div class="story-body">', `<div class="story-body">\n${body}`);
}
