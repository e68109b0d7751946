#include "quotes/spans/typing.h"

#include "quotes/cues/lexicon.h"

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

}  // namespace pith::detail
