// Reported (indirect) speech without quotation marks: "Medvedev said that during the meeting
// ...", "According to him, ...", "The talks were useful, he said."
#pragma once
#include <cstddef>
#include <string_view>
#include <vector>

#include "common/names.h"
#include "quotes/cues/token_facts.h"
#include "quotes/speakers/speaker.h"

namespace pith::detail {

struct Reported {
  Attribution attribution;
  std::size_t start = 0;  // content clause, bytes
  std::size_t end = 0;
  std::size_t next = 0;  // token to search on from for a further attribution in the sentence
};

// The first reported clause of a sentence whose cue starts at or after token `from`. Tokens
// [first, last) are the sentence; `quoted` is 2 inside a quotation, 1 inside a scare quote (a
// clause holding a quotation, or mostly quoted terms, is left to the quotes). Call again with
// `from = out.next` for a further one ("X said A and said that B"). `facts`: the text's token
// facts (find_quotes builds them once); without them the rules look each word up.
bool find_reported(std::string_view text, const std::vector<Token>& toks, std::size_t first,
                   std::size_t last, const std::vector<unsigned char>& quoted, Reported& out,
                   std::size_t from = 0, const TokenFacts* facts = nullptr);

}  // namespace pith::detail
