#include "text/segment.h"

#include <unordered_set>

#include "common/utf8.h"

namespace pith::detail {

namespace {

constexpr std::string_view kStopWords[] = {
#include "text/stop_words_table.inc"
};

const std::unordered_set<std::string_view>& stop_set() {
  static const std::unordered_set<std::string_view> set(std::begin(kStopWords),
                                                        std::end(kStopWords));
  return set;
}

bool is_blank(char c) { return c == ' ' || c == '\t' || c == '\r'; }

// Closing marks that may follow a sentence's final punctuation: `He left.”` or `(see below.)`.
bool is_closer(char32_t c) {
  return c == '"' || c == '\'' || c == 0x201D || c == 0x2019 || c == 0xBB || c == ')' ||
         c == ']' || c == 0x201C;
}

bool is_terminal_mark(char32_t c) {
  return c == '.' || c == '!' || c == '?' || c == 0x2026 || c == ';' || c == 0x3002 ||
         c == 0xFF01 || c == 0xFF1F;
}

bool is_cjk(char32_t c) { return (c >= 0x3040 && c <= 0x30FF) || (c >= 0x3400 && c <= 0x9FFF); }

// Bytes of `s` inside HTML tags ("<a href=...>", "</div>", "<!-- x -->"): a '<' followed by a
// letter, '/' or '!' up to the next '>'. One pass; a '<' without its '>' counts nothing.
std::size_t tag_bytes(std::string_view s) {
  std::size_t total = 0, open = std::string_view::npos;
  for (std::size_t k = 0; k < s.size(); ++k) {
    const char c = s[k];
    if (c == '<') {
      const char n = k + 1 < s.size() ? s[k + 1] : ' ';
      const bool tag = (n >= 'a' && n <= 'z') || (n >= 'A' && n <= 'Z') || n == '/' || n == '!';
      open = tag ? k : std::string_view::npos;
    } else if (c == '>' && open != std::string_view::npos) {
      total += k + 1 - open;
      open = std::string_view::npos;
    }
  }
  return total;
}

std::uint64_t fnv_step(std::uint64_t h, unsigned char c) { return (h ^ c) * 1099511628211ull; }

void measure(std::string_view s, TextLine& ln) {
  const auto& stops = stop_set();
  std::uint64_t h = 1469598103934665603ull;
  std::string word;
  bool first_upper = false;
  std::size_t i = 0;
  auto flush = [&] {
    if (word.empty()) return;
    ++ln.words;
    if (first_upper) ++ln.capitalised;
    if (stops.count(word)) ++ln.stop_words;
    if (ln.words > 1) h = fnv_step(h, ' ');
    for (unsigned char c : word) h = fnv_step(h, c);
    word.clear();
  };
  while (i < s.size()) {
    std::size_t len = 1;
    const char32_t c = decode_utf8(s, i, len);
    if (is_cjk(c)) {
      // Chinese and Japanese write without spaces: each character counts as a word, so a
      // sentence of thirty characters weighs like one of thirty words.
      flush();
      append_utf8(word, c);
      first_upper = false;
      flush();
    } else if (is_word_char(c)) {
      if (word.empty()) first_upper = is_upper(c);
      if (is_lower(c)) ln.has_lower = true;
      append_utf8(word, to_lower(c));
    } else {
      flush();
    }
    i += len;
  }
  flush();
  ln.hash = ln.words ? h : 0;
  unsigned symbols = 0, opens = 0;
  for (std::size_t k = 0; k < s.size(); ++k) {
    const char c = s[k];
    opens += c == '<';
    symbols += c == '(' || c == ')' || c == '{' || c == '}' || c == ';' || c == '=' ||
               c == '<' || c == '>' || c == '[' || c == ']';
    // U+2500..U+257F box drawing: E2 94 80 .. E2 95 BF
    if (static_cast<unsigned char>(c) == 0xE2 && k + 1 < s.size() &&
        (static_cast<unsigned char>(s[k + 1]) == 0x94 || static_cast<unsigned char>(s[k + 1]) == 0x95))
      symbols += 2;
  }
  if (symbols >= 2 && symbols * 12 >= s.size()) ln.code_like = true;
  // Three fifths of the line in tags: "<img src=\"//pixel.example/p.gif\" width=\"1\">" is
  // markup; "If <auth-dialog> is a URL, the user can..." (a placeholder in a spec) is prose.
  const std::size_t tags = opens > 0 ? tag_bytes(s) : 0;
  if (tags >= 20 && tags * 5 >= s.size() * 3) ln.markup = ln.code_like = true;
  // Sentence end: skip trailing closers, then look for . ! ? … ;
  std::size_t e = s.size();
  while (e > 0) {
    const std::size_t p = prev_cp_start(s, e);
    std::size_t len = 1;
    const char32_t c = decode_utf8(s, p, len);
    if (is_closer(c) || c == ' ') {
      e = p;
      continue;
    }
    ln.terminal = is_terminal_mark(c);
    break;
  }
  // List markers: "• item", "- item", "* item", "+ item", "1. item", "2) item".
  if (s.size() >= 2) {
    std::size_t len = 1;
    const char32_t c = decode_utf8(s, 0, len);
    if ((c == 0x2022 || c == '-' || c == '*' || c == '+' || c == 0xB7 || c == 0x2013 ||
         c == 0x25AA || c == 0x25CF) &&
        len < s.size() && s[len] == ' ') {
      ln.bullet = true;
    } else {
      std::size_t d = 0;
      while (d < s.size() && d < 3 && s[d] >= '0' && s[d] <= '9') ++d;
      if (d > 0 && d + 1 < s.size() && (s[d] == '.' || s[d] == ')') && s[d + 1] == ' ')
        ln.bullet = true;
    }
  }
}

}  // namespace

bool is_stop_word(std::string_view lower_word) { return stop_set().count(lower_word) > 0; }

namespace {

// A hard-wrapped paragraph ("The council met on Monday and agreed\nto delay the vote.") is one
// unit: the line does not end a sentence and the next one starts in lower case.
bool continues(std::string_view text, const TextLine& a, const TextLine& b) {
  if (a.group != b.group || a.end - a.start < 30) return false;
  std::size_t len = 1;
  const char32_t first = decode_utf8(text, b.start, len);
  if (!is_lower(first)) return false;
  const std::size_t p = prev_cp_start(text, a.end);
  const char32_t last = decode_utf8(text, p, len);
  return !is_terminal_mark(last) && last != ':';
}

}  // namespace

std::vector<TextLine> segment_lines(std::string_view text) {
  std::vector<TextLine> raw;
  std::uint32_t group = 0;
  bool blank_run = false;
  std::size_t i = 0;
  while (i < text.size()) {
    std::size_t nl = text.find('\n', i);
    if (nl == std::string_view::npos) nl = text.size();
    std::size_t s = i, e = nl;
    while (s < e && is_blank(text[s])) ++s;
    while (e > s && is_blank(text[e - 1])) --e;
    if (s == e) {
      blank_run = true;
    } else {
      if (blank_run && !raw.empty()) ++group;
      blank_run = false;
      TextLine ln;
      ln.start = s;
      ln.end = e;
      ln.group = group;
      raw.push_back(ln);
    }
    i = nl + 1;
  }
  std::vector<TextLine> lines;
  lines.reserve(raw.size());
  for (std::size_t k = 0; k < raw.size(); ++k) {
    if (!lines.empty() && continues(text, lines.back(), raw[k])) {
      lines.back().end = raw[k].end;
      continue;
    }
    lines.push_back(raw[k]);
  }
  for (TextLine& ln : lines) {
    measure(text.substr(ln.start, ln.end - ln.start), ln);
    // Indentation survives in a paste only inside preformatted text.
    std::size_t b = ln.start;
    while (b > 0 && (text[b - 1] == ' ' || text[b - 1] == '\t')) --b;
    if (ln.start - b >= 2 && (b == 0 || text[b - 1] == '\n')) ln.code_like = true;
  }
  return lines;
}

std::string line_key(std::string_view line) {
  std::string out;
  out.reserve(line.size());
  bool pending_space = false;
  std::size_t i = 0;
  while (i < line.size()) {
    std::size_t len = 1;
    const char32_t c = decode_utf8(line, i, len);
    if (is_word_char(c)) {
      if (pending_space && !out.empty()) out.push_back(' ');
      pending_space = false;
      append_utf8(out, to_lower(c));
    } else {
      pending_space = true;
    }
    i += len;
  }
  return out;
}

}  // namespace pith::detail
