// Quote type by shape: direct, partial, scare or block (reported speech is typed by reported/,
// titles by quotes.cpp once speakers are known; docs/schema.md defines each type).
#pragma once
#include <cstddef>
#include <string_view>
#include <vector>

#include "common/names.h"
#include "pith/article.h"
#include "quotes/spans/frame.h"
#include "quotes/spans/marks.h"
#include "quotes/speakers/speaker.h"

namespace pith::detail {

struct TypeInput {
  std::size_t words = 0;        // word tokens in the content
  bool sentence_start = false;  // nothing of the writer's sentence before the opening mark
  bool fills_paragraph = false; // only punctuation outside the marks in its paragraph
  bool continuation = false;    // part of a multi-paragraph quote
  bool ends_sentence = false;   // content ends with . ! ? …
  bool starts_upper = false;    // the first content word is capitalised (or a number)
  bool set_off = false;         // a colon or comma of the writer's sentence right before it
  bool modifier = false;        // between a determiner and a lower-case word: the “boundless” partnership
};

// The shape of quotation `s` with frame `f`, in its paragraph's tokens [pf, pe).
TypeInput type_input(std::string_view text, const std::vector<Token>& toks, const MarkSpan& s,
                     const Frame& f, std::size_t pf, std::size_t pe);

// The type by shape and cue: a whole quoted paragraph with no cue framing it is a block; a
// quotation framed by an adjacent cue is direct when it is a sentence of its own (it opens the
// writer's sentence, “We will win,” said Ana Ruiz, or starts with a capital or follows a colon
// or comma after the cue, Ana Ruiz said: “We will win.”) and partial when it runs on inside the
// writer's sentence (Ana Ruiz said “we will win” and left); without an adjacent cue, a short phrase is a scare quote
// (its final type is partial when a cue elsewhere in the sentence gives it a speaker,
// quotes.cpp), a longer one partial, and a quotation opening its sentence direct.
QuoteType classify_quote(const TypeInput& in, const Attribution& a);

}  // namespace pith::detail
