// Is this sentence German, and where does it really end: the checks every German reported-speech
// rule runs first (split out of reported_de.cpp). They run on every sentence of every text,
// English included, so each is one pass of hashed look-ups over the sentence's words.
#include "quotes/reported_de_lang.h"

#include <cstdint>
#include <string>

#include "common/word_set.h"
#include "quotes/lexicon.h"
#include "quotes/punct.h"

namespace pith::detail {
namespace {

#include "quotes/reported_de_table.inc"

constexpr std::size_t kMaxSentenceTokens = 200;
// German function words, name particles aside, that make a sentence clearly German.
constexpr std::size_t kMinClearlyGerman = 2;

bool word(const std::vector<Token>& toks, std::size_t i) { return toks[i].kind == TokKind::kWord; }

// The four lists clearly_german() asks of every word of every sentence, as one index of flags:
// one look-up per word instead of up to four (this check runs on all text, English included).
enum : unsigned char { kDeMarker = 1, kDeParticle = 2, kDeReportOrSubjunctive = 4 };
const WordMap<unsigned char>& german_word_flags() {
  static const WordMap<unsigned char> flags = [] {
    WordMap<unsigned char> m;
    for (const auto& w : kDeMarkers) m.get_or_add(w) |= kDeMarker;
    for (const auto& w : kDeNameParticles) m.get_or_add(w) |= kDeParticle;
    for (const auto& w : kDeReportVerbs) m.get_or_add(w) |= kDeReportOrSubjunctive;
    for (const auto& w : kDeSubjunctive) m.get_or_add(w) |= kDeReportOrSubjunctive;
    return m;
  }();
  return flags;
}

// Every token's flags above, looked up once per text: the quote engine asks both checks of
// each sentence, an English one up to three times ("He said it." runs the German rules, the
// language check, then the subjunctive rule), and asked again per word that was most of the
// German rules' time. Kept for the text of the innermost LowerCaseScope and its one token list
// (find_quotes tokenizes once); any other text or list is looked up word by word.
struct TokenFlags {
  std::uint64_t scope = 0;  // LowerCaseScope::id
  const Token* toks = nullptr;
  std::size_t n = 0;
  std::vector<unsigned char> flags;
};
thread_local TokenFlags token_flags_cache;

const unsigned char* token_flags(std::string_view text, const std::vector<Token>& toks) {
  const LowerCaseScope* s = active_lower_case;
  if (!s || s->data != text.data() || s->size != text.size()) return nullptr;
  TokenFlags& c = token_flags_cache;
  if (c.scope != s->id || c.toks != toks.data() || c.n != toks.size()) {
    const auto& flags = german_word_flags();
    c.flags.assign(toks.size(), 0);
    std::string buf;
    for (std::size_t i = 0; i < toks.size(); ++i) {
      if (!word(toks, i)) continue;
      const unsigned char* f = flags.find(lower_tok(text, toks[i], buf));
      if (f) c.flags[i] = *f;
    }
    c.scope = s->id;
    c.toks = toks.data();
    c.n = toks.size();
  }
  return c.flags.data();
}

}  // namespace

// A German function word in the sentence ("will" alone is English as much as German).
bool has_german_word(std::string_view text, const std::vector<Token>& toks, std::size_t first,
                     std::size_t last) {
  if (const unsigned char* f = token_flags(text, toks)) {
    for (std::size_t i = first; i < last; ++i)
      if (f[i] & kDeMarker) return true;
    return false;
  }
  std::string buf;  // lower_tok reads the text's lower-cased copy: no string per token
  for (std::size_t i = first; i < last; ++i)
    if (word(toks, i) && in_word_table<kDeMarkers>(lower_tok(text, toks[i], buf))) return true;
  return false;
}

// "am 12. Oktober": a sentence split after an ordinal day before a month name is no sentence end.
bool de_ordinal_split(std::string_view text, const std::vector<Token>& toks, std::size_t at) {
  return at >= 2 && at < toks.size() && punct_is(text, toks[at - 1], '.') &&
         toks[at - 2].kind == TokKind::kNumber && word(toks, at) && !toks[at].newline &&
         in_word_table<kDeMonths>(low(text, toks, at));
}

// The sentence end past such splits (bounded, within the paragraph).
std::size_t de_end_past_dates(std::string_view text, const std::vector<Token>& toks,
                           std::size_t last) {
  std::size_t j = last;
  while (de_ordinal_split(text, toks, j)) {
    std::size_t k = j;
    while (k < toks.size() && k - j < kMaxSentenceTokens && !toks[k].newline &&
           !(toks[k].kind == TokKind::kPunct &&
             std::string_view(".!?").find(text[toks[k].start]) != std::string_view::npos))
      ++k;
    if (k >= toks.size() || toks[k].newline || k - j >= kMaxSentenceTokens) return j;
    j = k + 1;
  }
  return j;
}

bool clearly_german(std::string_view text, const std::vector<Token>& toks, std::size_t first,
                    std::size_t last) {
  const auto& flags = german_word_flags();
  const unsigned char* cached = token_flags(text, toks);
  std::size_t hits = 0;
  std::string buf;
  for (std::size_t i = first; i < last && hits < kMinClearlyGerman; ++i) {
    if (!word(toks, i)) continue;
    const unsigned char* f = cached ? (cached[i] ? &cached[i] : nullptr)
                                    : flags.find(lower_tok(text, toks[i], buf));
    if (!f) continue;
    // "Ursula von der Leyen", "Karl zu Guttenberg": name particles count as English too.
    if ((*f & kDeMarker) && !(*f & kDeParticle)) ++hits;
    // "Später sagte Roe vor der Presse, ...", "..., man prüfe alle Angebote": a German
    // reporting verb or subjunctive form is no English word.
    else if (*f & kDeReportOrSubjunctive) ++hits;
  }
  return hits >= kMinClearlyGerman;
}

}  // namespace pith::detail
