// Per-line facts for the region search: the phrase reason, the metadata shape (byline, date,
// source, comment header) and the line's prose weight, which reads its neighbours too (typed
// lists, teaser runs cut short by an ellipsis, lone paragraphs, news tickers).
#pragma once
#include <cstddef>
#include <string_view>
#include <vector>

#include "text/phrases.h"
#include "text/segment.h"

namespace pith::detail {

struct LineFacts {
  const char* phrase = nullptr;  // reason code from the phrase tables
  PhraseMode phrase_mode = kWhole;
  bool date = false, byline = false, source = false;
  bool comment_meta = false;  // "Jane says:", "Posted by Jane at 10:42"
  bool dated = false;         // a comment marker line that also carries a date
  bool ticker = false;        // starts a run of time-led headlines ("14:44 Storm closes port")
  // No strings here (a 32 MiB paste can have millions of lines): metadata values are parsed
  // again from the few lines that end up as metadata.
  float weight = 0.0f;
};

std::vector<LineFacts> line_facts(std::string_view text, const std::vector<TextLine>& lines);

// True for a line the phrase tables call a comment marker ("12 Comments", "Leave a Reply").
bool is_comment_phrase(const LineFacts& f);

}  // namespace pith::detail
