// The HTML path's text pass: the plain-text engine's line classification (share lines,
// bylines, datelines, the repeated headline) and word repairs, run over blocks whose kind the
// markup decided. A block never changes kind and never splits: a kept block becomes exactly
// one output block (its kept lines joined by "\n"), and its marks follow the text through the
// repairs. Code, preformatted text and tables pass verbatim; images and figures pass as they are.
#pragma once
#include <string_view>
#include <vector>

#include "pith/article.h"
#include "pith/options.h"

namespace pith::detail {

// `blocks`: offsets of marks and cells local to each block's text, `figure` indexing `blocks`
// (html/blocks.h). Fills text, blocks, title/subtitle/byline/published/source, removed and
// edits of `out`. Their input offsets index the text of all `blocks` joined by blank lines
// (HtmlText::text), not the HTML. `known_title`: the title the page's markup gives; no line is
// then taken as the title (classify_lines), so none is lost when the markup's title replaces it.
void clean_html_blocks(std::vector<Block> blocks, const Options& options, Article& out,
                       std::string_view known_title = {});

// Maps a position in a repaired line's input (before) to its repaired text (after): shifted
// past earlier edits; inside an edit, kept where before and after agree (common prefix or
// suffix), else moved to the changed part's start (`is_end` false) or end.
std::size_t map_through_edits(std::size_t pos, const std::vector<Edit>& edits, bool is_end);

}  // namespace pith::detail
