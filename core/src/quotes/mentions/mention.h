// Noun phrases that can name a speaker, read backwards from a speech verb ("the Chinese leader
// said") or forwards after it ("said Dmitry Medvedev", "according to him").
#pragma once
#include <cstddef>
#include <string_view>
#include <vector>

#include "common/names.h"

namespace pith::detail {

enum class MentionKind { kNone, kName, kPronoun, kDescription };

struct Mention {
  TokRange r;
  MentionKind kind = MentionKind::kNone;
  // The word in the text that stands for the mention when it is not `r` itself: the relative
  // pronoun of "Jane Roe, who said" (r = "Jane Roe", via = "who").
  TokRange via;
  bool ok() const { return kind != MentionKind::kNone; }
};

// The mention ending just before token `end` (exclusive), not reaching before `floor`. Skips
// adverbs and auxiliaries ("Xi also told"), an apposition between commas ("Hugh Hill, a doctor,
// said"), a parenthetical ("Xi, during a meeting with ..., stated"), and follows a relative
// pronoun to its antecedent ("a communiqué ..., which said").
Mention mention_before(std::string_view text, const std::vector<Token>& toks, std::size_t end,
                       std::size_t floor);

// Whether a description's head noun can name a source: a role ("leader"), a document
// ("statement"), a plural ("officials") or an agent noun ("voter", "economist").
bool person_like_head(std::string_view lower);

// A name after lower-case modifiers, numbers and "of", starting at token `i`: "retired
// surgeon Ben Carson", "master of ceremonies Asab Tabchi", "9/11 widow Terry Strada".
Mention modified_name_after(std::string_view text, const std::vector<Token>& toks, std::size_t i,
                            std::size_t ceil);

// A name in quotation marks, with an optional article: German 'schrieb die „Computerwoche“'.
Mention quoted_name_after(std::string_view text, const std::vector<Token>& toks, std::size_t i,
                          std::size_t ceil);

// The start of a time phrase ending just before token `end` ("on Wednesday", "last week",
// "early Sunday morning"), or `end` when there is none (mention_phrases.cpp).
std::size_t before_time_phrase(std::string_view text, const std::vector<Token>& toks, std::size_t end,
                               std::size_t floor);

// For a name starting at token `first` right after a preposition ("in Columbus"), the last
// word of the name before the comma that opens its parenthetical ("Clinton, at a rally in
// Columbus"); `first` when no preposition precedes it, npos when no such name is found
// (mention_phrases.cpp).
std::size_t parenthetical_opener(std::string_view text, const std::vector<Token>& toks,
                                 std::size_t first, std::size_t floor);

// Whether a relative pronoun or a pronoun ends just before token `end`, past up to three
// adverbs and auxiliaries ("who has", "he also") (mention_phrases.cpp).
bool pronoun_before(std::string_view text, const std::vector<Token>& toks, std::size_t end,
                    std::size_t floor);

// "through", "across", "into": a preposition whose object is no subject (mention_phrases.cpp).
bool motion_preposition(std::string_view lower);

// The mention starting at token `i`, not reaching `ceil` (exclusive).
Mention mention_after(std::string_view text, const std::vector<Token>& toks, std::size_t i,
                      std::size_t ceil);

}  // namespace pith::detail
