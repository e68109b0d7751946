#include "quotes/speakers/speaker.h"
#include <algorithm>

#include "common/word_set.h"
#include "quotes/speakers/speaker_de.h"

namespace pith::detail {
namespace {

#include "quotes/speakers/speaker_table.inc"

// A name standing next to the quote with no cue (a name line under it, "- Jane Roe: “Q”").
Attribution named_label(TokRange r) {
  Attribution a;
  a.mention.r = r;
  a.mention.kind = MentionKind::kName;
  a.ok = true;
  a.adjacent = true;
  return a;
}

constexpr std::size_t kAdjacentCueReach = 6;  // "X said in a statement on Monday: “Q”"
constexpr std::size_t kMaxSignatureWords = 6;     // "― Ana María Ruiz Soto"


// "Roe sent out a statement saying ...", "He released a letter that says ...": a document
// that is the object of its sender's verb speaks for the sender, the sentence's subject.
Mention document_agent(std::string_view text, const std::vector<Token>& toks, const Mention& m,
                       std::size_t floor) {
  if (m.kind != MentionKind::kDescription || m.r.first <= floor + 1) return m;
  // The document may come before its addressee: "an email to supporters saying".
  std::size_t h = m.r.last;
  for (std::size_t k = m.r.first; k < m.r.last; ++k)
    if (toks[k].kind == TokKind::kWord && low(text, toks, k + 1) == "to" && is_source_noun(low(text, toks, k))) {
      h = k;
      break;
    }
  const std::string head = low(text, toks, h);
  if (!is_source_noun(head) || is_role_noun(head)) return m;
  const Token& v = toks[m.r.first - 1];
  if (v.kind != TokKind::kWord || v.cap) return m;
  const std::string w = low(text, toks, m.r.first - 1);
  if (in_word_table<kNotSendingWords>(w)) return m;
  if (is_cue_word(w) || is_skip_word(w)) return m;
  const Mention sub = subject_of(text, toks, floor, m.r.first - 1);
  // A group sends documents too: "His campaign sent out an email saying".
  const bool group = sub.kind == MentionKind::kDescription &&
                     (is_source_noun(low(text, toks, sub.r.last)) || is_role_noun(low(text, toks, sub.r.last)));
  if (sub.ok() && sub.r.last < m.r.first &&
      (sub.kind == MentionKind::kName || sub.kind == MentionKind::kPronoun || group))
    return sub;
  return m;
}

// The passive: "Roe was asked by reporters, “Q”" — the agent after "by" speaks. ok() == false
// when the cue is no passive with an agent.
Mention passive_agent(std::string_view text, const std::vector<Token>& toks, const CueMatch& cue,
                      std::size_t floor, std::size_t ceil) {
  if (!((cue.flags & kCueAccording) == 0 && cue.first > floor && cue.last + 2 < ceil &&
        toks[cue.last + 1].kind == TokKind::kWord && low(text, toks, cue.last + 1) == "by"))
    return Mention{};
  std::size_t b = cue.first;
  while (b > floor + 1 && toks[b - 1].kind == TokKind::kWord && low(text, toks, b - 1).size() > 4 &&
         low(text, toks, b - 1).compare(low(text, toks, b - 1).size() - 2, 2, "ly") == 0)
    --b;
  const std::string aux = toks[b - 1].kind == TokKind::kWord ? low(text, toks, b - 1) : std::string();
  if (in_word_table<kPassiveAgentAuxiliaries>(aux))
    return mention_after(text, toks, cue.last + 2, ceil);
  return Mention{};
}

// Verb-second: "In einer Mitteilung erklärte die Partei, ..." — something other than the
// subject opens the sentence, so the subject follows the verb. The subject stands before the
// verb only when it opens the sentence ("Die Partei erklärte"). `m`: the mention before the cue.
Mention verb_second_subject(std::string_view text, const std::vector<Token>& toks,
                            const CueMatch& cue, std::size_t floor, std::size_t ceil, Mention m) {
  bool opens = m.ok() &&
               (m.r.first == floor || (m.r.first == floor + 1 && is_determiner(low(text, toks, floor))));
  // A long capitalised run opening the sentence keeps only its last words as the mention
  // ("Australiens Ministerpräsidentin Jana Roth bezeichnete ..."): it still opens it.
  if (m.ok() && !opens && m.kind == MentionKind::kName && m.r.first > floor) {
    std::size_t k = floor;
    if (is_determiner(low(text, toks, k))) ++k;
    // (The sentence's first token may open its line.)
    while (k < m.r.first && is_name_word(text, toks[k]) && (k == floor || !toks[k].newline)) ++k;
    opens = k == m.r.first;
  }
  // A German adverb or participle opening the sentence is capitalised but no subject:
  // "Ähnlich äußerte sich der Minister", "Relativierend fügte Roe hinzu".
  if (opens && (cue.flags & kCueV2) && m.r.first == m.r.last && m.r.last + 1 == cue.first &&
      is_adverb_form(low(text, toks, m.r.first)))
    opens = false;
  if ((cue.flags & kCueV2) && cue.first > floor && !opens) {
    std::size_t s = cue.last + 1;
    if (s + 1 < ceil && toks[s].kind == TokKind::kWord && is_reflexive(low(text, toks, s))) ++s;
    if ((cue.flags & kCueImpersonal) && s + 1 < ceil && toks[s].kind == TokKind::kWord &&
        is_setting_preposition(low(text, toks, s)))
      ++s;
    const Mention after = mention_after(text, toks, s, ceil);
    // Not an object: "kritisierte den Plan", "sagte ihm".
    const std::string w = after.ok() ? low(text, toks, after.r.first) : std::string();
    const bool object = in_word_table<kDeObjectOpeners>(w);
    if (after.ok() && !object) m = after;
  }
  return m;
}

// Speaker of a cue found at `cue`: before it, or after it for "according to X" / inverted
// "said X" (allowed when `inverted_ok`).
Attribution from_cue(std::string_view text, const std::vector<Token>& toks, const CueMatch& cue,
                     std::size_t floor, std::size_t ceil, bool inverted_ok) {
  Attribution a;
  a.cue = cue;
  if (const Mention agent = passive_agent(text, toks, cue, floor, ceil); agent.ok()) {
    a.mention = agent;
    a.ok = true;
    return a;
  }
  if (cue.flags & kCueAccording) {
    std::size_t s = cue.last + 1;
    // "nach Angaben von Roe": past the preposition.
    if (s + 1 < ceil && toks[s].kind == TokKind::kWord && low(text, toks, s) == "von") ++s;
    a.mention = mention_after(text, toks, s, ceil);
  } else {
    a.mention = mention_before(text, toks, cue.first, floor);
    a.mention = document_agent(text, toks, a.mention, floor);
    a.mention = verb_second_subject(text, toks, cue, floor, ceil, a.mention);
    if (!a.mention.ok() && inverted_ok) a.mention = mention_after(text, toks, cue.last + 1, ceil);
  }
  a.ok = a.mention.ok();
  return a;
}

// "Rubio's claim that", "a controversial comment": a cue word used as a noun, after a
// possessive or a determiner.
bool is_noun_use(std::string_view text, const std::vector<Token>& toks, const CueMatch& cue,
                 std::size_t floor) {
  if (cue.first <= floor || (cue.flags & kCueAccording)) return false;
  const Token& p = toks[cue.first - 1];
  if (p.kind != TokKind::kWord) return false;
  const std::string w = low(text, toks, cue.first - 1);
  auto ends = [&](std::string_view suf) { return w.size() > suf.size() && w.compare(w.size() - suf.size(), suf.size(), suf) == 0; };
  if (ends("'s") || ends("\xE2\x80\x99s")) return true;
  return is_determiner(w) && pronoun_class(w) == 0;
}

}  // namespace

namespace {

Attribution attribute_patterns(std::string_view text, const std::vector<Token>& toks,
                               const QuoteWindow& w);

// "“Q,” Roe said, according to the Times" (or "According to the Times, Roe said “Q”"): the
// writer cites a source for the words, and that source is who the article attributes them to.
Attribution cited_source(std::string_view text, const std::vector<Token>& toks, const QuoteWindow& w,
                         Attribution a) {
  if (!a.ok || (a.cue.flags & kCueAccording)) return a;
  // "According to the Times, Roe said “Q”": the phrase opens the sentence.
  const std::size_t s0 = w.sentence < w.before ? w.sentence : w.before;
  if (s0 < w.open) {
    const CueMatch lead = cue_at(text, toks, s0, w.open);
    if (lead.ok && (lead.flags & kCueAccording) && lead.last > lead.first) {
      const Mention m = mention_after(text, toks, lead.last + 1, w.open);
      if (m.ok() && m.kind != MentionKind::kPronoun) {
        a.cue = lead;
        a.mention = m;
        a.adjacent = false;
        return a;
      }
    }
  }
  if (w.close == static_cast<std::size_t>(-1)) return a;
  std::size_t j = w.close + 1;
  if (a.cue.ok && a.cue.last + 1 > j) j = a.cue.last + 1;
  if (a.mention.r.last + 1 > j) j = a.mention.r.last + 1;
  for (; j < w.after; ++j) {
    const CueMatch cue = cue_at(text, toks, j, w.after);
    if (!cue.ok || (cue.flags & kCueAccording) == 0) continue;
    // Only the English-style phrase ("according to"): German news keeps the speaker for
    // 'sagte Roe laut Spiegel' and reads "so" mostly as an adverb.
    if (cue.first == cue.last) continue;
    const Mention m = mention_after(text, toks, cue.last + 1, w.after);
    if (m.ok() && m.kind != MentionKind::kPronoun) {
      a.cue = cue;
      a.mention = m;
      a.adjacent = false;
    }
    break;
  }
  return a;
}

}  // namespace

Attribution attribute(std::string_view text, const std::vector<Token>& toks, const QuoteWindow& w,
                      const TokenFacts* facts) {
  return de_refine(text, toks, w, cited_source(text, toks, w, attribute_patterns(text, toks, w)),
                   facts);
}

namespace {

// 0. A signature: '“We will win.” ― Ana Ruiz' — a dash after the quote, then a name that ends
//    its line (the quote's own sentence closed inside the marks).
Attribution signature_after(std::string_view text, const std::vector<Token>& toks,
                            const QuoteWindow& w) {
  if (!(w.close + 2 < toks.size() && is_dash(text, toks[w.close + 1]) && !toks[w.close + 1].newline))
    return {};
  const std::size_t ceil = std::min(toks.size(), w.close + 2 + kMaxSignatureWords);
  const TokRange r = name_run_after(text, toks, w.close + 2, ceil);
  const std::size_t k = r.last + 1;
  if (r.ok && r.last > r.first &&
      (k >= toks.size() || toks[k].newline || (punct_is(text, toks[k], ".") &&
                                                (k + 1 >= toks.size() || toks[k + 1].newline)))) {
    return named_label(r);
  }
  return {};
}

// 1c. A dash and a name before the colon label the quote, whatever cue stands before them:
//     'Pollsters agree - Jane Roe: “Q”' (Jane Roe speaks, not the pollsters).
Attribution dash_label(std::string_view text, const std::vector<Token>& toks, const QuoteWindow& w) {
  if (w.open > w.before + 3 && punct_is(text, toks[w.open - 1], ":")) {
    const TokRange label = name_run_before(text, toks, w.open - 2, w.before);
    if (label.ok && label.last > label.first && label.first > w.before &&
        is_dash(text, toks[label.first - 1])) {
      return named_label(label);
    }
  }
  return {};
}

// "In a speech, Roe attacked the plan, calling it “a disaster”": a participle after a comma
// speaks for the clause's subject, not for a phrase read back across the clause. Adverbs may
// stand between the comma and the participle: "..., recently telling". ok == false: no such
// participle, or no subject found.
Attribution participle_cue(std::string_view text, const std::vector<Token>& toks,
                           const QuoteWindow& w, const CueMatch& cue) {
  std::size_t comma = cue.first;
  while (comma > w.before + 1 && toks[comma - 1].kind == TokKind::kWord && !toks[comma - 1].cap &&
         is_skip_word(low(text, toks, comma - 1)) && cue.first - comma < 2)
    --comma;
  if (!(comma > w.before + 1 && punct_is(text, toks[comma - 1], ",") &&
        (cue.flags & kCueAccording) == 0))
    return {};
  const std::string v = low(text, toks, cue.first);
  if (!(v.size() > 4 && v.compare(v.size() - 3, 3, "ing") == 0)) return {};
  Attribution a;
  a.cue = cue;
  // "..., Roe said, adding “Q”": the participle continues the cue right before it.
  if (cue.first > w.before + 2) {
    const CueMatch prev = cue_ending_at(text, toks, cue.first - 2, w.before);
    if (prev.ok && (prev.flags & kCueAccording) == 0) {
      a.mention = mention_before(text, toks, prev.first, w.before);
      if (a.mention.ok() && a.mention.r.last + 1 == prev.first) {
        a.ok = true;
        return a;
      }
    }
  }
  a.mention = subject_of(text, toks, w.sentence < w.before ? w.sentence : w.before, cue.first - 1);
  a.ok = a.mention.ok();
  return a;
}

// What the cue `cue` before the opening mark (at most token `k`, the mark or its colon) makes
// of the quote: an attribution, none yet (ok == false; `skip`: try an earlier cue, this one's
// speaker belongs to it), or an orphan cue whose subject the patterns could not read.
Attribution cue_before_mark(std::string_view text, const std::vector<Token>& toks,
                            const QuoteWindow& w, const CueMatch& cue, std::size_t k, bool& skip) {
  skip = false;
  // Inverted order only when the source closes the frame: 'said Smith: “Q”'.
  Attribution a = from_cue(text, toks, cue, w.before, w.open, false);
  // "Roe gave the idea a whirl in an interview: “Q”": a cue phrase opened by a preposition
  // belongs to the clause's subject, not to the noun before it.
  if (cue.last > cue.first && is_setting_preposition(low(text, toks, cue.first)) &&
      (cue.flags & kCueAccording) == 0) {
    const Mention sub = subject_of(text, toks, w.sentence < w.before ? w.sentence : w.before, cue.first);
    if (sub.ok()) {
      a.mention = sub;
      a.ok = true;
    }
  }
  // A naming verb's object is what is named: in 'Roe replied by calling Lee “a liar”' Lee
  // is no source, so the cue stays an orphan and the clause's subject speaks.
  // Not after an infinitive's "to": in 'refusing to say the words “Q”' the words are said.
  const bool infinitive = cue.first > w.before && toks[cue.first - 1].kind == TokKind::kWord &&
                          low(text, toks, cue.first - 1) == "to";
  if (!a.ok && !infinitive && (cue.flags & (kCueAccording | kCueNaming | kCueObject)) == 0) {
    Mention m = mention_after(text, toks, cue.last + 1, w.open);
    // Not an object pronoun: 'called it “a mess”', 'told him “no”'.
    if (m.ok() && m.r.last + 1 >= k && m.kind != MentionKind::kPronoun) {
      a.mention = m;
      a.ok = true;
    }
  }
  // "Roe said it would tell a story of “hope”": "it" is the inner clause's subject; the
  // speaker belongs to an earlier cue of the sentence.
  if (a.ok && a.mention.kind == MentionKind::kPronoun &&
      pronoun_class(low(text, toks, a.mention.r.first)) == 'i' && (cue.flags & kCueAccording) == 0) {
    bool earlier = false;
    for (std::size_t e = cue.first; e > w.before && !earlier; --e)
      earlier = cue_ending_at(text, toks, e - 1, w.before).ok;
    skip = earlier;
  }
  return a;
}

// 2. Cue right before the opening mark: "X said: “Q”", "X told reporters, “Q”", "according
//    to X, “Q”". `orphan` gets the first cue whose subject the patterns could not read.
Attribution cue_before(std::string_view text, const std::vector<Token>& toks, const QuoteWindow& w,
                       CueMatch& orphan) {
  std::size_t k = w.open;
  bool colon = false;
  if (punct_is(text, toks[k - 1], ":,")) {
    colon = true;
    --k;
  }
  const std::size_t reach = k > w.before + kAdjacentCueReach ? k - kAdjacentCueReach : w.before;
  // Nearest cue scanning back over the whole before-window (partial quotes: "X told Y that
  // his administration is “Q”"); adjacent when it sits right before the mark.
  for (std::size_t i = k; i > w.before; --i) {
    CueMatch cue = cue_ending_at(text, toks, i - 1, w.before);
    if (!cue.ok) continue;
    if (is_noun_use(text, toks, cue, w.before)) continue;
    if (const Attribution p = participle_cue(text, toks, w, cue); p.ok) return p;
    bool skip = false;
    Attribution a = cue_before_mark(text, toks, w, cue, k, skip);
    if (skip) continue;
    if (!a.ok && !orphan.ok && (cue.flags & kCueAccording) == 0) orphan = cue;
    if (!a.ok && (cue.flags & kCueAccording) == 0) continue;
    if (a.ok) {
      a.adjacent = cue.last + 1 == k || (colon && cue.first >= reach);
      // "according to him, China “Q”": the source sits between cue and quote.
      if (cue.flags & kCueAccording) a.adjacent = a.mention.r.last + 2 >= k;
      return a;
    }
  }
  return {};
}

// "The president did not spare criticism: “Q”": a colon hands the quote to the subject of
// the clause before it.
Attribution colon_subject(std::string_view text, const std::vector<Token>& toks, const QuoteWindow& w) {
  Attribution a;
  // "... - Jane Roe: “Q”": a name right before the colon.
  // One capitalised word is too weak in German, where nouns are capitalised ("in Frage:").
  const TokRange label = name_run_before(text, toks, w.open - 2, w.before);
  // A label stands alone ("Jane Roe:", "— Jane Roe:", "More from Jane Roe:"); a capitalised
  // run ending a clause is its object, above all in German ("Roe kritisierte die
  // Entscheidung der Behörde: „Q“"), and the clause's subject speaks.
  bool alone = label.ok && label.first == w.before;
  if (label.ok && !alone) {
    const Token& p = toks[label.first - 1];
    const std::string pw = p.kind == TokKind::kWord ? low(text, toks, label.first - 1) : std::string();
    bool connector = false;
    for (std::size_t k = label.first; k <= label.last; ++k)
      connector = connector || (toks[k].kind == TokKind::kWord && !toks[k].cap);
    alone = p.kind != TokKind::kWord || pw == "from" || pw == "by" || pw == "von" ||
            (!connector && !is_determiner(pw) && !is_setting_preposition(pw) &&
             !is_mention_stop(pw) && !p.cap);
  }
  if (label.ok && alone && (label.last > label.first || toks[label.first].caps)) {
    a.mention.r = label;
    a.mention.kind = MentionKind::kName;
  } else {
    // The subject of the last clause before the colon: "Asked about it, he demurred:".
    std::size_t c = w.open - 1;
    while (c > w.before && !punct_is(text, toks[c - 1], ",")) --c;
    if (c > w.before) a.mention = mention_after(text, toks, c, w.open - 1);
    if (!a.mention.ok()) a.mention = subject_of(text, toks, w.before, w.open - 1);
  }
  if (a.mention.ok()) {
    a.ok = true;
    a.cue.ok = false;
  }
  return a;
}

Attribution attribute_patterns(std::string_view text, const std::vector<Token>& toks,
                               const QuoteWindow& w) {
  const bool closed = w.close != static_cast<std::size_t>(-1);
  // 0. A signature after the quote, or (0b) on the line under a quote that fills its paragraph:
  //    '“Q.”' then '— Ana Ruiz.'
  if (closed) {
    if (Attribution a = signature_after(text, toks, w); a.ok) return a;
    if (Attribution a = signature_below(text, toks, w); a.ok) return a;
  }
  // 1. Frame after the quote: "“Q,” the Chinese leader said."
  if (closed && w.close + 1 < w.after) {
    Attribution a = after_pattern(text, toks, w);
    if (a.ok) return a;
  }
  // 1b. The quote's own full stop closed the sentence, yet a bare frame follows it:
  //     '“We will win.” Roe said.', '“It is over.” said Roe.'
  if (closed && w.after == w.close + 1) {
    Attribution a = bare_frame_after(text, toks, w.close + 1);
    if (a.ok) return a;
  }
  if (Attribution a = dash_label(text, toks, w); a.ok) return a;
  CueMatch orphan;  // a cue whose subject the patterns could not read
  if (w.open > w.before) {
    if (Attribution a = cue_before(text, toks, w, orphan); a.ok) return a;
  }
  if (w.open > w.before + 2 && punct_is(text, toks[w.open - 1], ":")) {
    if (Attribution a = colon_subject(text, toks, w); a.ok) return a;
  }
  // The sentence's subject speaks through a cue it does not stand next to:
  // "Trump called on her to resign and said, “Q”", "He dismissed it, saying that “Q”".
  if (orphan.ok) {
    Attribution a;
    a.cue = orphan;
    a.mention = subject_of(text, toks, w.sentence < w.before ? w.sentence : w.before, orphan.first);
    a.ok = a.mention.ok();
    if (a.ok) return a;
  }
  // 3. A cue later in the sentence: "“Q” is what Smith told reporters."
  if (closed) {
    for (std::size_t j = w.close + 1; j < w.after; ++j) {
      CueMatch cue = cue_at(text, toks, j, w.after);
      if (!cue.ok) continue;
      // Inverted too: 'X “Q” in 2008, said professor Jane Roe' — the source follows the cue.
      Attribution a = from_cue(text, toks, cue, w.close + 1, w.after, true);
      if (a.ok) return a;
    }
  }
  return {};
}

}  // namespace

}  // namespace pith::detail
