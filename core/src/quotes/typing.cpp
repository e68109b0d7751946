#include "quotes/typing.h"

#include "quotes/lexicon.h"

namespace pith::detail {
namespace {
// "boundless", "exchanged sanctions", "Firefox": a term in quotes, not a statement.
constexpr std::size_t kScareMaxWords = 3;
}  // namespace

QuoteType classify_quote(const TypeInput& in, const Attribution& a) {
  if ((in.fills_paragraph || in.continuation) && !(a.ok && a.adjacent)) return QuoteType::kBlock;
  if (a.ok && a.adjacent) return in.words <= kScareMaxWords && !in.ends_sentence
                                     ? QuoteType::kPartial : QuoteType::kDirect;
  if (in.sentence_start) {
    return in.words <= kScareMaxWords && !in.ends_sentence ? QuoteType::kScare : QuoteType::kDirect;
  }
  return in.words <= kScareMaxWords ? QuoteType::kScare : QuoteType::kPartial;
}

bool looks_like_title(std::string_view text, const std::vector<Token>& toks, std::size_t first,
                      std::size_t last) {
  std::size_t words = 0;
  for (std::size_t i = first; i < last; ++i) {
    if (toks[i].kind != TokKind::kWord) continue;
    ++words;
    if (toks[i].cap) continue;
    const std::string w = low(text, toks, i);
    if (!(is_determiner(w) || is_name_connector(w) || w == "of" || w == "and" || w == "und" ||
          w == "in" || w == "on" || w == "for" || w == "to"))
      return false;
  }
  return words >= 2;
}

}  // namespace pith::detail
