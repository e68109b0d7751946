// pith --help and pith <command> --help. The flag lists come from args.mjs's table; the native
// CLI prints the same text (core/cli/help.cpp; tests/node/cli_native.test.mjs compares them).
import { FLAGS } from './args.mjs';

export const USAGE = `usage: pith clean INPUT... [flags]
       pith quotes INPUT... [flags]
       pith version
       pith help [clean|quotes]`;

export const MAIN_HELP = `Pith cleans news articles (pasted text or a page's HTML) and finds their quotes with speakers.

${USAGE}

Commands:
  clean     the article: title, byline, date, body, what was removed, repairs, quotes
  quotes    the quotes and speakers (of a page's article when the input is HTML)
  version   the engine's version, build and schema, as JSON

INPUT is a file, a folder (read recursively: .html .htm .xhtml .shtml .txt .text .md .markdown
files), a glob in quotes ('pages/**/*.html'), an http(s) URL (Node CLI only), or - for standard
input.

Examples:
  pith clean article.txt --format text
  pith clean page.html --format markdown > article.md
  pith clean pages/ --out cleaned/ --format markdown      # cleaned/<same names>.md
  pith clean 'saved/**/*.html' --format jsonl > all.jsonl
  pith clean https://example.org/news/story.html --format text
  pith quotes page.html --format text
  cat article.txt | pith clean - --no-quotes

Exit codes: 0 every input ok, 1 some inputs failed (the others are still written), 2 usage.
More: pith clean --help, pith quotes --help; the result's fields: docs/schema.md.
`;

const EXAMPLES = {
  clean: `Examples:
  pith clean article.txt --format text                  # title, blank line, body
  pith clean page.html --url https://example.org/a.html --format markdown
  pith clean pages/ --out cleaned/ --jobs 4             # cleaned/<same names>.json
  pith clean 'saved/*.{html,htm}' --format jsonl > results.jsonl
  pith clean https://example.org/news/story.html --format html > story.html
  pith clean article.txt --no-repairs --doubled-word    # only the doubled-word repair
  pith clean - --format json < article.txt              # {"ok":true,"schema":2,...}`,
  quotes: `Examples:
  pith quotes article.txt                               # {"ok":true,"schema":2,"quotes":[...],...}
  pith quotes page.html --format text                   # Speaker [type]: quote, one per line
  pith quotes interviews/ --format jsonl > quotes.jsonl
  pith quotes 'saved/**/*.html' --out quotes/ --format markdown`,
};

const ABOUT = {
  clean: 'Cleans each INPUT: the article\'s title, subtitle, byline, date, source and body, what was\nremoved and why, every repair, and the quotes with their speakers (docs/schema.md).',
  quotes: 'Finds the quotes and their speakers in each INPUT. Plain text is read as it is (offsets index\nthe input); HTML is detected as clean does, and the quotes are those of the cleaned article,\nwhose "text" the output includes (offsets index it).',
};

const HELP_WIDTH = 100;
const NAME_WIDTH = 32;

/** Greedy word wrap at `width` columns (words longer than that get a line of their own). */
export function wrap(text, width) {
  const lines = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + 1 + word.length > width) { lines.push(line); line = word; }
    else line = line ? `${line} ${word}` : word;
  }
  lines.push(line);
  return lines;
}

/**
 * @param {'clean'|'quotes'} command
 * @returns {string}
 */
export function commandHelp(command) {
  const lines = [`usage: pith ${command} INPUT... [flags]`, '', ABOUT[command], '',
    'INPUT: a file, a folder (recursive; see --ext), a glob in quotes, an http(s) URL (Node CLI',
    'only), or - for standard input. Several inputs need --out DIR or --format jsonl.', ''];
  let group = null;
  for (const f of FLAGS) {
    if (!f.group || (f.only && f.only !== command)) continue;
    if (f.group !== group) { lines.push(...(group ? [''] : []), `${f.group}:`); group = f.group; }
    const name = `  ${f.short ? `${f.short}, ` : '    '}${f.name}${f.value ? ` ${f.value}` : ''}`;
    const text = wrap(f.help, HELP_WIDTH - NAME_WIDTH);
    if (name.length < NAME_WIDTH) lines.push(`${name.padEnd(NAME_WIDTH)}${text[0]}`);
    else lines.push(name, `${' '.repeat(NAME_WIDTH)}${text[0]}`);
    for (const t of text.slice(1)) lines.push(`${' '.repeat(NAME_WIDTH)}${t}`);
  }
  lines.push('', EXAMPLES[command], '', 'Exit codes: 0 every input ok, 1 some inputs failed, 2 usage.', '');
  return lines.join('\n');
}
