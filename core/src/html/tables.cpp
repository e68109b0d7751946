#include "html/tables.h"

#include <algorithm>

#include "html/inline_marks.h"

namespace pith::detail {
namespace {

// A cell longer than this is page layout (an article column), not data.
constexpr std::size_t kMaxDataCellBytes = 400;
// A cell of more nodes than this is a page region too (and the look stays bounded).
constexpr int kMaxCellNodes = 4096;
constexpr int kMaxSpan = 1000;

const Node& node(const Document& d, int i) { return d.nodes[static_cast<std::size_t>(i)]; }

int span(const Node& n, const char* name) {
  const std::string* v = attr(n, name);
  if (!v) return 1;
  int x = 0;
  for (char c : *v) {
    if (c < '0' || c > '9') break;
    x = std::min(kMaxSpan, x * 10 + (c - '0'));
  }
  return x < 1 ? 1 : x;
}

// Calls f(row) for each <tr> of `table` itself (inside thead/tbody/tfoot, not in a nested
// table). Stops early when f returns false.
template <class F>
void for_each_row(const Document& d, int table, F&& f) {
  const int end = subtree_end(d, table);
  for (int i = table + 1; i < end;) {
    const Node& n = node(d, i);
    if (n.is_text || n.removed || n.name == "table") {
      i = subtree_end(d, i);
      continue;
    }
    if (n.name == "tr") {
      if (!f(i)) return;
      i = subtree_end(d, i);
      continue;
    }
    ++i;
  }
}

bool in_thead(const Document& d, int row) {
  const int p = node(d, row).parent;
  return p >= 0 && node(d, p).name == "thead";
}

struct Shape {
  int rows = 0, cols = 0;
  bool header = false;       // th, thead or a caption
  bool long_cell = false;
};

Shape shape_of(const Document& d, int table) {
  Shape s;
  for_each_row(d, table, [&](int row) {
    ++s.rows;
    if (in_thead(d, row)) s.header = true;
    int cols = 0;
    for (int c = node(d, row).first_child; c >= 0; c = node(d, c).next_sibling) {
      const Node& cell = node(d, c);
      if (cell.is_text || (cell.name != "td" && cell.name != "th")) continue;
      cols += span(cell, "colspan");
      if (cell.name == "th") s.header = true;
      std::size_t bytes = 0;
      const int e = subtree_end(d, c);
      int k = c;
      for (; k < e && k - c < kMaxCellNodes && bytes <= kMaxDataCellBytes; ++k)
        if (node(d, k).is_text) bytes += node(d, k).text.size();
      if (bytes > kMaxDataCellBytes || (k < e && k - c >= kMaxCellNodes)) s.long_cell = true;
    }
    s.cols = std::max(s.cols, cols);
    return true;
  });
  return s;
}

bool has_nested_table(const Document& d, int table) {
  const int end = subtree_end(d, table);
  for (int i = table + 1; i < end; ++i)
    if (!node(d, i).is_text && node(d, i).name == "table" && !node(d, i).removed) return true;
  return false;
}

int caption_of(const Document& d, int table) {
  for (int c = node(d, table).first_child; c >= 0; c = node(d, c).next_sibling)
    if (!node(d, c).is_text && node(d, c).name == "caption" && !node(d, c).removed) return c;
  return -1;
}

void append_cell(Block& t, Block&& cell, bool header, int colspan, int rowspan,
                 std::vector<TableCell>& row) {
  TableCell tc;
  tc.start = t.text.size();
  tc.header = header;
  tc.colspan = colspan;
  tc.rowspan = rowspan;
  for (Mark& m : cell.marks) {
    m.start += tc.start;
    m.end += tc.start;
    t.marks.push_back(std::move(m));
  }
  t.text += cell.text;
  tc.end = t.text.size();
  row.push_back(tc);
}

}  // namespace

// Readability's order: a presentation role says layout; a caption or header cells say data;
// then a table holding tables is layout; then the size of the grid decides. A grid whose cells
// hold long text is an article laid out in columns (not in Readability: its tables are only
// marked, ours become cells).
bool is_data_table(const Document& d, int table) {
  const Node& t = node(d, table);
  if (const std::string* role = attr(t, "role"); role && (*role == "presentation" || *role == "none"))
    return false;
  if (caption_of(d, table) >= 0) return true;
  const Shape s = shape_of(d, table);
  if (s.rows == 0) return false;
  if (s.header) return true;
  if (s.long_cell || has_nested_table(d, table)) return false;
  if (s.rows <= 1 || s.cols <= 1) return false;
  return s.rows >= 10 || s.cols > 4 || s.rows * s.cols > 10;
}

Block table_block(const Document& d, int table, const BaseUrl& base, std::vector<Image>& images,
                  Block& caption) {
  Block t;
  t.kind = BlockKind::kTable;
  for_each_row(d, table, [&](int row) {
    std::vector<TableCell> cells;
    const bool head = in_thead(d, row);
    for (int c = node(d, row).first_child; c >= 0; c = node(d, c).next_sibling) {
      const Node& cell = node(d, c);
      if (cell.is_text || cell.removed || (cell.name != "td" && cell.name != "th")) continue;
      if (!cells.empty()) t.text.push_back('\t');
      else if (!t.rows.empty()) t.text.push_back('\n');
      append_cell(t, inline_block(d, c, base, images), head || cell.name == "th",
                  span(cell, "colspan"), span(cell, "rowspan"), cells);
    }
    if (!cells.empty()) t.rows.push_back(std::move(cells));
    return true;
  });
  const int cap = caption_of(d, table);
  caption = cap >= 0 ? inline_block(d, cap, base, images) : Block{};
  caption.kind = BlockKind::kCaption;
  return t;
}

}  // namespace pith::detail
