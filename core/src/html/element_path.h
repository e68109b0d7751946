// Short element paths for removal entries ("div#main>aside.sidebar"): at most kPathParts
// elements, the removed one last, each as tag, #id and the first .class, cut to a few
// characters and to CSS identifier characters, so the path is also a CSS selector. Built only
// for the entries written, never stored per node.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "html/tree.h"

namespace pith::detail {

inline constexpr int kPathParts = 4;

// Appends "tag#id.class" to `out`.
void append_path_part(std::string_view name, std::string_view id, std::string_view cls,
                      std::string& out);

// Path of element `i` of the tree (a text node: of its parent).
std::string node_path(const Document& d, int i);

// Path from start tags found in the input: `tags_at` lists the byte offsets of the start tags,
// innermost first (each is read again with the tokenizer).
std::string source_path(std::string_view html, const std::vector<std::uint32_t>& tags_at);

}  // namespace pith::detail
