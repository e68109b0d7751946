// The speaker names a reader sees (speaker_names.h).
#include "quotes/mentions/speaker_names.h"

#include "common/utf8.h"
#include "common/word_set.h"
#include "quotes/cues/lexicon.h"
#include "quotes/mentions/mention.h"

namespace pith::detail {
namespace {

#include "quotes/mentions/speaker_names_table.inc"


bool ends_with(std::string_view w, std::string_view e) {
  return w.size() > e.size() && w.compare(w.size() - e.size(), e.size(), e) == 0;
}

// "Lea Holm elaborated on", "Curiel ordered": a lower-case past form right after a capitalised
// word is the run's verb, not a modifier ("retired", "embattled" come before the name).
bool verb_after_name(std::string_view text, const std::vector<Token>& toks, std::size_t k,
                     std::size_t first) {
  if (k <= first || !is_word(toks, k - 1) || !is_name_word(text, toks[k - 1]) || toks[k].cap ||
      is_determiner(low(text, toks, k - 1)))  // "The retired judge"
    return false;
  const std::string w = low(text, toks, k);
  if (is_role_noun(w) || is_source_noun(w) || is_org_word(w)) return false;
  if (ends_with(w, "ed")) return !person_like_head(w);
  // "Lea Holm fails to", "Ana Ruiz insists that": a present form after a name (no possessive)
  // and before "to", "that" or an article; a plural noun there is a source ("Ana Ruiz aides
  // say", nothing after it inside the run).
  const std::string prev = low(text, toks, k - 1);
  if (!(w.size() > 4 && ends_with(w, "s") && !ends_with(w, "ss") && !ends_with(w, "us") &&
        !ends_with(w, "is") && !ends_with(prev, "s") && !ends_with(prev, "\xE2\x80\x99s")))
    return false;
  if (k + 1 >= toks.size() || !is_word(toks, k + 1)) return false;
  const std::string next = low(text, toks, k + 1);
  return next == "to" || is_determiner(next);
}

// "a poll released by the county", "people briefed on the talks": a past participle after a
// lower-case noun, before a preposition, opens a phrase about the source, not its name
// ("the retired judge", "the newly elected mayor" keep theirs: a modifier before the noun).
bool participle_phrase(std::string_view text, const std::vector<Token>& toks, std::size_t k,
                       std::size_t first) {
  if (k <= first || toks[k].cap || !is_word(toks, k - 1) || toks[k - 1].cap) return false;
  const std::string w = low(text, toks, k);
  if (!ends_with(w, "ed")) return false;
  const std::string prev = low(text, toks, k - 1);
  if (is_determiner(prev) || ends_with(prev, "ly")) return false;
  if (k + 1 >= toks.size() || !is_word(toks, k + 1)) return false;
  return in_word_table<kNameObjectPrepositions>(low(text, toks, k + 1));
}

// A subject can start at token `k`: a capitalised name word or an article, not a pronoun
// ("when she told": the name before it is the better display).
bool subject_after(std::string_view text, const std::vector<Token>& toks, std::size_t k) {
  if (!is_word(toks, k)) return false;
  const std::string w = low(text, toks, k);
  if (pronoun_class(w) != 0 || in_word_table<kNameLeadWords>(w)) return false;
  return is_name_word(text, toks[k]) || is_determiner(w);
}

}  // namespace

TokRange name_phrase(std::string_view text, const std::vector<Token>& toks, TokRange r) {
  if (!r.ok || r.last < r.first) return {};
  std::size_t f = r.first, l = r.last;
  // "Like Ana Ruiz", "But those close to her": no name opens with a conjunction or an adverb.
  while (f <= l && (!is_word(toks, f) ? toks[f].kind == TokKind::kPunct
                                     : in_word_table<kNameLeadWords>(low(text, toks, f))))
    ++f;
  if (f > l) return {};
  // "would be praising ...", "according to": a run opening with a verb names nobody.
  if (is_word(toks, f) && !toks[f].cap && in_word_table<kNameVerbs>(low(text, toks, f))) return {};
  // "the row only grew after Lea Holm ordered": the cue's clause, after the last subordinator
  // followed by a subject, names the source.
  for (std::size_t k = l; k > f + 1; --k)
    if (is_word(toks, k - 1) && !toks[k - 1].cap && in_word_table<kNameSubordinators>(low(text, toks, k - 1)) &&
        subject_after(text, toks, k)) {
      f = k;
      break;
    }
  for (std::size_t k = f + 1; k <= l; ++k) {
    if (!is_word(toks, k)) continue;
    const std::string w = low(text, toks, k);
    const bool clause = in_word_table<kNameClauseWords>(w) || in_word_table<kNameSubordinators>(w);
    const bool verb = !toks[k].cap && in_word_table<kNameVerbs>(w);
    if (clause || verb || verb_after_name(text, toks, k, f) || participle_phrase(text, toks, k, f)) {
      l = k - 1;
      break;
    }
  }
  // "Senator Ana Ruiz (D-Ore.)": the display name ends before a closing parenthetical.
  if (l > f && toks[l].kind == TokKind::kPunct && text[toks[l].start] == ')') {
    std::size_t o = l;
    while (o > f && !(toks[o].kind == TokKind::kPunct && text[toks[o].start] == '(')) --o;
    if (o > f) l = o - 1;
  }
  // "a survey of the", "Ana Ruiz's first": words a cut leaves behind.
  while (l > f && (toks[l].kind == TokKind::kPunct ? text[toks[l].start] != ')' && text[toks[l].start] != '.'
                                                     : is_word(toks, l) && !toks[l].cap &&
                                                           in_word_table<kNameTrailWords>(low(text, toks, l))))
    --l;
  if (is_word(toks, l) && !toks[l].cap && in_word_table<kNameTrailWords>(low(text, toks, l))) return {};
  return {f, l, true};
}

TokRange trailing_person(std::string_view text, const std::vector<Token>& toks, TokRange r) {
  if (!r.ok || !is_word(toks, r.last) || !is_name_word(text, toks[r.last])) return {};
  const TokRange run = name_run_before(text, toks, r.last, r.first);
  if (!run.ok) return {};
  bool names_before = false;  // a capitalised word or a parenthesis after the first word
  for (std::size_t k = r.first; k <= run.last; ++k) {
    if (!is_word(toks, k)) {
      if (k > r.first && text[toks[k].start] == ')') names_before = true;
      continue;
    }
    const std::string w = low(text, toks, k);
    if (is_org_word(w)) return {};
    if (k < run.first && !toks[k].cap && in_word_table<kNameObjectPrepositions>(w)) return {};
    // "Ana Ruiz and Senator Lea Holm": two sources, not the last one ("comedian and actor Lea
    // Holm" is one).
    if (k < run.first && (w == "and" || w == "or" || w == "und" || w == "&") && names_before)
      return {};
    if (k > r.first && toks[k].cap) names_before = true;
  }
  std::size_t first = run.first;
  // Titles and nationalities inside the run ("Gov.", "German") are no name words.
  while (first < run.last && (!is_word(toks, first) || is_title_word(low(text, toks, first)) ||
                              is_nationality(low(text, toks, first))))
    ++first;
  std::size_t words = 0;
  for (std::size_t k = first; k <= run.last; ++k) words += is_word(toks, k) && toks[k].cap;
  if (words < 2) return {};
  return {first, run.last, true};
}

TokRange person_after_org(std::string_view text, const std::vector<Token>& toks, TokRange r) {
  if (!r.ok) return {};
  std::size_t k = r.last + 1;
  while (k > r.first && !(is_word(toks, k - 1) && is_org_word(low(text, toks, k - 1)))) --k;
  if (k == r.first) return {};
  // k: the first token after the last organisation word; past titles ("Minority Whip").
  while (k <= r.last && (!is_word(toks, k) || is_title_word(low(text, toks, k)) || is_role_noun(low(text, toks, k))))
    ++k;
  std::size_t words = 0;
  for (std::size_t j = k; j <= r.last; ++j) words += is_word(toks, j) && toks[j].cap;
  if (k > r.last || words < 2) return {};
  return {k, r.last, true};
}

TokRange after_possessive(std::string_view text, const std::vector<Token>& toks, TokRange r) {
  if (!r.ok) return r;
  for (std::size_t k = r.last; k > r.first; --k) {
    const Token& t = toks[k - 1];
    if (t.kind != TokKind::kWord || !t.cap) continue;
    const std::string_view w = text.substr(t.start, t.end - t.start);
    if (ends_with(w, "'s") || ends_with(w, "\xE2\x80\x99s")) {
      // Two capitalised words at least after it: "Ohio's Ana Ruiz", not "Ohio's Ruiz".
      std::size_t caps = 0;
      for (std::size_t j = k; j <= r.last; ++j) caps += is_word(toks, j) && toks[j].cap;
      return caps >= 2 ? TokRange{k, r.last, true} : r;
    }
  }
  return r;
}

bool only_lead_words(std::string_view text, const std::vector<Token>& toks, TokRange r) {
  if (!r.ok) return false;
  bool any = false;
  for (std::size_t k = r.first; k <= r.last; ++k) {
    if (!is_word(toks, k)) continue;
    if (!in_word_table<kNameLeadWords>(low(text, toks, k))) return false;
    any = true;
  }
  return any;
}

bool lone_modifier(std::string_view lower) { return in_word_table<kLoneModifiers>(lower); }

std::string tidy_name(std::string name) {
  auto strip = [&](std::string_view e) {
    if (name.size() > e.size() + 1 && name.compare(name.size() - e.size(), e.size(), e) == 0) {
      name.resize(name.size() - e.size());
      return true;
    }
    return false;
  };
  // "Like Ana Ruiz" as a known person (a sentence's first word glued to the name that
  // follows it): the name starts at the next capitalised word.
  for (int n = 0; n < 2; ++n) {
    const std::size_t sp = name.find(' ');
    if (sp == std::string::npos || sp + 1 >= name.size()) break;
    std::size_t len = 1;
    const std::string first = lower_utf8(std::string_view(name).substr(0, sp));
    // A lower-case article before a capitalised noun: "einem Bericht des Amtes".
    const bool article = first == name.substr(0, sp) && in_word_table<kNameArticles>(first);
    // "Rival Ana Ruiz Moreno", "Actor Tom Berg Lund": a capitalised role noun opening a sentence
    // glued to a full name (two words at least stay).
    const bool role = is_role_noun(first) && name.find(' ', sp + 1) != std::string::npos;
    if (!(article || role || in_word_table<kNameLeadWords>(first) || in_word_table<kNameLeadAuxiliaries>(first)) ||
        !is_upper(decode_utf8(name, sp + 1, len)))
      break;
    name.erase(0, sp + 1);
  }
  // An opening parenthesis never closed: "Geological Survey (USGS" -> "Geological Survey".
  const std::size_t open = name.rfind('(');
  if (open != std::string::npos && name.find(')', open) == std::string::npos && open > 0) name.resize(open);
  while (!name.empty() && (name.back() == ' ' || name.back() == ',' || name.back() == '-' || name.back() == ':'))
    name.pop_back();
  if (!strip("'s") && !strip("\xE2\x80\x99s")) {
    // "Ana Ruiz'" / "Ana Ruiz’": a possessive apostrophe after -s.
    if (ends_with(name, "s'")) strip("'");
    else if (ends_with(name, "s\xE2\x80\x99")) strip("\xE2\x80\x99");
  }
  return name;
}

}  // namespace pith::detail
