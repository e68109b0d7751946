// The people named in a text (name runs with their role words), looked up by name word or
// role for speaker resolution (resolve.cpp): "Xi" -> "Xi Jinping", "the Chinese leader" -> the
// person introduced as "Chinese leader Xi Jinping". Built in resolve_registry.cpp.
#pragma once
#include <cstddef>
#include <cstdint>
#include <deque>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "common/names.h"
#include "common/utf8.h"
#include "common/word_set.h"
#include "quotes/cues/lexicon.h"

namespace pith::detail::resolve_registry {

constexpr std::size_t kScanBack = 64;  // occurrences examined per look-up (linear time)

struct Person {
  std::string name;
  std::vector<std::string> words;  // lower-case
  std::vector<std::string> roles;  // lower-case: "chinese", "leader"
  std::size_t tok = 0;
  std::vector<std::uint32_t> ids;  // `words` as interned ids
  bool headline = false;           // found in a title-case line: a last resort
  bool glued = false;  // another known name plus one trailing word ("Marco Rubio Miss")
};

// One occurrence of a word in a known name, carrying the name's word ids: a look-up compares
// integers along one array instead of visiting each Person's strings (on a long text the 64
// people examined per look-up were scattered cache misses, most of the stage's time).
struct NameOcc {
  std::size_t tok = 0;        // the person's token
  std::uint32_t person = 0;   // index into people_
  std::uint32_t n = 0;        // its number of words
  std::uint32_t ids[4] = {};  // the first four word ids (longer names: Person::ids)
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

template <class Word>  // std::string or std::string_view
bool has_org_word(const std::vector<Word>& words) {
  for (const auto& w : words)
    if (is_org_word(w)) return true;
  return false;
}

class Registry {
 public:
  Registry(const Registry&) = delete;  // the word maps view strings this object owns
  Registry& operator=(const Registry&) = delete;
  // `things`: byte ranges, in order, of quotations that name things (the film “Silver
  // River”): their name runs are no people, so never a pronoun's antecedent.
  Registry(std::string_view text, const std::vector<Token>& toks,
           const std::vector<std::pair<std::size_t, std::size_t>>& things = {});

  // Every maximal name run of the text, in order (found once, here, for all later passes).
  const std::vector<TokRange>& runs() const { return runs_; }

  // The longest known full name containing every word of `words`, preferring occurrences
  // before token `at`.
  const Person* find_name(const std::vector<std::string>& words, std::size_t at) const;

  // Whether some person near token `at` is named by exactly `words` (lower-case): "Sarah Lund"
  // known on its own tells that "Comedian Sarah Lund" glued a sentence's first word to it.
  bool knows_exactly(const std::vector<std::string>& words, std::size_t at) const;

  // The most recent person introduced with every role word in `roles` before token `at`.
  const Person* find_role(const std::vector<std::string>& roles, std::size_t at) const;

  // The most recent person named before token `at` for whom `fits(person)` holds.
  template <class Fits>
  const Person* last_person_if(std::size_t at, Fits fits) const {
    std::size_t lo = 0, hi = people_.size();
    while (lo < hi) {
      const std::size_t m = (lo + hi) / 2;
      if (people_[m].tok < at) lo = m + 1; else hi = m;
    }
    for (std::size_t n = 0; n < kScanBack && lo > 0; ++n) {
      const Person& p = people_[--lo];
      if (p.words.size() >= 2 && !p.headline && fits(p)) return &p;
    }
    return nullptr;
  }

  // The most recent person named before token `at`.
  const Person* last_person(std::size_t at) const {
    return last_person_if(at, [](const Person&) { return true; });
  }

 private:
  std::size_t upper(const std::vector<std::size_t>& occ, std::size_t at) const;
  std::size_t upper(const std::vector<NameOcc>& occ, std::size_t at) const;
  bool title_case_line(std::size_t first, std::size_t end) const;
  void mark_glued();
  void add_run(TokRange r, bool headline = false);
  void lower_words(TokRange r, std::vector<std::string_view>& run_words,
                   std::vector<std::string>& owned, std::string& buf) const;
  void add_roles(Person& p, TokRange r, const std::vector<std::string_view>& run_words,
                 std::string& buf) const;
  void index(Person p);
  template <class List>
  std::uint32_t intern(WordMap<std::uint32_t>& ids, std::vector<List>& lists, const std::string& w);

  std::string_view text_;
  const std::vector<Token>& toks_;
  std::vector<Person> people_;
  std::vector<TokRange> runs_;
  // Name and role words as ids into flat tables (hashing a string-keyed map per word, and its
  // nodes, were a fifth of building the registry): ids index by_word_ and by_role_.
  std::deque<std::string> keys_;  // the words the two maps' keys view
  WordMap<std::uint32_t> word_ids_;  // name word -> id (index into by_word_)
  WordMap<std::uint32_t> role_ids_;  // role word -> id (index into by_role_)
  std::vector<std::vector<NameOcc>> by_word_;
  std::vector<std::vector<std::size_t>> by_role_;
};

}  // namespace pith::detail::resolve_registry
