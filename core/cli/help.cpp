#include "cli/help.h"

#include "cli/args.h"

namespace pith::cli {

// The texts of bin/cli/help.mjs, word for word (tests/node/cli_native.test.mjs compares the
// two CLIs' --help), plus the native-only evaluation commands.

const char* usage_text() {
  return R"TXT(usage: pith clean INPUT... [flags]
       pith quotes INPUT... [flags]
       pith version
       pith help [clean|quotes])TXT";
}

std::string main_help() {
  return std::string(R"TXT(Pith cleans news articles (pasted text or a page's HTML) and finds their quotes with speakers.

usage: pith clean INPUT... [flags]
       pith quotes INPUT... [flags]
       pith version
       pith help [clean|quotes]

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
)TXT") +
         R"TXT(
Native CLI only (the evaluation's batch modes):
  pith batch-clean LIST OUTDIR [OPTIONS_JSON]   clean each file named in LIST into OUTDIR/<n>.json
  pith batch-quotes IN.jsonl OUT.jsonl          quotes of each {"id","text"} line, code-point offsets
)TXT";
}

std::string command_help(const std::string& command) {
  const bool clean = command == "clean";
  const std::string head = clean ? R"TXT(usage: pith clean INPUT... [flags]

Cleans each INPUT: the article's title, subtitle, byline, date, source and body, what was
removed and why, every repair, and the quotes with their speakers (docs/schema.md).

INPUT: a file, a folder (recursive; see --ext), a glob in quotes, an http(s) URL (Node CLI
only), or - for standard input. Several inputs need --out DIR or --format jsonl.

)TXT" : R"TXT(usage: pith quotes INPUT... [flags]

Finds the quotes and their speakers in each INPUT. Plain text is read as it is (offsets index
the input); HTML is detected as clean does, and the quotes are those of the cleaned article,
whose "text" the output includes (offsets index it).

INPUT: a file, a folder (recursive; see --ext), a glob in quotes, an http(s) URL (Node CLI
only), or - for standard input. Several inputs need --out DIR or --format jsonl.

)TXT";
  const std::string tail = clean ? R"TXT(Examples:
  pith clean article.txt --format text                  # title, blank line, body
  pith clean page.html --url https://example.org/a.html --format markdown
  pith clean pages/ --out cleaned/ --jobs 4             # cleaned/<same names>.json
  pith clean 'saved/*.{html,htm}' --format jsonl > results.jsonl
  pith clean https://example.org/news/story.html --format html > story.html
  pith clean article.txt --no-repairs --doubled-word    # only the doubled-word repair
  pith clean - --format json < article.txt              # {"ok":true,"schema":2,...}

Exit codes: 0 every input ok, 1 some inputs failed, 2 usage.
)TXT" : R"TXT(Examples:
  pith quotes article.txt                               # {"ok":true,"schema":2,"quotes":[...],...}
  pith quotes page.html --format text                   # Speaker [type]: quote, one per line
  pith quotes interviews/ --format jsonl > quotes.jsonl
  pith quotes 'saved/**/*.html' --out quotes/ --format markdown

Exit codes: 0 every input ok, 1 some inputs failed, 2 usage.
)TXT";
  return head + flag_help(command) + "\n" + tail;
}

}  // namespace pith::cli
