#include "html/inline_marks.h"

#include <string_view>

#include "html/block_writer.h"
#include "html/media.h"
#include "html/tag_tables.h"

namespace pith::detail {
namespace {

struct MarkTag {
  std::string_view tag;
  MarkKind kind;
};

constexpr MarkTag kMarkTags[] = {
#include "html/inline_mark_table.inc"
};

}  // namespace

bool inline_mark(const Node& n, const BaseUrl& base, MarkKind& kind, std::string& href) {
  if (n.is_text || n.name.empty() || n.name.size() > 6) return false;
  for (const MarkTag& t : kMarkTags) {
    if (n.name != t.tag) continue;
    kind = t.kind;
    if (kind != MarkKind::kLink) return true;
    const std::string* h = attr(n, "href");
    if (!h) return false;
    href = resolve_url(base, *h, UrlUse::kLink);
    return !href.empty();
  }
  return false;
}

Block inline_block(const Document& d, int node, const BaseUrl& base, std::vector<Image>& images) {
  BlockWriter w;
  const BlockStyle style;
  std::vector<std::pair<int, bool>> open;  // (subtree end, opened a mark)
  const int end = subtree_end(d, node);
  for (int i = node + 1; i < end;) {
    while (!open.empty() && open.back().first <= i) {
      if (open.back().second) w.close_mark();
      open.pop_back();
    }
    const Node& n = d.nodes[static_cast<std::size_t>(i)];
    if (n.removed || (!n.is_text && is_pruned_element(n.name))) {
      i = subtree_end(d, i);
      continue;
    }
    if (n.is_text) {
      w.text(n.text, style);
    } else if (n.name == "img") {
      Image img;
      if (read_image(d, i, base, img) == ImageRead::kImage) {
        if (const std::string* link = w.link()) img.link = *link;
        images.push_back(std::move(img));
      }
    } else {
      if (is_block_element(n.name)) w.text(" ", style);
      MarkKind kind;
      std::string href;
      const bool mark = inline_mark(n, base, kind, href);
      if (mark) w.open_mark(kind, std::move(href));
      open.emplace_back(subtree_end(d, i), mark);
    }
    ++i;
  }
  while (!open.empty()) {
    if (open.back().second) w.close_mark();
    open.pop_back();
  }
  w.flush();
  if (w.blocks.empty()) return Block{};
  return std::move(w.blocks.front());
}

}  // namespace pith::detail
