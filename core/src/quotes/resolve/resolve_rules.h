// Rules of speaker resolution (resolve.cpp) that read the text around one item: whether the
// sentence before a cue-less quote hands the turn to its subject, which group an English "they"
// stands for, whether a clause subject may speak a cue-less quote, the German reported mood
// around a quote, the previous sentence's subject. Split from resolve.cpp (size).
#pragma once
#include <cstddef>
#include <string_view>
#include <vector>

#include "common/names.h"
#include "quotes/mentions/mention.h"
#include "quotes/resolve/resolve_registry.h"

namespace pith::detail {

// Whether the tokens [k, end) are a turn verb closing the sentence, with an adverb and an
// "in" particle allowed: "agreed.", "quickly disagreed.", "chimed in:".
bool takes_turn(std::string_view text, const std::vector<Token>& toks, std::size_t k, std::size_t end);

// The group an English "they" at token `pronoun` stands for: the subject of its sentence
// (starting at `sentence`), or ok == false.
Mention plural_antecedent(std::string_view text, const std::vector<Token>& toks,
                          const resolve_registry::Registry& reg, std::size_t pronoun, std::size_t sentence);

// Whether a sentence subject found without any cue may stand as a quote's speaker (a person, a
// name, a noun-phrase description; for a scare quote only a person known by a full name or a
// German group noun of people).
bool plausible_subject(std::string_view text, const std::vector<Token>& toks,
                       const resolve_registry::Registry& reg, const Mention& m, bool scare);

// Whether the writer's words of the quote's sentence (tokens [first, open) and those after the
// quote's end byte up to the sentence's end) are in the German subjunctive of reported speech.
bool in_reported_mood(std::string_view text, const std::vector<Token>& toks, std::size_t first,
                      std::size_t open, std::size_t end_byte);

// The subject of the sentence before the one starting at token `at`, in the same paragraph.
Mention previous_subject(std::string_view text, const std::vector<Token>& toks, std::size_t at);

// "Jane Roe of Leeds says she thinks ...": a he/she after the name that opens its own sentence
// means that person, whoever spoke before. The name run (two words at least) or ok == false.
TokRange sentence_subject_name(std::string_view text, const std::vector<Token>& toks,
                               std::size_t pronoun);

}  // namespace pith::detail
