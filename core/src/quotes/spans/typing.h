// Quote type: direct, partial, scare or block (reported speech is typed by reported.cpp).
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
};

// The shape of quotation `s` with frame `f`, in its paragraph's tokens [pf, pe).
TypeInput type_input(std::string_view text, const std::vector<Token>& toks, const MarkSpan& s,
                     const Frame& f, std::size_t pf, std::size_t pe);

QuoteType classify_quote(const TypeInput& in, const Attribution& a);

}  // namespace pith::detail
