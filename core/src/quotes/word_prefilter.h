// A one-load pre-test before a word-table look-up, for the rules that ask a small table about
// every word of every sentence ("is this word 'reportedly'?", "a German subjunctive marker?"):
// nearly every English word fails it on its first byte and length, so it is never hashed.
// Exact: a word of the table always passes (built from the table itself), so a rule's answers
// do not change; only the look-ups that could not succeed are skipped.
#pragma once
#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "common/word_set.h"

namespace pith::detail {

// Bit min(length, 63) of entry [first byte] is set for every word of the table (an empty word:
// bit 0 of entry 0).
using WordPrefilter = std::array<std::uint64_t, 256>;

template <class Table>
WordPrefilter make_word_prefilter(const Table& table) {
  WordPrefilter f{};
  for (std::string_view w : table) {
    if (w.empty()) {
      f[0] |= 1u;
      continue;
    }
    f[static_cast<unsigned char>(w[0])] |= std::uint64_t{1} << (w.size() < 63 ? w.size() : 63);
  }
  return f;
}

inline bool prefilter_passes(const WordPrefilter& f, std::string_view lower) {
  if (lower.empty()) return f[0] & 1u;
  const std::size_t n = lower.size() < 63 ? lower.size() : 63;
  return (f[static_cast<unsigned char>(lower[0])] >> n) & 1u;
}

// in_word_table<Table>(lower), the same answer, with the pre-test first. `lower` is the
// lower-cased word, as for in_word_table.
template <const auto& Table>
bool in_word_table_filtered(std::string_view lower) {
  static const WordPrefilter filter = make_word_prefilter(Table);
  return prefilter_passes(filter, lower) && in_word_table<Table>(lower);
}

}  // namespace pith::detail
