#include "text/metadata.h"

#include <algorithm>
#include <vector>

#include "common/utf8.h"
#include "common/word_set.h"
#include "text/segment.h"

namespace pith::detail {

namespace {

#include "text/metadata_table.inc"

}  // namespace

bool parse_date_line(std::string_view line, std::string& value) {
  const std::vector<DateToken> w = date_tokens(line);
  if (w.empty() || w.size() > 14) return false;
  std::string date;
  const bool dated = find_date(line, date);
  const std::string key = " " + line_key(line) + " ";
  bool relative = false;
  if (!dated) {
    for (std::string_view m : kRelativeMarkers)
      if (key.find(" " + std::string(m) + " ") != std::string::npos) relative = true;
    if (!relative) return false;
  }
  std::size_t unknown = 0;
  for (const DateToken& x : w) {
    if (x.number >= 0 || month_number(x.text) || in_word_table<kDateWords>(x.text) ||
        in_word_table<kTimeUnits>(x.text) || is_date_filler(x.text))
      continue;
    bool marker = false;
    for (std::string_view m : kRelativeMarkers)
      if (std::string(m).find(x.text) != std::string::npos) marker = true;
    if (!marker) ++unknown;
  }
  if (unknown > (w.size() >= 8 ? 2u : 1u)) return false;
  value = dated ? date : std::string(line);
  return true;
}

bool starts_with_date_word(std::string_view line) {
  const std::vector<DateToken> w = date_tokens(line.substr(0, std::min<std::size_t>(line.size(), 64)));
  if (w.empty()) return false;
  return w[0].number >= 0 || month_number(w[0].text) || in_word_table<kDateWords>(w[0].text) ||
         is_date_filler(w[0].text);
}

bool parse_byline(std::string_view line, std::string& name) {
  const std::vector<DateToken> w = date_tokens(line);
  if (w.size() < 2 || w.size() > 16) return false;
  const std::string key = line_key(line);
  std::size_t skip = 0;
  for (std::string_view p : kBylinePrefixes) {
    if (key.size() > p.size() && key.compare(0, p.size(), p) == 0 && key[p.size()] == ' ') {
      std::size_t n = 1;
      for (char c : p) n += c == ' ';
      if (n > skip) skip = n;
    }
  }
  if (skip == 0 || skip >= w.size()) return false;
  std::string date;
  // "by the Example Team on October 29, 2026": a lowercase start is fine when a date follows.
  if (!w[skip].capitalised && (w.size() > 12 || !find_date(line, date))) return false;
  if (month_number(w[skip].text) || in_word_table<kDateWords>(w[skip].text)) return false;
  // Locate the name in the raw line: after the prefix words (and a colon), up to a separator
  // or a word that starts the date part ("by Jane Doe on July 21, 2026").
  std::size_t i = 0, seen = 0;
  bool in = false;
  std::size_t name_start = std::string_view::npos, name_end = 0;
  std::size_t name_words = 0;
  while (i < line.size()) {
    std::size_t len = 1;
    const char32_t c = decode_utf8(line, i, len);
    const bool wc = is_word_char(c);
    if (wc && !in) {
      if (seen >= skip) {
        const DateToken& cur = w[seen];
        if (cur.number >= 0 || month_number(cur.text) ||
            (name_words > 0 && in_word_table<kDateWords>(cur.text)))
          break;
        if (name_start == std::string_view::npos) name_start = i;
        ++name_words;
      }
      ++seen;
    }
    if (!wc && seen > skip && (c == ',' || c == '|' || c == 0x2013 || c == 0x2014 || c == 0xB7 ||
                               c == '/' || c == '(' || c == 0x2022))
      break;
    in = wc;
    if (wc) name_end = i + len;
    i += len;
  }
  if (name_start == std::string_view::npos || name_words == 0 || name_words > 8) return false;
  const std::size_t rest = w.size() - skip - name_words;
  // What follows the name is a date, a role or a credit ("By Jo Roe on 10.29.12 | Photo by
  // Acme"), never a sentence: "By Christmas, most families had left the town." is prose.
  const bool sentence = !line.empty() && line.back() == '.' && w.size() > 5;
  if (sentence || (rest > 4 && !find_date(line, date) && w.size() > 12)) return false;
  name = std::string(line.substr(name_start, name_end - name_start));
  return true;
}

bool parse_source_line(std::string_view line, std::string& source) {
  const std::size_t colon = line.find(':');
  if (colon == std::string_view::npos || colon > 40) return false;
  const std::string head = line_key(line.substr(0, colon));
  if (!in_word_table<kSourcePrefixes>(head)) return false;
  std::string_view v = line.substr(colon + 1);
  while (!v.empty() && (v.front() == ' ' || v.front() == '\t')) v.remove_prefix(1);
  while (!v.empty() && (v.back() == ' ' || v.back() == '.')) v.remove_suffix(1);
  const std::vector<DateToken> w = date_tokens(v);
  if (w.empty() || w.size() > 8) return false;
  source = std::string(v);
  return true;
}

}  // namespace pith::detail
