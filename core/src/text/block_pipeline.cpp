#include "text/block_pipeline.h"

#include <algorithm>
#include <string>

#include "common/utf8.h"
#include "text/pipeline_parts.h"

namespace pith::detail {
namespace {

// Prose goes through classification and repairs; the rest keeps every character.
bool is_prose(BlockKind k) {
  return k == BlockKind::kParagraph || k == BlockKind::kHeading || k == BlockKind::kListItem ||
         k == BlockKind::kBlockquote || k == BlockKind::kCaption;
}
bool is_media(BlockKind k) { return k == BlockKind::kImage || k == BlockKind::kFigure; }

std::size_t common_prefix(const std::string& a, const std::string& b) {
  std::size_t n = 0;
  while (n < a.size() && n < b.size() && a[n] == b[n]) ++n;
  return n;
}

std::size_t common_suffix(const std::string& a, const std::string& b, std::size_t prefix) {
  std::size_t n = 0;
  while (n + prefix < a.size() && n + prefix < b.size() && a[a.size() - 1 - n] == b[b.size() - 1 - n])
    ++n;
  return n;
}

// Where a prose block sits in the joined text handed to the engine, and its lines.
struct ProseSpan {
  std::size_t in_start = 0, norm_start = 0, norm_end = 0;
  std::size_t line_begin = 0, line_end = 0;  // [begin, end) into the engine's lines
};

// A caption is never the headline, and a credit line ("© Agency", "Photo: J. Doe") is not the
// page's copyright notice or a widget: the markup said what they are.
void keep_captions(const std::vector<Block>& blocks, const std::vector<ProseSpan>& spans,
                   std::vector<TextLine>& lines, TextMeta& meta) {
  for (std::size_t k = 0; k < blocks.size(); ++k) {
    if (blocks[k].kind != BlockKind::kCaption) continue;
    for (std::size_t i = spans[k].line_begin; i < spans[k].line_end; ++i) {
      TextLine& ln = lines[i];
      const bool title = ln.label == LineLabel::kTitle || ln.label == LineLabel::kSubtitle;
      if (!title && !(blocks[k].credit && ln.label == LineLabel::kRemoved)) continue;
      if (meta.title == static_cast<long>(i)) meta.title = -1;
      if (meta.subtitle == static_cast<long>(i)) meta.subtitle = -1;
      ln.label = LineLabel::kBody;
      ln.reason = "";
    }
  }
}

// The lines that became the title and subtitle left the body too: the removal log says so
// ("moved" reasons), since the markup's own title may replace the line's.
void add_moved(const Normalized& norm, const std::vector<TextLine>& lines, const TextMeta& meta,
               Article& out) {
  const std::pair<long, const char*> moved[] = {{meta.title, "title"}, {meta.subtitle, "subtitle"}};
  for (const auto& [k, reason] : moved) {
    if (k < 0) continue;
    const TextLine& ln = lines[static_cast<std::size_t>(k)];
    Removed r;
    r.text = norm.text.substr(ln.start, ln.end - ln.start);
    r.reason = reason;
    r.start = norm.to_input(ln.start);
    r.end = norm.to_input(ln.end);
    out.removed.push_back(std::move(r));
  }
}

// Invalid UTF-8 in verbatim text (a table cell, a code block) becomes U+FFFD, with an edit;
// `shift` maps each old byte offset to its new one when the length changed.
bool make_valid(std::string& s, std::vector<std::size_t>& shift) {
  bool bad = false;
  for (std::size_t i = 0, len = 0; i < s.size(); i += len)
    if (decode_utf8(s, i, len) == kReplacementChar && len == 1 && static_cast<unsigned char>(s[i]) >= 0x80)
      bad = true;
  if (!bad) return false;
  std::string out;
  shift.assign(s.size() + 1, 0);
  for (std::size_t i = 0, len = 0; i < s.size(); i += len) {
    const char32_t c = decode_utf8(s, i, len);
    for (std::size_t k = 0; k < len; ++k) shift[i + k] = out.size();
    if (c == kReplacementChar && len == 1 && static_cast<unsigned char>(s[i]) >= 0x80) out += "\xEF\xBF\xBD";
    else out.append(s, i, len);
  }
  shift[s.size()] = out.size();
  s = std::move(out);
  return true;
}

// The block's marks (offsets into its markup text, which starts at `in_start` of the engine's
// input) on the kept lines kept[first..]: a mark covering several lines becomes one mark per
// line, a mark on a dropped line goes with it.
void place_marks(const std::vector<Mark>& marks, const Normalized& norm, std::size_t in_start,
                 const std::vector<KeptBlock>& kept, std::size_t first, std::vector<Mark>& out) {
  for (const Mark& m : marks) {
    const std::size_t ns = to_normalized(norm, in_start + m.start);
    const std::size_t ne = to_normalized(norm, in_start + m.end);
    // First kept line ending after the mark starts (lines are sorted and disjoint).
    auto it = std::upper_bound(kept.begin() + static_cast<long>(first), kept.end(), ns,
                               [](std::size_t v, const KeptBlock& k) { return v < k.norm_end; });
    for (; it != kept.end() && it->norm_start < ne; ++it) {
      const std::size_t s = std::max(ns, it->norm_start), e = std::min(ne, it->norm_end);
      if (s >= e) continue;
      Mark x = m;
      x.start = std::min(it->out_end, it->out_start + map_through_edits(s - it->norm_start, it->repairs, false));
      x.end = std::min(it->out_end, it->out_start + map_through_edits(e - it->norm_start, it->repairs, true));
      if (x.end > x.start) out.push_back(std::move(x));
    }
  }
  std::stable_sort(out.begin(), out.end(), [](const Mark& x, const Mark& y) {
    return x.start < y.start || (x.start == y.start && x.end > y.end);
  });
}

// Offsets in the engine's input (the prose blocks joined) -> offsets in the text of every
// block joined (code and tables included): each prose block moves by its own shift.
class PageMap {
 public:
  void add(std::size_t joined_start, std::size_t page_start) { starts_.emplace_back(joined_start, page_start); }
  std::size_t operator()(std::size_t off) const {
    auto it = std::upper_bound(starts_.begin(), starts_.end(), off,
                               [](std::size_t v, const auto& s) { return v < s.first; });
    if (it == starts_.begin()) return off;
    --it;
    return it->second + (off - it->first);
  }

 private:
  std::vector<std::pair<std::size_t, std::size_t>> starts_;
};

class Assembler {
 public:
  Assembler(Article& out) : out_(out) {}

  // Starts a block with text at the end of Article::text.
  std::size_t begin_text() {
    if (!out_.text.empty()) out_.text += "\n\n";
    return out_.text.size();
  }

  void verbatim(Block&& b) {
    std::vector<std::size_t> shift;
    if (make_valid(b.text, shift)) {
      for (Mark& m : b.marks) m.start = shift[m.start], m.end = shift[m.end];
      for (auto& row : b.rows)
        for (TableCell& c : row) c.start = shift[c.start], c.end = shift[c.end];
    }
    const std::size_t at = begin_text();
    out_.text += b.text;
    b.start = at;
    b.end = out_.text.size();
    for (Mark& m : b.marks) m.start += at, m.end += at;
    for (auto& row : b.rows)
      for (TableCell& c : row) c.start += at, c.end += at;
    out_.blocks.push_back(std::move(b));
  }

  void media(Block&& b) {
    b.text.clear();
    b.start = b.end = out_.text.size();
    out_.blocks.push_back(std::move(b));
  }

 private:
  Article& out_;
};

}  // namespace

std::size_t map_through_edits(std::size_t pos, const std::vector<Edit>& edits, bool is_end) {
  long delta = 0;
  for (const Edit& e : edits) {
    if (e.input_end <= pos) {
      delta = static_cast<long>(e.end) - static_cast<long>(e.input_end);
      continue;
    }
    if (e.input_start >= pos) break;
    // Inside the edit's span: "wanted b to see" -> "wanted to see" keeps "wanted " and " see".
    const std::size_t pre = common_prefix(e.before, e.after);
    const std::size_t suf = common_suffix(e.before, e.after, pre);
    const std::size_t off = pos - e.input_start;
    if (off <= pre) return e.start + off;
    if (e.input_end - pos <= suf) return e.end - (e.input_end - pos);
    return is_end ? e.end - suf : e.start + pre;
  }
  return static_cast<std::size_t>(static_cast<long>(pos) + delta);
}

void clean_html_blocks(std::vector<Block> blocks, const Options& options, Article& out,
                       std::string_view known_title) {
  // 1. The prose as one text, blocks separated by a blank line (as the engine reads a paste);
  // `to_page` maps its offsets to the text of all blocks joined alike (HtmlText::text).
  std::string joined;
  std::vector<ProseSpan> spans(blocks.size());
  PageMap to_page;
  std::size_t page_size = 0;
  for (std::size_t k = 0; k < blocks.size(); ++k) {
    if (blocks[k].text.empty()) continue;
    if (page_size) page_size += 2;
    const std::size_t page_start = page_size;
    page_size += blocks[k].text.size();
    if (!is_prose(blocks[k].kind)) continue;
    if (!joined.empty()) joined += "\n\n";
    spans[k].in_start = joined.size();
    to_page.add(joined.size(), page_start);
    joined += blocks[k].text;
  }
  // 2. The engine's stages over it.
  const Normalized norm = normalize_text(joined, options.repairs);
  std::vector<TextLine> lines = segment_lines(norm.text);
  TextMeta meta = classify_lines(norm.text, lines, /*preselected=*/true, known_title);
  // 3. Each line belongs to the one block whose span holds it (blocks never share a line:
  // the blank line between them separates paragraphs for the segmenter).
  std::size_t li = 0;
  for (std::size_t k = 0; k < blocks.size(); ++k) {
    if (!is_prose(blocks[k].kind) || blocks[k].text.empty()) continue;
    ProseSpan& sp = spans[k];
    sp.norm_start = to_normalized(norm, sp.in_start);
    sp.norm_end = to_normalized(norm, sp.in_start + blocks[k].text.size());
    while (li < lines.size() && lines[li].start < sp.norm_start) ++li;
    sp.line_begin = li;
    while (li < lines.size() && lines[li].start < sp.norm_end) ++li;
    sp.line_end = li;
  }
  keep_captions(blocks, spans, lines, meta);
  const RepairContext ctx = kept_repair_context(norm, lines);
  take_text_meta(norm, lines, meta, options.repairs, ctx, out);
  // 4. Output blocks in markup order.
  Assembler as(out);
  std::vector<KeptBlock> kept;
  std::vector<int> new_index(blocks.size(), -1);
  for (std::size_t k = 0; k < blocks.size(); ++k) {
    Block& b = blocks[k];
    if (is_media(b.kind)) {
      new_index[k] = static_cast<int>(out.blocks.size());
      as.media(std::move(b));
      continue;
    }
    if (!is_prose(b.kind)) {
      if (b.text.empty()) continue;
      new_index[k] = static_cast<int>(out.blocks.size());
      as.verbatim(std::move(b));
      continue;
    }
    const ProseSpan& sp = spans[k];
    std::vector<std::size_t> kept_lines;
    for (std::size_t i = sp.line_begin; i < sp.line_end; ++i)
      if (lines[i].label == LineLabel::kBody) kept_lines.push_back(i);
    if (kept_lines.empty()) continue;  // every line was boilerplate (or the title)
    Block o;
    o.kind = b.kind;
    o.level = b.level;
    o.figure = b.figure;
    o.credit = b.credit;
    o.start = as.begin_text();
    const std::size_t first = kept.size();
    for (std::size_t n = 0; n < kept_lines.size(); ++n) {
      const TextLine& ln = lines[kept_lines[n]];
      RepairResult rr = repair_block(line_text(norm.text, ln), options.repairs, ctx);
      if (n) out.text += '\n';
      KeptBlock kb;
      kb.norm_start = ln.start;
      kb.norm_end = ln.end;
      kb.out_start = out.text.size();
      out.text += rr.text;
      kb.out_end = out.text.size();
      for (Edit& e : rr.edits) {
        Edit local = e;
        e.input_start = norm.to_input(ln.start + local.input_start);
        e.input_end = norm.to_input(ln.start + local.input_end);
        e.start = kb.out_start + local.start;
        e.end = kb.out_start + local.end;
        out.edits.push_back(std::move(e));
        kb.repairs.push_back(std::move(local));
      }
      kept.push_back(std::move(kb));
    }
    place_marks(b.marks, norm, sp.in_start, kept, first, o.marks);
    o.end = out.text.size();
    o.text = out.text.substr(o.start);
    new_index[k] = static_cast<int>(out.blocks.size());
    out.blocks.push_back(std::move(o));
  }
  // 5. Captions point at their block's new index; a caption whose block went reads as text.
  for (Block& b : out.blocks) {
    if (b.kind != BlockKind::kCaption) continue;
    b.figure = b.figure >= 0 ? new_index[static_cast<std::size_t>(b.figure)] : -1;
    if (b.figure < 0) {
      b.kind = BlockKind::kParagraph;
      b.credit = false;
    }
  }
  for (Edit e : norm.edits) {
    place_normalizer_edit(norm, kept, e);
    out.edits.push_back(std::move(e));
  }
  std::stable_sort(out.edits.begin(), out.edits.end(), [](const Edit& x, const Edit& y) {
    return x.input_start < y.input_start;
  });
  const std::size_t first_removed = out.removed.size();
  add_removed(norm, lines, out);
  add_moved(norm, lines, meta, out);
  for (std::size_t i = first_removed; i < out.removed.size(); ++i) {
    Removed& r = out.removed[i];
    if (r.start != kNoOffset) r.start = to_page(r.start);
    if (r.end != kNoOffset) r.end = to_page(r.end);
  }
  for (Edit& e : out.edits) {
    if (e.input_start != kNoOffset) e.input_start = to_page(e.input_start);
    if (e.input_end != kNoOffset) e.input_end = to_page(e.input_end);
  }
}

}  // namespace pith::detail
