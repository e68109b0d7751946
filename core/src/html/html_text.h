// HTML input: turns a page's HTML into block-structured plain text (one block per paragraph,
// heading, list item...) plus the metadata the markup carries, then the plain-text engine
// takes over. Never recursive: the tokenizer is a state machine, nesting uses explicit stacks.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "html/blocks.h"

namespace pith::detail {

struct HtmlText {
  std::string text;  // blocks separated by blank lines
  std::string title, byline, published, site_name, language, url, description;
  std::vector<HtmlBlock> blocks;  // the same blocks with their kind and level
};

HtmlText html_to_text(std::string_view html);

}  // namespace pith::detail
