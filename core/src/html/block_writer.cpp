#include "html/block_writer.h"

#include <algorithm>

#include "html/tree.h"

namespace pith::detail {
namespace {

bool is_ws(char c) { return c == ' ' || c == '\n' || c == '\t'; }

// Verbatim text starts at its first line with something on it: "<pre>\n    indented" keeps the
// four spaces, drops the newline the markup puts after the tag.
std::size_t verbatim_start(const std::string& s) {
  std::size_t line = 0;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '\n') line = i + 1;
    else if (s[i] != ' ' && s[i] != '\t') return line;
  }
  return s.size();
}

}  // namespace

void clip_marks(std::vector<Mark>& marks, const std::string& text, std::size_t b, std::size_t e) {
  std::vector<Mark> out;
  out.reserve(marks.size());
  for (Mark& m : marks) {
    std::size_t s = std::max(m.start, b), t = std::min(m.end, e);
    while (s < t && is_ws(text[s])) ++s;
    while (t > s && is_ws(text[t - 1])) --t;
    if (s >= t) continue;
    m.start = s - b;
    m.end = t - b;
    out.push_back(std::move(m));
  }
  std::stable_sort(out.begin(), out.end(), [](const Mark& x, const Mark& y) {
    return x.start < y.start || (x.start == y.start && x.end > y.end);
  });
  marks = std::move(out);
}

void BlockWriter::start(const BlockStyle& st) {
  if (started_) return;
  started_ = true;
  style_ = st;
}

bool BlockWriter::empty() const { return !visible_; }

void BlockWriter::text(std::string_view s, const BlockStyle& st) {
  start(st);
  const std::size_t from = cur_.size();
  if (style_.verbatim) {
    for (char c : s)
      if (c != '\r') cur_.push_back(c);
    space_ = !cur_.empty() && is_ws(cur_.back());
  } else {
    append_collapsed(s, cur_, space_);
    if (cur_ == " ") cur_.clear();
  }
  // Only the new part is looked at: a long paragraph of many small elements stays linear.
  for (std::size_t k = from; k < cur_.size() && !visible_; ++k) visible_ = !is_ws(cur_[k]);
}

void BlockWriter::line_break(const BlockStyle& st) {
  if (st.verbatim || (started_ && style_.verbatim)) {
    start(st);
    cur_.push_back('\n');
    return;
  }
  if (empty()) return;
  if (!cur_.empty() && cur_.back() == '\n') {  // <br><br>: a new paragraph
    flush();
    return;
  }
  start(st);
  while (!cur_.empty() && cur_.back() == ' ') cur_.pop_back();
  cur_.push_back('\n');
  space_ = true;
}

void BlockWriter::end_line(const BlockStyle& st) {
  if (cur_.empty() || cur_.back() == '\n') return;
  start(st);
  cur_.push_back('\n');
}

void BlockWriter::open_mark(MarkKind kind, std::string href) {
  bool active = true;
  for (const OpenMark& m : open_)
    if (m.active && m.kind == kind) active = false;
  open_.push_back(OpenMark{kind, std::move(href), cur_.size(), active});
}

void BlockWriter::close_mark() {
  if (open_.empty()) return;
  OpenMark m = std::move(open_.back());
  open_.pop_back();
  if (m.active) finish_mark(m.kind, m.href, m.start, cur_.size());
}

const std::string* BlockWriter::link() const {
  for (std::size_t k = open_.size(); k-- > 0;)
    if (open_[k].kind == MarkKind::kLink && open_[k].active) return &open_[k].href;
  return nullptr;
}

void BlockWriter::finish_mark(MarkKind kind, const std::string& href, std::size_t s,
                              std::size_t e) {
  if (e <= s) return;
  Mark m;
  m.kind = kind;
  m.start = s;
  m.end = e;
  m.href = href;
  marks_.push_back(std::move(m));
}

void BlockWriter::flush() {
  // A mark still open goes on in the next block: "<a><h3>Title</h3><p>Teaser</p></a>".
  for (OpenMark& m : open_) {
    if (m.active) finish_mark(m.kind, m.href, m.start, cur_.size());
    m.start = 0;
  }
  std::size_t b = 0, e = cur_.size();
  if (style_.verbatim) {
    b = verbatim_start(cur_);
    while (e > b && is_ws(cur_[e - 1])) --e;
  } else {
    while (b < e && (cur_[b] == ' ' || cur_[b] == '\n')) ++b;
    while (e > b && is_ws(cur_[e - 1])) --e;
  }
  if (e > b) {
    Block blk;
    blk.kind = style_.kind;
    blk.level = style_.level;
    blk.credit = style_.credit;
    blk.language = style_.language;
    clip_marks(marks_, cur_, b, e);
    blk.marks = std::move(marks_);
    blk.text = cur_.substr(b, e - b);
    blocks.push_back(std::move(blk));
  }
  marks_.clear();
  cur_.clear();
  space_ = true;
  started_ = false;
  visible_ = false;
  for (Image& img : images_) {
    Block blk;
    blk.kind = BlockKind::kImage;
    blk.images.push_back(std::move(img));
    blocks.push_back(std::move(blk));
  }
  images_.clear();
}

}  // namespace pith::detail
