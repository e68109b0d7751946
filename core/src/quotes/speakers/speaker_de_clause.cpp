#include "quotes/speakers/speaker_de_clause.h"

#include <string>

#include "common/word_set.h"
#include "quotes/cues/lexicon.h"
#include "quotes/cues/punct.h"
#include "quotes/speakers/speaker_de.h"
#include "quotes/speakers/speaker_de_table.inc"

namespace pith::detail {
namespace de {
namespace {

constexpr std::size_t kMaxFrontPhrase = 16;   // "Nach Berichten über eine Festnahme auf der Piste teilte"
constexpr std::size_t kMaxSubordinate = 40;   // "Nachdem ... gefragt wurde, was ..., entgegnete"
constexpr std::size_t kMaxAdjectives = 3;     // "die neue gesundheitspolitische Sprecherin"
constexpr std::size_t kMaxHeadWords = 5;      // "SPD-Vorsitzende Franz Otto Beispiel"
constexpr std::size_t kMaxApposition = 12;    // "Der Sprecher, Paul Test, sagte"
constexpr std::size_t kMaxMidfield = 3;       // "sagte jedoch gestern auch die Ministerin"
constexpr std::size_t kMaxGenitives = 3;      // "die Anwendung der Regel des Vertrags"
constexpr std::size_t kMaxRelative = 24;      // "Roe, der wegen zweier Fouls vom Platz musste, nannte"

bool is_preposition(std::string_view w) { return in_word_table<kDePrepositions>(w); }
bool is_joiner(std::string_view w) { return in_word_table<kDePhraseJoiners>(w); }
bool is_subject_pronoun(std::string_view w) { return in_word_table<kDeSubjectPronouns>(w); }

bool person_noun(std::string_view w) {
  for (const auto& e : kDePersonEndings)
    if (w.size() >= e.size() && w.substr(w.size() - e.size()) == e) return true;
  return false;
}

// "der" before an adjective in -en is dative or genitive ("der neuen Ministerin", "Der
// englischen Zeitung sagte Roe"); the nominative takes -e ("der neue Minister").
bool dative_der(std::string_view text, const std::vector<Token>& toks, std::size_t s,
                std::size_t ceil) {
  if (!word(toks, s, ceil) || low(text, toks, s) != "der" || !lower_word(toks, s + 1, ceil)) return false;
  const std::string a = low(text, toks, s + 1);
  return a.size() > 3 && a.compare(a.size() - 2, 2, "en") == 0;
}

}  // namespace

bool is_object_word(std::string_view w) { return in_word_table<kDeObjectWords>(w); }
bool is_subject_opener(std::string_view w) { return in_word_table<kDeSubjectOpeners>(w); }

// A comma, colon, semicolon or quotation mark: another clause or quotation begins.
bool clause_break(std::string_view text, const Token& t) {
  if (t.kind != TokKind::kPunct) return false;
  if (punct_is(text, t, ",;:\"")) return true;
  const std::string_view s = text.substr(t.start, t.end - t.start);
  for (std::string_view q : {"\u201E", "\u201C", "\u201D", "\u00AB", "\u00BB", "\u201A", "\u2018", "\u2019"})
    if (s == q) return true;
  return false;
}

// A lower-case word that cannot be a finite verb: an article, preposition or joiner.
bool function_word(std::string_view w) {
  return is_de_article(w) || is_preposition(w) || is_joiner(w) || is_object_word(w) ||
         is_subject_opener(w);
}

// The noun phrase starting at `s`: an optional article or possessive, a few adjectives, a
// capitalised head with the capitalised words after it ("Ministerin Eva Klar"), a genitive
// ("der Fraktion") and an apposition between commas ("die Sprecherin, Maria Beispiel,").
// Returns the last token, or kNoTok; `next` gets the token after the phrase (past the closing
// comma of its apposition).
// An attribute ("in Bayern") is taken only when `attribute_ok` (a phrase opening the clause,
// where the verb must follow; after the verb "Roe in einer Rede" is the adverbial's).
std::size_t noun_phrase_end(std::string_view text, const std::vector<Token>& toks, std::size_t s,
                            std::size_t ceil, std::size_t* next, bool attribute_ok) {
  std::size_t k = s;
  // (Capitalised when it opens the sentence: "Die Ministerin".)
  if (word(toks, k, ceil) && is_subject_opener(low(text, toks, k))) ++k;
  if (dative_der(text, toks, s, ceil)) return kNoTok;
  for (std::size_t n = 0; n < kMaxAdjectives && lower_word(toks, k, ceil) && k > s; ++n) {
    const std::string w = low(text, toks, k);
    if (function_word(w)) return kNoTok;
    ++k;
  }
  if (!cap_word(toks, k, ceil)) return kNoTok;
  std::size_t last = k;
  for (std::size_t n = 1; n < kMaxHeadWords && cap_word(toks, last + 1, ceil); ++n) ++last;
  // Two roles: "der frühere Bürgermeister und Senator".
  if (lower_word(toks, last + 1, ceil) && low(text, toks, last + 1) == "und" && cap_word(toks, last + 2, ceil))
    last += 2;
  // Genitives and one attribute: "die Sprecherin der Fraktion", "die Anwendung der Regel des
  // Vertrags", "der Chef des Verbands in Bayern", "ein Experte von Greenpeace".
  bool attribute = !attribute_ok;
  for (std::size_t n = 0; n < kMaxGenitives && lower_word(toks, last + 1, ceil); ++n) {
    const std::string g = low(text, toks, last + 1);
    std::size_t h = last + 2;
    if (g != "der" && g != "des") {
      if (attribute || !in_word_table<kDeAttributePrepositions>(g)) break;
      attribute = true;
      if (lower_word(toks, h, ceil) && is_de_article(low(text, toks, h))) ++h;
    }
    if (!cap_word(toks, h, ceil)) break;
    last = h;
    while (cap_word(toks, last + 1, ceil) && last + 1 < h + kMaxHeadWords) ++last;
  }
  // An apposition naming the person: "die Sprecherin der Fraktion, Maria Beispiel, sagte".
  if (last + 2 < ceil && punct_is(text, toks[last + 1], ",") && cap_word(toks, last + 2, ceil)) {
    const TokRange r = name_run_after(text, toks, last + 2, ceil);
    std::size_t e = r.ok ? r.last + 1 : ceil;
    // With a party or age in brackets: "..., Hans Beispiel (SPD), sagte".
    if (e + 2 < ceil && punct_is(text, toks[e], "(") && punct_is(text, toks[e + 2], ")")) e += 3;
    if (r.ok && e < ceil && punct_is(text, toks[e], ",")) {
      if (next) *next = e + 1;
      return r.last;
    }
  }
  if (next) *next = last + 1;
  return last;
}

Mention phrase_mention(std::string_view text, const std::vector<Token>& toks, std::size_t s,
                       std::size_t last) {
  Mention m;
  m.r = {s, last, true};
  // "der Sprecher des Verbands, Paul Test": the person's name after the comma names the speaker.
  std::size_t from = s;
  for (std::size_t k = last; k > s; --k)
    if (punct_is(text, toks[k], ",")) {
      from = k + 1;
      break;
    }
  bool name = from <= last;
  for (std::size_t k = from; k <= last && name; ++k) name = is_name_word(text, toks[k]);
  if (name && from > s) m.r.first = from;
  m.kind = name ? MentionKind::kName : MentionKind::kDescription;
  return m;
}

namespace {

// After a noun phrase opening the clause: a parenthesis ("(CDU)") or an apposition between
// commas ("Paul Test, Sprecher des Verbands,") or a relative clause (when `relative_ok`), then
// the finite verb. Returns the verb or kNoTok.
std::size_t verb_after_subject(std::string_view text, const std::vector<Token>& toks,
                               std::size_t k, std::size_t ceil, bool relative_ok) {
  if (k < ceil && punct_is(text, toks[k], "(")) {
    const std::size_t open = k;
    while (k < ceil && k < open + kMaxApposition && !punct_is(text, toks[k], ")")) ++k;
    if (k >= ceil || !punct_is(text, toks[k], ")")) return kNoTok;
    ++k;
  }
  // A relative clause: "Roe, der wegen zweier Fouls vom Platz musste, nannte ...".
  if (relative_ok && k + 1 < ceil && punct_is(text, toks[k], ",") && word(toks, k + 1, ceil) &&
      is_relative(low(text, toks, k + 1))) {
    const std::size_t comma = k++;
    while (k < ceil && k < comma + kMaxRelative && !clause_break(text, toks[k])) ++k;
    if (k >= ceil || !punct_is(text, toks[k], ",")) return kNoTok;
    ++k;
  } else if (k < ceil && punct_is(text, toks[k], ",")) {
    const std::size_t comma = k++;
    while (k < ceil && k < comma + kMaxApposition && !punct_is(text, toks[k], ",")) {
      // A quote mark or a colon inside: no plain apposition.
      if (toks[k].kind == TokKind::kPunct && !punct_is(text, toks[k], "()-")) return kNoTok;
      ++k;
    }
    if (k >= ceil || !punct_is(text, toks[k], ",")) return kNoTok;
    const std::string w = word(toks, comma + 1, ceil) ? low(text, toks, comma + 1) : std::string();
    if (is_relative(w) || is_subject_pronoun(w)) return kNoTok;
    ++k;
  }
  if (!lower_word(toks, k, ceil) || function_word(low(text, toks, k))) return kNoTok;
  return k;
}

// The finite verb after a fronted phrase starting at `first` (a preposition, an object, an
// adverb): the first lower-case word after a noun, a name or a number that no article or
// preposition marks as part of the phrase. kNoTok when a quote mark or a clause comes first.
std::size_t verb_after_front(std::string_view text, const std::vector<Token>& toks,
                             std::size_t first, std::size_t ceil) {
  // `open` counts the phrases an article or a preposition opened and no noun closed yet: inside
  // one a lower-case word is an adjective or participle, not the verb ("Den in der Stadt
  // verbliebenen Bürgern sicherte er ...").
  std::size_t open = 0;
  bool closes = toks[first].cap;  // "Derzeit steht": an adverb alone is the whole phrase
  bool in_noun = false;
  auto opens_phrase = [&](std::size_t k, const std::string& w) {
    // A preposition opens its own phrase only without an article after it ("in dem" is one).
    if (is_preposition(w)) return !(word(toks, k + 1, ceil) && is_de_article(low(text, toks, k + 1)));
    return is_de_article(w) || is_object_word(w) || is_subject_opener(w);
  };
  const std::string w0 = low(text, toks, first);
  if (opens_phrase(first, w0)) {
    open = 1;
    closes = false;
  }
  for (std::size_t k = first + 1; k < ceil && k < first + kMaxFrontPhrase; ++k) {
    const Token& t = toks[k];
    if (t.kind == TokKind::kNumber) {
      closes = true;
      continue;
    }
    if (t.kind == TokKind::kPunct) {
      if (punct_is(text, t, "-.")) continue;
      return kNoTok;  // a comma, a quote mark, a parenthesis: not a plain phrase
    }
    if (t.cap) {
      if (!in_noun && open > 0) --open;
      in_noun = true;
      closes = true;
      continue;
    }
    in_noun = false;
    const std::string w = low(text, toks, k);
    if (function_word(w) || !closes || open > 0) {
      if (opens_phrase(k, w)) ++open;
      closes = false;
      continue;
    }
    return k;
  }
  return kNoTok;
}

// "Nachdem der Plan gescheitert war, erklärte die Ministerin": the main verb right after the
// comma that closes the subordinate clause.
std::size_t verb_after_subordinate(std::string_view text, const std::vector<Token>& toks,
                                   std::size_t first, std::size_t ceil) {
  for (std::size_t k = first + 1; k + 1 < ceil && k < first + kMaxSubordinate; ++k) {
    if (toks[k].kind == TokKind::kPunct && !punct_is(text, toks[k], ",.-")) return kNoTok;
    if (!punct_is(text, toks[k], ",") || !lower_word(toks, k + 1, ceil)) continue;
    const std::string w = low(text, toks, k + 1);
    if (function_word(w) || is_relative(w) || is_that(w) || is_subject_pronoun(w) ||
        in_word_table<kDeSubordinators>(w) || in_word_table<kDeEmbeddedOpeners>(w))
      continue;
    if (de_subject_after_verb(text, toks, k + 2, ceil).ok()) return k + 1;
  }
  return kNoTok;
}

}  // namespace
}  // namespace de

using namespace de;

Mention de_subject_after_verb(std::string_view text, const std::vector<Token>& toks, std::size_t s,
                              std::size_t ceil) {
  if (lower_word(toks, s, ceil) && is_reflexive(low(text, toks, s))) ++s;
  // An object pronoun comes before a full subject: "so beschrieb ihn der Kollege".
  if (lower_word(toks, s, ceil) && in_word_table<kDeObjectPronouns>(low(text, toks, s)) &&
      word(toks, s + 1, ceil) && (toks[s + 1].cap || is_subject_opener(low(text, toks, s + 1))))
    ++s;
  for (std::size_t n = 0; n < kMaxMidfield && lower_word(toks, s, ceil) &&
                          in_word_table<kDeMidfieldAdverbs>(low(text, toks, s));
       ++n)
    ++s;
  if (!word(toks, s, ceil)) return {};
  const std::string w = low(text, toks, s);
  if (!toks[s].cap && is_subject_pronoun(w)) {
    Mention m;
    m.r = {s, s, true};
    m.kind = MentionKind::kPronoun;
    return m;
  }
  if (!toks[s].cap && !is_subject_opener(w)) return {};
  const std::size_t last = noun_phrase_end(text, toks, s, ceil);
  if (last == kNoTok) return {};
  return phrase_mention(text, toks, s, last);
}

DeClause de_clause(std::string_view text, const std::vector<Token>& toks, std::size_t first,
                   std::size_t ceil) {
  DeClause c;
  if (!cap_word(toks, first, ceil)) return c;
  const std::string w0 = low(text, toks, first);
  // "Es gibt ...", "Es drohe ...": a dummy subject names no one.
  if (w0 == "es") return c;
  // "Er lobte den Plan: „Q“".
  if (is_subject_pronoun(w0)) {
    if (!lower_word(toks, first + 1, ceil)) return c;
    c.subject.r = {first, first, true};
    c.subject.kind = MentionKind::kPronoun;
    c.verb = first + 1;
    return c;
  }
  // A focus particle before the subject: "Auch die Ministerin äußerte sich", "Selbst der Chef
  // räumte ein" — the phrase after it opens the clause.
  if (in_word_table<kDeFocusParticles>(w0) && word(toks, first + 1, ceil) &&
      (toks[first + 1].cap || is_subject_opener(low(text, toks, first + 1))) &&
      !dative_der(text, toks, first + 1, ceil)) {
    std::size_t next = kNoTok;
    const std::size_t last = noun_phrase_end(text, toks, first + 1, ceil, &next, true);
    const std::size_t v = last == kNoTok ? kNoTok : verb_after_subject(text, toks, next, ceil, false);
    if (v != kNoTok) {
      c.subject = phrase_mention(text, toks, first + 1, last);
      c.verb = v;
      return c;
    }
  }
  const bool front = is_preposition(w0) || is_object_word(w0) || dative_der(text, toks, first, ceil) ||
                     in_word_table<kDeFrontAdverbs>(w0) ||
                     (is_adverb_form(w0) && lower_word(toks, first + 1, ceil));
  std::size_t verb = kNoTok;
  if (in_word_table<kDeSubordinators>(w0)) {
    verb = verb_after_subordinate(text, toks, first, ceil);
  } else if (front) {
    verb = verb_after_front(text, toks, first, ceil);
  } else {
    // The subject opens the clause: "Der Sprecher des Verbands, Paul Test, kritisierte ...".
    std::size_t next = kNoTok;
    const std::size_t last = noun_phrase_end(text, toks, first, ceil, &next, true);
    if (last == kNoTok) return c;
    // A relative clause after it only when the phrase is surely nominative: in "Die Mönche,
    // die ..., beschrieb die Agentur als „Q“" the phrase is the object.
    const bool ambiguous = w0 == "die" || w0 == "das" || w0 == "eine";
    verb = verb_after_subject(text, toks, next, ceil, !ambiguous);
    if (verb == kNoTok) return c;
    c.subject = phrase_mention(text, toks, first, last);
    c.verb = verb;
    // "Die Umsetzung des Gesetzes stellte der Vorsitzende Otto Frei in Frage": "die" and "das"
    // open objects as well as subjects; a masculine person ("der Vorsitzende", "er") after the
    // verb is the subject then.
    if (w0 == "die" || w0 == "das" || w0 == "eine") {
      const Mention after = de_subject_after_verb(text, toks, verb + 1, ceil);
      if (after.ok()) {
        const std::string a0 = low(text, toks, after.r.first);
        bool person = a0 == "er";
        for (std::size_t k = after.r.first; a0 == "der" && k <= after.r.last && !person; ++k)
          person = toks[k].kind == TokKind::kWord && person_noun(low(text, toks, k));
        if (person) {
          c.subject = after;
          c.inverted = true;
        }
      }
    }
    return c;
  }
  if (verb == kNoTok) return c;
  c.subject = de_subject_after_verb(text, toks, verb + 1, ceil);
  c.verb = verb;
  c.inverted = true;
  return c;
}

}  // namespace pith::detail
