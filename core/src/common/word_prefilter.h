// A cheap pre-test before a word-table look-up, for the rules that ask a table about every word
// of every sentence ("is this word 'reportedly'?", "a stance verb?", "a German subjunctive
// marker?"): nearly every word fails it on its length or on its first byte, last byte and
// length together, so it is never hashed (nor, for the token form, lower-cased).
// Exact: a word of the table always passes (the filter is built from the table itself), so a
// rule's answers do not change; only look-ups that could not succeed are skipped.
#pragma once
#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "common/names.h"
#include "common/word_set.h"

namespace pith::detail {

struct WordPrefilter {
  std::uint64_t lengths = 0;               // bit min(length, 63) for every word of the table
  std::array<std::uint64_t, 64> bits{};    // 4096 bits: prefilter_slot() of every word
};

inline std::size_t prefilter_length_bit(std::size_t n) { return n < 63 ? n : 63; }

// First byte, last byte and length mixed into 12 bits.
inline std::size_t prefilter_slot_of(std::uint32_t a, std::uint32_t b, std::size_t n) {
  const std::uint32_t h = (a * 0x9E3779B1u) ^ (b * 0x85EBCA6Bu) ^ (static_cast<std::uint32_t>(n) * 0xC2B2AE35u);
  return (h ^ (h >> 15)) & 4095u;
}

// The slot of a word (an empty word: slot 0).
inline std::size_t prefilter_slot(std::string_view w) {
  if (w.empty()) return 0;
  return prefilter_slot_of(static_cast<unsigned char>(w.front()), static_cast<unsigned char>(w.back()),
                           w.size());
}

inline bool prefilter_slot_set(const WordPrefilter& f, std::size_t s) {
  return (f.bits[s >> 6] >> (s & 63)) & 1u;
}

template <class Table>
WordPrefilter make_word_prefilter(const Table& table) {
  WordPrefilter f;
  for (std::string_view w : table) {
    f.lengths |= std::uint64_t{1} << prefilter_length_bit(w.size());
    const std::size_t s = prefilter_slot(w);
    f.bits[s >> 6] |= std::uint64_t{1} << (s & 63);
  }
  return f;
}

inline bool prefilter_length_passes(const WordPrefilter& f, std::size_t n) {
  return (f.lengths >> prefilter_length_bit(n)) & 1u;
}

inline bool prefilter_passes(const WordPrefilter& f, std::string_view lower) {
  if (!prefilter_length_passes(f, lower.size())) return false;
  return prefilter_slot_set(f, prefilter_slot(lower));
}

template <const auto& Table>
const WordPrefilter& word_prefilter() {
  static const WordPrefilter filter = make_word_prefilter(Table);
  return filter;
}

// in_word_table<Table>(lower), the same answer, with the pre-test first. `lower` is the
// lower-cased word, as for in_word_table.
template <const auto& Table>
bool in_word_table_filtered(std::string_view lower) {
  return prefilter_passes(word_prefilter<Table>(), lower) && in_word_table<Table>(lower);
}

// Whether token `t`, lower-cased, is in the table: its byte length, and when its first and last
// bytes are ASCII its slot, are tested before it is lower-cased at all (lower-casing keeps every
// code point's byte length, common/utf8.cpp, and maps an ASCII byte only A-Z to a-z).
template <const auto& Table>
bool tok_in_word_table(std::string_view text, const Token& t, std::string& buf) {
  const WordPrefilter& f = word_prefilter<Table>();
  const std::size_t n = t.end - t.start;
  if (n == 0) return in_word_table_filtered<Table>(lower_tok(text, t, buf));
  if (!prefilter_length_passes(f, n)) return false;
  auto ascii_lower = [](unsigned char c) -> std::uint32_t { return c >= 'A' && c <= 'Z' ? c + 32u : c; };
  const auto a = static_cast<unsigned char>(text[t.start]);
  const auto b = static_cast<unsigned char>(text[t.end - 1]);
  if (a < 0x80 && b < 0x80 && !prefilter_slot_set(f, prefilter_slot_of(ascii_lower(a), ascii_lower(b), n)))
    return false;
  return in_word_table_filtered<Table>(lower_tok(text, t, buf));
}

}  // namespace pith::detail
