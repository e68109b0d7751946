#include "text/metadata.h"

#include <algorithm>
#include <cstdio>
#include <vector>

#include "common/utf8.h"
#include "common/word_set.h"
#include "text/segment.h"

namespace pith::detail {

namespace {

struct MonthName {
  std::string_view name;
  int month;
};

#include "text/metadata_table.inc"

int month_of(std::string_view w) {
  for (const MonthName& m : kMonths)
    if (m.name == w) return m.month;
  return 0;
}

struct Word {
  std::string text;  // lowercased
  int number = -1;   // value when all digits (up to 4 digits), else -1
  bool capitalised = false;
};

std::vector<Word> words_of(std::string_view s) {
  std::vector<Word> out;
  std::size_t i = 0;
  Word cur;
  bool in = false;
  auto flush = [&] {
    if (!in) return;
    bool digits = !cur.text.empty() && cur.text.size() <= 4;
    for (char c : cur.text) digits = digits && c >= '0' && c <= '9';
    if (digits) cur.number = std::stoi(cur.text);
    out.push_back(std::move(cur));
    cur = Word{};
    in = false;
  };
  while (i < s.size()) {
    std::size_t len = 1;
    const char32_t c = decode_utf8(s, i, len);
    if (is_word_char(c)) {
      if (!in) cur.capitalised = is_upper(c);
      in = true;
      append_utf8(cur.text, to_lower(c));
    } else {
      flush();
    }
    i += len;
  }
  flush();
  return out;
}

std::string iso(int y, int m, int d) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
  return buf;
}

bool valid(int y, int m, int d) { return y >= 1900 && y <= 2100 && m >= 1 && m <= 12 && d >= 1 && d <= 31; }

// Numeric dates: 2026-11-26, 26.11.2026, 26/11/2026 (day first only when unambiguous).
bool numeric_date(std::string_view s, std::string& out) {
  std::size_t i = 0;
  auto num = [&](std::size_t& p, int& v) {
    std::size_t b = p;
    v = 0;
    while (p < s.size() && s[p] >= '0' && s[p] <= '9' && p - b < 5) v = v * 10 + (s[p++] - '0');
    return p - b;
  };
  while (i < s.size()) {
    if (!(s[i] >= '0' && s[i] <= '9') || (i > 0 && s[i - 1] >= '0' && s[i - 1] <= '9')) {
      ++i;
      continue;
    }
    std::size_t p = i;
    int a = 0, b = 0, c = 0;
    const std::size_t la = num(p, a);
    if (p < s.size() && (s[p] == '-' || s[p] == '.' || s[p] == '/')) {
      const char sep = s[p++];
      const std::size_t lb = num(p, b);
      if (lb >= 1 && lb <= 2 && p < s.size() && s[p] == sep) {
        ++p;
        const std::size_t lc = num(p, c);
        if (sep == '-' && la == 4 && lc >= 1 && lc <= 2 && valid(a, b, c)) return out = iso(a, b, c), true;
        if (la <= 2 && lc == 4) {
          if (sep == '.' && valid(c, b, a)) return out = iso(c, b, a), true;
          if (sep == '/' && a > 12 && valid(c, b, a)) return out = iso(c, b, a), true;
          if (sep == '/' && b > 12 && valid(c, a, b)) return out = iso(c, a, b), true;
        }
      }
    }
    i = p > i ? p : i + 1;
  }
  return false;
}

}  // namespace

bool find_date(std::string_view text, std::string& out) {
  if (numeric_date(text, out)) return true;
  const std::vector<Word> w = words_of(text);
  auto next = [&](std::size_t k) {
    while (k < w.size() && in_word_table<kDateFillers>(w[k].text)) ++k;
    return k;
  };
  for (std::size_t i = 0; i < w.size(); ++i) {
    // 26 November 2026, 26. November 2026, 26 de noviembre de 2026, 26 ноября 2026 г.
    if (w[i].number >= 1 && w[i].number <= 31) {
      const std::size_t j = next(i + 1);
      if (j < w.size() && month_of(w[j].text)) {
        const std::size_t k = next(j + 1);
        if (k < w.size() && valid(w[k].number, month_of(w[j].text), w[i].number))
          return out = iso(w[k].number, month_of(w[j].text), w[i].number), true;
      }
    }
    // November 26, 2026; Nov. 26, 2026
    if (const int m = month_of(w[i].text)) {
      const std::size_t j = next(i + 1);
      if (j + 1 < w.size() && valid(w[j + 1].number, m, w[j].number))
        return out = iso(w[j + 1].number, m, w[j].number), true;
    }
  }
  return false;
}

bool parse_date_line(std::string_view line, std::string& value) {
  const std::vector<Word> w = words_of(line);
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
  for (const Word& x : w) {
    if (x.number >= 0 || month_of(x.text) || in_word_table<kDateWords>(x.text) ||
        in_word_table<kTimeUnits>(x.text) || in_word_table<kDateFillers>(x.text))
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
  const std::vector<Word> w = words_of(line.substr(0, std::min<std::size_t>(line.size(), 64)));
  if (w.empty()) return false;
  return w[0].number >= 0 || month_of(w[0].text) || in_word_table<kDateWords>(w[0].text) ||
         in_word_table<kDateFillers>(w[0].text);
}

bool parse_byline(std::string_view line, std::string& name) {
  const std::vector<Word> w = words_of(line);
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
  if (month_of(w[skip].text) || in_word_table<kDateWords>(w[skip].text)) return false;
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
        const Word& cur = w[seen];
        if (cur.number >= 0 || month_of(cur.text) ||
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
  const std::vector<Word> w = words_of(v);
  if (w.empty() || w.size() > 8) return false;
  source = std::string(v);
  return true;
}

}  // namespace pith::detail
