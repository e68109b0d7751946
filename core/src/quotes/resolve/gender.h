// Which English pronoun, "he" or "she", a speaker's name takes, as far as the text or a table of
// given names tells: a veto for pronoun resolution (resolve.cpp), so that "she" does not resolve
// to the latest man named. Unknown (0) fits either pronoun.
#pragma once
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "common/names.h"

namespace pith::detail {

class GenderBook {
 public:
  // Reads honorifics and gendered nouns off the text's name runs: "Mr. Holm" -> 'm',
  // "spokeswoman Ana Vik" -> 'f' (keyed by the last word of the name).
  GenderBook(std::string_view text, const std::vector<Token>& toks, const std::vector<TokRange>& runs);

  // 'm', 'f' or 0 for a canonical name ("Lena Holm"): its given name, else an honorific the
  // text used with its last word.
  char of(std::string_view name) const;

 private:
  std::unordered_map<std::string, char> by_surname_;
};

// 'm' for English "he", 'f' for "she", 0 for any other word (German "sie" is also "they").
char pronoun_gender(std::string_view lower);

// Whether a pronoun of gender `g` can stand for a person of gender `p` (unknown fits all).
inline bool gender_fits(char g, char p) { return g == 0 || p == 0 || g == p; }

}  // namespace pith::detail
