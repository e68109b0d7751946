// Punctuation tests on tokens shared by the speaker patterns (speaker.cpp, subject.cpp) and the
// reported-speech rules (reported*.cpp): one definition, so ", said" and "—" read the same in
// both engines.
#pragma once
#include <string_view>

#include "common/names.h"

namespace pith::detail {

// A punctuation token that is one of `chars` (ASCII).
inline bool punct_is(std::string_view text, const Token& t, std::string_view chars) {
  return t.kind == TokKind::kPunct && chars.find(text[t.start]) != std::string_view::npos;
}
inline bool punct_is(std::string_view text, const Token& t, char c) {
  return t.kind == TokKind::kPunct && text[t.start] == c;
}
// A dash of any kind: "—", "–", "―" or an ASCII hyphen standing alone.
inline bool is_dash(std::string_view text, const Token& t) {
  const std::string_view s = text.substr(t.start, t.end - t.start);
  return t.kind == TokKind::kPunct && (s == "\xE2\x80\x94" || s == "\xE2\x80\x93" ||
                                       s == "\xE2\x80\x95" || text[t.start] == '-');
}

}  // namespace pith::detail
