// A light DOM: elements and text nodes in one vector, in document order (a node's children
// have larger indices than the node). Built with an explicit stack; past kMaxDepth new
// elements are attached flat to the deepest open element; at kMaxNodes the build stops and
// Document::cut_at says where (the rest is reported as removed, reason "node-limit").
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "html/drop_reason.h"

namespace pith::detail {

inline constexpr int kMaxDepth = 400;
inline constexpr std::size_t kMaxNodes = 1000000;

struct Node {
  bool is_text = false;
  bool removed = false;  // set by pruning / cleaning; the subtree is skipped
  // Removed: why (prune.cpp, clean.cpp). Kept element: what its tag, role or class/id words
  // say it is, if anything, for reporting it when it ends up outside the article.
  Drop reason = Drop::kNone;
  // What the class and id say (classify_class_id in tag_tables.h), worked out once when the
  // element is built: pruning, scoring and cleaning ask it on every attempt.
  bool class_unlikely = false, class_prune = false, class_post = false;
  Drop class_reason = Drop::kNone;  // the reason its class/id words give, if any
  short class_weight = 0;
  std::string name;  // element: lower-case tag name
  std::string text;  // text node: decoded text, whitespace as written
  std::vector<std::pair<std::string, std::string>> attrs;  // element: kept attributes
  int parent = -1, first_child = -1, last_child = -1, next_sibling = -1;
  // Where the node is in the input: an element from its start tag to its end tag (or to where
  // it was closed implicitly), a text node from its first to its last byte.
  std::uint32_t src_start = 0, src_end = 0;
};

struct Document {
  std::vector<Node> nodes;  // nodes[0] is the root (name "#root")
  std::vector<std::string> scripts_ld_json;  // bodies of <script type="application/ld+json">
  std::vector<std::pair<std::string, std::string>> metas;  // (property|name|itemprop, content)
  std::string title;     // first <title>, decoded
  std::string html_lang;  // <html lang>
  std::string canonical;  // <link rel="canonical">
  std::vector<int> ends;  // ends[i]: one past the last node of i's subtree
  // Byte offset in the HTML where the build stopped at kMaxNodes; npos when it read it all.
  std::size_t cut_at = static_cast<std::size_t>(-1);
  bool noscript_markup = false;  // <noscript> content was parsed as markup (and is kept)
};

// noscript_markup: parse <noscript> content as a browser with scripting off does.
Document build_tree(std::string_view html, bool noscript_markup = false);

const std::string* attr(const Node& n, std::string_view name);

// Next node in document order after `i`, skipping i's subtree when `skip_children`.
// Non-recursive; returns -1 at the end.
int next_node(const Document& d, int i, bool skip_children);

}  // namespace pith::detail

namespace pith::detail {
// A capped inner_text() visits at most this many nodes per byte of its cap (plus a few): the
// headline and byline checks look at every h1/h2 or byline element, and one holding a huge
// subtree of empty elements ("<h1><span>" nested 200 deep over 10^5 "<i></i>") made each look
// walk it all. Real headings and bylines hold a few nodes per word.
inline constexpr std::size_t kTextWalkNodesPerByte = 8;

// Text content of node `i` with whitespace runs collapsed to one space and trimmed; stops
// after `cap` bytes (and kTextWalkNodesPerByte * cap + 64 nodes). Skips nodes marked removed.
std::string inner_text(const Document& d, int i, std::size_t cap = static_cast<std::size_t>(-1));
// One past the last node of i's subtree.
int subtree_end(const Document& d, int i);
// Appends `s` to `out` collapsing whitespace; `space` tracks whether out ends in a space.
void append_collapsed(std::string_view s, std::string& out, bool& space);
}  // namespace pith::detail
