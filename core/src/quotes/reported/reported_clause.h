// The clause of one English reported-speech cue (split out of reported.cpp, which finds the
// cue): who its source is ("X said", "according to X", the clause-start run before a stance
// verb) and where its content starts and ends ("that CLAUSE", "CLAUSE, X said", up to a second
// cue or a comma that opens another attribution).
#pragma once
#include <cstddef>
#include <string_view>
#include <vector>

#include "common/names.h"
#include "quotes/cues/lexicon.h"
#include "quotes/cues/token_facts.h"
#include "quotes/reported/reported.h"

namespace pith::detail::reported_rules {

// The sentence find_reported() reads: tokens [first, last), searched from token `from` on (an
// earlier attribution of the sentence ends there), with the quotation levels of its tokens.
struct Sentence {
  std::string_view text;
  const std::vector<Token>& toks;
  std::size_t first = 0;
  std::size_t last = 0;
  std::size_t from = 0;
  const std::vector<unsigned char>& quoted;
  const TokenFacts* facts = nullptr;  // the text's token facts, or none (words looked up)
};

// The reported clause of `cue` (a reporting cue: kCueReport), or false when the cue reports
// nothing here. `stance`: a stance, pointer or that-only cue (its object is content, and the run
// before it names a source only for a verb of speech or judgement).
bool cue_clause(const Sentence& s, const CueMatch& cue, bool stance, Reported& out);

}  // namespace pith::detail::reported_rules
