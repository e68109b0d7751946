// The choice of the main article region: the contiguous run of lines with the highest score,
// where prose lines score their word count and short or boilerplate lines cost (a maximum-sum
// subarray, one pass). Reader comments below the article are cut off at the first
// comment-section marker; footer boilerplate and a news ticker end it too.
#pragma once
#include <cstddef>
#include <vector>

#include "text/line_facts.h"
#include "text/segment.h"

namespace pith::detail {

struct TextRegion {
  std::size_t begin = 0, end = 0;  // [begin, end) line indices
  std::size_t comments_from = 0;   // first line of the reader comments (lines.size() if none)
};

TextRegion find_region(const std::vector<TextLine>& lines, const std::vector<LineFacts>& facts);

}  // namespace pith::detail
