// Facts about each word of the quote engine's text that the reported-speech rules ask of every
// sentence (reported.cpp, cues/lang_de.cpp), from one index of the word lists involved, looked
// up once per text (find_quotes builds a TokenFacts) instead of once per word per rule.
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

// The facts of every token of one text's token list (0 for numbers and punctuation), with
// running counts over them, so a sentence's German words are counted in constant time
// (clearly_german and has_german_word run on every sentence, up to four times each).
// find_quotes builds them once and hands them to the rules (find_reported and the rules it
// calls, the German language checks); a rule given none looks its words up itself, with the
// same answers.
class TokenFacts {
 public:
  TokenFacts(std::string_view text, const std::vector<Token>& toks);

  unsigned char operator[](std::size_t i) const { return facts_[i]; }

  // Whether some token in [first, last) has one of the `bits`.
  bool any(std::size_t first, std::size_t last, unsigned char bits) const {
    for (std::size_t i = first; i < last; ++i)
      if (facts_[i] & bits) return true;
    return false;
  }

  // The words clearly_german counts in tokens [first, last) (both within the token list): a
  // German function word that is no name particle, or a German reporting verb or subjunctive
  // form.
  std::size_t german(std::size_t first, std::size_t last) const {
    return count_in(german_, first, last);
  }
  // The words with kFactDeMarker in tokens [first, last).
  std::size_t markers(std::size_t first, std::size_t last) const {
    return count_in(markers_, first, last);
  }
  std::size_t size() const { return facts_.size(); }

 private:
  static std::size_t count_in(const std::vector<std::uint32_t>& at, std::size_t first,
                              std::size_t last);

  std::vector<unsigned char> facts_;
  // The indices of the tokens counted by german() and markers(), in order: counts in a range
  // are two binary searches. (Running counts took 8 bytes per token of every text; these lists
  // hold only the German words.)
  std::vector<std::uint32_t> german_;
  std::vector<std::uint32_t> markers_;
};

}  // namespace pith::detail
