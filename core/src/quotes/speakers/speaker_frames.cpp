// Frames after a quote: the frame of its sentence after the closing mark (", X said", ", said
// X", '“Q,” read one sign'), a bare "Roe said." after a quote that closed its own sentence,
// and a signature line under a quote that fills its paragraph. Split from speaker.cpp (size).
#include <algorithm>
#include <string>

#include "common/word_set.h"
#include "quotes/speakers/speaker.h"

namespace pith::detail {

namespace {

#include "quotes/speakers/speaker_table.inc"

constexpr std::size_t kMaxSignatureWords = 6;  // "- Ana María Ruiz Soto."

// A cue right after the closing mark (and its comma or dash) at token `j`: '“Q,” said Roe',
// '„Q“, erinnerte sich Roe', '„Q“, heißt es in dem Schreiben', '“Q,” said the “Times”'.
Attribution cue_then_source(std::string_view text, const std::vector<Token>& toks,
                            const QuoteWindow& w, const CueMatch& cue) {
  Attribution a;
  a.cue = cue;
  std::size_t s = cue.last + 1;
  // German reflexive verbs: '„Q“, erinnerte sich Roe'.
  if (s < w.after && toks[s].kind == TokKind::kWord && is_reflexive(low(text, toks, s))) ++s;
  // '„Q“, heißt es in dem Schreiben': the document after the preposition speaks.
  if ((cue.flags & kCueImpersonal) && s + 1 < w.after && toks[s].kind == TokKind::kWord &&
      is_setting_preposition(low(text, toks, s)))
    ++s;
  a.mention = mention_after(text, toks, s, w.after);
  if (!a.mention.ok()) a.mention = modified_name_after(text, toks, s, w.after);
  // The window ends at the next quotation, which may be the source's quoted name.
  if (!a.mention.ok()) a.mention = quoted_name_after(text, toks, s, std::min(toks.size(), s + 10));
  a.ok = a.mention.ok();
  a.adjacent = a.ok;
  return a;
}

// An unlisted verb (token `j`, lower case) whose subject follows it, with no mention at `j`.
Attribution verb_then_source(std::string_view text, const std::vector<Token>& toks,
                             const QuoteWindow& w, std::size_t j) {
  Attribution a;
  // An unlisted verb before its subject, closing the sentence after a short phrase (and, in
  // German, a separable particle): '„Wir bleiben hier“, stellte Roe fest.', '“Q,” remembered
  // Roe.' Only after a quotation of a few words (a quoted title before a verb is not speech).
  std::size_t words = 0;
  for (std::size_t k = w.open + 1; k < w.close && words < 4; ++k) words += toks[k].kind == TokKind::kWord;
  if (words >= 4 && toks[j].kind == TokKind::kWord && !toks[j].cap && j > w.close &&
      punct_is(text, toks[j - 1], ",") && !is_mention_stop(low(text, toks, j)) &&
      !is_skip_word(low(text, toks, j))) {
    std::size_t s = j + 1;
    if (s < w.after && toks[s].kind == TokKind::kWord && is_reflexive(low(text, toks, s))) ++s;
    const Mention sub = mention_after(text, toks, s, w.after);
    if (sub.ok() && sub.kind != MentionKind::kDescription && sub.r.last + 7 >= w.after &&
        !(sub.kind == MentionKind::kPronoun && pronoun_class(low(text, toks, sub.r.first)) == 'i')) {
      a.cue = CueMatch{j, j, 0, true};
      a.mention = sub;
      a.ok = true;
      a.adjacent = true;
      return a;
    }
  }
  // A sign or a document shows the words: '“Vote Roe,” read one sign.', '“Q,” reads the
  // letter.' (the reader of a sign is no source; the sign or the letter is).
  if (toks[j].kind == TokKind::kWord && !toks[j].cap && j > w.close &&
      (punct_is(text, toks[j - 1], ",") || punct_is(text, toks[w.close - 1], ",") ||
       (w.close > w.open + 2 && punct_is(text, toks[w.close - 2], ","))) &&
      in_word_table<kDisplayVerbs>(low(text, toks, j))) {
    const Mention d = mention_after(text, toks, j + 1, w.after);
    if (d.ok() && d.kind != MentionKind::kPronoun) {
      a.cue = CueMatch{j, j, 0, true};
      a.mention = d;
      a.ok = true;
      a.adjacent = true;
      return a;
    }
  }
  // An unlisted verb in the past before a name: '“Q!” beamed Ana Ruiz of Ohio.'
  if (toks[j].kind == TokKind::kWord && !toks[j].cap) {
    const std::string v = low(text, toks, j);
    if (v.size() > 4 && v.compare(v.size() - 2, 2, "ed") == 0 && !is_skip_word(v) &&
        !is_mention_stop(v)) {
      Mention n = mention_after(text, toks, j + 1, w.after);
      if (n.kind != MentionKind::kName) n = modified_name_after(text, toks, j + 1, w.after);
      if (n.kind == MentionKind::kName) {
        a.cue = CueMatch{j, j, 0, true};
        a.mention = n;
        a.ok = true;
        a.adjacent = true;
        return a;
      }
    }
  }
  return a;
}

// The mention `m` after the closing mark, then its verb: '“Q,” the Chinese leader said.',
// '“Q,” Hugh Hill, a doctor, said', '“Q?” Hannity pressed.', '“Q,” she went on.'
Attribution source_then_verb(std::string_view text, const std::vector<Token>& toks,
                             const QuoteWindow& w, const Mention& m) {
  Attribution a;
  std::size_t k = m.r.last + 1;
  // Apposition: ", Hugh Hill, a doctor, said".
  if (k < w.after && punct_is(text, toks[k], ",")) {
    std::size_t e = k + 1;
    while (e < w.after && e < k + 20 && !punct_is(text, toks[e], ",")) ++e;
    if (e < w.after && punct_is(text, toks[e], ",")) k = e + 1;
  }
  int skipped = 0;
  while (k < w.after && skipped < 3 && toks[k].kind == TokKind::kWord && !toks[k].cap &&
         is_skip_word(low(text, toks, k))) {
    ++k;
    ++skipped;
  }
  CueMatch cue = cue_at(text, toks, k, w.after);
  // An unlisted verb closing the sentence: '“Q?” Hannity pressed.', '“Q,” the letter reads.'
  // With a particle: '“Q,” she went on.'
  std::size_t end = k + 1;
  if (end < w.after && toks[end].kind == TokKind::kWord) {
    const std::string part = low(text, toks, end);
    if (in_word_table<kFrameParticles>(part)) ++end;
  }
  // '“Q,” Roe barked and left.': a past form may go on with "and".
  const bool and_next = end < w.after && toks[end].kind == TokKind::kWord && low(text, toks, end) == "and" &&
                        k < w.after && toks[k].kind == TokKind::kWord && low(text, toks, k).size() > 4 &&
                        low(text, toks, k).compare(low(text, toks, k).size() - 2, 2, "ed") == 0;
  if (!cue.ok && k < w.after && toks[k].kind == TokKind::kWord && !toks[k].cap &&
      (end >= w.after || punct_is(text, toks[end], ".,;!?") || and_next)) {
    const std::string v = low(text, toks, k);
    const bool verbish = (v.size() > 3 && (v.compare(v.size() - 2, 2, "ed") == 0 ||
                                           v.compare(v.size() - 1, 1, "s") == 0)) ||
                         (end > k + 1 && v.size() > 2) || in_word_table<kDisplayVerbs>(v);
    if (verbish) cue = CueMatch{k, end - 1, 0, true};
  }
  // The mention's tail: "the former secretary of state said", "Smith, 45, of Ohio said".
  for (std::size_t n = 0; !cue.ok && n < 5 && k + 1 < w.after && toks[k].kind == TokKind::kWord; ++n)
    cue = cue_at(text, toks, ++k, w.after);
  if (cue.ok && !(cue.flags & kCueAccording)) {
    a.cue = cue;
    a.mention = m;
    a.ok = true;
    a.adjacent = true;
  }
  return a;
}

}  // namespace

// After the closing mark: ", X said", ", said X", ", X, a doctor, said", ", according to X".
Attribution after_pattern(std::string_view text, const std::vector<Token>& toks,
                          const QuoteWindow& w) {
  std::size_t j = w.close + 1;
  if (j < w.after && (punct_is(text, toks[j], ",") || is_dash(text, toks[j]))) ++j;
  if (j >= w.after) return {};
  const CueMatch cue = cue_at(text, toks, j, w.after);
  if (cue.ok) return cue_then_source(text, toks, w, cue);
  const Mention m = mention_after(text, toks, j, w.after);
  if (!m.ok()) return verb_then_source(text, toks, w, j);
  return source_then_verb(text, toks, w, m);
}

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
