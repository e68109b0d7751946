// Block output: the chosen subtrees as one block per paragraph, heading, list item,
// blockquote, code block, table, image, figure and caption, with inline marks (links,
// emphasis, code). Inline whitespace collapses; <br> is a line break and <br><br> a
// paragraph break; <pre> keeps every line verbatim.
#pragma once
#include <vector>

#include "html/tree.h"
#include "html/url_resolve.h"
#include "pith/article.h"

namespace pith::detail {

// Blocks as the markup gives them: Mark and TableCell offsets index the block's own text,
// `figure` indexes this vector.
struct RenderedBlocks {
  std::vector<Block> blocks;
  std::vector<Block> dropped_captions;  // captions of figures whose image is gone
};

RenderedBlocks render_blocks(const Document& d, const std::vector<int>& roots, const BaseUrl& base);

}  // namespace pith::detail
