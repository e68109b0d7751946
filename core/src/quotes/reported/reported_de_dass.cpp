// German ", dass" clauses of a main clause whose verb no cue list holds (reported_de_dass.h).
#include "quotes/reported/reported_de_dass.h"

#include "common/word_set.h"
#include "quotes/cues/punct.h"
#include "quotes/reported/reported_rules.h"
#include "quotes/cues/token_facts.h"

namespace pith::detail {
namespace {

#include "quotes/reported/reported_de_table.inc"

// "so" or "derart" shortly before the comma makes the clause a result: "Die Explosion war so
// heftig, dass ...".
constexpr std::size_t kMaxResultReach = 4;

}  // namespace

bool dass_clause_de(std::string_view text, const std::vector<Token>& toks, std::size_t first,
                    std::size_t last, const std::vector<unsigned char>& quoted, Reported& out,
                    const TokenFacts* facts) {
  // Asked of every sentence, English included: inside find_quotes one flag per word says
  // there is no "dass" to look for.
  if (facts && (last < 4 || !facts->any(first + 2, last - 2, kFactDass))) return false;
  for (std::size_t i = first + 2; i + 2 < last; ++i) {
    // Byte length first ("dass" is four bytes lower-cased too): asked of every word.
    if (!is_word(toks, i) || toks[i].end - toks[i].start != 4 || quoted[i] ||
        !punct_is(text, toks[i - 1], ','))
      continue;
    std::string buf;
    if (lower_tok(text, toks[i], buf) != "dass") continue;
    const std::size_t comma = i - 1;
    if (!is_word(toks, comma - 1)) continue;
    bool excluded = in_word_table<kDeDassNotContent>(low(text, toks, comma - 1));
    for (std::size_t k = comma; !excluded && k > first && comma - k < kMaxResultReach; --k) {
      if (!is_word(toks, k - 1)) break;
      const std::string w = low(text, toks, k - 1);
      excluded = w == "so" || w == "derart";
    }
    if (excluded) return false;  // only the first ", dass" of a sentence is weighed
    std::size_t ce = last;
    if (!reported_rules::content_ok(text, toks, i, ce, quoted)) return false;
    Attribution a;
    a.cue = CueMatch{comma - 1, comma - 1, kCueReport, true};
    const Mention m = subject_of(text, toks, first, comma);
    // The main clause's subject: opening the sentence ("Das Gericht sah es ...") or after a
    // fronted phrase and the verb ("Im Mai sah das Gericht es ..."); none in "Im April wurde
    // bekannt, dass".
    if (m.ok()) a.mention = m;
    a.ok = true;
    return reported_rules::emit(out, a, toks, i, ce, ce);
  }
  return false;
}

}  // namespace pith::detail
