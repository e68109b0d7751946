// The names resolve.cpp shows for a named or described source, with the registry of the
// text's people: "Senate Minority Whip Lea Holm" -> "Lea Holm", "Republican presidential
// candidate Ana Ruiz" -> "Ana Ruiz", "the former said" -> "the former". Split from resolve.cpp
// (size); the phrase rules are speaker_names.cpp.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "common/names.h"
#include "quotes/resolve/resolve_registry.h"

namespace pith::detail {

struct ShownName {
  std::string name;
  bool person = false;  // the name is a person's (an antecedent for a later "he"/"she")
  bool ok = false;
};

// The noun phrase of a mention for display, or the mention itself when no phrase is left.
TokRange display_range(std::string_view text, const std::vector<Token>& toks, TokRange r);

// For a name run holding an organisation word: the person after it, looked up in `reg`.
ShownName person_after_org_name(std::string_view text, const std::vector<Token>& toks,
                                const resolve_registry::Registry& reg, TokRange r);

// For a description no role look-up resolved: the person it ends with (person == true), else
// its phrase without a leading article (kept before a lone modifier: "the former").
ShownName description_name(std::string_view text, const std::vector<Token>& toks,
                           const resolve_registry::Registry& reg, TokRange r);

// A displayed name of three words or more whose first word a sentence start glued to a person
// the text also names alone: "Comedian Sarah Lund" -> "Sarah Lund" (`name` itself otherwise).
std::string without_glued_front(const std::string& name, const resolve_registry::Registry& reg,
                                std::size_t at);

}  // namespace pith::detail
