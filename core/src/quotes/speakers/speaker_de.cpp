#include "quotes/speakers/speaker_de.h"

#include <string>

#include "common/word_set.h"
#include "quotes/cues/lexicon.h"
#include "quotes/cues/punct.h"
#include "quotes/cues/lang_de.h"
#include "quotes/speakers/speaker_de_clause.h"
#include "quotes/speakers/speaker_de_table.inc"

namespace pith::detail {

using namespace de;

namespace {

// A verb of written text ("steht", "fand sich", "lautet"), or "war ... zu lesen" / "ist ... die
// Rede" around the quotation: what follows is read in the place the clause opens with.
bool written_in(std::string_view text, const std::vector<Token>& toks, std::size_t verb,
                const QuoteWindow& w) {
  const std::string v = low(text, toks, verb);
  if (in_word_table<kDeWrittenVerbs>(v)) return true;
  if (!in_word_table<kDeCopulas>(v) && v != "sei") return false;
  auto pair_at = [&](std::size_t k, std::string_view a, std::string_view b) {
    return k + 1 < toks.size() && toks[k].kind == TokKind::kWord && toks[k + 1].kind == TokKind::kWord &&
           low(text, toks, k) == a && low(text, toks, k + 1) == b;
  };
  for (std::size_t k = verb + 1; k + 1 < w.open; ++k)
    if (pair_at(k, "die", "rede")) return true;
  if (w.close == static_cast<std::size_t>(-1)) return false;
  constexpr std::size_t kReach = 4;  // "war die Parole „Q“ deutlich zu lesen"
  for (std::size_t k = w.close + 1; k < w.close + 1 + kReach && k + 1 < toks.size(); ++k)
    if (pair_at(k, "zu", "lesen") || pair_at(k, "die", "rede")) return true;
  return false;
}

// '„Q“, zitiert die „Zeitung“ Jana Roth', '„Q“, zitiert ndr.de Sprecher Paul Kern': after the
// subject of "zitiert" (a phrase, a quoted name, a web address), the one quoted.
Mention quoted_one(std::string_view text, const std::vector<Token>& toks, std::size_t k,
                   std::size_t ceil) {
  constexpr std::size_t kMaxSubject = 6;
  const std::size_t start = k;
  std::size_t next = kNoTok;
  const std::size_t last = noun_phrase_end(text, toks, k, ceil, &next);
  if (last != kNoTok && word(toks, next, ceil) && (toks[next].cap || is_object_word(low(text, toks, next)))) {
    k = next;
  } else {
    if (word(toks, k, ceil) && is_subject_opener(low(text, toks, k))) ++k;
    if (k < ceil && clause_break(text, toks[k]) && !punct_is(text, toks[k], ",;:")) {
      const std::size_t mark = k++;
      while (k < ceil && k < mark + kMaxSubject && !clause_break(text, toks[k])) ++k;
      ++k;  // past the closing mark
    } else {
      while (k < ceil && k < start + kMaxSubject && (lower_word(toks, k, ceil) || punct_is(text, toks[k], "."))) ++k;
    }
  }
  if (k >= ceil || k == start) return {};
  if (lower_word(toks, k, ceil) && is_object_word(low(text, toks, k))) {
    const std::size_t e = noun_phrase_end(text, toks, k + 1, ceil);
    return e == kNoTok ? Mention{} : phrase_mention(text, toks, k, e);
  }
  if (!cap_word(toks, k, ceil)) return {};
  const TokRange r = name_run_after(text, toks, k, ceil);
  if (!r.ok) return {};
  Mention m;
  m.r = r;
  m.kind = MentionKind::kName;
  return m;
}

// "Mit den Worten „Q“, wandte sich Roe an ...": a short phrase naming the words opens the
// sentence before the quotation; the frame after it names the speaker.
bool words_phrase(std::string_view text, const std::vector<Token>& toks, std::size_t first,
                  std::size_t open) {
  constexpr std::size_t kMaxPhrase = 4;  // "mit den folgenden Worten"
  if (open < first + 2 || !cap_word(toks, open - 1, open) ||
      !in_word_table<kDeWordsNouns>(low(text, toks, open - 1)))
    return false;
  for (std::size_t m = open - 2; m >= first && open - m <= kMaxPhrase; --m) {
    if (word(toks, m, open) && low(text, toks, m) == "mit")
      // The phrase opens the sentence or follows its colon ("reagierte gelassen: Mit den ...").
      return m == first || (m > first && punct_is(text, toks[m - 1], ":"));
    if (m == 0) break;
  }
  return false;
}

// The subject of a frame after a closed quotation: ', VERB [sich] [adverbs] SUBJECT' ('„Q“,
// führte er aus', '„Q“, zeigte sich die Trainerin zufrieden', '„Q“, so begründet das Gericht').
Mention after_frame(std::string_view text, const std::vector<Token>& toks, const QuoteWindow& w,
                    bool* quoting, const TokenFacts* facts) {
  if (w.close == static_cast<std::size_t>(-1) || w.close + 3 >= w.after) return {};
  std::size_t v = w.close + 1;
  if (!punct_is(text, toks[v], ",")) return {};
  ++v;
  if (lower_word(toks, v, w.after) && low(text, toks, v) == "so") ++v;
  if (!lower_word(toks, v, w.after)) return {};
  const std::string verb = low(text, toks, v);
  // Not a clause of its own ('„Q“, und ...', '„Q“, die ...').
  if (function_word(verb) || is_relative(verb) || is_that(verb) || in_word_table<kDeSubordinators>(verb) ||
      in_word_table<kDeMidfieldAdverbs>(verb))
    return {};
  if (!clearly_german(text, toks, w.open, w.after, facts)) return {};
  if (in_word_table<kDeQuotingVerbs>(verb)) {
    // Past the window, which ends at a quoted name ('zitiert die „Zeitung“ Roth'): to the
    // sentence's end.
    constexpr std::size_t kReach = 12;
    std::size_t end = v + 1;
    auto ends = [&](std::size_t k) {  // not the dot inside "ndr.de"
      return punct_is(text, toks[k], ".!?;") && !(k + 1 < toks.size() && toks[k + 1].start == toks[k].end);
    };
    while (end < toks.size() && end < v + 1 + kReach && !toks[end].newline && !ends(end)) ++end;
    *quoting = true;
    return quoted_one(text, toks, v + 1, end);
  }
  return de_subject_after_verb(text, toks, v + 1, w.after);
}

// A German frame after the quotation follows a comma ('„Kommst du?“, fragte Roe'): after a
// quotation closed by its own full stop or question mark, "Roe fordert ..." is a new sentence,
// and a colon before the quotation names its speaker ("Der Chef fragte: „Q?“ Roe fordert ...").
bool new_sentence_after(std::string_view text, const std::vector<Token>& toks, const QuoteWindow& w) {
  const bool closed = w.close != static_cast<std::size_t>(-1) && w.close + 1 < toks.size();
  return closed && w.close > w.open + 1 && punct_is(text, toks[w.close - 1], ".?!") &&
         !punct_is(text, toks[w.close + 1], ",") && punct_is(text, toks[w.open - 1], ":");
}

// '... nannte die Karte „überzogen“, Trainer Paul Wendt sprach von einem „Skandal“': after the
// quotation's comma a subject comes first and its verb follows, a main clause of its own; a
// German frame puts its verb first ('„Q“, sagte Roe', '„Q“, so Roe').
bool new_clause_after(std::string_view text, const std::vector<Token>& toks, const QuoteWindow& w) {
  constexpr std::size_t kClauseReach = 16;  // the next clause's subject and verb
  if (w.close == static_cast<std::size_t>(-1) || w.close + 2 >= toks.size() || !punct_is(text, toks[w.close + 1], ","))
    return false;
  const std::size_t s = w.close + 2;
  std::size_t ceil = s;
  while (ceil < toks.size() && ceil < s + kClauseReach && !toks[ceil].newline && !clause_break(text, toks[ceil]))
    ++ceil;
  const DeClause c = de_clause(text, toks, s, ceil);
  return c.subject.ok() && !c.inverted && c.subject.r.first == s && c.verb != kNoTok && c.verb > c.subject.r.last;
}

// "In dem Schreiben steht: „Q“", "Auf dem Plakat war „Q“ zu lesen": a text written somewhere
// speaks through the place it is written in, not through its subject ("der Satz"). Sets the
// speaker to the phrase after the preposition ("dem Schreiben an die Mitarbeiter").
bool written_place(std::string_view text, const std::vector<Token>& toks, const QuoteWindow& w,
                   std::size_t s0, const DeClause& c, Attribution& a) {
  if (!(c.inverted && word(toks, s0, w.open) && in_word_table<kDeWrittenInPrepositions>(low(text, toks, s0)) &&
        c.verb > s0 + 1 && written_in(text, toks, c.verb, w)))
    return false;
  a.mention.r = {s0 + 1, c.verb - 1, true};
  a.mention.kind = MentionKind::kDescription;
  a.ok = true;
  return true;
}

// No other clause between the subject (or the verb) of clause `c` and token `to`: "Roe
// bestritt das, indem er sagte, ... „Q“" hangs on the inner clause.
bool plain_to(std::string_view text, const std::vector<Token>& toks, const DeClause& c,
              std::size_t to) {
  const std::size_t core_end = c.subject.r.last > c.verb ? c.subject.r.last : c.verb;
  for (std::size_t k = core_end + 1; k < to; ++k)
    if (clause_break(text, toks[k])) return false;
  return true;
}

// "Die Zeitung zitiert einen Augenzeugen mit den Worten: „Q“": the one quoted speaks. Sets the
// speaker when the clause's verb quotes somebody.
bool quoted_one_speaks(std::string_view text, const std::vector<Token>& toks, const QuoteWindow& w,
                       const DeClause& c, bool colon, Attribution& a) {
  if (!(!c.inverted && lower_word(toks, c.verb, w.open) && plain_to(text, toks, c, w.open - (colon ? 1 : 0)) &&
        in_word_table<kDeQuotingVerbs>(low(text, toks, c.verb))))
    return false;
  std::size_t s = c.verb + 1;
  if (lower_word(toks, s, w.open) && is_object_word(low(text, toks, s))) {
    // "einen Augenzeugen": the phrase after the accusative article.
    const std::size_t last = noun_phrase_end(text, toks, s + 1, w.open);
    if (last != kNoTok) {
      a.mention = phrase_mention(text, toks, s, last);
      a.ok = true;
      return true;
    }
  } else if (cap_word(toks, s, w.open)) {
    const TokRange r = name_run_after(text, toks, s, w.open);
    if (r.ok) {
      a.mention.r = r;
      a.mention.kind = MentionKind::kName;
      a.ok = true;
      return true;
    }
  }
  return false;
}

// Whether the subject of clause `c` replaces the patterns' speaker `a`: a fronted phrase, an
// object after the verb, or a colon clause the patterns found nobody in.
bool subject_replaces(std::string_view text, const std::vector<Token>& toks, const QuoteWindow& w,
                      const DeClause& c, const Attribution& a, bool new_sentence, bool colon) {
  if (!a.ok || new_sentence) return colon && plain_to(text, toks, c, w.open - 1);
  if (a.mention.r.last >= c.subject.r.first && a.mention.r.first <= c.subject.r.last)
    return false;  // the patterns found the subject
  if (c.inverted && a.mention.r.last < c.verb)
    return true;  // "Den Unmut der Partei brachte die Sprecherin ...": a fronted phrase
  if (a.mention.r.first > c.verb && plain_to(text, toks, c, a.mention.r.first) &&
      (a.mention.kind != MentionKind::kPronoun || !c.inverted)) {
    // After the verb, a phrase that is not the subject is its object ("kritisierte die
    // Entscheidung der Behörde scharf:", "Die Firma nannte sie „Q“"), unless a verb and more
    // words follow it: then it is the subject of a clause of its own ("... Roe schreibt dazu:").
    const std::size_t n = a.mention.r.last + 1;
    return !(n + 1 < w.open - (colon ? 1 : 0) && lower_word(toks, n, w.open) &&
             !function_word(low(text, toks, n)) && a.mention.kind == MentionKind::kName);
  }
  return colon && plain_to(text, toks, c, w.open - 1);
}

// "Wie der Finanzminister am Montag in Kiel erklärte, sieht die Regierung darin „kein
// Problem“": a fronted "wie"-clause that ends in a speech verb before its comma names the
// source; the main clause's subject ("die Regierung") only holds the view. The subject of the
// "wie"-clause, or nothing.
Mention as_clause_source(std::string_view text, const std::vector<Token>& toks, std::size_t s0,
                         std::size_t open) {
  constexpr std::size_t kClauseReach = 24;  // "Wie" ... speech verb ","
  if (!cap_word(toks, s0, open) || !in_word_table<kDeAsClauseOpeners>(low(text, toks, s0))) return {};
  std::size_t comma = kNoTok;
  for (std::size_t k = s0 + 1; k < open && k < s0 + kClauseReach; ++k) {
    if (punct_is(text, toks[k], ",")) {
      comma = k;
      break;
    }
    if (clause_break(text, toks[k])) return {};
  }
  if (comma == kNoTok || comma < s0 + 3 || comma + 1 >= open) return {};
  const std::size_t verb = comma - 1;
  if (!lower_word(toks, verb, comma) || !is_cue_word(low(text, toks, verb))) return {};
  const std::size_t last = noun_phrase_end(text, toks, s0 + 1, verb);
  if (last == kNoTok || last >= verb) return {};
  return phrase_mention(text, toks, s0 + 1, last);
}

}  // namespace

Attribution de_refine(std::string_view text, const std::vector<Token>& toks, const QuoteWindow& w,
                      Attribution a, const TokenFacts* facts) {
  std::size_t s0 = w.sentence < w.before ? w.sentence : w.before;
  // '„Q“, begründet das Gericht seine Entscheidung': a quotation opening its sentence, then a
  // comma, a verb and its subject — the German frame, also with verbs no cue list holds.
  // With "zitiert" the patterns' frame subject ('„Q“, zitiert die „Zeitung“ Roth') gives way too.
  if (s0 >= w.open || words_phrase(text, toks, s0, w.open)) {
    bool quoting = false;
    const Mention m = after_frame(text, toks, w, &quoting, facts);
    if (m.ok() && (quoting || !(a.ok && a.mention.r.first > w.open))) {
      a.mention = m;
      a.ok = true;
      a.adjacent = true;
      return a;
    }
  }
  if (s0 + 2 > w.open) return a;
  // A frame after the quotation ('„Q“, sagte Roe') and a named source ("laut Roe", "Roe
  // zufolge") stand, unless a new sentence follows the quotation.
  if (a.ok && (a.cue.flags & (kCueAccording | kCuePostpos))) return a;
  bool new_sentence = false;
  bool new_clause = false;
  if (a.ok && a.mention.r.first > w.open) {
    new_sentence = new_sentence_after(text, toks, w);
    new_clause = !new_sentence && new_clause_after(text, toks, w);
    if (!new_sentence && !new_clause) return a;
  }
  // The clause of the quotation starts after an earlier colon of its sentence ("Die Partei
  // kritisierte das Gesetz: So sagte Roe: „Q“").
  for (std::size_t k = w.open - 1; k > s0 + 1; --k)
    if (punct_is(text, toks[k - 1], ":;")) {
      s0 = k;
      break;
    }
  if (s0 + 2 > w.open || !clearly_german(text, toks, s0, w.after > w.open ? w.after : w.open, facts))
    return a;
  const Mention as_source = as_clause_source(text, toks, s0, w.open);
  if (as_source.ok()) {
    a.mention = as_source;
    a.ok = true;
    return a;
  }
  const DeClause c = de_clause(text, toks, s0, w.open);
  if (written_place(text, toks, w, s0, c, a)) return a;
  if (!c.subject.ok() || c.subject.r.last >= w.open) return a;
  // The clause after the quotation has a speaker of its own; this quotation is the words of
  // its own clause's subject ("Jonas Brehm nannte die Karte „überzogen“, Trainer ...").
  if (new_clause) {
    if (plain_to(text, toks, c, w.open)) a.mention = c.subject;
    return a;
  }
  const bool colon = punct_is(text, toks[w.open - 1], ":");
  if (quoted_one_speaks(text, toks, w, c, colon, a)) return a;
  if (!subject_replaces(text, toks, w, c, a, new_sentence, colon)) return a;
  a.mention = c.subject;
  a.ok = true;
  return a;
}

bool de_reported_clause(std::string_view text, const std::vector<Token>& toks, std::size_t first,
                        std::size_t ceil) {
  // No language check: the subjunctive forms ("sei", "würden", "habe") are German words only.
  if (first >= ceil) return false;
  const DeClause c = de_clause(text, toks, first, ceil);
  return c.verb != kNoTok && lower_word(toks, c.verb, ceil) && is_reported_mood(low(text, toks, c.verb));
}

Mention de_subject_of(std::string_view text, const std::vector<Token>& toks, std::size_t first,
                      std::size_t ceil, const TokenFacts* facts) {
  constexpr std::size_t kLanguageReach = 40;  // the clause and the quotation after it
  if (first + 1 >= ceil) return {};
  std::size_t lang_end = ceil;
  while (lang_end < toks.size() && lang_end < ceil + kLanguageReach && !toks[lang_end].newline) ++lang_end;
  if (!clearly_german(text, toks, first, lang_end, facts)) return {};
  // "Für den Minister ist die Lage „ernst“", "Nach Angaben der Polizei soll ...", "Von der
  // Behörde kam die Nachricht ...": the phrase opening the clause names the source, not its
  // subject; the general reading (subject.cpp) stands.
  if (word(toks, first, ceil) && in_word_table<kDeSourcePrepositions>(low(text, toks, first))) return {};
  const DeClause c = de_clause(text, toks, first, ceil);
  if (!c.subject.ok() || c.subject.r.last >= ceil) return {};
  // "Der Plan gilt als „Wagnis“", "Die Lage ist „ernst“": the subject of a copula is what is
  // described, not who describes it.
  if (lower_word(toks, c.verb, ceil) && in_word_table<kDeCopulas>(low(text, toks, c.verb))) return {};
  return c.subject;
}

}  // namespace pith::detail
