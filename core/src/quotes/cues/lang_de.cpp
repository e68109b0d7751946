// Is this sentence German, and where does it really end: the checks every German reported-speech
// rule runs first (split out of reported_de.cpp). They run on every sentence of every text,
// English included, so each is one pass of hashed look-ups over the sentence's words.
#include "quotes/cues/lang_de.h"

#include <algorithm>
#include <string>

#include "common/word_set.h"
#include "quotes/cues/lexicon.h"
#include "quotes/cues/punct.h"
#include "quotes/cues/token_facts.h"

namespace pith::detail {
namespace {

#include "quotes/reported/reported_de_table.inc"

constexpr std::size_t kMaxSentenceTokens = 200;
// German function words, name particles aside, that make a sentence clearly German.
constexpr std::size_t kMinClearlyGerman = 2;


}  // namespace

// A German function word in the sentence ("will" alone is English as much as German).
bool has_german_word(std::string_view text, const std::vector<Token>& toks, std::size_t first,
                     std::size_t last, const TokenFacts* facts) {
  if (facts) {  // constant time (token_facts.h)
    const std::size_t a = std::min(first, toks.size()), b = std::min(last, toks.size());
    return b > a && facts->markers(a, b) > 0;
  }
  std::string buf;  // lower_tok reads the text's lower-cased copy: no string per token
  for (std::size_t i = first; i < last; ++i)
    if (is_word(toks, i) && in_word_table<kDeMarkers>(lower_tok(text, toks[i], buf))) return true;
  return false;
}

// "am 12. Oktober": a sentence split after an ordinal day before a month name is no sentence end.
bool de_ordinal_split(std::string_view text, const std::vector<Token>& toks, std::size_t at) {
  return at >= 2 && at < toks.size() && punct_is(text, toks[at - 1], '.') &&
         toks[at - 2].kind == TokKind::kNumber && is_word(toks, at) && !toks[at].newline &&
         in_word_table<kDeMonths>(low(text, toks, at));
}

// The sentence end past such splits (bounded, within the paragraph).
std::size_t de_end_past_dates(std::string_view text, const std::vector<Token>& toks,
                           std::size_t last) {
  std::size_t j = last;
  while (de_ordinal_split(text, toks, j)) {
    std::size_t k = j;
    while (k < toks.size() && k - j < kMaxSentenceTokens && !toks[k].newline &&
           !punct_is(text, toks[k], ".!?"))
      ++k;
    if (k >= toks.size() || toks[k].newline || k - j >= kMaxSentenceTokens) return j;
    j = k + 1;
  }
  return j;
}

bool clearly_german(std::string_view text, const std::vector<Token>& toks, std::size_t first,
                    std::size_t last, const TokenFacts* facts) {
  // The four lists asked of every word of every sentence, English included: one look-up per
  // word of the text (token_facts.cpp), and with the running counts constant time per sentence.
  if (facts) {
    const std::size_t a = std::min(first, toks.size()), b = std::min(last, toks.size());
    return b > a && facts->german(a, b) >= kMinClearlyGerman;
  }
  std::size_t hits = 0;
  std::string buf;
  for (std::size_t i = first; i < last && hits < kMinClearlyGerman; ++i) {
    if (!is_word(toks, i)) continue;
    const unsigned char f = word_facts(lower_tok(text, toks[i], buf));
    // "Ursula von der Leyen", "Karl zu Guttenberg": name particles count as English too.
    if ((f & kFactDeMarker) && !(f & kFactDeParticle)) ++hits;
    // "Später sagte Roe vor der Presse, ...", "..., man prüfe alle Angebote": a German
    // reporting verb or subjunctive form is no English word.
    else if (f & kFactDeReportOrSubjunctive) ++hits;
  }
  return hits >= kMinClearlyGerman;
}

}  // namespace pith::detail
