// Word-level helpers of the German clause reader (speaker_de_clause.cpp), shared with the
// speaker rules that use it (speaker_de.cpp): token tests, the noun phrase, clause boundaries.
#pragma once
#include <cstddef>
#include <string_view>
#include <vector>

#include "common/names.h"
#include "quotes/mentions/mention.h"

namespace pith::detail::de {

constexpr std::size_t kNoTok = static_cast<std::size_t>(-1);

inline bool word(const std::vector<Token>& toks, std::size_t i, std::size_t ceil) {
  return i < ceil && toks[i].kind == TokKind::kWord;
}
inline bool lower_word(const std::vector<Token>& toks, std::size_t i, std::size_t ceil) {
  return word(toks, i, ceil) && !toks[i].cap;
}
inline bool cap_word(const std::vector<Token>& toks, std::size_t i, std::size_t ceil) {
  return word(toks, i, ceil) && toks[i].cap;
}

bool is_object_word(std::string_view lower);     // "den", "einem", "ihm": an object's opener
bool is_subject_opener(std::string_view lower);  // "der", "dessen", "ihre": may open a subject
// A lower-case word that cannot be a finite verb: an article, preposition or joiner.
bool function_word(std::string_view lower);
// A comma, colon, semicolon or quotation mark: another clause or quotation begins.
bool clause_break(std::string_view text, const Token& t);

// The noun phrase starting at `s` ("die Sprecherin der Fraktion, Maria Beispiel,"): its last
// token or kNoTok; `next` gets the token after it. An attribute ("in Bayern") only when
// `attribute_ok`.
std::size_t noun_phrase_end(std::string_view text, const std::vector<Token>& toks, std::size_t s,
                            std::size_t ceil, std::size_t* next = nullptr, bool attribute_ok = false);
// Tokens [s, last] as a mention: a name when every word is a name word, else a description.
Mention phrase_mention(std::string_view text, const std::vector<Token>& toks, std::size_t s,
                       std::size_t last);

}  // namespace pith::detail::de
