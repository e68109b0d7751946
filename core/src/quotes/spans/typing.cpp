#include "quotes/spans/typing.h"

#include "quotes/cues/lexicon.h"
#include "quotes/cues/punct.h"

namespace pith::detail {
namespace {
// "boundless", "exchanged sanctions", "Firefox": a term in quotes, not a statement.
constexpr std::size_t kScareMaxWords = 3;
}  // namespace

TypeInput type_input(std::string_view text, const std::vector<Token>& toks, const MarkSpan& s,
                     const Frame& f, std::size_t pf, std::size_t pe) {
  const QuoteWindow& w = f.w;
  TypeInput in;
  for (std::size_t k = w.open + 1; k < f.content_end; ++k)
    if (toks[k].kind == TokKind::kWord || toks[k].kind == TokKind::kNumber) ++in.words;
  in.sentence_start = w.open == w.before;
  if (!in.sentence_start && w.open == w.before + 1 && toks[w.before].kind == TokKind::kPunct &&
      std::string_view("-\xE2").find(text[toks[w.before].start]) != std::string_view::npos)
    in.sentence_start = true;
  // Only a quotation opening its paragraph can fill it: the rest of the paragraph is read for
  // that one alone (a paragraph of marks, '"""...', read it again for every quotation).
  bool only_punct_after = w.open == pf;
  for (std::size_t k = s.closed ? w.close + 1 : pe; k < pe && only_punct_after; ++k)
    only_punct_after = toks[k].kind == TokKind::kPunct;
  in.fills_paragraph = only_punct_after;
  in.continuation = s.continuation || s.continues;
  if (f.content_end > w.open + 1) {
    const Token& last = toks[f.content_end - 1];
    in.ends_sentence = punct_is(text, last, ".!?");
  }
  return in;
}

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
