// Per-line facts (phrase reason, metadata shape) and the choice of the main article region: the
// contiguous run of lines with the highest score, where prose lines score their word count and
// short or boilerplate lines cost (a maximum-sum subarray, one pass). Reader comments below the
// article are cut off at the first comment-section marker.
#pragma once
#include <cstddef>
#include <string>
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

struct TextRegion {
  std::size_t begin = 0, end = 0;  // [begin, end) line indices
  std::size_t comments_from = 0;   // first line of the reader comments (lines.size() if none)
};

TextRegion find_region(const std::vector<TextLine>& lines, const std::vector<LineFacts>& facts);

}  // namespace pith::detail
