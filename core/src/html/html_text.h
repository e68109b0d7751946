// HTML input: turns a page's HTML into block-structured plain text (one block per paragraph,
// heading, list item...) plus the metadata the markup carries, then the plain-text engine
// takes over. Never recursive: the tokenizer is a state machine, nesting uses explicit stacks.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "html/blocks.h"
#include "html/removed_log.h"
#include "pith/article.h"

namespace pith::detail {

struct HtmlText {
  std::string text;  // the text of the blocks, separated by blank lines
  std::string title, byline, published, site_name, language, url, description;
  PageType page_type = PageType::kUnknown;  // html/page_type's guess
  // Blocks as the markup gives them (offsets of marks and cells local to each block's text;
  // `figure` indexes this vector).
  std::vector<Block> blocks;
  // What the block stage itself dropped: captions of figures whose image is gone
  // ("caption-without-image"), without input offsets (the removal log finds them). The text
  // past the node cap ("node-limit") is the log's last entry.
  std::vector<Removed> removed;
  RemovalLog removal;  // what the chosen attempt left out, and where the rest is
};

// `page_url`: the page's address when the caller knows it (Options::url); links and images
// resolve against <base href>, this address, or else the page's canonical/og:url.
HtmlText html_to_text(std::string_view html, std::string_view page_url = {});

}  // namespace pith::detail
