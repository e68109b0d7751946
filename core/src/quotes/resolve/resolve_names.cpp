// The names shown for a named or described source (resolve_names.h).
#include "quotes/resolve/resolve_names.h"

#include <algorithm>
#include <deque>

#include "common/utf8.h"
#include "common/word_set.h"
#include "quotes/cues/lexicon.h"
#include "quotes/mentions/mention.h"
#include "quotes/mentions/speaker_names.h"

namespace pith::detail {
namespace {

using resolve_registry::Person;
using resolve_registry::Registry;
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

Span span_of(std::string_view text, const std::vector<Token>& toks, TokRange r) {
  Span s;
  s.start = toks[r.first].start;
  s.end = toks[r.last].end;
  s.text = std::string(text.substr(s.start, s.end - s.start));
  return s;
}

// "the Chinese leader" -> {"chinese", "leader"}; "a spokesman for the ministry" -> {"spokesman"}.
std::vector<std::string> description_roles(std::string_view text, const std::vector<Token>& toks,
                                           TokRange r) {
  std::vector<std::string> out;
  for (std::size_t k = r.first; k <= r.last; ++k) {
    if (toks[k].kind != TokKind::kWord) continue;
    const std::string w = low(text, toks, k);
    if (w == "of" || w == "for" || w == "at") break;
    if (is_determiner(w)) continue;
    out.push_back(w);
  }
  // Match on the head noun last, with nationalities / titles before it.
  std::vector<std::string> keep;
  for (std::size_t k = 0; k < out.size(); ++k)
    if (k + 1 == out.size() || is_nationality(out[k]) || is_title_word(out[k])) keep.push_back(out[k]);
  return keep;
}

// The phrase of `r` without a leading article: "the ministry" -> "ministry".
std::string without_determiner(std::string_view text, const std::vector<Token>& toks, TokRange r) {
  std::size_t f = r.first;
  if (f < r.last && is_determiner(low(text, toks, f))) ++f;
  return std::string(text.substr(toks[f].start, toks[r.last].end - toks[f].start));
}

// Every other occurrence of a speaker's name in the text ("Dmitry Medvedev" introduced before
// he speaks as "Medvedev") joins that speaker's mentions, so the UI can highlight them all.
void add_name_mentions(std::string_view text, const std::vector<Token>& toks, const Registry& reg,
                       const std::unordered_map<std::string, std::size_t>& index,
                       std::vector<Speaker>& speakers) {
  if (speakers.empty()) return;
  // Every word of every speaker's name. The key looked up below is the run's own name or a
  // known name holding all of the run's words, so a run with a word outside this set names no
  // speaker: skip the look-ups (most runs of a long text).
  // A WordMap over the words kept in a deque (stable keys): asked of every run of the text, a
  // look-up hashes a few bytes instead of the whole string.
  std::deque<std::string> speaker_word_keys;
  WordMap<unsigned char> speaker_words;
  for (const auto& s : speakers)
    for (auto& w : split_lower(s.name)) {
      if (speaker_words.find(w)) continue;
      speaker_word_keys.push_back(std::move(w));
      speaker_words.insert(speaker_word_keys.back(), 1);
    }
  std::string buf;
  std::string_view last_word;
  for (const TokRange& r : reg.runs()) {
    // The run's last word always ends the name built below ("Mayor Jane Roe's" -> "jane roe"):
    // when it is no speaker's word, neither is the name, and the strings below are never built
    // (most runs of a long text: "Ukraine", "Monday's"). Same trimming as person_name().
    if (toks[r.last].kind == TokKind::kWord) {
      std::string_view raw = tok_text(text, toks[r.last]);
      std::string_view lw = lower_tok(text, toks[r.last], buf);
      if (raw.size() > 2 && raw.substr(raw.size() - 2) == "'s") raw.remove_suffix(2);
      if (raw.size() > 4 && raw.substr(raw.size() - 4) == "\xE2\x80\x99s") raw.remove_suffix(4);
      last_word = lw.substr(0, raw.size());
      if (!speaker_words.find(last_word)) continue;
    }
    // Organisation words and titles before the person: "Security Council Dmitry Medvedev".
    std::size_t f = r.first;
    for (std::size_t k = r.first; k <= r.last; ++k)
      if (toks[k].kind == TokKind::kWord && is_org_word(low(text, toks, k))) f = k + 1;
    while (f < r.last && (toks[f].kind != TokKind::kWord || is_title_word(low(text, toks, f)) ||
                          is_nationality(low(text, toks, f))))
      ++f;
    if (f > r.last) continue;
    std::size_t words = 0;
    for (std::size_t k = f; k <= r.last; ++k) words += toks[k].kind == TokKind::kWord;
    if (words > 3) f = r.last > f ? r.last - 1 : f;  // "Joe Biden Xi Jinping": a lost comma
    const TokRange name{f, r.last, true};
    std::vector<std::string> own_words;  // split_lower(own), from person_name
    const std::string own = person_name(text, toks, name, &own_words);
    bool possible = true;
    for (const auto& w : own_words) possible = possible && speaker_words.find(w) != nullptr;
    if (!possible) continue;
    const Person* p = reg.find_name(own_words, f);
    const auto it = index.find(p ? p->name : own);
    if (it == index.end()) continue;
    speakers[it->second].mentions.push_back(span_of(text, toks, name));
  }
  for (auto& s : speakers) {
    std::sort(s.mentions.begin(), s.mentions.end(),
              [](const Span& a, const Span& b) { return a.start < b.start || (a.start == b.start && a.end > b.end); });
    std::vector<Span> kept;
    for (auto& m : s.mentions)
      if (kept.empty() || m.start >= kept.back().end) kept.push_back(std::move(m));
    s.mentions = std::move(kept);
  }
}

}  // namespace pith::detail
