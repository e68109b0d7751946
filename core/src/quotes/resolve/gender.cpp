#include "quotes/resolve/gender.h"

#include "common/utf8.h"
#include "common/word_set.h"
#include "common/word_prefilter.h"
#include "quotes/cues/punct.h"

namespace pith::detail {
namespace {

#include "quotes/resolve/gender_table.inc"

std::string last_word(std::string_view name) {
  const std::size_t sp = name.rfind(' ');
  return lower_utf8(sp == std::string_view::npos ? name : name.substr(sp + 1));
}

std::string first_word(std::string_view name) {
  const std::size_t sp = name.find(' ');
  return lower_utf8(sp == std::string_view::npos ? name : name.substr(0, sp));
}

}  // namespace

GenderBook::GenderBook(std::string_view text, const std::vector<Token>& toks,
                       const std::vector<TokRange>& runs) {
  std::string buf;  // per name run: views into the lower-cased text where the engine has one
  // Pre-tested on the token's bytes before it is lower-cased (common/word_prefilter.h).
  auto noun_gender = [&](const Token& t) -> char {
    if (tok_in_word_table<kFemaleNouns>(text, t, buf)) return 'f';
    if (tok_in_word_table<kMaleNouns>(text, t, buf)) return 'm';
    return 0;
  };
  for (const TokRange& r : runs) {
    if (!r.ok || r.last <= r.first || toks[r.first].kind != TokKind::kWord) continue;
    // "Mr. Holm" (the honorific inside the run), "spokeswoman Ana Ruiz" (a noun before it),
    // "Ana Ruiz, the mother of two" (an apposition after it).
    char g = noun_gender(toks[r.first]);
    if (g == 0 && r.first > 0 && toks[r.first - 1].kind == TokKind::kWord && !toks[r.first - 1].cap)
      g = noun_gender(toks[r.first - 1]);
    if (g == 0 && r.last + 3 < toks.size() && punct_is(text, toks[r.last + 1], ',') &&
        is_word(toks, r.last + 2)) {
      const std::string det(lower_tok(text, toks[r.last + 2], buf));
      if (in_word_table<kAppositionDeterminers>(det) &&
          toks[r.last + 3].kind == TokKind::kWord)
        g = noun_gender(toks[r.last + 3]);
    }
    if (g == 0 || toks[r.last].kind != TokKind::kWord) continue;
    const std::string key(lower_tok(text, toks[r.last], buf));
    auto [it, fresh] = by_surname_.emplace(key, g);
    // "Mr. Clinton" and "Mrs. Clinton" in one text: the surname tells nothing.
    if (!fresh && it->second != g) it->second = '?';
  }
}

char GenderBook::of(std::string_view name) const {
  const std::string given = first_word(name);
  if (in_word_table<kFemaleNames>(given)) return 'f';
  if (in_word_table<kMaleNames>(given)) return 'm';
  const auto it = by_surname_.find(last_word(name));
  return it == by_surname_.end() || it->second == '?' ? 0 : it->second;
}

char pronoun_gender(std::string_view lower) {
  if (lower == "he") return 'm';
  if (lower == "she") return 'f';
  return 0;
}

}  // namespace pith::detail
