// What the CLI writes for one result, per --format. The native CLI (core/cli/render.cpp) writes
// the same bytes (tests/node/cli_native.test.mjs compares them).
//   clean:  json = the envelope {ok, schema, ...}; jsonl = the same on one line with "path"
//           first; text = title, blank line, body; markdown / html = the engine's renderings
//           (html as a standalone UTF-8 document).
//   quotes: json / jsonl as above; text = one line per quote; markdown = a list; html = a
//           document holding that list.

/** The format names, and the extension --out gives each. */
export const FORMATS = { text: '.txt', markdown: '.md', html: '.html', json: '.json', jsonl: '.jsonl' };

/**
 * @param {'clean'|'quotes'} command
 * @param {string} format
 * @param {object} result the engine's result (without ok)
 * @param {string} where the input's name, for jsonl
 * @returns {string}
 */
export function render(command, format, result, where) {
  if (format === 'json') return `${JSON.stringify({ ok: true, ...result })}\n`;
  if (format === 'jsonl') return `${JSON.stringify({ path: where, ok: true, ...result })}\n`;
  if (command === 'quotes') return renderQuotes(format, result);
  if (format === 'text') return `${result.title ? `${result.title}\n\n` : ''}${result.text}\n`;
  if (format === 'markdown') return result.markdown;
  return htmlDocument(result.title, result.language, result.html);
}

/**
 * What a failed input writes to standard output: the error envelope for json and jsonl
 * (scripts read one JSON value per input), nothing for the other formats.
 * @param {string} format
 * @param {{code: string, message: string}} error
 * @param {string} where
 */
export function renderError(format, error, where) {
  if (format === 'json') return `${JSON.stringify({ ok: false, error })}\n`;
  if (format === 'jsonl') return `${JSON.stringify({ path: where, ok: false, error })}\n`;
  return '';
}

function renderQuotes(format, { quotes }) {
  // ASCII whitespace only, as the native CLI does: a quote on one line.
  const one = (s) => s.replace(/[ \t\n\r\f\v]+/g, ' ').replace(/^ | $/g, '');
  if (format === 'text') {
    return quotes.map((q) => `${q.speaker || '(no speaker)'} [${q.type}]: ${one(q.text)}\n`).join('');
  }
  if (format === 'markdown') {
    return quotes.map((q) => `- ${q.speaker ? `**${escapeMarkdown(q.speaker)}**` : '*no speaker*'} (${q.type}): ${escapeMarkdown(one(q.text))}\n`).join('');
  }
  const items = quotes.map((q) => `<li>${q.speaker ? `<b>${escapeHtml(q.speaker)}</b>` : '<i>no speaker</i>'} (${q.type}): <q>${escapeHtml(one(q.text))}</q></li>\n`).join('');
  return htmlDocument('Quotes', null, `<ul>\n${items}</ul>\n`);
}

function htmlDocument(title, language, body) {
  const lang = language && /^[A-Za-z0-9-]{1,35}$/.test(language) ? ` lang="${language}"` : '';
  return `<!doctype html>\n<html${lang}>\n<head>\n<meta charset="utf-8">\n<title>${escapeHtml(title ?? '')}</title>\n</head>\n<body>\n${body}</body>\n</html>\n`;
}

function escapeHtml(s) {
  return s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);
}

function escapeMarkdown(s) {
  return s.replace(/[\\`*_[\]<>]/g, (c) => `\\${c}`);
}
