// Language checks of the German reported-speech rules (reported_de.cpp) and of the English cue
// patterns (reported.cpp), which stay out of German sentences.
#pragma once
#include <cstddef>
#include <string_view>
#include <vector>

#include "common/names.h"
#include "quotes/cues/token_facts.h"

namespace pith::detail {

// Two German function words (not name particles) in the sentence: the English cue patterns stay out of it (they
// read "sagte" as a cue but not German word order).
// `facts`: the text's token facts (find_quotes'), which answer in constant time; without them
// each word is looked up.
bool clearly_german(std::string_view text, const std::vector<Token>& toks, std::size_t first,
                    std::size_t last, const TokenFacts* facts = nullptr);

// A German function word in the sentence [first, last) ("will" alone is English as much as German).
bool has_german_word(std::string_view text, const std::vector<Token>& toks, std::size_t first,
                     std::size_t last, const TokenFacts* facts = nullptr);

// "am 12. Oktober": the sentence splitter ended a sentence after the ordinal day at `at` - 1.
bool de_ordinal_split(std::string_view text, const std::vector<Token>& toks, std::size_t at);

// The end of the sentence ending at `last`, continued past such ordinal splits (bounded, within
// the paragraph).
std::size_t de_end_past_dates(std::string_view text, const std::vector<Token>& toks,
                              std::size_t last);

}  // namespace pith::detail
