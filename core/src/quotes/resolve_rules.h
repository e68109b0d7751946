// Rules of speaker resolution (resolve.cpp) that read the text around one item: whether the
// sentence before a cue-less quote hands the turn to its subject, and which group an English
// "they" stands for. Split from resolve.cpp (size).
#pragma once
#include <cstddef>
#include <string_view>
#include <vector>

#include "common/names.h"
#include "quotes/mention.h"
#include "quotes/resolve_registry.h"

namespace pith::detail {

// Whether the tokens [k, end) are a turn verb closing the sentence, with an adverb and an
// "in" particle allowed: "agreed.", "quickly disagreed.", "chimed in:".
bool takes_turn(std::string_view text, const std::vector<Token>& toks, std::size_t k, std::size_t end);

// The group an English "they" at token `pronoun` stands for: the subject of its sentence
// (starting at `sentence`), or ok == false.
Mention plural_antecedent(std::string_view text, const std::vector<Token>& toks,
                          const resolve_registry::Registry& reg, std::size_t pronoun, std::size_t sentence);

}  // namespace pith::detail
