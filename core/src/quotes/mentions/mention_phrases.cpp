// Phrases the mention readers (mention.cpp) step over between a subject and its verb. Split
// from mention.cpp (size).
#include "common/word_set.h"
#include "quotes/cues/lexicon.h"
#include "quotes/mentions/mention.h"

namespace pith::detail {
namespace {

#include "quotes/mentions/mention_table.inc"

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

std::size_t parenthetical_opener(std::string_view text, const std::vector<Token>& toks,
                                 std::size_t first, std::size_t floor) {
  constexpr std::size_t kMaxParenthetical = 24;
  constexpr std::size_t kNone = static_cast<std::size_t>(-1);
  if (first <= floor + 1) return first;
  const Token& p = toks[first - 1];
  if (p.kind != TokKind::kWord || p.cap || !in_word_table<kObjectPrepositions>(low(text, toks, first - 1)))
    return first;
  std::size_t j = first - 1, n = 0;
  while (j > floor && n < kMaxParenthetical && !(toks[j - 1].kind == TokKind::kPunct && text[toks[j - 1].start] == ',') &&
         !toks[j].newline) {
    --j;
    ++n;
  }
  if (j <= floor + 1 || !(toks[j - 1].kind == TokKind::kPunct && text[toks[j - 1].start] == ',') ||
      !is_name_word(text, toks[j - 2]))
    return kNone;
  return j - 2;
}

bool pronoun_before(std::string_view text, const std::vector<Token>& toks, std::size_t end,
                    std::size_t floor) {
  std::size_t b = end;
  int skipped = 0;
  while (b > floor && skipped < 3 && toks[b - 1].kind == TokKind::kWord && !toks[b - 1].cap &&
         is_skip_word(low(text, toks, b - 1))) {
    --b;
    ++skipped;
  }
  if (b <= floor || toks[b - 1].kind != TokKind::kWord) return false;
  const std::string x = low(text, toks, b - 1);
  return is_relative(x) || pronoun_class(x) != 0;
}

bool motion_preposition(std::string_view lower) { return in_word_table<kMotionPrepositions>(lower); }

}  // namespace pith::detail
