#include "common/sentences.h"

#include <algorithm>

#include "common/utf8.h"
#include "common/word_set.h"

namespace pith::detail {
namespace {

// Abbreviations that end in a dot without ending the sentence ("Mr. Smith", "approx. 5").
constexpr std::string_view kAbbreviations[] = {
    "mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen", "lt", "col", "capt", "sgt",
    "st", "jr", "sr", "vs", "etc", "inc", "corp", "co", "ltd", "no", "approx", "fig", "jan",
    "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mt", "ft",
    "pres", "rev", "u.s", "u.k", "e.g", "i.e", "bzw", "ca", "dr", "nr", "str", "z.b", "d.h",
    "mme", "mlle", "sr", "sra", "г", "гг", "т.е", "им"};

// German words before an ordinal number ("im 1. Kanal", "der 3. Platz", "zum 100. Geburtstag"):
// the dot after the number marks the ordinal, not a sentence end.
constexpr std::string_view kOrdinalBefore[] = {
    "der", "die", "das", "dem", "den", "des", "im", "am", "zum", "zur", "vom", "beim", "ins",
    "ans", "seit", "bis", "ab", "ihr", "ihre", "ihrem", "ihren", "ihrer", "sein", "seine",
    "seinem", "seinen", "seiner", "seines", "einem", "einer", "eines", "jeder", "jedem", "jeden",
};

// Month names after a day number: "am 12. Oktober", "bis 3. Mai".
constexpr std::string_view kMonths[] = {
    "januar", "jänner", "februar", "märz", "april", "mai", "juni", "juli", "august",
    "september", "oktober", "november", "dezember",
};

// An ASCII byte that neither ends a sentence nor a line.
inline bool plain_ascii(char ch) {
  const auto b = static_cast<unsigned char>(ch);
  return b < 0x80 && b != '.' && b != '!' && b != '?' && b != '\n';
}

bool is_terminal(char32_t c) { return c == '.' || c == '!' || c == '?' || c == 0x2026; }

bool is_closing(char32_t c) {
  return c == '"' || c == '\'' || c == ')' || c == ']' || c == 0x201D || c == 0x2019 ||
         c == 0xBB || c == 0xAB || c == 0x201C || c == 0x203A || c == 0x300D || c == 0x300F;
}

// The word ending just before byte `pos`, lower-cased ("Mr" for "Mr.").
std::string word_before(std::string_view text, std::size_t pos, std::size_t floor) {
  std::size_t s = pos;
  // Bounded: abbreviations are short, and "a.a.a.a..." must stay linear.
  if (pos > floor + 16) floor = pos - 16;
  while (s > floor) {
    const std::size_t p = prev_cp_start(text, s);
    std::size_t len = 1;
    const char32_t c = decode_utf8(text, p, len);
    if (!(is_word_char(c) || c == '.')) break;
    s = p;
  }
  return lower_utf8(text.substr(s, pos - s));
}

// The lower-cased word of letters starting at byte `pos` (at most 16 bytes).
std::string word_at(std::string_view text, std::size_t pos, std::size_t end) {
  std::size_t e = pos;
  while (e < end && e < pos + 16) {
    std::size_t l = 1;
    const char32_t c = decode_utf8(text, e, l);
    if (!is_word_char(c) || (c >= '0' && c <= '9')) break;
    e += l;
  }
  return lower_utf8(text.substr(pos, e - pos));
}

// The dot at `pos` closes a German ordinal: one to three digits after an article or preposition
// ("im 1. Kanal") or before a month name ("am 12. Oktober"; `next` is where the next word starts).
bool ordinal_dot(std::string_view text, std::size_t pos, std::size_t next, std::size_t end) {
  std::size_t s = pos;
  while (s > 0 && pos - s < 4 && text[s - 1] >= '0' && text[s - 1] <= '9') --s;
  if (s == pos || pos - s > 3 || (s > 0 && text[s - 1] >= '0' && text[s - 1] <= '9')) return false;
  if (next < end) {
    if (in_word_table<kMonths>(word_at(text, next, end))) return true;
  }
  if (s == 0 || text[s - 1] != ' ') return false;
  return in_word_table<kOrdinalBefore>(word_before(text, s - 1, 0));
}

}  // namespace

bool ends_sentence(std::string_view text, std::size_t pos, std::size_t end) {
  std::size_t len = 1;
  const char32_t c = decode_utf8(text, pos, len);
  if (!is_terminal(c)) return false;
  std::size_t j = pos + len;
  // Skip further terminals and closing marks: 'said.”' ends after the mark.
  while (j < end) {
    std::size_t l2 = 1;
    const char32_t d = decode_utf8(text, j, l2);
    if (!(is_terminal(d) || is_closing(d))) break;
    j += l2;
  }
  if (j >= end) return true;
  std::size_t l2 = 1;
  char32_t d = decode_utf8(text, j, l2);
  if (!is_space(d)) return false;
  if (c == '.') {
    const std::string w = word_before(text, pos, 0);
    if (w.size() == 1 && w[0] >= 'a' && w[0] <= 'z') return false;  // an initial: "J. Smith"
    if (in_word_table<kAbbreviations>(w)) return false;
  }
  while (j < end && is_space(d)) {
    if (d == '\n') return true;
    j += l2;
    if (j < end) d = decode_utf8(text, j, l2);
  }
  if (j >= end) return true;
  if (c == '.' && ordinal_dot(text, pos, j, end)) return false;
  return !is_lower(d);
}

std::vector<ByteRange> split_sentences(std::string_view text, std::size_t begin, std::size_t end,
                                       const std::vector<ByteRange>& opaque) {
  std::vector<ByteRange> out;
  // Next opaque range, by binary search: the ranges are sorted and disjoint, and a linear scan
  // from 0 for every paragraph was quadratic on long texts (6,000 paragraphs x 400,000 marks).
  std::size_t k = static_cast<std::size_t>(
      std::partition_point(opaque.begin(), opaque.end(),
                           [begin](const ByteRange& r) { return r.second <= begin; }) -
      opaque.begin());
  std::size_t s = begin;
  auto emit = [&](std::size_t a, std::size_t b) {
    while (a < b && (text[a] == ' ' || text[a] == '\n' || text[a] == '\t' || text[a] == '\r')) ++a;
    while (b > a && (text[b - 1] == ' ' || text[b - 1] == '\n' || text[b - 1] == '\t' || text[b - 1] == '\r')) --b;
    if (b > a) out.emplace_back(a, b);
  };
  std::size_t i = begin;
  while (i < end) {
    if (k < opaque.size() && i >= opaque[k].first) {
      const std::size_t oe = opaque[k].second < end ? opaque[k].second : end;
      ++k;
      // A quotation ending its own sentence ('... Ukraine.” At the same time') closes it.
      if (oe > i && oe < end) {
        std::size_t p = oe;
        while (p > i) {
          p = prev_cp_start(text, p);
          std::size_t l = 1;
          const char32_t c = decode_utf8(text, p, l);
          if (!is_closing(c)) break;
        }
        if (p > i && ends_sentence(text, p, end) && text[oe] == ' ') {
          std::size_t l = 1;
          std::size_t q = oe;
          while (q < end && text[q] == ' ') ++q;
          if (q < end && is_upper(decode_utf8(text, q, l))) {
            emit(s, oe);
            s = oe;
          }
        }
      }
      i = oe > i ? oe : i + 1;
      continue;
    }
    if (text[i] == '\n') {
      emit(s, i);
      s = i + 1;
      ++i;
      continue;
    }
    // Most bytes are ASCII and no terminal: skip them without decoding, up to the next
    // quotation (opaque range), which the branch above must see.
    if (plain_ascii(text[i])) {
      const std::size_t lim = k < opaque.size() && opaque[k].first < end ? opaque[k].first : end;
      i = skip_ascii_until<'.', '!', '?', '\n'>(text, i + 1, lim);  // !plain_ascii()
      continue;
    }
    std::size_t len = 1;
    const char32_t c = decode_utf8(text, i, len);
    if (is_terminal(c) && ends_sentence(text, i, end)) {
      std::size_t j = i + len;
      while (j < end) {
        std::size_t l2 = 1;
        const char32_t d = decode_utf8(text, j, l2);
        if (!(is_terminal(d) || is_closing(d))) break;
        if (k < opaque.size() && j >= opaque[k].first) break;
        j += l2;
      }
      emit(s, j);
      s = j;
      i = j;
      continue;
    }
    i += len;
  }
  emit(s, end);
  return out;
}

}  // namespace pith::detail
