// Helpers for white-box tests of the HTML block stage: the blocks of a whole <body>, without
// content selection, so a test sees exactly what its markup makes.
#pragma once
#include <string>

#include "html/blocks.h"
#include "html/tree.h"
#include "html/url_resolve.h"

namespace pith::test {

inline detail::RenderedBlocks body_blocks(const std::string& html,
                                          const std::string& url = "https://news.example/2024/story.html") {
  detail::Document d = detail::build_tree(html);
  int body = 0;
  for (std::size_t i = 0; i < d.nodes.size(); ++i)
    if (!d.nodes[i].is_text && d.nodes[i].name == "body") { body = static_cast<int>(i); break; }
  // noscript is raw text the walker never enters; mark it as pruning would.
  for (auto& n : d.nodes)
    if (!n.is_text && (n.name == "noscript" || n.name == "script")) n.removed = true;
  return detail::render_blocks(d, {body}, detail::document_base(url, ""));
}

// Index of the first element named `name` in the document.
inline int element(const detail::Document& d, const std::string& name, int nth = 0) {
  for (std::size_t i = 0; i < d.nodes.size(); ++i)
    if (!d.nodes[i].is_text && d.nodes[i].name == name && nth-- == 0) return static_cast<int>(i);
  return -1;
}

}  // namespace pith::test
