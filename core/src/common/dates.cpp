#include "common/dates.h"

#include <cstdio>

#include "common/utf8.h"
#include "common/word_set.h"

namespace pith::detail {

namespace {

struct MonthName {
  std::string_view name;
  int month;
};

#include "common/dates_table.inc"

bool is_digit(char c) { return c >= '0' && c <= '9'; }

std::string iso(int y, int m, int d) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
  return buf;
}

bool valid(int y, int m, int d) { return y >= 1900 && y <= 2100 && m >= 1 && m <= 12 && d >= 1 && d <= 31; }

// "12th" -> 12; "2025" -> 2025; anything else -> -1.
int number_of(const std::string& w) {
  std::size_t k = 0;
  while (k < w.size() && is_digit(w[k])) ++k;
  if (k == 0 || k > 4) return -1;
  if (k < w.size()) {
    if (k > 2 || !in_word_table<kOrdinalSuffixes>(std::string_view(w).substr(k))) return -1;
  }
  int v = 0;
  for (std::size_t i = 0; i < k; ++i) v = v * 10 + (w[i] - '0');
  return v;
}

// Reads up to five digits at p; returns how many.
std::size_t read_num(std::string_view s, std::size_t& p, int& v) {
  const std::size_t b = p;
  v = 0;
  while (p < s.size() && is_digit(s[p]) && p - b < 5) v = v * 10 + (s[p++] - '0');
  return p - b;
}

// The separator at p between the numeric parts of a date: '-', '.', '/', or the CJK
// "年"/"月" after a year/month ("2025年12月12日"). Returns its length, 0 if none.
std::size_t date_sep_at(std::string_view s, std::size_t p, char& kind) {
  if (p >= s.size()) return 0;
  if (s[p] == '-' || s[p] == '.' || s[p] == '/') return kind = s[p], 1;
  if (s.substr(p, 3) == "\xE5\xB9\xB4" || s.substr(p, 3) == "\xE6\x9C\x88") return kind = 'j', 3;
  return 0;
}

// Numeric dates: 2026-11-26, 2026/11/26, 2026年11月26日, 26.11.2026, 26/11/2026 and 26-11-2026
// (day first only when unambiguous), 11/26/2026 and 11-26-2026 (month first when the day is
// over 12).
bool numeric_date(std::string_view s, std::string& out, std::size_t& at) {
  std::size_t i = 0;
  while (i < s.size()) {
    if (!is_digit(s[i]) || (i > 0 && is_digit(s[i - 1]))) {
      ++i;
      continue;
    }
    std::size_t p = i;
    int a = 0, b = 0, c = 0;
    const std::size_t la = read_num(s, p, a);
    char sep = 0, sep2 = 0;
    if (const std::size_t l1 = date_sep_at(s, p, sep)) {
      p += l1;
      const std::size_t lb = read_num(s, p, b);
      const std::size_t l2 = lb >= 1 && lb <= 2 ? date_sep_at(s, p, sep2) : 0;
      if (l2 && sep2 == sep) {
        p += l2;
        const std::size_t lc = read_num(s, p, c);
        const bool ends = p >= s.size() || !is_digit(s[p]);
        at = i;
        if (la == 4 && lc >= 1 && lc <= 2 && ends && valid(a, b, c)) return out = iso(a, b, c), true;
        if (la <= 2 && lc == 4 && ends && sep != 'j') {
          if (sep == '.' && valid(c, b, a)) return out = iso(c, b, a), true;
          // Slashes and dashes: day first when the first part is over 12 ("26/11/2026"), month
          // first when the second is ("11/26/2026", "08-17-2012"); "03/04/2026" says neither.
          if (a > 12 && valid(c, b, a)) return out = iso(c, b, a), true;
          if (b > 12 && valid(c, a, b)) return out = iso(c, a, b), true;
        }
      }
    }
    i = p > i ? p : i + 1;
  }
  return false;
}

std::size_t skip_fillers(const std::vector<DateToken>& w, std::size_t k) {
  while (k < w.size() && is_date_filler(w[k].text)) ++k;
  return k;
}

// "HH:MM[:SS[.fff]]" at p; appends "HH:MM:SS" to `out`.
bool read_clock(std::string_view s, std::size_t& p, std::string& out) {
  int h = 0, m = 0, sec = 0;
  std::size_t q = p;
  if (read_num(s, q, h) != 2 || q >= s.size() || s[q] != ':') return false;
  ++q;
  if (read_num(s, q, m) != 2) return false;
  if (q < s.size() && s[q] == ':') {
    ++q;
    if (read_num(s, q, sec) != 2) return false;
    if (q < s.size() && (s[q] == '.' || s[q] == ',')) {
      ++q;
      while (q < s.size() && is_digit(s[q])) ++q;
    }
  }
  if (h > 23 || m > 59 || sec > 60) return false;
  char buf[16];
  std::snprintf(buf, sizeof buf, "%02d:%02d:%02d", h, m, sec);
  out += buf;
  p = q;
  return true;
}

// "Z", "+01:00", "+0100", "-04", " UTC", " GMT", " +0000" at p; appends "Z" or "+HH:MM".
bool read_zone(std::string_view s, std::size_t p, std::string& out) {
  while (p < s.size() && s[p] == ' ') ++p;
  if (p >= s.size()) return false;
  if (s[p] == 'Z' || s[p] == 'z' || s.substr(p, 3) == "UTC" || s.substr(p, 3) == "GMT") return out += 'Z', true;
  if (s[p] != '+' && s[p] != '-') return false;
  const char sign = s[p++];
  int h = 0, m = 0;
  const std::size_t lh = read_num(s, p, h);
  if (lh == 4) {
    m = h % 100;
    h /= 100;
  } else if (lh == 2 && p < s.size() && s[p] == ':') {
    ++p;
    if (read_num(s, p, m) != 2) return false;
  } else if (lh != 2) {
    return false;
  }
  if (h > 14 || m > 59) return false;
  char buf[16];
  std::snprintf(buf, sizeof buf, "%c%02d:%02d", sign, h, m);
  out += buf;
  return true;
}

int digits_value(std::string_view s) {
  int v = 0;
  for (char c : s) v = v * 10 + (c - '0');
  return v;
}

bool compact_date(std::string_view s) {
  if (s.size() < 8 || (s.size() > 8 && s[8] != 'T' && s[8] != ' ')) return false;
  for (std::size_t k = 0; k < 8; ++k)
    if (!is_digit(s[k])) return false;
  return true;
}

}  // namespace

std::vector<DateToken> date_tokens(std::string_view s) {
  std::vector<DateToken> out;
  std::size_t i = 0;
  DateToken cur;
  bool in = false;
  auto flush = [&] {
    if (!in) return;
    cur.number = number_of(cur.text);
    out.push_back(std::move(cur));
    cur = DateToken{};
    in = false;
  };
  while (i < s.size()) {
    std::size_t len = 1;
    const char32_t c = decode_utf8(s, i, len);
    if (is_word_char(c)) {
      if (!in) {
        cur.capitalised = is_upper(c);
        cur.begin = i;
      }
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

int month_number(std::string_view w) {
  for (const MonthName& m : kMonths)
    if (m.name == w) return m.month;
  return 0;
}

bool is_date_filler(std::string_view w) { return in_word_table<kDateFillers>(w); }

bool is_update_word(std::string_view w) { return in_word_table<kUpdateWords>(w); }

bool find_date(std::string_view text, std::string& out, std::size_t* at) {
  std::size_t where = 0;
  if (!at) at = &where;
  if (numeric_date(text, out, *at)) return true;
  const std::vector<DateToken> w = date_tokens(text);
  for (std::size_t i = 0; i < w.size(); ++i) {
    // 26 November 2026, 26. November 2026, 26 de noviembre de 2026, 26 ноября 2026 г.
    if (w[i].number >= 1 && w[i].number <= 31) {
      const std::size_t j = skip_fillers(w, i + 1);
      if (j < w.size() && month_number(w[j].text)) {
        const std::size_t k = skip_fillers(w, j + 1);
        if (k < w.size() && valid(w[k].number, month_number(w[j].text), w[i].number))
          return *at = w[i].begin, out = iso(w[k].number, month_number(w[j].text), w[i].number), true;
      }
    }
    // November 26, 2026; Nov. 26, 2026; September 1st, 2023
    if (const int m = month_number(w[i].text)) {
      const std::size_t j = skip_fillers(w, i + 1);
      if (j + 1 < w.size() && valid(w[j + 1].number, m, w[j].number))
        return *at = w[i].begin, out = iso(w[j + 1].number, m, w[j].number), true;
    }
  }
  return false;
}

bool parse_machine_date(std::string_view s, std::string& out) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\n')) s.remove_prefix(1);
  std::size_t p = 0;
  int y = 0, m = 0, d = 0;
  bool ymd = false;
  if (read_num(s, p, y) == 4 && p < s.size() && s[p] == '-') {
    ++p;
    if (read_num(s, p, m) == 2 && p < s.size() && s[p] == '-') {
      ++p;
      ymd = read_num(s, p, d) == 2;
    }
  } else if (compact_date(s)) {
    // "20250904" (compact ISO 8601), alone or before a time.
    y = digits_value(s.substr(0, 4)), m = digits_value(s.substr(4, 2)), d = digits_value(s.substr(6, 2));
    p = 8;
    ymd = true;
  }
  if (ymd && valid(y, m, d)) {
    out = iso(y, m, d);
    std::string clock = "T";
    std::size_t q = p;
    if (q < s.size() && (s[q] == 'T' || s[q] == ' ')) {
      ++q;
      std::string zone;
      if (read_clock(s, q, clock) && read_zone(s, q, zone)) out += clock + zone;
    }
    return true;
  }
  return find_date(s, out);
}

}  // namespace pith::detail
