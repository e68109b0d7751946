// Article::removed for HTML input: the HTML stage's entries (removed_log.h) merged with the
// lines the text pass dropped from the article's block text (duplicate headline, byline, date,
// "Related" lines...), which are placed back in the input through the kept text nodes. All
// offsets then index the input HTML; entries come in input order.
#pragma once
#include <string_view>
#include <vector>

#include "html/removed_log.h"
#include "pith/article.h"

namespace pith::detail {

// `removed`: the text pass's entries, start/end indexing `block_text` (HtmlText::text). When
// the block text does not line up with the kept text nodes, those entries keep no offsets.
// The log's entries are moved out and its memory released.
void place_removed(RemovalLog& log, std::string_view block_text, std::string_view html,
                   std::vector<Removed>& removed);

}  // namespace pith::detail
