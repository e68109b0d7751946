// Classification of the lines of a pasted page: finds the main article region, the title and
// its header (subtitle, byline, dateline, repeated headline), and labels everything else as
// boilerplate with a reason code. Linear in the number of lines.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "text/segment.h"

namespace pith::detail {

struct TextMeta {
  long title = -1;     // index of the title line, -1 when none
  long subtitle = -1;  // index of the standfirst line, -1 when none
  std::string byline, published, source;
};

// Sets label/reason of every line; returns the metadata found. `preselected`: the text is
// already the article (the HTML stage chose the content element), so there is no region to
// find and no comment section to cut; only furniture inside it (share lines, bylines, the
// repeated headline) is labelled. `known_title`: the title is already known (from the page's
// markup), so no line is taken as the title: a line that repeats it is removed as
// "duplicate-title", any other stays (a first body line without a final period is not a title
// to be overwritten and lost).
TextMeta classify_lines(std::string_view text, std::vector<TextLine>& lines,
                        bool preselected = false, std::string_view known_title = {});

}  // namespace pith::detail
