// Repairs inside one kept block: glued words, space before punctuation, repeated spaces,
// stray letters, doubled words. Each repair is an Edit; uncertain cases are left alone.
//
// What an Edit's before/after show (the smallest context a reader understands):
//   split-glued-words         the glued token:                 "BidenXi" -> "Biden Xi"
//   space-before-punctuation  word, spaces, mark, next word:   "and , perhaps" -> "and, perhaps"
//   collapse-spaces           word, spaces, next word:         "a   b" -> "a b"
//   stray-letter              one word before, the letter, two words after:
//                                                   "wanted b to see" -> "wanted to see"
//   doubled-word              both words:                      "the the" -> "the"
// Context words are included only when present on the same line.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "pith/article.h"
#include "pith/options.h"

namespace pith::detail {

// How one word form is used across the document.
struct WordUse {
  std::uint32_t total = 0;  // occurrences as a whole token, exact spelling
};

// Document-wide evidence for repairs (e.g. which pairs of capitalised words occur, so
// "BidenXi Jinping" can be split when "Xi Jinping" is seen elsewhere). Built once per document
// (linear: one pass, hash maps, one sort of the distinct words).
struct RepairContext {
  // Every word of the document, lowercased; sorted, unique (prefix searches: "benefi t").
  std::vector<std::string> known_words;
  std::unordered_map<std::string, WordUse> words;  // exact spelling -> use
  // Lowercase single letters standing alone between lowercase words, and how often. A letter
  // seen twice is a symbol or a label in this text ("x"), not debris.
  std::unordered_map<std::string, std::uint32_t> lone_letters;
  // Pairs of capitalised words one space apart ("Xi Jinping"), the evidence that the right half
  // of "BidenXi Jinping" starts a name this document uses.
  std::unordered_map<std::string, std::uint32_t> name_pairs;
  // How often a word is followed by a space and then , or . in the document. Many of these mean
  // inline content was stripped ("if , then" where a formula was), so none is repaired.
  std::uint32_t spaced_punctuation = 0;
};

RepairContext build_repair_context(std::string_view document);

struct RepairResult {
  std::string text;
  // Edit offsets: input_start/input_end index the block text passed in, start/end index
  // RepairResult::text. The caller shifts them to document offsets.
  std::vector<Edit> edits;
};

RepairResult repair_block(std::string_view block, const RepairOptions& options,
                          const RepairContext& context);

}  // namespace pith::detail
