#include "quotes/spans/typing.h"

#include "quotes/cues/lexicon.h"
#include "quotes/cues/punct.h"

namespace pith::detail {
namespace {
// "boundless", "exchanged sanctions", "Firefox": a term in quotes, not a statement.
constexpr std::size_t kScareMaxWords = 3;
// A cue right before a quotation of at least this many words ending in . ! ? inside the marks
// frames a sentence of its own: 'which said “the majority of countries condemned the war.”'.
constexpr std::size_t kSentenceMinWords = 4;
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
  in.set_off = w.open > w.before && punct_is(text, toks[w.open - 1], ":,");
  // 'the “boundless” strategic partnership': a term modifying the noun after it.
  if (s.closed && w.open > w.before && w.close + 1 < pe && toks[w.open - 1].kind == TokKind::kWord &&
      toks[w.close + 1].kind == TokKind::kWord && !toks[w.close + 1].cap)
    in.modifier = is_determiner(low(text, toks, w.open - 1)) && pronoun_class(low(text, toks, w.open - 1)) == 0;
  for (std::size_t k = w.open + 1; k < f.content_end; ++k) {
    if (toks[k].kind == TokKind::kNumber) in.starts_upper = true;
    if (toks[k].kind == TokKind::kWord) in.starts_upper = toks[k].cap;
    if (toks[k].kind == TokKind::kWord || toks[k].kind == TokKind::kNumber) break;
  }
  return in;
}

QuoteType classify_quote(const TypeInput& in, const Attribution& a) {
  if ((in.fills_paragraph || in.continuation) && !(a.ok && a.adjacent)) return QuoteType::kBlock;
  // “We will win,” said Ana Ruiz. / Ana Ruiz said: “We will win.” — a sentence of its own,
  // however short; Ana Ruiz said “we will win” and left — a fragment of the writer's sentence.
  if (in.modifier && in.words <= kScareMaxWords) return QuoteType::kScare;
  if (a.ok && a.adjacent)
    return in.sentence_start || in.starts_upper || in.set_off ||
                   (in.ends_sentence && in.words >= kSentenceMinWords)
               ? QuoteType::kDirect
               : QuoteType::kPartial;
  if (in.sentence_start) {
    return in.words <= kScareMaxWords && !in.ends_sentence ? QuoteType::kScare : QuoteType::kDirect;
  }
  return in.words <= kScareMaxWords ? QuoteType::kScare : QuoteType::kPartial;
}

}  // namespace pith::detail
