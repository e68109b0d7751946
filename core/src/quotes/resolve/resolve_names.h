// The names resolve.cpp shows for a named or described source, with the registry of the
// text's people: "Senate Minority Whip Lea Holm" -> "Lea Holm", "Republican presidential
// candidate Ana Ruiz" -> "Ana Ruiz", "the former said" -> "the former". Split from resolve.cpp
// (size); the phrase rules are speaker_names.cpp.
#pragma once
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "common/names.h"
#include "pith/article.h"
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

// The text of tokens [r.first, r.last] with its byte offsets.
Span span_of(std::string_view text, const std::vector<Token>& toks, TokRange r);

// The role words of a description a registry look-up matches on, head noun last:
// "the Chinese leader" -> {"chinese", "leader"}; "a spokesman for the ministry" -> {"spokesman"}.
std::vector<std::string> description_roles(std::string_view text, const std::vector<Token>& toks,
                                           TokRange r);

// The phrase of `r` without a leading article: "the ministry" -> "ministry".
std::string without_determiner(std::string_view text, const std::vector<Token>& toks, TokRange r);

// Every other occurrence of a speaker's name in the text ("Dmitry Medvedev" introduced before
// he speaks as "Medvedev") joins that speaker's mentions (`index`: speaker name -> position),
// so the UI can highlight them all.
void add_name_mentions(std::string_view text, const std::vector<Token>& toks,
                       const resolve_registry::Registry& reg,
                       const std::unordered_map<std::string, std::size_t>& index,
                       std::vector<Speaker>& speakers);

}  // namespace pith::detail
