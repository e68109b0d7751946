// Facts about each word of the quote engine's text that the reported-speech rules ask of every
// sentence (reported.cpp, cues/lang_de.cpp), from one index of the word lists involved and,
// inside find_quotes, looked up once per text instead of once per word per rule.
#pragma once
#include <cstddef>
#include <cstdint>
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
  // Asked of every word of every sentence by one rule each (English included); a sentence
  // without the bit skips the rule's scan.
  kFactDeSubjMarker = 16,           // a subjunctive form no English word shares: "hätte", "würde"
  kFactHearsay = 32,                // a hearsay adverb: "reportedly"
  kFactDass = 64,                   // the German conjunction "dass"
  kFactClaimNoun = 128,             // a noun whose that-clause is reported: "claim", "warning"
};

// The facts of one lower-cased word (0: none).
unsigned char word_facts(std::string_view lower);

// The facts of every token of `toks` (0 for numbers and punctuation), computed once while a
// LowerCaseScope for this very `text` is open and kept for that scope and token list (find_quotes
// tokenizes its text once); nullptr with no such scope, and the caller asks word_facts() itself.
// Valid until facts are asked of another token list or text.
const unsigned char* token_facts(std::string_view text, const std::vector<Token>& toks);

// Running counts over the tokens of the last token_facts() list (index i: tokens before i), so a
// sentence's German words are counted in constant time (clearly_german and has_german_word run
// on every sentence, up to four times each): `german` counts the words clearly_german counts (a
// German function word that is no name particle, or a German reporting verb or subjunctive
// form), `markers` those with kFactDeMarker. nullptr when token_facts() would give nullptr.
struct TokenFactCounts {
  std::vector<std::uint32_t> german;
  std::vector<std::uint32_t> markers;
};
const TokenFactCounts* token_fact_counts(std::string_view text, const std::vector<Token>& toks);

// Whether some token in [first, last) has one of the `bits` (facts from token_facts()).
inline bool any_token_fact(const unsigned char* facts, std::size_t first, std::size_t last,
                           unsigned char bits) {
  for (std::size_t i = first; i < last; ++i)
    if (facts[i] & bits) return true;
  return false;
}

}  // namespace pith::detail
