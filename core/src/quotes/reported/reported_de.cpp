#include "quotes/reported/reported_de.h"

#include "common/word_set.h"
#include "quotes/cues/lexicon.h"
#include "quotes/cues/lang_de.h"
#include "quotes/reported/reported_rules.h"
#include "quotes/cues/token_facts.h"
#include "common/word_prefilter.h"

namespace pith::detail {
namespace {

#include "quotes/reported/reported_de_table.inc"

using reported_rules::content_ok;
using reported_rules::emit;
using reported_rules::kNone;

constexpr std::size_t kMaxSourceTokens = 20;  // "Laut einem Bericht der Zeitung aus Bonn"
constexpr std::size_t kMaxVerbToComma = 10;   // "teilte am Montag in Berlin mit, dass"
constexpr std::size_t kMaxTrailerTokens = 16;  // "..., teilte der Sprecher der Behörde mit."
constexpr std::size_t kMaxWieTokens = 15;      // "Wie die Polizei am Abend mitteilte,"
constexpr std::size_t kMaxSettingTokens = 5;   // "sagte Roe am Abend in Berlin,"



bool adjective_ending(std::string_view w) {
  if (w.size() < 4) return false;
  const std::string_view e2 = w.substr(w.size() - 2);
  return w.back() == 'e' || e2 == "en" || e2 == "er" || e2 == "es" || e2 == "em";
}

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

// The start of the comma clause holding token `i`: after the nearest comma before it, or the
// sentence start.
std::size_t clause_start_before(std::string_view text, const std::vector<Token>& toks,
                                std::size_t first, std::size_t i) {
  for (std::size_t j = i; j > first; --j)
    if (punct_is(text, toks[j - 1], ',')) return j;
  return first;
}

// The subject of a German clause whose verb is at `v`, read before it: the mention before the
// verb, unless that is the object of a preposition ("In einem Interview sagte Roe", "Roe hatte
// im gleichen Interview gesagt"). A fronted phrase puts the subject after the verb (up to
// `ceil`); otherwise the subject opens the sentence.
Mention subject_before_verb(std::string_view text, const std::vector<Token>& toks,
                            std::size_t first, std::size_t v, std::size_t ceil) {
  constexpr std::size_t kMaxPhraseWords = 3;  // "im gleichen neuen Interview"
  Mention m = mention_before(text, toks, v, first);
  if (!m.ok() || m.kind == MentionKind::kPronoun) return m;
  std::size_t p = m.r.first, n = 0;
  while (p > first && n < kMaxPhraseWords && is_word(toks, p - 1) && !toks[p - 1].cap) {
    const std::string w = low(text, toks, p - 1);
    if (in_word_table<kDePrepositions>(w)) break;
    if (!in_word_table<kDeNounPhraseWords>(w) && !adjective_ending(w)) return m;
    --p;
    ++n;
  }
  // The preposition may open the sentence, capitalised ("In einem Interview").
  if (p == first || !is_word(toks, p - 1) || !in_word_table<kDePrepositions>(low(text, toks, p - 1))) return m;
  const std::size_t prep = p - 1;
  if (prep == first) {
    const Mention after = v + 1 < ceil ? mention_after(text, toks, v + 1, ceil) : Mention{};
    return after.ok() && after.r.first == v + 1 ? after : Mention{};
  }
  const Mention opener = mention_after(text, toks, first, prep);
  return opener.ok() && opener.r.first == first ? opener : Mention{};
}

bool emit_content(std::string_view text, const std::vector<Token>& toks, std::size_t cs,
                  std::size_t ce, const std::vector<unsigned char>& quoted, const CueMatch& cue,
                  const Mention& m, Reported& out) {
  if (cs >= ce || !content_ok(text, toks, cs, ce, quoted)) return false;
  Attribution a;
  a.cue = cue;
  a.mention = m;
  a.ok = cue.ok;
  return emit(out, a, toks, cs, ce, ce);
}

// "Laut X", "Nach Angaben X", "Seiner Meinung nach", "X zufolge", "Demnach": the phrase and
// where its clause starts; mid-sentence the whole sentence is the content.
bool source_phrase(std::string_view text, const std::vector<Token>& toks, std::size_t first,
                   std::size_t last, const std::vector<unsigned char>& quoted, Reported& out) {
  for (std::size_t i = first; i < last; ++i) {
    if (quoted[i] || !is_word(toks, i)) continue;
    const std::string w = low(text, toks, i);
    std::size_t src = kNone, cue_last = i;  // first token of the source, last of the cue
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
    const CueMatch cue{i, cue_last, kCueReport, true};
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
  return false;
}

bool report_verb(std::string_view text, const std::vector<Token>& toks, std::size_t i) {
  return is_word(toks, i) && in_word_table<kDeReportVerbs>(low(text, toks, i));
}

// "Wie die Polizei mitteilte, ...", "X teilte am Montag mit, dass ...", "X sagte, ...",
// "..., berichtet die Zeitung.", "..., wie die Polizei mitteilte."
bool reporting_clause(std::string_view text, const std::vector<Token>& toks, std::size_t first,
                      std::size_t last, const std::vector<unsigned char>& quoted, Reported& out) {
  for (std::size_t v = first; v < last; ++v) {
    // "..., so die Sprecherin der Stadt.": the clause before the comma.
    if (!quoted[v] && v > first + 2 && is_word(toks, v) && low(text, toks, v) == "so" &&
        punct_is(text, toks[v - 1], ',') && last - v <= kMaxTrailerTokens) {
      bool more = false;
      Mention named;  // "..., so der Sprecher der Partei, Jon Berg.": the apposition's name
      for (std::size_t j = v + 1; j < last && !more; ++j) {
        if (!punct_is(text, toks[j], ',')) continue;
        const TokRange ap = name_run_after(text, toks, j + 1, last);
        more = !(ap.ok && ap.last + 1 >= last - 1 && ap.last + 1 <= last);
        if (!more) {
          named.r = ap;
          named.kind = MentionKind::kName;
          break;
        }
      }
      Mention m = mention_after(text, toks, v + 1, last);
      if (m.ok() && named.ok()) m = named;
      if (!more && m.ok() &&
          emit_content(text, toks, first, v - 1, quoted, CueMatch{v, v, kCueReport, true}, m, out))
        return true;
    }
    if (quoted[v] || !report_verb(text, toks, v)) continue;
    const CueMatch cue{v, v, kCueReport, true};
    // "..., berichtet die Zeitung." / "..., wie die Polizei mitteilte.": the clause before.
    std::size_t comma = kNone;
    if (v > first + 2 && punct_is(text, toks[v - 1], ',')) {
      comma = v - 1;
    } else {
      for (std::size_t w = v; w > first + 2 && v - w < kMaxWieTokens; --w)
        if (is_word(toks, w - 1) && low(text, toks, w - 1) == "wie") {
          if (punct_is(text, toks[w - 2], ',')) comma = w - 2;
          break;
        } else if (toks[w - 1].kind == TokKind::kPunct) {
          break;
        }
    }
    if (comma != kNone && last - v <= kMaxTrailerTokens) {
      bool more = false;  // no further clause after the verb
      for (std::size_t j = v + 1; j < last; ++j) more = more || punct_is(text, toks[j], ',');
      if (!more) {
        Mention m = mention_after(text, toks, v + 1, last);
        if (!m.ok() && comma + 2 < v) m = mention_after(text, toks, comma + 2, v);
        if (emit_content(text, toks, first, comma, quoted, cue, m, out)) return true;
      }
    }
    // The verb, a few words, then a comma: the clause after it.
    std::size_t c = v + 1;
    while (c < last && c <= v + kMaxVerbToComma && !quoted[c] && !punct_is(text, toks[c], ',') &&
           toks[c].kind != TokKind::kPunct)
      ++c;
    if (c + 1 >= last || !punct_is(text, toks[c], ',')) continue;
    const std::string before = c > v + 1 ? low(text, toks, c - 1) : std::string();
    const std::string after = is_word(toks, c + 1) ? low(text, toks, c + 1) : std::string();
    // "sagte," / "teilte mit," / "..., dass" / "sagte Jana Novak," (the subject in between).
    bool closes = c == v + 1 || in_word_table<kDeParticles>(before) || after == "dass" || after == "ob";
    // "Roe sagte am Montag in Berlin, ...": a short setting phrase between verb and comma.
    if (!closes && is_word(toks, v + 1) && in_word_table<kDePrepositions>(low(text, toks, v + 1)) &&
        c - v - 1 <= kMaxSettingTokens) {
      bool plain = true;
      for (std::size_t j = v + 1; j < c; ++j) plain = plain && toks[j].kind != TokKind::kPunct;
      closes = plain;
    }
    // "Offiziell sagt die Stadtverwaltung, ...": an article and its noun between verb and comma
    // are the subject (verb-second after a fronted adverb).
    Mention subject_np;
    if (!closes && c > v + 2 && c - v - 1 <= kMaxSettingTokens && is_word(toks, v + 1) &&
        is_de_article(low(text, toks, v + 1)) && toks[c - 1].cap) {
      bool np = true;
      for (std::size_t j = v + 2; j < c; ++j)
        np = np && is_word(toks, j) && (toks[j].cap || adjective_ending(low(text, toks, j)));
      if (np) {
        subject_np.r = {v + 1, c - 1, true};
        subject_np.kind = MentionKind::kDescription;
        closes = true;
      }
    }
    if (!closes) {
      const Mention between = mention_after(text, toks, v + 1, c);
      closes = between.ok() && between.r.first == v + 1 && between.r.last + 1 == c;
      // "sagte Roe vor der Presse, ...": the subject, then a short setting phrase.
      if (!closes && between.ok() && between.r.first == v + 1 && between.r.last + 2 < c &&
          c - between.r.last - 1 <= kMaxSettingTokens && is_word(toks, between.r.last + 1) &&
          in_word_table<kDePrepositions>(low(text, toks, between.r.last + 1)))
        closes = true;
    }
    if (!closes) continue;
    Mention m;
    if (v == first + 1 && low(text, toks, first) == "wie") {
      m = Mention{};  // "Wie mitgeteilt wurde, ..."
    } else if (low(text, toks, first) == "wie" && v > first + 1) {
      m = mention_after(text, toks, first + 1, v);  // "Wie die Polizei mitteilte, ..."
    } else {
      // Verb-second: the subject opens the sentence ("Die Firma teilte mit") or follows the
      // verb after a fronted phrase ("In dem Brief teilten sie mit", "Am Montag sagte Roe").
      m = subject_before_verb(text, toks, first, v, c);
      // "Am Dienstag sagte Jana Novak,": a name filling the gap between verb and comma is the
      // subject, the mention before the verb only the fronted phrase's noun.
      const Mention between = v + 1 < c ? mention_after(text, toks, v + 1, c) : Mention{};
      if (m.ok() && between.ok() && between.r.first == v + 1 && between.r.last + 1 == c &&
          m.r.first > first && is_word(toks, m.r.first - 1) &&
          in_word_table<kDePrepositions>(low(text, toks, m.r.first - 1)))
        m = between;
      if (!m.ok() && subject_np.ok()) m = subject_np;
      if (!m.ok()) {
        Mention after_verb = v + 1 < c ? mention_after(text, toks, v + 1, c) : Mention{};
        // "kündigte heute der Präsident an, ...": adverbs between the verb and its subject.
        for (std::size_t a = v + 1, n = 0; !after_verb.ok() && a + 1 < c && n < 2; ++a, ++n) {
          if (!is_word(toks, a) || toks[a].cap || is_de_article(low(text, toks, a)) ||
              in_word_table<kDePrepositions>(low(text, toks, a)))
            break;
          after_verb = mention_after(text, toks, a + 1, c);
          if (after_verb.ok() && after_verb.r.first != a + 1) after_verb = Mention{};
        }
        m = after_verb.ok() || !m.ok() ? after_verb : Mention{};
      }
      // "Jon Berg, der Dekan der Fakultät, hatte der Zeitung „Die Welt“ mitgeteilt, dass ...":
      // the verb is far from the subject opening the sentence.
      if (!m.ok() && v > first + 1) {
        const Mention s0 = subject_of(text, toks, first, v);
        if (s0.ok() && s0.r.first == first && s0.kind != MentionKind::kDescription) m = s0;
      }
    }
    // "erklärte der Direktor der Behörde, Jon Berg, die Brücke sei ...": a name between commas
    // is the subject's apposition, not content.
    std::size_t cs = c + 1;
    const Mention ap = mention_after(text, toks, c + 1, last);
    if (ap.ok() && ap.kind == MentionKind::kName && ap.r.first == c + 1 && ap.r.last + 2 < last &&
        punct_is(text, toks[ap.r.last + 1], ','))
      cs = ap.r.last + 2;
    if (emit_content(text, toks, cs, last, quoted, cue, m, out)) return true;
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
                      signed char* german) {
  const bool de = has_german_word(text, toks, first, last);
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
                            std::size_t first, std::size_t last) {
  // Asked of every sentence, English included: inside find_quotes one flag per word.
  if (const unsigned char* f = token_facts(text, toks))
    return any_token_fact(f, first, last, kFactDeSubjMarker);
  std::string buf;
  for (std::size_t i = first; i < last; ++i)
    if (is_word(toks, i) && tok_in_word_table<kDeSubjunctiveMarkers>(text, toks[i], buf))
      return true;
  return false;
}

}  // namespace

bool find_subjunctive_de(std::string_view text, const std::vector<Token>& toks, std::size_t first,
                         std::size_t last, const std::vector<unsigned char>& quoted, Reported& out,
                         signed char german) {
  const bool de = german >= 0 ? german > 0 : has_german_word(text, toks, first, last);
  if (!(de || has_subjunctive_marker(text, toks, first, last)) ||
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
