// German reported speech (reported_de.h): the sequence of the German rules for one sentence,
// source phrases ("Laut der Polizei ...", "Dem Bericht zufolge ..."), stance verbs, a next
// sentence pointing back, claim nouns and the subjunctive. Reporting clauses ("Die Firma teilte
// mit, dass ...") are reported_de_verb.cpp; ", dass" clauses reported_de_dass.cpp.
#include "quotes/reported/reported_de.h"

#include <string>

#include "common/word_prefilter.h"
#include "common/word_set.h"
#include "quotes/cues/lang_de.h"
#include "quotes/cues/lexicon.h"
#include "quotes/cues/token_facts.h"
#include "quotes/reported/reported_de_rules.h"
#include "quotes/reported/reported_rules.h"

namespace pith::detail {
namespace {

#include "quotes/reported/reported_de_table.inc"

using reported_rules::kNone;
using namespace reported_de_rules;  // NOLINT(google-build-using-namespace): this file applies them

bool source_noun(std::string_view w) {
  return in_word_table<kDeSourceNouns>(w) ||
         (w.size() > 7 && w.compare(w.size() - 7, 7, "angaben") == 0);
}

// The first token of the clause after a fronted source phrase starting at `j`: its finite verb
// ("Laut einer Umfrage | würden sich ..."), or kNone when the phrase does not end plainly.
std::size_t verb_after_source(std::string_view text, const std::vector<Token>& toks, std::size_t j,
                              std::size_t last) {
  bool apposition = false;
  for (std::size_t n = 0; j < last && n < kMaxSourceTokens; ++j, ++n) {
    const Token& t = toks[j];
    if (t.kind == TokKind::kPunct) {
      if (text[t.start] != ',') continue;  // "(ai)", "U.S.", quote marks around a name
      // "Nach Angaben von Jon Berg, einem Sprecher der Werft, wurde ...": one apposition
      // between commas belongs to the source.
      if (apposition) return kNone;
      apposition = true;
      std::size_t k = j + 1;
      while (k < last && k - j < kMaxSourceTokens && !punct_is(text, toks[k], ',')) ++k;
      if (k >= last || !punct_is(text, toks[k], ',')) return kNone;
      j = k;
      if (j + 1 < last && is_word(toks, j + 1)) return j + 1;
      return kNone;
    }
    if (t.kind != TokKind::kWord || t.cap) continue;  // numbers, nouns and names
    const std::string w = low(text, toks, j);
    if (in_word_table<kDeFiniteVerbs>(w)) return j;
    if (in_word_table<kDeNounPhraseWords>(w)) continue;
    // "der iranischen Staatsanwaltschaft": an adjective before its noun.
    if (adjective_ending(w) && j + 1 < last && is_word(toks, j + 1) &&
        (toks[j + 1].cap || adjective_ending(low(text, toks, j + 1))))
      continue;
    return j;
  }
  return kNone;
}

// Tokens [a, b) are a plain noun phrase ("Dem jüngsten Bericht der Polizei"): no verb in them.
bool noun_phrase(std::string_view text, const std::vector<Token>& toks, std::size_t a,
                 std::size_t b) {
  if (b <= a || b - a > kMaxSourceTokens) return false;
  for (std::size_t j = a; j < b; ++j) {
    if (!is_word(toks, j) || toks[j].cap) continue;
    const std::string w = low(text, toks, j);
    if (in_word_table<kDeNounPhraseWords>(w)) continue;
    if (adjective_ending(w) && j + 1 < b && is_word(toks, j + 1) &&
        (toks[j + 1].cap || adjective_ending(low(text, toks, j + 1))))
      continue;
    return false;
  }
  return true;
}
// The content and source of a source phrase whose cue is token `i`: "Dem Bericht zufolge
// CLAUSE" (`postposition`: the source precedes), "Laut der Polizei CLAUSE", "Der Bus war laut
// der Polizei voll" (the source starts at token `src`).
bool source_clause(std::string_view text, const std::vector<Token>& toks, std::size_t first,
                   std::size_t last, std::size_t i, std::size_t src, bool postposition,
                   const std::vector<unsigned char>& quoted, Reported& out) {
  const CueMatch cue{i, i, kCueReport, true};
  Mention m;
  if (postposition) {
    std::size_t s = i;
    while (s > first && i - s < kMaxSourceTokens && toks[s - 1].kind != TokKind::kPunct) --s;
    if (s == first && noun_phrase(text, toks, first, i)) {
      m.r = {first, i - 1, true};
      m.kind = MentionKind::kDescription;
      // "Dem Bericht zufolge wurden ...": the clause after the postposition.
      return emit_content(text, toks, i + 1, last, quoted, cue, m, out);
    }
    return emit_content(text, toks, clause_start_before(text, toks, first, i), last, quoted,
                        cue, m, out);
  }
  const std::size_t v = verb_after_source(text, toks, src, last);
  if (v != kNone && v > src) {
    std::size_t e = v - 1;
    while (e > src && toks[e].kind == TokKind::kPunct) --e;  // "…, einem Sprecher der Werft,"
    // "nach den Plänen der Regierung die Behörde ...": a non-genitive article after a noun
    // opens the clause's own subject; the source ends before it.
    for (std::size_t j = src + 2; j <= e; ++j)
      if (is_word(toks, j) && toks[j - 1].cap && in_word_table<kDeClauseArticles>(low(text, toks, j))) {
        e = j - 1;
        break;
      }
    m.r = {src, e, true};
    m.kind = MentionKind::kDescription;
  }
  // "Laut der Polizei war der Bus voll": the clause after the fronted phrase.
  if (i == first && v != kNone) return emit_content(text, toks, v, last, quoted, cue, m, out);
  // "Der Bus war laut der Polizei voll": the whole sentence is the source's; in a clause after
  // a comma ("..., das nach Angaben der Werft nicht fertig wurde"), that clause.
  return emit_content(text, toks, clause_start_before(text, toks, first, i), last, quoted, cue,
                      m, out);
}

// "Laut X", "Nach Angaben X", "Seiner Meinung nach", "X zufolge", "Demnach": the phrase and
// where its clause starts; mid-sentence the whole sentence is the content.
bool source_phrase(std::string_view text, const std::vector<Token>& toks, std::size_t first,
                   std::size_t last, const std::vector<unsigned char>& quoted, Reported& out) {
  for (std::size_t i = first; i < last; ++i) {
    if (quoted[i] || !is_word(toks, i)) continue;
    const std::string w = low(text, toks, i);
    std::size_t src = kNone;  // first token of the source
    bool postposition = false;
    const std::string n1 = i + 1 < last && is_word(toks, i + 1) ? low(text, toks, i + 1) : "";
    // "laut örtlichen Medien", "laut „Kurier“": an adjective before a noun, or a quoted name.
    const bool n2_cap = i + 2 < last && is_word(toks, i + 2) && toks[i + 2].cap;
    const bool quoted_name = n1.empty() && n2_cap && toks[i + 1].kind == TokKind::kPunct &&
                             !punct_is(text, toks[i + 1], ',');
    if ((w == "laut" || w == "gemäß") &&
        ((!n1.empty() && (toks[i + 1].cap || is_de_article(n1) ||
                          in_word_table<kDePossessives>(n1) || (adjective_ending(n1) && n2_cap))) ||
         quoted_name)) {
      src = i + 1;  // "laut Polizei", "laut einer Umfrage" (not "sehr laut und lang")
    } else if (w == "nach" && !n1.empty() &&
               (source_noun(n1) ||
                (i + 2 < last && is_word(toks, i + 2) &&
                 (adjective_ending(n1) || is_de_article(n1) ||
                  // "Nach Bergs Meinung": a genitive name before the source noun.
                  (toks[i + 1].cap && n1.size() > 2 && n1.back() == 's')) &&
                 source_noun(low(text, toks, i + 2))))) {
      src = i + 1;  // "nach Angaben", "nach ersten Angaben", "Nach dem Bericht der Zeitung"
    } else if ((w == "nach" || w == "laut") && i > first && in_word_table<kDeRelatives>(n1) &&
               punct_is(text, toks[i - 1], ',')) {
      // "Studien, nach denen Homöopathie wirke": the relative clause is the source's content.
      return emit_content(text, toks, i + 2, last, quoted, CueMatch{i, i + 1, kCueReport, true},
                          Mention{}, out);
    } else if ((w == "zufolge" || w == "nach") && i > first && is_word(toks, i - 1) &&
               (w == "zufolge" || source_noun(low(text, toks, i - 1)))) {
      postposition = true;  // "Dem Bericht zufolge", "Seiner Meinung nach": the source precedes
    } else if (in_word_table<kDeAccordingAdverbs>(w)) {
      // "Demnach sind ...": the clause follows at once.
      if (i == first && i + 1 < last)
        return emit_content(text, toks, i + 1, last, quoted, CueMatch{i, i, kCueReport, true},
                            Mention{}, out);
      // "..., wonach die Preise steigen": the clause after it; "Die Preise sollen demnach
      // steigen": the whole sentence.
      if (i > first && punct_is(text, toks[i - 1], ','))
        return emit_content(text, toks, i + 1, last, quoted, CueMatch{i, i, kCueReport, true},
                            Mention{}, out);
      if (i > first) return emit_content(text, toks, first, last, quoted,
                                         CueMatch{i, i, kCueReport, true}, Mention{}, out);
    }
    if (src == kNone && !postposition) continue;
    return source_clause(text, toks, first, last, i, src, postposition, quoted, out);
  }
  return false;
}

// "Der Verband verlangte den Rückzug der Truppen.": a stance verb makes the whole sentence the
// position of its subject (before the verb, or after it in verb-second order).
bool stance_sentence(std::string_view text, const std::vector<Token>& toks, std::size_t first,
                     std::size_t last, const std::vector<unsigned char>& quoted, Reported& out) {
  // "bezeichnete den Plan als „Unsinn“": with a quotation in the sentence the quoted words
  // are the attribution (the German corpus marks them alone).
  for (std::size_t j = first; j < last; ++j)
    if (quoted[j]) return false;
  for (std::size_t v = first + 1; v < last; ++v) {
    if (quoted[v] || !is_word(toks, v) || !in_word_table<kDeStanceVerbs>(low(text, toks, v))) continue;
    // "..., als dass man dies riskieren will.", "Der Plan wurde vom Verband kritisiert.": a verb
    // closing its clause is a subordinate clause's or a participle, not the main clause's
    // stance.
    if (v + 1 < last && toks[v + 1].kind == TokKind::kPunct) continue;
    Mention m = subject_before_verb(text, toks, first, v, last);
    if (!m.ok()) m = mention_after(text, toks, v + 1, last);
    return emit_content(text, toks, first, last, quoted, CueMatch{v, v, kCueReport, true}, m, out);
  }
  return false;
}

// "Die Brücke bleibt gesperrt. Dies bestätigte die Stadt.": the next sentence points back with
// "Dies"/"Das" and a reporting verb, so this sentence is the source's.
bool confirmed_by_next(std::string_view text, const std::vector<Token>& toks, std::size_t first,
                       std::size_t last, const std::vector<unsigned char>& quoted, Reported& out) {
  const std::size_t j = last;
  if (j + 2 >= toks.size() || toks[j].newline || !is_word(toks, j) || !is_word(toks, j + 1) ||
      !in_word_table<kDePointers>(low(text, toks, j)) || !report_verb(text, toks, j + 1))
    return false;
  const std::size_t ceil = j + 2 + kMaxSourceTokens < toks.size() ? j + 2 + kMaxSourceTokens
                                                                    : toks.size();
  std::size_t end = j + 2;
  while (end < ceil && !punct_is(text, toks[end], ".!?"))
    ++end;
  const Mention m = mention_after(text, toks, j + 2, end);
  return emit_content(text, toks, first, last, quoted, CueMatch{j + 1, j + 1, kCueReport, true}, m,
                      out);
}

// "Der Vorwurf, dass die Stadt Daten verkauft habe, ...": a claim noun's dass-clause.
bool claim_clause(std::string_view text, const std::vector<Token>& toks, std::size_t first,
                  std::size_t last, const std::vector<unsigned char>& quoted, Reported& out) {
  for (std::size_t i = first; i + 3 < last; ++i) {
    if (quoted[i] || !is_word(toks, i) || !in_word_table<kDeClaimNouns>(low(text, toks, i)) ||
        !punct_is(text, toks[i + 1], ',') || !is_word(toks, i + 2) || low(text, toks, i + 2) != "dass")
      continue;
    return emit_content(text, toks, i + 2, last, quoted, CueMatch{i, i, kCueReport, true},
                        Mention{}, out);
  }
  return false;
}

}  // namespace

bool find_reported_de(std::string_view text, const std::vector<Token>& toks, std::size_t first,
                      std::size_t last, const std::vector<unsigned char>& quoted, Reported& out,
                      signed char* german, const TokenFacts* facts) {
  const bool de = has_german_word(text, toks, first, last, facts);
  if (german) *german = de ? 1 : 0;
  if (!de || de_ordinal_split(text, toks, first)) return false;
  last = de_end_past_dates(text, toks, last);
  return source_phrase(text, toks, first, last, quoted, out) ||
         reporting_clause(text, toks, first, last, quoted, out) ||
         stance_sentence(text, toks, first, last, quoted, out) ||
         confirmed_by_next(text, toks, first, last, quoted, out) ||
         claim_clause(text, toks, first, last, quoted, out);
}

namespace {

bool has_subjunctive_marker(std::string_view text, const std::vector<Token>& toks,
                            std::size_t first, std::size_t last, const TokenFacts* facts) {
  // Asked of every sentence, English included: inside find_quotes one flag per word.
  if (facts) return facts->any(first, last, kFactDeSubjMarker);
  std::string buf;
  for (std::size_t i = first; i < last; ++i)
    if (is_word(toks, i) && tok_in_word_table<kDeSubjunctiveMarkers>(text, toks[i], buf))
      return true;
  return false;
}

}  // namespace

bool find_subjunctive_de(std::string_view text, const std::vector<Token>& toks, std::size_t first,
                         std::size_t last, const std::vector<unsigned char>& quoted, Reported& out,
                         signed char german, const TokenFacts* facts) {
  const bool de = german >= 0 ? german > 0 : has_german_word(text, toks, first, last, facts);
  if (!(de || has_subjunctive_marker(text, toks, first, last, facts)) ||
      de_ordinal_split(text, toks, first))
    return false;
  last = de_end_past_dates(text, toks, last);
  bool found = false, reportative = false;
  std::size_t last_word = kNone, at = kNone;  // `at`: the first subjunctive verb
  for (std::size_t i = first; i < last; ++i) {
    if (!is_word(toks, i)) continue;
    last_word = i;
    if (quoted[i]) continue;
    const std::string w = low(text, toks, i);
    if (in_word_table<kDeReportative>(w)) reportative = true;
    if (!in_word_table<kDeSubjunctive>(w)) continue;
    // "ich habe", "habe ich", "wir würden": the first person's own indicative.
    const bool own = (i > first && is_word(toks, i - 1) &&
                      (low(text, toks, i - 1) == "ich" || low(text, toks, i - 1) == "wir")) ||
                     (i + 1 < last && is_word(toks, i + 1) &&
                      (low(text, toks, i + 1) == "ich" || low(text, toks, i + 1) == "wir"));
    if (!own && !found) {
      found = true;
      at = i;
    }
  }
  if (!found && reportative && last_word != kNone && !quoted[last_word])
    found = in_word_table<kDePerfectEnd>(low(text, toks, last_word));
  if (!found) return false;
  // "Er erklärte, Nordkorea besitze ...": the clause of the subjunctive verb, not the writer's
  // words before its comma.
  const std::size_t cs = at != kNone ? clause_start_before(text, toks, first, at) : first;
  return emit_content(text, toks, cs, last, quoted, CueMatch{}, Mention{}, out);
}

bool points_back_de(std::string_view text, const std::vector<Token>& toks, std::size_t first,
                    std::size_t last) {
  std::string buf;  // a view of the lower-cased text: asked of every sentence's first word
  return first + 1 < last && is_word(toks, first) && in_word_table<kDePointers>(lower_tok(text, toks[first], buf)) &&
         report_verb(text, toks, first + 1);
}

}  // namespace pith::detail
