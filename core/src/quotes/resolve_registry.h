// The people named in a text (name runs with their role words), looked up by name word or
// role for speaker resolution (resolve.cpp): "Xi" -> "Xi Jinping", "the Chinese leader" -> the
// person introduced as "Chinese leader Xi Jinping". Split out of resolve.cpp (size).
#pragma once
#include <algorithm>
#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "common/names.h"
#include "quotes/lexicon.h"

namespace pith::detail::resolve_registry {

constexpr std::size_t kScanBack = 64;  // occurrences examined per look-up (linear time)

struct Person {
  std::string name;
  std::vector<std::string> words;  // lower-case
  std::vector<std::string> roles;  // lower-case: "chinese", "leader"
  std::size_t tok = 0;
};

inline std::vector<std::string> split_lower(std::string_view s) {
  std::vector<std::string> out;
  std::size_t i = 0;
  while (i < s.size()) {
    std::size_t j = s.find(' ', i);
    if (j == std::string_view::npos) j = s.size();
    if (j > i) out.push_back(lower_utf8(s.substr(i, j - i)));
    i = j + 1;
  }
  return out;
}

inline bool has_org_word(const std::vector<std::string>& words) {
  for (const auto& w : words)
    if (is_org_word(w)) return true;
  return false;
}

class Registry {
 public:
  Registry(std::string_view text, const std::vector<Token>& toks) : text_(text), toks_(toks) {
    for_each_name_run(text, toks, [this](const TokRange& r) { add_run(r); });
  }

  // The longest known full name containing every word of `words`, preferring occurrences
  // before token `at`.
  const Person* find_name(const std::vector<std::string>& words, std::size_t at) const {
    if (words.empty()) return nullptr;
    const auto it = by_word_.find(words.back());
    if (it == by_word_.end()) return nullptr;
    const auto& occ = it->second;
    const Person* best = nullptr;
    auto consider = [&](const Person& p) {
      for (const auto& w : words)
        if (std::find(p.words.begin(), p.words.end(), w) == p.words.end()) return;
      if (!best || p.words.size() > best->words.size()) best = &p;
    };
    std::size_t hi = upper(occ, at);
    for (std::size_t n = 0; n < kScanBack && hi > 0; ++n) consider(people_[occ[--hi]]);
    if (!best) {
      hi = upper(occ, at);
      for (std::size_t n = 0; n < kScanBack && hi < occ.size(); ++n) consider(people_[occ[hi++]]);
    }
    return best;
  }

  // The most recent person introduced with every role word in `roles` before token `at`.
  const Person* find_role(const std::vector<std::string>& roles, std::size_t at) const {
    if (roles.empty()) return nullptr;
    const auto it = by_role_.find(roles.back());
    if (it == by_role_.end()) return nullptr;
    const auto& occ = it->second;
    std::size_t hi = upper(occ, at);
    for (std::size_t n = 0; n < kScanBack && hi > 0; ++n) {
      const Person& p = people_[occ[--hi]];
      bool all = true;
      for (const auto& r : roles)
        if (std::find(p.roles.begin(), p.roles.end(), r) == p.roles.end()) all = false;
      if (all) return &p;
    }
    return nullptr;
  }

  // The most recent person named before token `at`.
  const Person* last_person(std::size_t at) const {
    std::size_t lo = 0, hi = people_.size();
    while (lo < hi) {
      const std::size_t m = (lo + hi) / 2;
      if (people_[m].tok < at) lo = m + 1; else hi = m;
    }
    for (std::size_t n = 0; n < kScanBack && lo > 0; ++n) {
      const Person& p = people_[--lo];
      if (p.words.size() >= 2) return &p;
    }
    return nullptr;
  }

 private:
  std::size_t upper(const std::vector<std::size_t>& occ, std::size_t at) const {
    std::size_t lo = 0, hi = occ.size();
    while (lo < hi) {
      const std::size_t m = (lo + hi) / 2;
      if (people_[occ[m]].tok <= at) lo = m + 1; else hi = m;
    }
    return lo;
  }

  void add_run(TokRange r) {
    Person p;
    p.name = person_name(text_, toks_, r);
    p.words = split_lower(p.name);
    if (p.words.empty()) return;
    std::vector<std::string> run_words;
    for (std::size_t k = r.first; k <= r.last; ++k)
      if (toks_[k].kind == TokKind::kWord) run_words.push_back(low(text_, toks_, k));
    if (has_org_word(run_words)) {
      // "the Russian Security Council Dmitry Medvedev": the person after the organisation.
      std::size_t k = r.last;
      while (k > r.first && !is_org_word(low(text_, toks_, k))) --k;
      if (k < r.last && is_org_word(low(text_, toks_, k))) add_run({k + 1, r.last, true});
      return;
    }
    const bool titled = run_words.size() > p.words.size();
    if (p.words.size() < 2 && !titled) return;
    p.tok = r.first;
    for (std::size_t k = 0; k + p.words.size() < run_words.size(); ++k) p.roles.push_back(run_words[k]);
    // "Chinese leader Xi Jinping": a lower-case role noun and its modifiers before the run.
    std::size_t f = r.first;
    if (f > 0 && toks_[f - 1].kind == TokKind::kWord && !toks_[f - 1].cap &&
        is_role_noun(low(text_, toks_, f - 1))) {
      p.roles.push_back(low(text_, toks_, f - 1));
      for (std::size_t k = f - 1, n = 0; k > 0 && n < 3 && toks_[k - 1].cap; --k, ++n)
        p.roles.push_back(low(text_, toks_, k - 1));
    }
    // "Hugh Hill, a doctor, said": the apposition's role nouns.
    if (r.last + 2 < toks_.size() && toks_[r.last + 1].kind == TokKind::kPunct &&
        text_[toks_[r.last + 1].start] == ',' && is_determiner(low(text_, toks_, r.last + 2))) {
      for (std::size_t k = r.last + 3; k < toks_.size() && k < r.last + 10; ++k) {
        if (toks_[k].kind != TokKind::kWord) break;
        p.roles.push_back(low(text_, toks_, k));
      }
    }
    const std::size_t id = people_.size();
    for (const auto& w : p.words) by_word_[w].push_back(id);
    for (const auto& w : p.roles) by_role_[w].push_back(id);
    people_.push_back(std::move(p));
  }

  std::string_view text_;
  const std::vector<Token>& toks_;
  std::vector<Person> people_;
  std::unordered_map<std::string, std::vector<std::size_t>> by_word_, by_role_;
};

}  // namespace pith::detail::resolve_registry
