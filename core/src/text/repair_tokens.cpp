#include "text/repair_tokens.h"

#include "common/utf8.h"

namespace pith::detail {
namespace {

bool is_joiner(char32_t c) {
  return c == '\'' || c == 0x2019 || c == '-' || c == 0x2010 || c == '.';
}

Tok make_tok(TokKind kind, std::size_t a, std::size_t b) {
  Tok t;
  t.kind = kind;
  t.start = static_cast<std::uint32_t>(a);
  t.end = static_cast<std::uint32_t>(b);
  return t;
}

}  // namespace

std::vector<Tok> tokenize_block(std::string_view s) {
  std::vector<Tok> toks;
  toks.reserve(s.size() / 4 + 1);
  std::size_t i = 0;
  while (i < s.size()) {
    std::size_t len = 0;
    const char32_t c = decode_utf8(s, i, len);
    if (c == ' ' || c == '\t') {
      std::size_t j = i + len;
      while (j < s.size() && (s[j] == ' ' || s[j] == '\t')) ++j;
      toks.push_back(make_tok(TokKind::kSpace, i, j));
      i = j;
      continue;
    }
    if (c == '\n') {
      toks.push_back(make_tok(TokKind::kNewline, i, i + 1));
      ++i;
      continue;
    }
    if (!is_word_char(c)) {
      toks.push_back(make_tok(TokKind::kMark, i, i + len));
      i += len;
      continue;
    }
    Tok t = make_tok(TokKind::kWord, i, i);
    std::size_t j = i;
    while (j < s.size()) {
      std::size_t l = 0;
      const char32_t d = decode_utf8(s, j, l);
      if (is_word_char(d)) {
        if (is_digit(d)) t.has_digit = true;
        j += l;
        continue;
      }
      if (is_joiner(d) && j + l < s.size()) {
        std::size_t l2 = 0;
        const char32_t e = decode_utf8(s, j + l, l2);
        if (is_word_char(e)) {
          t.has_joiner = true;
          j += l;
          continue;
        }
      }
      break;
    }
    t.end = static_cast<std::uint32_t>(j);
    toks.push_back(t);
    i = j;
  }
  return toks;
}

bool is_lowercase_word(std::string_view w) {
  bool any = false;
  for (std::size_t i = 0; i < w.size();) {
    std::size_t len = 0;
    const char32_t c = decode_utf8(w, i, len);
    i += len;
    if (is_upper(c) || is_digit(c)) return false;
    if (is_lower(c)) any = true;
  }
  return any;
}

bool is_capitalised_word(std::string_view w) {
  if (w.empty()) return false;
  std::size_t first_len = 0;
  if (!is_upper(decode_utf8(w, 0, first_len))) return false;
  for (std::size_t i = first_len; i < w.size();) {
    std::size_t len = 0;
    const char32_t c = decode_utf8(w, i, len);
    i += len;
    if (!is_lower(c)) return false;
  }
  return w.size() > first_len;
}

std::size_t count_code_points(std::string_view w) {
  std::size_t n = 0;
  for (char ch : w) {
    if ((static_cast<unsigned char>(ch) & 0xC0) != 0x80) ++n;
  }
  return n;
}

char32_t first_cp(std::string_view w) {
  if (w.empty()) return 0;
  std::size_t len = 0;
  return decode_utf8(w, 0, len);
}

char32_t last_cp(std::string_view w) {
  if (w.empty()) return 0;
  std::size_t len = 0;
  return decode_utf8(w, prev_cp_start(w, w.size()), len);
}

}  // namespace pith::detail
