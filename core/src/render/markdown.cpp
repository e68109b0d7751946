// The Markdown rendering (CommonMark with GFM tables). Text is escaped so that nothing in the
// article becomes markup: "<script>" stays text (\<script\>), "[x](javascript:...)" typed in a
// paragraph stays text. Links and images come only from marks and Image fields whose URLs pass
// safe_url; code keeps its text verbatim inside a fence longer than any backtick run in it.
#include <algorithm>
#include <string>

#include "render/inline.h"
#include "render/render.h"

namespace pith::detail {
namespace {

enum class Ctx { kBlock, kTableCell };

bool ascii_alnum(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); }

// "&lt;", "&#60;", "&#x3C;": a character reference Markdown would decode, so the article's
// literal text "&lt;b&gt;" would show as "<b>". Only a '&' that starts one is escaped
// ("AT&T" stays as it is).
bool starts_reference(std::string_view s, std::size_t i) {
  std::size_t k = i + 1;
  if (k < s.size() && s[k] == '#') ++k;
  const std::size_t from = k;
  while (k < s.size() && k - from < 32 && ascii_alnum(s[k])) ++k;
  return k > from && k < s.size() && s[k] == ';';
}

// Characters Markdown (or raw HTML inside it) would read as syntax.
void escape_md(std::string& out, std::string_view s, Ctx ctx) {
  for (std::size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    switch (c) {
      case '\\': case '`': case '*': case '_': case '[': case ']': case '<': case '>':
        out.push_back('\\');
        out.push_back(c);
        break;
      case '&':
        if (starts_reference(s, i)) out.push_back('\\');
        out.push_back(c);
        break;
      case '|':
        if (ctx == Ctx::kTableCell) out.push_back('\\');
        out.push_back(c);
        break;
      case '\r':  // a line ending to Markdown too: "a\r~~~" would open a code block
        out.push_back(' ');
        break;
      case '\n':
        if (ctx == Ctx::kTableCell) out.push_back(' ');
        else out += "\\\n";  // a hard line break
        break;
      default: out.push_back(c);
    }
  }
}

// A paragraph starting with "1." or "#" would read as a list or a heading, one starting with
// "~~~" as a code block that swallows the article up to the next fence (found by fuzzing the
// renderer with "```", before backticks were escaped everywhere). Up to three spaces before
// them still count as the line's start.
void escape_start(std::string& out, std::size_t from) {
  for (int k = 0; k < 3 && from < out.size() && out[from] == ' '; ++k) ++from;
  if (from >= out.size()) return;
  const char c = out[from];
  if (c == '#' || c == '-' || c == '+' || c == '=' || (c == '~' && out.compare(from, 3, "~~~") == 0)) {
    out.insert(from, 1, '\\');
    return;
  }
  std::size_t i = from;
  while (i < out.size() && out[i] >= '0' && out[i] <= '9') ++i;
  if (i > from && i < out.size() && (out[i] == '.' || out[i] == ')')) out.insert(i, 1, '\\');
}

// escape_start at the block's start and after every hard line break in it ("\\\n+ Added"
// would open a list inside the paragraph).
void escape_line_starts(std::string& out, std::size_t from) {
  std::vector<std::size_t> starts{from};
  for (std::size_t i = out.find("\\\n", from); i != std::string::npos; i = out.find("\\\n", i + 2))
    starts.push_back(i + 2);
  for (std::size_t k = starts.size(); k-- > 0;) escape_start(out, starts[k]);
}

// A URL as a Markdown link destination: parentheses and spaces encoded (safe_url passed).
std::string destination(std::string_view url) {
  std::string out;
  for (char c : url) {
    if (c == '(') out += "%28";
    else if (c == ')') out += "%29";
    else out.push_back(c);
  }
  return out;
}

std::size_t longest_run(std::string_view s, char ch) {
  std::size_t best = 0, run = 0;
  for (char c : s) {
    run = c == ch ? run + 1 : 0;
    best = std::max(best, run);
  }
  return best;
}

class MdInline : public InlineSink {
 public:
  MdInline(std::string& out, Ctx ctx) : out_(out), ctx_(ctx) {}
  void text(std::string_view s) override {
    if (code_ > 0) {
      for (char c : s) out_.push_back(c == '\n' || c == '\r' ? ' ' : c);
      return;
    }
    escape_md(out_, s, ctx_);
  }
  void open(const Mark& m, std::string_view content) override {
    // Nothing nests inside a code span; a link needs a safe target.
    bool shown = code_ == 0 && (m.kind != MarkKind::kLink || safe_url(m.href, true));
    shown_.push_back(shown);
    if (!shown) return;
    switch (m.kind) {
      case MarkKind::kLink: out_ += "["; break;
      case MarkKind::kEmphasis: out_ += "*"; break;
      case MarkKind::kStrong: out_ += "**"; break;
      case MarkKind::kCode: {
        fence_.assign(longest_run(content, '`') + 1, '`');
        out_ += fence_;
        if (!content.empty() && (content.front() == '`' || content.back() == '`')) out_ += " ";
        pad_ = !content.empty() && (content.front() == '`' || content.back() == '`');
        ++code_;
        break;
      }
    }
  }
  void close(const Mark& m) override {
    const bool shown = shown_.back();
    shown_.pop_back();
    if (!shown) return;
    switch (m.kind) {
      case MarkKind::kLink: out_ += "](" + destination(m.href) + ")"; break;
      case MarkKind::kEmphasis: out_ += "*"; break;
      case MarkKind::kStrong: out_ += "**"; break;
      case MarkKind::kCode:
        if (pad_) out_ += " ";
        out_ += fence_;
        --code_;
        break;
    }
  }

 private:
  std::string& out_;
  Ctx ctx_;
  std::vector<bool> shown_;
  int code_ = 0;
  std::string fence_;
  bool pad_ = false;
};

void inline_md(std::string& out, std::string_view text, std::size_t offset,
               const std::vector<Mark>& marks, Ctx ctx = Ctx::kBlock) {
  MdInline sink(out, ctx);
  walk_inline(text, offset, marks, sink);
}

std::string single_line(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c == '\n' || c == '\r') c = ' ';
  return out;
}

void image_md(std::string& out, const Image& img) {
  if (!safe_url(img.src, false)) return;
  const bool link = !img.link.empty() && safe_url(img.link, true);
  if (link) out += "[";
  out += "![";
  escape_md(out, single_line(img.alt), Ctx::kTableCell);
  out += "](" + destination(img.src) + ")";
  if (link) out += "](" + destination(img.link) + ")";
  out += "\n";
}

void code_md(std::string& out, const Block& b) {
  const std::string fence(std::max<std::size_t>(3, longest_run(b.text, '`') + 1), '`');
  std::string lang;
  for (char c : b.language)
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' || c == '#' || c == '-' || c == '.')
      lang.push_back(c);
  out += fence + lang + "\n" + b.text + "\n" + fence;
}

void table_md(std::string& out, const Block& b) {
  std::size_t cols = 0;
  for (const auto& row : b.rows) cols = std::max(cols, row.size());
  if (cols == 0) return;
  bool first = true;
  std::size_t mk = 0;
  for (const auto& row : b.rows) {
    out += "|";
    for (std::size_t k = 0; k < cols; ++k) {
      out += " ";
      if (k < row.size()) {
        const TableCell& c = row[k];
        if (c.start >= b.start && c.end >= c.start && c.end - b.start <= b.text.size())
          inline_md(out, std::string_view(b.text).substr(c.start - b.start, c.end - c.start), c.start,
                    marks_in(b.marks, mk, c.start, c.end), Ctx::kTableCell);
      }
      out += " |";
    }
    out += "\n";
    if (first) {  // GFM needs a header row: the first row is it
      out += "|";
      for (std::size_t k = 0; k < cols; ++k) out += " --- |";
      out += "\n";
      first = false;
    }
  }
  out.pop_back();
}

}  // namespace

std::string render_markdown(const Article& a) {
  std::string out;
  auto plain = [&](std::string_view s) { escape_md(out, single_line(s), Ctx::kTableCell); };
  if (!a.title.empty()) { out += "# "; plain(a.title); out += "\n\n"; }
  if (!a.subtitle.empty()) { out += "*"; plain(a.subtitle); out += "*\n\n"; }
  std::string meta;
  if (!a.byline.empty()) meta += a.byline;
  if (!a.published.empty()) meta += (meta.empty() ? "" : " · ") + a.published;
  if (!a.source.empty()) meta += (meta.empty() ? "Source: " : " · Source: ") + a.source;
  if (!meta.empty()) { const std::size_t at = out.size(); plain(meta); escape_start(out, at); out += "\n\n"; }
  for (const auto& b : a.blocks) {
    const std::size_t at = out.size();
    switch (b.kind) {
      case BlockKind::kHeading:
        out += std::string(static_cast<std::size_t>(b.level >= 2 && b.level <= 6 ? b.level : 2), '#') + " ";
        inline_md(out, single_line(b.text), b.start, b.marks);
        break;
      case BlockKind::kListItem:
        out += "- ";
        inline_md(out, single_line(b.text), b.start, b.marks);
        escape_start(out, at + 2);
        break;
      case BlockKind::kBlockquote: {
        out += "> ";
        std::string q;
        inline_md(q, b.text, b.start, b.marks);
        escape_line_starts(q, 0);
        for (char c : q) {
          out.push_back(c);
          if (c == '\n') out += "> ";
        }
        break;
      }
      case BlockKind::kPreformatted:
      case BlockKind::kCode: code_md(out, b); break;
      case BlockKind::kImage:
      case BlockKind::kFigure:
        for (const Image& img : b.images) image_md(out, img);
        if (out.size() > at) out.pop_back();
        break;
      case BlockKind::kTable: table_md(out, b); break;
      case BlockKind::kCaption:
        out += "*";
        inline_md(out, single_line(b.text), b.start, b.marks);
        out += "*";
        break;
      case BlockKind::kParagraph:
        inline_md(out, b.text, b.start, b.marks);
        escape_line_starts(out, at);
        break;
    }
    if (out.size() > at) out += "\n\n";
  }
  while (!out.empty() && out.back() == '\n') out.pop_back();
  out += "\n";
  return out;
}

}  // namespace pith::detail
