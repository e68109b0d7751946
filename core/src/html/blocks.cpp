#include "html/blocks.h"

#include "html/tag_tables.h"

namespace pith::detail {
namespace {

bool is_heading(const std::string& n) {
  return n.size() == 2 && n[0] == 'h' && n[1] >= '1' && n[1] <= '6';
}

struct Open {
  int end;           // one past the element's subtree
  BlockKind kind;
  int level;
  bool breaks;       // a block element: entering and leaving it ends the current block
  bool pre;
  bool list;         // ul/ol: leaving it lowers the list depth
};

class Writer {
 public:
  std::vector<HtmlBlock> blocks;

  void text(const std::string& s, bool pre, BlockKind kind, int level) {
    start(kind, level);
    if (pre) {
      for (char c : s) {
        if (c == '\r') continue;
        // A blank line inside <pre> would read as a block break downstream.
        if (c == '\n' && cur_.size() >= 1 && cur_.back() == '\n') continue;
        cur_.push_back(c);
      }
      space_ = !cur_.empty() && (cur_.back() == ' ' || cur_.back() == '\n');
      return;
    }
    append_collapsed(s, cur_, space_);
    if (cur_ == " ") cur_.clear();
  }
  void line_break(BlockKind kind, int level) {
    if (trimmed_empty()) return;
    if (!cur_.empty() && cur_.back() == '\n') {  // <br><br>: a new paragraph
      flush();
      return;
    }
    start(kind, level);
    while (!cur_.empty() && cur_.back() == ' ') cur_.pop_back();
    cur_.push_back('\n');
    space_ = true;
  }
  void flush() {
    std::size_t b = 0, e = cur_.size();
    while (b < e && (cur_[b] == ' ' || cur_[b] == '\n')) ++b;
    while (e > b && (cur_[e - 1] == ' ' || cur_[e - 1] == '\n' || cur_[e - 1] == '\t')) --e;
    if (e > b) blocks.push_back(HtmlBlock{kind_, level_, cur_.substr(b, e - b)});
    cur_.clear();
    space_ = true;
    started_ = false;
  }

 private:
  bool trimmed_empty() const {
    for (char c : cur_)
      if (c != ' ' && c != '\n') return false;
    return true;
  }
  void start(BlockKind kind, int level) {
    if (started_) return;
    started_ = true;
    kind_ = kind;
    level_ = level;
  }
  std::string cur_;
  bool space_ = true;
  bool started_ = false;
  BlockKind kind_ = BlockKind::kParagraph;
  int level_ = 0;
};

}  // namespace

std::vector<HtmlBlock> render_blocks(const Document& d, const std::vector<int>& roots) {
  Writer w;
  for (int root : roots) {
    std::vector<Open> open;
    int end = subtree_end(d, root);
    int list_depth = 0;
    for (int i = root; i < end;) {
      while (!open.empty() && open.back().end <= i) {
        if (open.back().breaks) w.flush();
        if (open.back().list) --list_depth;
        open.pop_back();
      }
      const Node& n = d.nodes[static_cast<std::size_t>(i)];
      if (n.removed) {
        i = subtree_end(d, i);
        continue;
      }
      BlockKind kind = open.empty() ? BlockKind::kParagraph : open.back().kind;
      int level = open.empty() ? 0 : open.back().level;
      bool pre = !open.empty() && open.back().pre;
      if (n.is_text) {
        w.text(n.text, pre, kind, level);
        ++i;
        continue;
      }
      const std::string& t = n.name;
      if (t == "br") {
        w.line_break(kind, level);
        ++i;
        continue;
      }
      if (t == "hr") {
        w.flush();
        ++i;
        continue;
      }
      if (t == "td" || t == "th") w.text(" ", false, kind, level);
      bool breaks = is_block_element(t) && t != "td" && t != "th";
      if (t == "ul" || t == "ol") ++list_depth;
      if (is_heading(t)) {
        kind = BlockKind::kHeading;
        level = t[1] - '0';
      } else if (t == "li" || t == "dd" || t == "dt") {
        kind = BlockKind::kListItem;
        level = list_depth > 0 ? list_depth : 1;
      } else if (t == "blockquote") {
        kind = BlockKind::kBlockquote;
        level = 0;
      } else if (t == "pre") {
        kind = BlockKind::kPreformatted;
        pre = true;
      } else if (t == "figcaption") {
        kind = BlockKind::kCaption;
      } else if (breaks && kind != BlockKind::kBlockquote && kind != BlockKind::kListItem &&
                 kind != BlockKind::kPreformatted) {
        kind = BlockKind::kParagraph;
        level = 0;
      }
      if (breaks) w.flush();
      open.push_back(Open{subtree_end(d, i), kind, level, breaks, pre, t == "ul" || t == "ol"});
      ++i;
    }
    w.flush();
  }
  return w.blocks;
}

}  // namespace pith::detail
