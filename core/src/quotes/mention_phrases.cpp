// Phrases the mention readers (mention.cpp) step over between a subject and its verb. Split
// from mention.cpp (size).
#include "common/word_set.h"
#include "quotes/lexicon.h"
#include "quotes/mention.h"

namespace pith::detail {
namespace {

#include "quotes/mention_table.inc"

}  // namespace

// The start of a time phrase ending just before `end` ("on Wednesday", "last week", "early
// Sunday morning"), or `end` when there is none.
std::size_t before_time_phrase(std::string_view text, const std::vector<Token>& toks, std::size_t end,
                               std::size_t floor) {
  std::size_t k = end, words = 0;
  while (k > floor && words < 3 && toks[k - 1].kind == TokKind::kWord &&
         in_word_table<kTimePhraseWords>(low(text, toks, k - 1))) {
    --k;
    ++words;
  }
  if (words == 0 || k <= floor + 1 || toks[k - 1].kind != TokKind::kWord || toks[k - 1].cap ||
      !in_word_table<kTimePhraseOpeners>(low(text, toks, k - 1)))
    return end;
  return k - 1;
}

}  // namespace pith::detail
