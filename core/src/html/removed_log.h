// The HTML removal log: every region of the page that holds text and is not in the article,
// with why (Drop), where (input byte range) and a short element path. One entry per top-most
// dropped subtree; siblings dropped for the same reason form one entry. Also keeps, compactly,
// where the article's own text nodes are, so that lines the text pass drops later can be placed
// in the input after the tree is gone (removed_map.cpp).
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "html/drop_reason.h"
#include "html/tree.h"

namespace pith::detail {

// Longest text preview of one entry, in bytes; a longer region's text is cut at a character
// boundary and ends in "…" (its start/end still cover all of it).
inline constexpr std::size_t kPreviewBytes = 1000;

struct HtmlRemoved {
  std::string text;  // whitespace collapsed, at most kPreviewBytes (+ "…")
  Drop reason = Drop::kNone;
  std::uint32_t start = 0, end = 0;  // input bytes
  std::string path;
};

// A text node of the article, in document order.
struct KeptText {
  std::uint32_t src_start = 0, src_end = 0;
  std::uint32_t counted_end = 0;  // counted bytes (count_bytes) of all kept nodes up to this one
  std::int32_t parent = -1;       // index into KeptMap::elements
  bool exact = false;             // its text is the input bytes [src_start, src_end) as they are
};
struct KeptElement {
  std::uint32_t tag_at = 0;  // its start tag in the input
  std::int32_t parent = -1;  // index into KeptMap::elements
};
struct KeptMap {
  std::vector<KeptText> texts;
  std::vector<KeptElement> elements;  // the ancestors of the kept text nodes
};

struct RemovalLog {
  std::vector<HtmlRemoved> entries;  // document order
  KeptMap kept;
};

// The drops and labels of every node (Node::removed, Node::reason), to log an earlier attempt
// after later ones pruned again: one byte per node.
std::vector<std::uint8_t> save_drops(const Document& d);
void restore_drops(Document& d, const std::vector<std::uint8_t>& saved);

// `roots`: the selected content (select_content), after clean_content; `text`: the text of the
// blocks made from it (HtmlText::text), which the kept text nodes are matched against.
RemovalLog log_removed(const Document& d, const std::vector<int>& roots, std::string_view html,
                       std::string_view text);

// Bytes that are not whitespace (space, tab, CR, LF, FF, U+00A0): the same in a text node and
// in the block text made from it, whatever whitespace collapsing did.
std::size_t count_bytes(std::string_view s);
bool is_counted(std::string_view s, std::size_t i);  // s[i] is a counted byte

}  // namespace pith::detail
