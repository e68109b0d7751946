// The speaker names a reader sees: the noun phrase of a mention without the clause words a
// reading back from a cue ran into ("Like Ana Ruiz" -> "Ana Ruiz", "Lea Holm was quick to" ->
// "Lea Holm"), and the person a description names ("regional minister Ana Ruiz" -> "Ana Ruiz").
#pragma once
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "common/names.h"

namespace pith::detail {

// The noun phrase of mention `r`: without leading conjunctions and sentence adverbs, cut
// before a clause word or a verb, without trailing function words. ok == false when nothing
// of a phrase is left ("has been the").
TokRange name_phrase(std::string_view text, const std::vector<Token>& toks, TokRange r);

// The person name that ends a description, as a name run of at least two words with no
// preposition or organisation word before it inside `r`: "Republican presidential candidate
// Ana Ruiz" -> "Ana Ruiz"; not "a spokesman for Mayor Ana Ruiz". ok == false when none.
TokRange trailing_person(std::string_view text, const std::vector<Token>& toks, TokRange r);

// The person after the last organisation word of a name run: "Senate Minority Whip Lea Holm"
// -> "Lea Holm" (two name words at least). ok == false when none.
TokRange person_after_org(std::string_view text, const std::vector<Token>& toks, TokRange r);

// The part of a name run after a possessive inside it: "Colorado's Lea Holm" -> "Lea Holm",
// "the Harbour Board's Tom Berg" -> "Tom Berg"; `r` itself when there is none.
TokRange after_possessive(std::string_view text, const std::vector<Token>& toks, TokRange r);

// Whether `lower` is a modifier standing for an elided noun ("the former" [minister]): shown
// with its article.
bool lone_modifier(std::string_view lower);

// Whether every word of `r` is a conjunction or sentence adverb ("Derzeit", "But"): no name.
bool only_lead_words(std::string_view text, const std::vector<Token>& toks, TokRange r);

// The display string: no possessive ending ("Ana Ruiz's" -> "Ana Ruiz") and no unclosed
// parenthesis or dangling punctuation at the end.
std::string tidy_name(std::string name);

}  // namespace pith::detail
