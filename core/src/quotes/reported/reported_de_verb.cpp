// German reporting clauses (reported_de_rules.h, reporting_clause): a reporting verb and the
// comma that closes its clause, before ("..., berichtet die Zeitung.") or after the content
// ("Die Firma teilte mit, dass ...", "Wie die Polizei mitteilte, ...").
#include <string>

#include "common/word_set.h"
#include "quotes/cues/lexicon.h"
#include "quotes/cues/punct.h"
#include "quotes/reported/reported_de_rules.h"
#include "quotes/reported/reported_rules.h"

namespace pith::detail::reported_de_rules {
namespace {

#include "quotes/reported/reported_de_table.inc"

using reported_rules::kNone;

// "..., so die Sprecherin der Stadt.": the clause before the comma, when "so" at `v` closes the
// sentence with its source.
bool so_source(std::string_view text, const std::vector<Token>& toks, std::size_t first,
               std::size_t last, std::size_t v, const std::vector<unsigned char>& quoted,
               Reported& out) {
  if (!(!quoted[v] && v > first + 2 && is_word(toks, v) && low(text, toks, v) == "so" &&
        punct_is(text, toks[v - 1], ',') && last - v <= kMaxTrailerTokens))
    return false;
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
  return !more && m.ok() &&
         emit_content(text, toks, first, v - 1, quoted, CueMatch{v, v, kCueReport, true}, m, out);
}

// "..., berichtet die Zeitung." / "..., wie die Polizei mitteilte.": the reporting verb at `v`
// closes the sentence; the clause before its comma is the content.
bool clause_before_verb(std::string_view text, const std::vector<Token>& toks, std::size_t first,
                        std::size_t last, std::size_t v, const std::vector<unsigned char>& quoted,
                        Reported& out) {
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
  if (comma == kNone || last - v > kMaxTrailerTokens) return false;
  bool more = false;  // no further clause after the verb
  for (std::size_t j = v + 1; j < last; ++j) more = more || punct_is(text, toks[j], ',');
  if (more) return false;
  Mention m = mention_after(text, toks, v + 1, last);
  if (!m.ok() && comma + 2 < v) m = mention_after(text, toks, comma + 2, v);
  return emit_content(text, toks, first, comma, quoted, CueMatch{v, v, kCueReport, true}, m, out);
}

// Whether the words between the reporting verb at `v` and the comma at `c` close the verb's
// clause: nothing, a particle ("teilte mit,"), a short setting phrase ("sagte am Montag in
// Berlin,"), the subject ("sagte Jana Novak,"; an article and its noun go to `subject_np`).
bool closes_at_comma(std::string_view text, const std::vector<Token>& toks, std::size_t v,
                     std::size_t c, Mention& subject_np) {
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
  return closes;
}

// The subject of the reporting verb at `v` whose clause ends at the comma `c`.
Mention report_subject(std::string_view text, const std::vector<Token>& toks, std::size_t first,
                       std::size_t v, std::size_t c, const Mention& subject_np) {
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
  return m;
}

// "X teilte am Montag mit, dass ...", "Wie die Polizei mitteilte, ...", "X sagte, ...": the
// reporting verb at `v`, a few words, then a comma; the clause after it is the content.
bool clause_after_verb(std::string_view text, const std::vector<Token>& toks, std::size_t first,
                       std::size_t last, std::size_t v, const std::vector<unsigned char>& quoted,
                       Reported& out) {
  std::size_t c = v + 1;
  while (c < last && c <= v + kMaxVerbToComma && !quoted[c] && !punct_is(text, toks[c], ',') &&
         toks[c].kind != TokKind::kPunct)
    ++c;
  if (c + 1 >= last || !punct_is(text, toks[c], ',')) return false;
  Mention subject_np;
  if (!closes_at_comma(text, toks, v, c, subject_np)) return false;
  const Mention m = report_subject(text, toks, first, v, c, subject_np);
  // "erklärte der Direktor der Behörde, Jon Berg, die Brücke sei ...": a name between commas
  // is the subject's apposition, not content.
  std::size_t cs = c + 1;
  const Mention ap = mention_after(text, toks, c + 1, last);
  if (ap.ok() && ap.kind == MentionKind::kName && ap.r.first == c + 1 && ap.r.last + 2 < last &&
      punct_is(text, toks[ap.r.last + 1], ','))
    cs = ap.r.last + 2;
  return emit_content(text, toks, cs, last, quoted, CueMatch{v, v, kCueReport, true}, m, out);
}

}  // namespace

// "Wie die Polizei mitteilte, ...", "X teilte am Montag mit, dass ...", "X sagte, ...",
// "..., berichtet die Zeitung.", "..., wie die Polizei mitteilte."
bool reporting_clause(std::string_view text, const std::vector<Token>& toks, std::size_t first,
                      std::size_t last, const std::vector<unsigned char>& quoted, Reported& out) {
  for (std::size_t v = first; v < last; ++v) {
    if (so_source(text, toks, first, last, v, quoted, out)) return true;
    if (quoted[v] || !report_verb(text, toks, v)) continue;
    if (clause_before_verb(text, toks, first, last, v, quoted, out)) return true;
    if (clause_after_verb(text, toks, first, last, v, quoted, out)) return true;
  }
  return false;
}

}  // namespace pith::detail::reported_de_rules
