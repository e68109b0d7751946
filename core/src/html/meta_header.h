// The article's header: the lines around the main heading, before the body begins, where a page
// shows when and by whom the article was written ("By Ann Lee · Published on July 18, 2025").
#pragma once
#include <string>

#include "html/tree.h"

namespace pith::detail {

struct ArticleHeader {
  // The first date shown (ISO 8601); a revision ("Updated ...") only when no other date is.
  std::string date;
  std::string byline;  // the name on the first byline line ("By Ann Lee"), if any
};

// Scans from a little text before node `heading` (see choose_title) to the first body
// paragraphs, bounded in bytes and nodes. Empty when `heading` is -1.
ArticleHeader scan_header(const Document& d, int heading);

}  // namespace pith::detail
