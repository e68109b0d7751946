// The subject of a clause (past datelines, opening adverbials and participles) and transcript
// labels: the two ways a speaker is read without a cue next to the quote. Split from speaker.cpp.
#include <string>

#include "common/utf8.h"
#include "quotes/cues/lexicon.h"
#include "quotes/speakers/speaker.h"

namespace pith::detail {

namespace {

// 'Roe spoke. “We are up against it.” She went on to say:' — a clause found after a quotation
// may start at its closing mark (not at an opening one: the quote's own words); and a dateline
// may open the paragraph: "BERLIN — The mayor said", "OSLO, May 3 (AP) — Roe said", and in
// title case "Washington (AFP) – Roe said". The clause's first token past them.
std::size_t past_marks_and_dateline(std::string_view text, const std::vector<Token>& toks,
                                    std::size_t first, std::size_t ceil) {
  while (first + 1 < ceil && toks[first].kind == TokKind::kPunct) {
    std::size_t len = 0;
    const char32_t c = decode_utf8(text, toks[first].start, len);
    const bool glued = first > 0 && toks[first - 1].end == toks[first].start;
    const bool closing = c == 0x201D || c == 0x2019 || c == 0xBB || ((c == '"' || c == '\'') && glued);
    if (!closing) break;
    ++first;
  }
  if (first < ceil && toks[first].caps) {
    for (std::size_t k = first + 1; k < ceil && k < first + 12; ++k) {
      if (toks[k].kind == TokKind::kWord && !toks[k].cap) break;
      if (is_dash(text, toks[k])) {
        first = k + 1;
        break;
      }
    }
  }
  if (first + 4 < ceil && toks[first].cap && !toks[first].caps) {
    std::size_t k = first + 1;
    while (k < ceil && k < first + 4 && toks[k].kind == TokKind::kWord && toks[k].cap) ++k;
    if (k < ceil && punct_is(text, toks[k], "(")) {
      std::size_t e = k + 1;
      while (e < ceil && e < k + 5 && !punct_is(text, toks[e], ")")) ++e;
      if (e + 2 < ceil && punct_is(text, toks[e], ")") && is_dash(text, toks[e + 1])) first = e + 2;
    }
  }
  return first;
}

// "In der ARD zeigte sich der Trainer zufrieden", "Im Landtag hatte sich Roe ... lassen": a
// German fronted phrase (preposition, articles or adjectives, a capitalised noun), then the verb
// (and "sich"); the subject follows. `w0`: the clause's first word, lower-cased.
// "In"/"An" are English too: they need a German article after them ("In der ARD", not "In one
// exchange between Roe and ...").
Mention after_german_front(std::string_view text, const std::vector<Token>& toks, std::size_t first,
                           std::size_t ceil, const std::string& w0) {
  const bool shared_prep = w0 == "in" || w0 == "an";
  if (!(first + 3 < ceil && toks[first].cap && is_de_front_preposition(w0) &&
        (!shared_prep || is_de_article(low(text, toks, first + 1)))))
    return Mention{};
  constexpr std::size_t kMaxPhrase = 5;
  std::size_t k = first + 1;
  while (k < ceil && k < first + kMaxPhrase && toks[k].kind == TokKind::kWord && !toks[k].cap) ++k;
  if (k < ceil && toks[k].kind == TokKind::kWord && toks[k].cap) {
    while (k + 1 < ceil && toks[k + 1].kind == TokKind::kWord && toks[k + 1].cap) ++k;
    std::size_t v = k + 1;  // the verb: a lower-case word
    if (v < ceil && toks[v].kind == TokKind::kWord && !toks[v].cap) {
      std::size_t s = v + 1;
      if (s < ceil && toks[s].kind == TokKind::kWord && low(text, toks, s) == "sich") ++s;
      const Mention after = s < ceil ? mention_after(text, toks, s, ceil) : Mention{};
      if (after.ok() && after.r.first == s) return after;
    }
  }
  return Mention{};
}

// Past the opening phrase's commas: "At an event in Ames, Iowa, on Sunday, Roe said" — a
// mention followed by another comma is part of the phrase (a place, a date).
Mention after_opening_commas(std::string_view text, const std::vector<Token>& toks,
                             std::size_t first, std::size_t ceil) {
  constexpr std::size_t kOpeningReach = 20;
  Mention first_found;
  for (std::size_t i = first; i < ceil && i < first + kOpeningReach; ++i) {
    if (!punct_is(text, toks[i], ",")) continue;
    const Mention after = mention_after(text, toks, i + 1, ceil);
    if (!after.ok()) {
      if (first_found.ok()) continue;  // "..., on Sunday," inside the opening phrase
      break;
    }
    if (!first_found.ok()) first_found = after;
    if (after.r.last + 1 < ceil && punct_is(text, toks[after.r.last + 1], ",")) continue;
    return after;
  }
  return first_found;
}

}  // namespace

// The first mention of the clause starting at `first`, or after its opening adverbial
// ("On Monday, Trump said").
Mention subject_of(std::string_view text, const std::vector<Token>& toks, std::size_t first,
                   std::size_t ceil) {
  first = past_marks_and_dateline(text, toks, first, ceil);
  // "Speaking at a rally, Biden responded": an opening participle is not the subject.
  const std::string w0 = first < ceil ? low(text, toks, first) : std::string();
  const bool participle = w0.size() > 4 && (w0.compare(w0.size() - 3, 3, "ing") == 0 ||
                                            w0.compare(w0.size() - 2, 2, "ed") == 0);
  Mention m = participle ? Mention{} : mention_after(text, toks, first, ceil);
  // "Hours later, Roe said", "Late last month, the firm wrote": one capitalised word and a few
  // lower-case words before a comma open the sentence; the subject follows the comma.
  if (m.ok() && m.kind == MentionKind::kName && m.r.first == m.r.last && m.r.last + 1 < ceil &&
      toks[m.r.last + 1].kind == TokKind::kWord && !toks[m.r.last + 1].cap) {
    std::size_t c = m.r.last + 1;
    while (c < ceil && c < m.r.last + 5 && toks[c].kind == TokKind::kWord && !toks[c].cap &&
           !is_cue_word(low(text, toks, c)))
      ++c;
    if (c < ceil && punct_is(text, toks[c], ",")) {
      const Mention after = mention_after(text, toks, c + 1, ceil);
      if (after.ok()) return after;
    }
  }
  if (m.ok()) return m;
  if (const Mention de = after_german_front(text, toks, first, ceil, w0); de.ok()) return de;
  if (const Mention after = after_opening_commas(text, toks, first, ceil); after.ok()) return after;
  return m;
}

Mention transcript_label(std::string_view text, const std::vector<Token>& toks, std::size_t first,
                         std::size_t ceil) {
  Mention m;
  // '"SMITH: We will win."' — a transcript quoted whole starts each turn with a quote mark.
  if (first + 1 < ceil && toks[first].kind == TokKind::kPunct &&
      std::string_view("\"'\xE2\xC2").find(text[toks[first].start]) != std::string_view::npos)
    ++first;
  if (first >= ceil || !toks[first].cap) return m;
  std::size_t i = first;
  while (i < ceil && i < first + 4 && (toks[i].kind == TokKind::kWord || punct_is(text, toks[i], ".")) &&
         (toks[i].kind != TokKind::kWord || toks[i].cap))
    ++i;
  if (i == first || i >= ceil || !punct_is(text, toks[i], ":")) return m;
  // "Note:" or "Update:" are not speakers; labels are names or all-caps.
  bool caps = true;
  for (std::size_t k = first; k < i; ++k)
    if (toks[k].kind == TokKind::kWord && !toks[k].caps) caps = false;
  if (!caps && (i - first < 2 || !is_name_word(text, toks[first]))) return m;
  m.r = {first, i - 1, true};
  m.kind = MentionKind::kName;
  return m;
}

}  // namespace pith::detail
