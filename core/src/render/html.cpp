// The safe HTML rendering: an <article> fragment built only from an allow-list of elements
// (article, h1-h6, p, ul, li, blockquote, pre, code, em, strong, a, br, figure, figcaption,
// img, small, table, caption, tbody, tr, th, td) and attributes (class with fixed values,
// href, rel, src, srcset, alt, width, height, loading, colspan, rowspan). Every text and
// attribute value is escaped; URLs pass safe_url (http/https, mailto for links). No event
// attribute and no style can appear: nothing else is ever written.
#include <string>

#include "render/inline.h"
#include "render/render.h"

namespace pith::detail {
namespace {

void escape(std::string& out, std::string_view s) {
  for (char c : s) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out.push_back(c);
    }
  }
}

// A "640w" / "1.5x" descriptor, or nothing.
bool safe_descriptor(std::string_view d) {
  if (d.size() < 2 || (d.back() != 'w' && d.back() != 'x')) return false;
  for (std::size_t i = 0; i + 1 < d.size(); ++i)
    if (!((d[i] >= '0' && d[i] <= '9') || d[i] == '.')) return false;
  return true;
}

bool safe_language(std::string_view l) {
  if (l.empty() || l.size() > 32) return false;
  for (char c : l)
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' || c == '#' || c == '-' ||
          c == '_' || c == '.'))
      return false;
  return true;
}

class HtmlInline : public InlineSink {
 public:
  // `verbatim`: inside <pre>, where a newline is a newline.
  explicit HtmlInline(std::string& out, bool verbatim = false) : out_(out), verbatim_(verbatim) {}
  void text(std::string_view s) override {
    for (char c : s) {
      if (c == '\n' && !verbatim_) out_ += "<br>";
      else escape(out_, std::string_view(&c, 1));
    }
  }
  void open(const Mark& m, std::string_view) override {
    switch (m.kind) {
      case MarkKind::kLink:
        if (!safe_url(m.href, true)) { out_ += "<span>"; return; }
        out_ += "<a href=\"";
        escape(out_, m.href);
        out_ += "\" rel=\"noopener noreferrer nofollow\">";
        return;
      case MarkKind::kEmphasis: out_ += "<em>"; return;
      case MarkKind::kStrong: out_ += "<strong>"; return;
      case MarkKind::kCode: out_ += "<code>"; return;
    }
  }
  void close(const Mark& m) override {
    switch (m.kind) {
      case MarkKind::kLink: out_ += safe_url(m.href, true) ? "</a>" : "</span>"; return;
      case MarkKind::kEmphasis: out_ += "</em>"; return;
      case MarkKind::kStrong: out_ += "</strong>"; return;
      case MarkKind::kCode: out_ += "</code>"; return;
    }
  }

 private:
  std::string& out_;
  bool verbatim_;
};

void inline_html(std::string& out, std::string_view text, std::size_t offset,
                 const std::vector<Mark>& marks, bool verbatim = false) {
  HtmlInline sink(out, verbatim);
  walk_inline(text, offset, marks, sink);
}

// A table cell's text, from the table block's own text.
std::string_view cell_text(const Block& b, const TableCell& c) {
  if (c.start < b.start || c.end < c.start || c.end - b.start > b.text.size()) return {};
  return std::string_view(b.text).substr(c.start - b.start, c.end - c.start);
}

void image_html(std::string& out, const Image& img) {
  if (!safe_url(img.src, false)) return;
  const bool link = !img.link.empty() && safe_url(img.link, true);
  if (link) {
    out += "<a href=\"";
    escape(out, img.link);
    out += "\" rel=\"noopener noreferrer nofollow\">";
  }
  out += "<img src=\"";
  escape(out, img.src);
  out += "\"";
  std::string srcset;
  for (const ImageCandidate& c : img.srcset) {
    if (!safe_url(c.url, false) || c.url.find(',') != std::string::npos) continue;
    if (!srcset.empty()) srcset += ", ";
    srcset += c.url;
    if (safe_descriptor(c.descriptor)) srcset += " " + c.descriptor;
  }
  if (!srcset.empty()) {
    out += " srcset=\"";
    escape(out, srcset);
    out += "\"";
  }
  out += " alt=\"";
  escape(out, img.alt);
  out += "\"";
  if (img.width > 0) out += " width=\"" + std::to_string(img.width) + "\"";
  if (img.height > 0) out += " height=\"" + std::to_string(img.height) + "\"";
  out += " loading=\"lazy\">";
  if (link) out += "</a>";
}

void table_html(std::string& out, const Block& b, const std::vector<const Block*>& captions) {
  out += "<table>";
  for (const Block* c : captions) {
    out += "<caption>";
    inline_html(out, c->text, c->start, c->marks);
    out += "</caption>";
  }
  out += "<tbody>\n";
  std::size_t k = 0;
  for (const auto& row : b.rows) {
    out += "<tr>";
    for (const TableCell& c : row) {
      const char* tag = c.header ? "th" : "td";
      out += "<";
      out += tag;
      if (c.colspan > 1) out += " colspan=\"" + std::to_string(c.colspan) + "\"";
      if (c.rowspan > 1) out += " rowspan=\"" + std::to_string(c.rowspan) + "\"";
      out += ">";
      inline_html(out, cell_text(b, c), c.start, marks_in(b.marks, k, c.start, c.end));
      out += "</";
      out += tag;
      out += ">";
    }
    out += "</tr>\n";
  }
  out += "</tbody></table>\n";
}

void figure_html(std::string& out, const Block& b, const std::vector<const Block*>& captions) {
  out += "<figure>";
  for (const Image& img : b.images) image_html(out, img);
  if (!captions.empty()) {
    out += "<figcaption>";
    bool first = true;
    for (const Block* c : captions) {
      if (!first) out += " ";
      first = false;
      out += c->credit ? "<small class=\"credit\">" : "";
      inline_html(out, c->text, c->start, c->marks);
      out += c->credit ? "</small>" : "";
    }
    out += "</figcaption>";
  }
  out += "</figure>\n";
}

void text_block_html(std::string& out, const Block& b) {
  char heading[3] = {'h', '2', '\0'};
  const char* tag = "p";
  const char* cls = nullptr;
  switch (b.kind) {
    case BlockKind::kHeading:
      heading[1] = static_cast<char>('0' + (b.level >= 2 && b.level <= 6 ? b.level : 2));
      tag = heading;
      break;
    case BlockKind::kListItem: tag = "li"; break;
    case BlockKind::kBlockquote: tag = "blockquote"; break;
    case BlockKind::kCaption: cls = b.credit ? "credit" : "caption"; break;
    default: break;
  }
  out += "<";
  out += tag;
  if (cls) {
    out += " class=\"";
    out += cls;
    out += "\"";
  }
  out += ">";
  inline_html(out, b.text, b.start, b.marks);
  out += "</";
  out += tag;
  out += ">\n";
}

void code_html(std::string& out, const Block& b) {
  out += "<pre>";
  if (b.kind == BlockKind::kCode) {
    out += safe_language(b.language) ? "<code class=\"language-" + b.language + "\">" : "<code>";
  }
  inline_html(out, b.text, b.start, b.marks, /*verbatim=*/true);
  if (b.kind == BlockKind::kCode) out += "</code>";
  out += "</pre>\n";
}

}  // namespace

std::string render_html(const Article& a) {
  std::string out = "<article>\n";
  if (!a.title.empty()) { out += "<h1>"; escape(out, a.title); out += "</h1>\n"; }
  if (!a.subtitle.empty()) { out += "<p class=\"subtitle\"><em>"; escape(out, a.subtitle); out += "</em></p>\n"; }
  if (!a.byline.empty()) { out += "<p class=\"byline\">"; escape(out, a.byline); out += "</p>\n"; }
  // Captions render inside the figure or table they describe (which comes before them).
  const std::size_t n = a.blocks.size();
  std::vector<std::vector<const Block*>> captions(n);
  std::vector<char> placed(n, 0);
  for (std::size_t i = 0; i < n; ++i) {
    const Block& c = a.blocks[i];
    if (c.kind != BlockKind::kCaption || c.figure < 0 || static_cast<std::size_t>(c.figure) >= i) continue;
    const BlockKind t = a.blocks[static_cast<std::size_t>(c.figure)].kind;
    if (t != BlockKind::kFigure && t != BlockKind::kImage && t != BlockKind::kTable) continue;
    captions[static_cast<std::size_t>(c.figure)].push_back(&c);
    placed[i] = 1;
  }
  bool in_list = false;
  for (std::size_t i = 0; i < n; ++i) {
    const Block& b = a.blocks[i];
    if (placed[i]) continue;
    if (b.kind == BlockKind::kListItem && !in_list) { out += "<ul>\n"; in_list = true; }
    if (b.kind != BlockKind::kListItem && in_list) { out += "</ul>\n"; in_list = false; }
    switch (b.kind) {
      case BlockKind::kImage:
      case BlockKind::kFigure: figure_html(out, b, captions[i]); break;
      case BlockKind::kTable: table_html(out, b, captions[i]); break;
      case BlockKind::kCode:
      case BlockKind::kPreformatted: code_html(out, b); break;
      default: text_block_html(out, b);
    }
  }
  if (in_list) out += "</ul>\n";
  if (!a.source.empty()) { out += "<p class=\"source\">Source: "; escape(out, a.source); out += "</p>\n"; }
  out += "</article>\n";
  return out;
}

}  // namespace pith::detail
