#include "quotes/resolve/resolve_rules.h"

#include <string>

#include "common/sentences.h"
#include "common/word_set.h"
#include "quotes/cues/lexicon.h"
#include "quotes/speakers/speaker.h"

namespace pith::detail {
namespace {

#include "quotes/resolve/resolve_table.inc"

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

// Whether a sentence subject found without any cue may stand as a quote's speaker: a person
// ("he", "they"), a name, or a description whose words are a noun phrase. Not "it" ("It was a
// “disaster”" has no speaker), nor a scan that ran into the verb ("The talks will also focus").
bool plausible_subject(std::string_view text, const std::vector<Token>& toks, const resolve_registry::Registry& reg,
                       const Mention& m, bool scare) {
  if (m.kind == MentionKind::kPronoun) {
    const char cls = pronoun_class(low(text, toks, m.r.first));
    return cls == 's' || cls == 'p';
  }
  if (m.kind == MentionKind::kDescription) {
    for (std::size_t k = m.r.first; k <= m.r.last; ++k)
      if (toks[k].kind == TokKind::kWord && !toks[k].cap && is_skip_word(low(text, toks, k))) return false;
    return true;
  }
  if (m.kind != MentionKind::kName) return false;
  if (!scare) return true;
  // A scare quote ("the “reform”") is most often the writer's own word: only a person known by
  // a full name coins it ("Roe dismissed the “reform”"), not an organisation or a place.
  const std::vector<std::string> words = split_lower(person_name(text, toks, m.r));
  const resolve_registry::Person* p = reg.find_name(words, m.r.first);
  if (p && p->words.size() >= 2) return true;
  // A German group noun of people, capitalised like a name: "Datenschützer warnten vor dem
  // „gläsernen Menschen“", "Analysten sprachen von „Panikverkäufen“".
  if (m.r.first != m.r.last || words.empty()) return false;
  const std::string& w = words.back();
  for (std::string_view e : kDeGroupEndings)
    if (w.size() > e.size() + 3 && w.compare(w.size() - e.size(), e.size(), e) == 0) return true;
  for (std::string_view e : kDeGroupHeads)
    if (w.size() >= e.size() && w.compare(w.size() - e.size(), e.size(), e) == 0) return true;
  return false;
}

// Whether the writer's words of the quote's sentence are in the German subjunctive of reported
// speech: tokens [first, open) and those after the quote's end up to the sentence's end.
bool in_reported_mood(std::string_view text, const std::vector<Token>& toks, std::size_t first,
                      std::size_t open, std::size_t end_byte) {
  constexpr std::size_t kReach = 30;
  auto mood = [&](std::size_t k) { return toks[k].kind == TokKind::kWord && !toks[k].cap && is_reported_mood(low(text, toks, k)); };
  for (std::size_t k = first; k < open; ++k)
    if (mood(k)) return true;
  std::size_t k = open;
  while (k < toks.size() && toks[k].start < end_byte) ++k;
  for (std::size_t n = 0; k < toks.size() && n < kReach && !toks[k].newline; ++k, ++n) {
    if (punct_is(text, toks[k], ".!?"))
      break;
    if (mood(k)) return true;
  }
  return false;
}

// The subject of the sentence before the one starting at token `at`, in the same paragraph.
Mention previous_subject(std::string_view text, const std::vector<Token>& toks, std::size_t at) {
  constexpr std::size_t kReach = 60;
  if (at < 2 || at >= toks.size() || toks[at].newline) return {};
  const Token& end = toks[at - 1];
  if (!punct_is(text, end, ".!?"))
    return {};
  std::size_t s = at - 1;
  while (s > 0 && at - s < kReach && !toks[s].newline) {
    const Token& p = toks[s - 1];
    if (punct_is(text, p, ".!?") &&
        ends_sentence(text, p.start, text.size()))
      break;
    --s;
  }
  if (at - s >= kReach || s + 1 >= at) return {};
  return subject_of(text, toks, s, at - 1);
}

// "Jane Roe of Leeds says she thinks ...": a he/she after the name that opens its own sentence
// means that person, whoever spoke before. Returns the name run or ok == false.
TokRange sentence_subject_name(std::string_view text, const std::vector<Token>& toks,
                               std::size_t pronoun) {
  constexpr std::size_t kReach = 40;
  std::size_t s = pronoun;
  while (s > 0 && pronoun - s < kReach && !toks[s].newline) {
    const Token& p = toks[s - 1];
    if (p.kind == TokKind::kPunct && (text[p.start] == '.' || text[p.start] == '!' || text[p.start] == '?') &&
        ends_sentence(text, p.start, text.size()))
      break;
    --s;
  }
  if (pronoun - s >= kReach) return {};
  // Past an opening quotation mark or dash.
  while (s < pronoun && toks[s].kind == TokKind::kPunct) ++s;
  if (s >= pronoun || !is_name_word(text, toks[s])) return {};
  TokRange r = name_run_after(text, toks, s, pronoun);
  if (!r.ok) return {};
  std::size_t words = 0;
  for (std::size_t k = r.first; k <= r.last; ++k) words += toks[k].kind == TokKind::kWord;
  return words >= 2 ? r : TokRange{};
}

}  // namespace pith::detail
