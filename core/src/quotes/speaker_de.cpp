#include "quotes/speaker_de.h"

#include <string>

#include "common/word_set.h"
#include "quotes/lexicon.h"
#include "quotes/punct.h"
#include "quotes/reported_de_lang.h"
#include "quotes/speaker_de_table.inc"

namespace pith::detail {
namespace {

constexpr std::size_t kNoTok = static_cast<std::size_t>(-1);
constexpr std::size_t kMaxFrontPhrase = 16;   // "Nach Berichten über eine Festnahme auf der Piste teilte"
constexpr std::size_t kMaxSubordinate = 40;   // "Nachdem ... gefragt wurde, was ..., entgegnete"
constexpr std::size_t kMaxAdjectives = 3;     // "die neue gesundheitspolitische Sprecherin"
constexpr std::size_t kMaxHeadWords = 5;      // "SPD-Vorsitzende Franz Otto Beispiel"
constexpr std::size_t kMaxApposition = 12;    // "Der Sprecher, Paul Test, sagte"
constexpr std::size_t kMaxMidfield = 3;       // "sagte jedoch gestern auch die Ministerin"
constexpr std::size_t kMaxGenitives = 3;      // "die Anwendung der Regel des Vertrags"
constexpr std::size_t kMaxRelative = 24;      // "Roe, der wegen zweier Fouls vom Platz musste, nannte"

bool word(const std::vector<Token>& toks, std::size_t i, std::size_t ceil) {
  return i < ceil && toks[i].kind == TokKind::kWord;
}
bool lower_word(const std::vector<Token>& toks, std::size_t i, std::size_t ceil) {
  return word(toks, i, ceil) && !toks[i].cap;
}
bool cap_word(const std::vector<Token>& toks, std::size_t i, std::size_t ceil) {
  return word(toks, i, ceil) && toks[i].cap;
}

bool is_preposition(std::string_view w) { return in_word_table<kDePrepositions>(w); }
bool is_joiner(std::string_view w) { return in_word_table<kDePhraseJoiners>(w); }
bool is_object_word(std::string_view w) { return in_word_table<kDeObjectWords>(w); }
bool is_subject_opener(std::string_view w) { return in_word_table<kDeSubjectOpeners>(w); }
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
                            std::size_t ceil, std::size_t* next = nullptr, bool attribute_ok = false) {
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
  bool name = true;
  for (std::size_t k = s; k <= last && name; ++k) name = is_name_word(text, toks[k]);
  m.kind = name ? MentionKind::kName : MentionKind::kDescription;
  return m;
}

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
        in_word_table<kDeSubordinators>(w))
      continue;
    if (de_subject_after_verb(text, toks, k + 2, ceil).ok()) return k + 1;
  }
  return kNoTok;
}

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

// The subject of a frame after a closed quotation: ', VERB [sich] [adverbs] SUBJECT' ('„Q“,
// führte er aus', '„Q“, zeigte sich die Trainerin zufrieden', '„Q“, so begründet das Gericht').
Mention after_frame(std::string_view text, const std::vector<Token>& toks, const QuoteWindow& w,
                    bool* quoting) {
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
  if (!clearly_german(text, toks, w.open, w.after)) return {};
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

}  // namespace

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

Attribution de_refine(std::string_view text, const std::vector<Token>& toks, const QuoteWindow& w,
                      Attribution a) {
  std::size_t s0 = w.sentence < w.before ? w.sentence : w.before;
  // '„Q“, begründet das Gericht seine Entscheidung': a quotation opening its sentence, then a
  // comma, a verb and its subject — the German frame, also with verbs no cue list holds.
  // With "zitiert" the patterns' frame subject ('„Q“, zitiert die „Zeitung“ Roth') gives way too.
  if (s0 >= w.open) {
    bool quoting = false;
    const Mention m = after_frame(text, toks, w, &quoting);
    if (m.ok() && (quoting || !(a.ok && a.mention.r.first > w.open))) {
      a.mention = m;
      a.ok = true;
      a.adjacent = true;
      return a;
    }
  }
  if (s0 + 2 > w.open) return a;
  // A frame after the quotation ('„Q“, sagte Roe') and a named source ("laut Roe", "Roe
  // zufolge") stand.
  if (a.ok && (a.cue.flags & (kCueAccording | kCuePostpos))) return a;
  // A German frame after the quotation follows a comma ('„Kommst du?“, fragte Roe'): after a
  // quotation closed by its own full stop or question mark, "Roe fordert ..." is a new sentence,
  // and a colon before the quotation names its speaker ("Der Chef fragte: „Q?“ Roe fordert ...").
  bool new_sentence_after = false;
  if (a.ok && a.mention.r.first > w.open) {
    const bool closed = w.close != static_cast<std::size_t>(-1) && w.close + 1 < toks.size();
    new_sentence_after = closed && w.close > w.open + 1 && punct_is(text, toks[w.close - 1], ".?!") &&
                         !punct_is(text, toks[w.close + 1], ",") && punct_is(text, toks[w.open - 1], ":");
    if (!new_sentence_after) return a;
  }
  // The clause of the quotation starts after an earlier colon of its sentence ("Die Partei
  // kritisierte das Gesetz: So sagte Roe: „Q“").
  for (std::size_t k = w.open - 1; k > s0 + 1; --k)
    if (punct_is(text, toks[k - 1], ":;")) {
      s0 = k;
      break;
    }
  if (s0 + 2 > w.open || !clearly_german(text, toks, s0, w.after > w.open ? w.after : w.open)) return a;
  const DeClause c = de_clause(text, toks, s0, w.open);
  // "In dem Schreiben steht: „Q“", "Auf dem Plakat war „Q“ zu lesen": a text written somewhere
  // speaks through the place it is written in, not through its subject ("der Satz").
  if (c.inverted && word(toks, s0, w.open) && in_word_table<kDeWrittenInPrepositions>(low(text, toks, s0)) &&
      c.verb > s0 + 1 && written_in(text, toks, c.verb, w)) {
    // The phrase after the preposition ("dem Schreiben an die Mitarbeiter").
    a.mention.r = {s0 + 1, c.verb - 1, true};
    a.mention.kind = MentionKind::kDescription;
    a.ok = true;
    return a;
  }
  if (!c.subject.ok() || c.subject.r.last >= w.open) return a;
  const bool colon = punct_is(text, toks[w.open - 1], ":");
  // No other clause between the subject (or the verb) and the quotation: "Roe bestritt das,
  // indem er sagte, ... „Q“" hangs on the inner clause.
  const std::size_t core_end = c.subject.r.last > c.verb ? c.subject.r.last : c.verb;
  auto plain = [&](std::size_t to) {
    for (std::size_t k = core_end + 1; k < to; ++k)
      if (clause_break(text, toks[k])) return false;
    return true;
  };
  // "Die Zeitung zitiert einen Augenzeugen mit den Worten: „Q“": the one quoted speaks.
  if (!c.inverted && lower_word(toks, c.verb, w.open) && plain(w.open - (colon ? 1 : 0)) &&
      in_word_table<kDeQuotingVerbs>(low(text, toks, c.verb))) {
    std::size_t s = c.verb + 1;
    if (lower_word(toks, s, w.open) && is_object_word(low(text, toks, s))) {
      // "einen Augenzeugen": the phrase after the accusative article.
      const std::size_t last = noun_phrase_end(text, toks, s + 1, w.open);
      if (last != kNoTok) {
        a.mention = phrase_mention(text, toks, s, last);
        a.ok = true;
        return a;
      }
    } else if (cap_word(toks, s, w.open)) {
      const TokRange r = name_run_after(text, toks, s, w.open);
      if (r.ok) {
        a.mention.r = r;
        a.mention.kind = MentionKind::kName;
        a.ok = true;
        return a;
      }
    }
  }
  bool replace = false;
  if (!a.ok || new_sentence_after) {
    replace = colon && plain(w.open - 1);
  } else if (a.mention.r.last >= c.subject.r.first && a.mention.r.first <= c.subject.r.last) {
    return a;  // the patterns found the subject
  } else if (c.inverted && a.mention.r.last < c.verb) {
    replace = true;  // "Den Unmut der Partei brachte die Sprecherin ...": a fronted phrase
  } else if (a.mention.r.first > c.verb && plain(a.mention.r.first) &&
             (a.mention.kind != MentionKind::kPronoun || !c.inverted)) {
    // After the verb, a phrase that is not the subject is its object ("kritisierte die
    // Entscheidung der Behörde scharf:", "Die Firma nannte sie „Q“"), unless a verb and more
    // words follow it: then it is the subject of a clause of its own ("... Roe schreibt dazu:").
    const std::size_t n = a.mention.r.last + 1;
    replace = !(n + 1 < w.open - (colon ? 1 : 0) && lower_word(toks, n, w.open) &&
                !function_word(low(text, toks, n)) && a.mention.kind == MentionKind::kName);
  } else if (colon && plain(w.open - 1)) {
    replace = true;
  }
  if (!replace) return a;
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
                      std::size_t ceil) {
  constexpr std::size_t kLanguageReach = 40;  // the clause and the quotation after it
  if (first + 1 >= ceil) return {};
  std::size_t lang_end = ceil;
  while (lang_end < toks.size() && lang_end < ceil + kLanguageReach && !toks[lang_end].newline) ++lang_end;
  if (!clearly_german(text, toks, first, lang_end)) return {};
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
