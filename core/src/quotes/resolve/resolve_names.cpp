// The names shown for a named or described source (resolve_names.h).
#include "quotes/resolve/resolve_names.h"

#include "common/utf8.h"
#include "quotes/cues/lexicon.h"
#include "quotes/mentions/mention.h"
#include "quotes/mentions/speaker_names.h"

namespace pith::detail {
namespace {

using resolve_registry::Person;
using resolve_registry::split_lower;

// The registry's full name for `r` ("Holm" -> "Lea Holm"), else the run's own words.
std::string known_name(std::string_view text, const std::vector<Token>& toks,
                       const resolve_registry::Registry& reg, TokRange r) {
  const std::string own = person_name(text, toks, r);
  const std::vector<std::string> words = split_lower(own);
  const Person* p = reg.find_name(words, r.first);
  return p && p->words.size() >= words.size() ? p->name : own;
}

// "Einige Anhänger Saddam Husseins protestierten": a German name in the genitive after the noun
// it qualifies names whose followers speak, not the speaker. Told apart from names that end in
// "s" ("Ana Morales") by the text naming the same person without it elsewhere.
bool known_genitive(std::vector<std::string> words, const resolve_registry::Registry& reg,
                    std::size_t at) {
  if (words.empty() || words.back().size() < 4 || words.back().back() != 's') return false;
  words.back().pop_back();
  return reg.find_name(words, at) != nullptr;
}

}  // namespace

TokRange display_range(std::string_view text, const std::vector<Token>& toks, TokRange r) {
  const TokRange p = name_phrase(text, toks, r);
  return p.ok ? p : r;
}

ShownName person_after_org_name(std::string_view text, const std::vector<Token>& toks,
                                const resolve_registry::Registry& reg, TokRange r) {
  const TokRange pr = person_after_org(text, toks, r);
  if (!pr.ok) return {};
  return {known_name(text, toks, reg, pr), true, true};
}

ShownName description_name(std::string_view text, const std::vector<Token>& toks,
                           const resolve_registry::Registry& reg, TokRange r) {
  const TokRange dr = display_range(text, toks, r);
  // "Republican presidential candidate Ana Ruiz said": the person the description names.
  if (const TokRange tp = trailing_person(text, toks, dr); tp.ok && !known_genitive(split_lower(person_name(text, toks, tp)), reg, tp.first))
    return {known_name(text, toks, reg, tp), true, true};
  std::size_t f = dr.first;
  if (f < dr.last && is_determiner(low(text, toks, f))) ++f;
  // "the former said": "the former", not "former".
  if (f == dr.last && f > dr.first && lone_modifier(low(text, toks, f))) f = dr.first;
  return {std::string(text.substr(toks[f].start, toks[dr.last].end - toks[f].start)), false, true};
}

std::string without_glued_front(const std::string& name, const resolve_registry::Registry& reg,
                                std::size_t at) {
  const std::vector<std::string> words = split_lower(name);
  if (words.size() < 3 || is_name_connector(words[0]) || is_name_connector(words[1])) return name;
  // Only a role or agent noun ("Comedian", "Amtsrichterin", "Staatspräsident"): a given name
  // before a surname known alone stays ("Debbie Wasserman Schultz", "Mario Vargas Llosa").
  const std::string& w = words[0];
  const bool erin = w.size() > 6 && w.compare(w.size() - 4, 4, "erin") == 0;
  if (!(is_role_noun(w) || erin || (w.size() >= 5 && person_like_head(w)))) return name;
  const std::vector<std::string> rest(words.begin() + 1, words.end());
  if (!reg.knows_exactly(rest, at)) return name;
  // "Anhänger Saddam Husseins": the noun before a genitive name is the speaker, kept whole.
  if (known_genitive(rest, reg, at)) return name;
  return name.substr(name.find(' ') + 1);
}

}  // namespace pith::detail
