#include "quotes/resolve_rules.h"

#include <string>

#include "common/word_set.h"
#include "quotes/lexicon.h"
#include "quotes/speaker.h"

namespace pith::detail {
namespace {

#include "quotes/resolve_table.inc"

}  // namespace

using resolve_registry::has_org_word;
using resolve_registry::split_lower;

bool takes_turn(std::string_view text, const std::vector<Token>& toks, std::size_t k, std::size_t end) {
  while (k < end && toks[k].kind == TokKind::kWord && !toks[k].cap && is_skip_word(low(text, toks, k))) ++k;
  if (k >= end || toks[k].kind != TokKind::kWord || !in_word_table<kTurnVerbs>(low(text, toks, k))) return false;
  ++k;
  if (k < end && toks[k].kind == TokKind::kWord && low(text, toks, k) == "in") ++k;
  return k < end && toks[k].kind == TokKind::kPunct && std::string_view(".:").find(text[toks[k].start]) != std::string_view::npos;
}

// "Her campaign protested the rule, which they called “unfair”": an English "they" inside the
// sentence, after its subject, stands for that subject (a group, a campaign, a paper), which
// names the source better than the pronoun. Not when "they" opens the sentence (no subject
// before it) or the subject is itself a pronoun.
Mention plural_antecedent(std::string_view text, const std::vector<Token>& toks, const resolve_registry::Registry& reg,
                          std::size_t pronoun, std::size_t sentence) {
  if (sentence + 1 >= pronoun || low(text, toks, pronoun) != "they") return {};
  // "The plan, they said, would fail": a parenthetical cue; the subject is the content's.
  if (toks[pronoun - 1].kind == TokKind::kPunct) return {};
  const Mention sub = subject_of(text, toks, sentence, pronoun);
  if (!sub.ok() || sub.kind == MentionKind::kPronoun || sub.r.last >= pronoun) return {};
  // A group or a source: "His advisers", "The Ohio Democratic Party", "Politifact" — not a
  // capitalised opener read as a name ("Second, they ...") nor a thing ("The dispute centers").
  if (sub.kind == MentionKind::kDescription) return person_like_head(low(text, toks, sub.r.last)) &&
                                                     !toks[sub.r.last].cap ? sub : Mention{};
  std::vector<std::string> words;
  for (std::size_t k = sub.r.first; k <= sub.r.last; ++k)
    if (toks[k].kind == TokKind::kWord) words.push_back(low(text, toks, k));
  // Nor one person: "Mr. Lee works with people with whom they agree" ("they" are others).
  if (!has_org_word(words) && reg.find_name(split_lower(person_name(text, toks, sub.r)), sub.r.first))
    return {};
  const bool lone_opener = sub.r.first == sub.r.last && sub.r.first == sentence;
  return lone_opener ? Mention{} : sub;
}

}  // namespace pith::detail
