// Facts about each word of the quote engine's text that the reported-speech rules ask of every
// sentence (reported.cpp, reported_de_lang.cpp), from one index of the word lists involved and,
// inside find_quotes, looked up once per text instead of once per word per rule.
#pragma once
#include <string_view>
#include <vector>

#include "common/names.h"

namespace pith::detail {

enum TokenFact : unsigned char {
  kFactDeMarker = 1,                // a German function word: "und", "nicht"
  kFactDeParticle = 2,              // a name particle: "von", "der" (Ursula von der Leyen)
  kFactDeReportOrSubjunctive = 4,   // a German reporting verb or subjunctive form: "sagte", "sei"
  kFactMayBeCue = 8,                // may open a cue of find_reported(): "said", "according",
                                    // a headline, pointer or stance verb
};

// The facts of one lower-cased word (0: none).
unsigned char word_facts(std::string_view lower);

// The facts of every token of `toks` (0 for numbers and punctuation), computed once while a
// LowerCaseScope for this very `text` is open and kept for that scope and token list (find_quotes
// tokenizes its text once); nullptr with no such scope, and the caller asks word_facts() itself.
// Valid until facts are asked of another token list or text.
const unsigned char* token_facts(std::string_view text, const std::vector<Token>& toks);

}  // namespace pith::detail
