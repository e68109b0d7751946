// Frames of a quote that stand apart from its sentence: a bare "Roe said." after a quote that
// closed its own sentence, and a signature line under a quote that fills its paragraph. Split
// from speaker.cpp (size).
#include <algorithm>

#include "quotes/speakers/speaker.h"

namespace pith::detail {

namespace {
constexpr std::size_t kMaxSignatureWords = 6;  // "- Ana María Ruiz Soto."
}  // namespace

// A frame that is a sentence of its own right after a quote, "Roe said." or "said Roe.",
// starting at token `i` on the quote's line; ok == false unless it ends with a full stop
// within a few words ('“We won.” Roe said the count was late.' is another sentence).
Attribution bare_frame_after(std::string_view text, const std::vector<Token>& toks, std::size_t i) {
  constexpr std::size_t kReach = 9;
  Attribution a;
  std::size_t lim = i;
  while (lim < toks.size() && lim < i + kReach && !(lim > i && toks[lim].newline) &&
         !punct_is(text, toks[lim], ".!?"))
    ++lim;
  if (i >= lim || lim >= toks.size() || !punct_is(text, toks[lim], ".") || toks[i].newline) return a;
  CueMatch cue = cue_at(text, toks, i, lim);
  if (cue.ok && (cue.flags & kCueEnd)) {
    const Mention m = mention_after(text, toks, cue.last + 1, lim);
    if (m.ok() && m.kind != MentionKind::kPronoun && m.r.last + 1 == lim) a.mention = m;
  } else {
    const Mention m = mention_after(text, toks, i, lim);
    if (!m.ok()) return a;
    std::size_t k = m.r.last + 1;
    while (k < lim && toks[k].kind == TokKind::kWord && !toks[k].cap && is_skip_word(low(text, toks, k))) ++k;
    cue = cue_at(text, toks, k, lim);
    if (cue.ok && (cue.flags & kCueEnd) && cue.last + 1 == lim) a.mention = m;
  }
  if (!a.mention.ok()) return a;
  a.cue = cue;
  a.ok = true;
  a.adjacent = true;
  return a;
}

// Fact-checks and quote round-ups print the speaker on the line under the quote:
// '“We will win.”' then '— Ana Ruiz.' or '- Roe, Leeds.'
Attribution signature_below(std::string_view text, const std::vector<Token>& toks, const QuoteWindow& w) {
  Attribution a;
  if (w.close + 2 >= toks.size() || !is_dash(text, toks[w.close + 1]) || !toks[w.close + 1].newline ||
      !(w.open == 0 || toks[w.open].newline))
    return a;
  const std::size_t ceil = std::min(toks.size(), w.close + 2 + kMaxSignatureWords);
  const TokRange r = name_run_after(text, toks, w.close + 2, ceil);
  const std::size_t k = r.last + 1;
  if (r.ok && !toks[w.close + 2].newline &&
      (k >= toks.size() || toks[k].newline || punct_is(text, toks[k], ".,"))) {
    a.mention.r = r;
    a.mention.kind = MentionKind::kName;
    a.ok = true;
    a.adjacent = true;
  }
  return a;
}

}  // namespace pith::detail
