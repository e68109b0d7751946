// Block output: the chosen subtrees as one block per paragraph, heading, list item,
// blockquote, pre and figcaption. Inline whitespace collapses; <br> is a line break and
// <br><br> a paragraph break; <pre> keeps its lines.
#pragma once
#include <string>
#include <vector>

#include "html/tree.h"
#include "pith/article.h"

namespace pith::detail {

struct HtmlBlock {
  BlockKind kind = BlockKind::kParagraph;
  int level = 0;  // heading level; list nesting depth
  std::string text;
};

std::vector<HtmlBlock> render_blocks(const Document& d, const std::vector<int>& roots);

}  // namespace pith::detail
