// Helpers the German reported-speech rules share (reported_de_rules.h).
#include "quotes/reported/reported_de_rules.h"

#include <string>

#include "common/word_set.h"
#include "quotes/cues/lexicon.h"
#include "quotes/cues/punct.h"
#include "quotes/reported/reported_rules.h"

namespace pith::detail::reported_de_rules {
namespace {

#include "quotes/reported/reported_de_table.inc"

}  // namespace

using reported_rules::content_ok;
using reported_rules::emit;

bool adjective_ending(std::string_view w) {
  if (w.size() < 4) return false;
  const std::string_view e2 = w.substr(w.size() - 2);
  return w.back() == 'e' || e2 == "en" || e2 == "er" || e2 == "es" || e2 == "em";
}

std::size_t clause_start_before(std::string_view text, const std::vector<Token>& toks,
                                std::size_t first, std::size_t i) {
  for (std::size_t j = i; j > first; --j)
    if (punct_is(text, toks[j - 1], ',')) return j;
  return first;
}

Mention subject_before_verb(std::string_view text, const std::vector<Token>& toks,
                            std::size_t first, std::size_t v, std::size_t ceil) {
  constexpr std::size_t kMaxPhraseWords = 3;  // "im gleichen neuen Interview"
  Mention m = mention_before(text, toks, v, first);
  if (!m.ok() || m.kind == MentionKind::kPronoun) return m;
  std::size_t p = m.r.first, n = 0;
  while (p > first && n < kMaxPhraseWords && is_word(toks, p - 1) && !toks[p - 1].cap) {
    const std::string w = low(text, toks, p - 1);
    if (in_word_table<kDePrepositions>(w)) break;
    if (!in_word_table<kDeNounPhraseWords>(w) && !adjective_ending(w)) return m;
    --p;
    ++n;
  }
  // The preposition may open the sentence, capitalised ("In einem Interview").
  if (p == first || !is_word(toks, p - 1) || !in_word_table<kDePrepositions>(low(text, toks, p - 1))) return m;
  const std::size_t prep = p - 1;
  if (prep == first) {
    const Mention after = v + 1 < ceil ? mention_after(text, toks, v + 1, ceil) : Mention{};
    return after.ok() && after.r.first == v + 1 ? after : Mention{};
  }
  const Mention opener = mention_after(text, toks, first, prep);
  return opener.ok() && opener.r.first == first ? opener : Mention{};
}

bool emit_content(std::string_view text, const std::vector<Token>& toks, std::size_t cs,
                  std::size_t ce, const std::vector<unsigned char>& quoted, const CueMatch& cue,
                  const Mention& m, Reported& out) {
  if (cs >= ce || !content_ok(text, toks, cs, ce, quoted)) return false;
  Attribution a;
  a.cue = cue;
  a.mention = m;
  a.ok = cue.ok;
  return emit(out, a, toks, cs, ce, ce);
}

bool report_verb(std::string_view text, const std::vector<Token>& toks, std::size_t i) {
  return is_word(toks, i) && in_word_table<kDeReportVerbs>(low(text, toks, i));
}

}  // namespace pith::detail::reported_de_rules
