#include "text/text_pipeline.h"

#include <algorithm>

#include "text/classify.h"
#include "text/pipeline_parts.h"
#include "text/normalize.h"
#include "text/repair.h"
#include "text/segment.h"

namespace pith::detail {

namespace {

bool short_unfinished(const TextLine& ln) { return !ln.terminal && ln.words <= 25; }

// Kind of a kept line: marked list items, runs of short unfinished lines in one paragraph
// (a bulleted list whose bullets were images), and standalone short headings.
BlockKind kind_of(const std::vector<TextLine>& lines, std::size_t i) {
  const TextLine& ln = lines[i];
  if (ln.bullet) return BlockKind::kListItem;
  if (!short_unfinished(ln)) return BlockKind::kParagraph;
  auto kept_neighbour = [&](std::size_t j) {
    return lines[j].group == ln.group && lines[j].label == LineLabel::kBody &&
           short_unfinished(lines[j]) && lines[j].words >= 2;
  };
  const bool prev = i > 0 && kept_neighbour(i - 1);
  const bool next = i + 1 < lines.size() && kept_neighbour(i + 1);
  if (prev || next) return BlockKind::kListItem;
  if (ln.words <= 15) return BlockKind::kHeading;
  return BlockKind::kParagraph;
}

}  // namespace

void clean_plain_text(std::string_view input, const Options& options, Article& out,
                      bool preselected) {
  Normalized norm = normalize_text(input, options.repairs);
  std::vector<TextLine> lines = segment_lines(norm.text);
  const TextMeta meta = classify_lines(norm.text, lines, preselected);

  // Repair evidence comes from the kept text only: menus and comments are not the article.
  const RepairContext ctx = kept_repair_context(norm, lines);
  take_text_meta(norm, lines, meta, options.repairs, ctx, out);

  std::vector<KeptBlock> kept;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const TextLine& ln = lines[i];
    if (ln.label != LineLabel::kBody) continue;
    RepairResult rr = repair_block(line_text(norm.text, ln), options.repairs, ctx);
    if (!out.text.empty()) out.text += "\n\n";
    Block b;
    b.kind = kind_of(lines, i);
    if (b.kind == BlockKind::kHeading) b.level = 2;
    if (b.kind == BlockKind::kListItem) b.level = 1;
    b.start = out.text.size();
    out.text += rr.text;
    b.end = out.text.size();
    b.text = std::move(rr.text);
    KeptBlock k;
    k.norm_start = ln.start;
    k.norm_end = ln.end;
    k.out_start = b.start;
    for (Edit& e : rr.edits) {
      Edit local = e;
      e.input_start = norm.to_input(ln.start + local.input_start);
      e.input_end = norm.to_input(ln.start + local.input_end);
      e.start = b.start + local.start;
      e.end = b.start + local.end;
      out.edits.push_back(std::move(e));
      k.repairs.push_back(std::move(local));
    }
    kept.push_back(std::move(k));
    out.blocks.push_back(std::move(b));
  }
  for (Edit& e : norm.edits) {
    place_normalizer_edit(norm, kept, e);
    out.edits.push_back(std::move(e));
  }
  std::stable_sort(out.edits.begin(), out.edits.end(), [](const Edit& x, const Edit& y) {
    return x.input_start < y.input_start;
  });
  add_removed(norm, lines, out);
}

}  // namespace pith::detail
