#include "html/blocks.h"

#include "html/block_writer.h"
#include "html/code_blocks.h"
#include "html/figures.h"
#include "html/inline_marks.h"
#include "html/media.h"
#include "html/tables.h"
#include "html/tag_tables.h"

namespace pith::detail {
namespace {

// Figures inside figures past this depth are plain containers (each level re-files the blocks
// written inside it, so the depth bounds that work).
constexpr std::size_t kMaxFigureDepth = 8;

bool is_heading(const std::string& n) {
  return n.size() == 2 && n[0] == 'h' && n[1] >= '1' && n[1] <= '6';
}

// Kinds that the block elements inside them keep ("<li><p>item</p></li>" is a list item).
bool sticky(BlockKind k) {
  return k == BlockKind::kBlockquote || k == BlockKind::kListItem || k == BlockKind::kPreformatted ||
         k == BlockKind::kCode || k == BlockKind::kCaption;
}

struct Open {
  int end;             // one past the element's subtree
  BlockStyle style;    // what text inside it becomes
  bool breaks;         // a block element: entering and leaving it ends the current block
  bool in_verbatim;    // inside <pre>: a block boundary is only a line break
  bool list;           // ul/ol: leaving it lowers the list depth
  bool mark;           // opened an inline mark
  bool figure;         // opened a figure context
  int caption_target;  // an outside-figure caption of this block index, or -1
  std::size_t caption_from;
};

struct Figure {
  int node;
  std::size_t placeholder;
  std::vector<Image> images;
  bool unresolved = false;  // held an image whose address could not be made absolute
};

class Walker {
 public:
  Walker(const Document& d, const BaseUrl& base) : d_(d), base_(base) {}

  void root(int root) {
    const int end = subtree_end(d_, root);
    for (int i = root; i < end;) {
      while (!open_.empty() && open_.back().end <= i) close();
      i = visit(i);
    }
    while (!open_.empty()) close();
    w_.flush();
  }

  RenderedBlocks finish() {
    w_.flush();
    return RenderedBlocks{std::move(w_.blocks), std::move(dropped_)};
  }

 private:
  const Node& node(int i) const { return d_.nodes[static_cast<std::size_t>(i)]; }

  void add_image(Image&& img) {
    if (const std::string* link = w_.link()) img.link = *link;
    if (!figures_.empty()) figures_.back().images.push_back(std::move(img));
    else w_.queue_image(std::move(img));
  }

  void soft_break(const BlockStyle& st) { w_.end_line(st); }

  // Nothing written since the last image: an element starting here may be its caption.
  bool follows_image() const {
    if (!w_.empty()) return false;
    if (w_.has_queued_images()) return true;
    const std::size_t n = w_.blocks.size();
    return n > 0 && (w_.blocks[n - 1].kind == BlockKind::kImage || w_.blocks[n - 1].kind == BlockKind::kFigure);
  }

  // Returns the next node to visit.
  int visit(int i) {
    const Node& n = node(i);
    const BlockStyle style = open_.empty() ? BlockStyle{} : open_.back().style;
    if (n.removed) {
      // A lazy image's <noscript> fallback is pruned with the other noscripts: read it here.
      Image img;
      if (!n.is_text && n.name == "noscript" && read_noscript_image(d_, i, base_, img))
        add_image(std::move(img));
      return subtree_end(d_, i);
    }
    if (n.is_text) {
      w_.text(n.text, style);
      return i + 1;
    }
    const std::string& t = n.name;
    if (t == "br") {
      w_.line_break(style);
      return i + 1;
    }
    if (t == "hr") {
      if (style.verbatim) soft_break(style);
      else w_.flush();
      return i + 1;
    }
    if (t == "img") {
      Image img;
      const ImageRead r = read_image(d_, i, base_, img);
      if (r == ImageRead::kImage) add_image(std::move(img));
      else if (r == ImageRead::kUnresolved && !figures_.empty()) figures_.back().unresolved = true;
      return subtree_end(d_, i);
    }
    if (t == "table" && !style.verbatim && is_data_table(d_, i)) return table(i);
    open_element(i, style);
    return i + 1;
  }

  int table(int i) {
    w_.flush();
    std::vector<Image> images;
    Block caption;
    Block tb = table_block(d_, i, base_, images, caption);
    if (tb.text.find_first_not_of(" \t\n") != std::string::npos) {
      w_.blocks.push_back(std::move(tb));
      if (!caption.text.empty()) {
        caption.figure = static_cast<int>(w_.blocks.size() - 1);
        w_.blocks.push_back(std::move(caption));
      }
    }
    for (Image& img : images) add_image(std::move(img));
    w_.flush();
    return subtree_end(d_, i);
  }

  void open_element(int i, BlockStyle style) {
    const Node& n = node(i);
    const std::string& t = n.name;
    const bool in_verbatim = style.verbatim;
    bool breaks = is_block_element(t) && t != "td" && t != "th";
    if (t == "td" || t == "th") w_.text(" ", style);
    if (t == "ul" || t == "ol") ++list_depth_;
    bool figure = false;
    int caption_target = -1;
    if (in_verbatim) {
      // Inside <pre>: no kinds; "<div>line</div>" per line is a line each.
    } else if (is_heading(t)) {
      style.kind = BlockKind::kHeading;
      style.level = t[1] - '0';
    } else if (t == "li" || t == "dd" || t == "dt") {
      style.kind = BlockKind::kListItem;
      style.level = list_depth_ > 0 ? list_depth_ : 1;
    } else if (t == "blockquote") {
      style.kind = BlockKind::kBlockquote;
      style.level = 0;
    } else if (t == "pre") {
      style.kind = is_code_pre(d_, i) ? BlockKind::kCode : BlockKind::kPreformatted;
      style.level = 0;
      style.verbatim = true;
      if (style.kind == BlockKind::kCode) style.language = code_language(d_, i);
    } else if (t == "figure" && figures_.size() < kMaxFigureDepth) {
      w_.flush();
      figure = true;
      breaks = true;
      w_.blocks.push_back(Block{});
      figures_.push_back(Figure{i, w_.blocks.size() - 1, {}});
      style = BlockStyle{};
    } else if (!figures_.empty() && (t == "figcaption" || is_credit_element(n))) {
      breaks = true;
      style.kind = BlockKind::kCaption;
      style.level = 0;
      style.credit = style.credit || is_credit_element(n);
    } else if (figures_.empty() && style.kind != BlockKind::kCaption &&
               (is_caption_element(n) || is_credit_element(n)) && follows_image()) {
      // "<img><p class="wp-caption-text">...</p>": a caption of the image just written.
      w_.flush();
      caption_target = static_cast<int>(w_.blocks.size() - 1);
      breaks = true;
      style.kind = BlockKind::kCaption;
      style.level = 0;
      style.credit = is_credit_element(n);
    } else if (breaks && !sticky(style.kind)) {
      style.kind = BlockKind::kParagraph;
      style.level = 0;
    }
    if (breaks) {
      if (in_verbatim) soft_break(style);
      else w_.flush();
    }
    MarkKind kind;
    std::string href;
    // Inside <pre> only links are marks: an RFC or a man page links its references in place.
    const bool mark = inline_mark(n, base_, kind, href) && (!style.verbatim || kind == MarkKind::kLink);
    if (mark) w_.open_mark(kind, std::move(href));
    open_.push_back(Open{subtree_end(d_, i), std::move(style), breaks, in_verbatim,
                         t == "ul" || t == "ol", mark, figure, caption_target, w_.blocks.size()});
  }

  void close() {
    Open o = std::move(open_.back());
    open_.pop_back();
    if (o.mark) w_.close_mark();
    if (o.list) --list_depth_;
    if (!o.breaks) return;
    if (o.in_verbatim) {
      soft_break(o.style);
      return;
    }
    w_.flush();
    if (o.figure) {
      Figure f = std::move(figures_.back());
      figures_.pop_back();
      Image img;
      if (f.images.empty() && read_figure_attribute_image(d_, f.node, base_, img)) f.images.push_back(std::move(img));
      close_figure(w_.blocks, f.placeholder, std::move(f.images), f.unresolved, dropped_);
    } else if (o.caption_target >= 0) {
      attach_captions(w_.blocks, o.caption_from, static_cast<std::size_t>(o.caption_target));
    }
  }

  const Document& d_;
  const BaseUrl& base_;
  BlockWriter w_;
  std::vector<Open> open_;
  std::vector<Figure> figures_;
  std::vector<Block> dropped_;
  int list_depth_ = 0;
};

}  // namespace

RenderedBlocks render_blocks(const Document& d, const std::vector<int>& roots, const BaseUrl& base) {
  Walker w(d, base);
  for (int root : roots) w.root(root);
  return w.finish();
}

}  // namespace pith::detail
