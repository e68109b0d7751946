// Speaker patterns around one quotation: who said it and with which cue.
#pragma once
#include <cstddef>
#include <string_view>
#include <vector>

#include "common/names.h"
#include "quotes/lexicon.h"
#include "quotes/mention.h"

namespace pith::detail {

// A punctuation token that is one of `chars` (ASCII), and one that is a dash of any kind:
// helpers of the speaker patterns here and of the subject rules in subject.cpp.
inline bool punct_is(std::string_view text, const Token& t, std::string_view chars) {
  return t.kind == TokKind::kPunct && chars.find(text[t.start]) != std::string_view::npos;
}
inline bool is_dash(std::string_view text, const Token& t) {
  const std::string_view s = text.substr(t.start, t.end - t.start);
  return t.kind == TokKind::kPunct && (s == "\xE2\x80\x94" || s == "\xE2\x80\x93" ||
                                       s == "\xE2\x80\x95" || text[t.start] == '-');
}

struct Attribution {
  bool ok = false;
  CueMatch cue;
  Mention mention;
  bool adjacent = false;  // cue and speaker frame the quote directly ("“Q,” X said")
};

// Token window of one quotation: `open`/`close` are the indices of its marks (close == npos
// when unclosed), [before, open) and (close, after) the rest of its sentence outside quotes.
struct QuoteWindow {
  std::size_t before = 0;
  std::size_t sentence = 0;  // start of the sentence (before earlier quotes of the same one)
  std::size_t open = 0;
  std::size_t close = 0;
  std::size_t after = 0;
  bool comma_inside = false;  // content ends with ',' '?' '!' — the frame continues after it
};

Attribution attribute(std::string_view text, const std::vector<Token>& toks, const QuoteWindow& w);

// The subject of the clause starting at token `first` (before `ceil`), past an opening
// adverbial or participle ("On Monday, Trump said", "Speaking to reporters, she added").
Mention subject_of(std::string_view text, const std::vector<Token>& toks, std::size_t first,
                   std::size_t ceil);

// A transcript label at the start of a paragraph ("SMITH:", "Jane Doe:"), or ok == false.
Mention transcript_label(std::string_view text, const std::vector<Token>& toks,
                         std::size_t first, std::size_t ceil);

}  // namespace pith::detail
