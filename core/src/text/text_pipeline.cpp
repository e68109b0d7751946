#include "text/text_pipeline.h"

#include <algorithm>

#include "text/classify.h"
#include "text/normalize.h"
#include "text/repair.h"
#include "text/segment.h"

namespace pith::detail {

namespace {

std::string line_text(std::string_view text, const TextLine& ln) {
  // A hard-wrapped paragraph was joined across its line breaks: it reads as one line.
  std::string s(text.substr(ln.start, ln.end - ln.start));
  std::replace(s.begin(), s.end(), '\n', ' ');
  return s;
}

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

// Normalised offset of an input offset (inverse of Normalized::to_input, exact outside edited
// spans, which is all the edit placement below needs).
std::size_t to_normalized(const Normalized& n, std::size_t input_offset) {
  auto it = std::upper_bound(n.anchors.begin(), n.anchors.end(), input_offset,
                             [](std::size_t v, const std::pair<std::size_t, std::size_t>& a) {
                               return v < a.second;
                             });
  if (it == n.anchors.begin()) return input_offset;
  --it;
  return it->first + (input_offset - it->second);
}

struct KeptBlock {
  std::size_t norm_start = 0, norm_end = 0;  // span in the normalised text
  std::size_t out_start = 0;                 // start in Article::text
  std::vector<Edit> repairs;                 // block-local repair edits (for offset shifts)
};

void add_removed(const Normalized& norm, const std::vector<TextLine>& lines, Article& out) {
  std::size_t i = 0;
  while (i < lines.size()) {
    if (lines[i].label != LineLabel::kRemoved) {
      ++i;
      continue;
    }
    // One entry per run of lines with one reason in one paragraph ("Share / Tweet / Email").
    std::size_t j = i + 1;
    while (j < lines.size() && lines[j].label == LineLabel::kRemoved &&
           lines[j].group == lines[i].group &&
           std::string_view(lines[j].reason) == std::string_view(lines[i].reason))
      ++j;
    Removed r;
    r.text = norm.text.substr(lines[i].start, lines[j - 1].end - lines[i].start);
    r.reason = lines[i].reason;
    r.start = norm.to_input(lines[i].start);
    r.end = norm.to_input(lines[j - 1].end);
    out.removed.push_back(std::move(r));
    i = j;
  }
}

// Repairs a metadata line (title, subtitle); its edits have no place in Article::text.
std::string repaired_meta(const Normalized& norm, const TextLine& ln, const RepairOptions& opt,
                          const RepairContext& ctx, Article& out) {
  RepairResult rr = repair_block(line_text(norm.text, ln), opt, ctx);
  for (Edit& e : rr.edits) {
    e.input_start = norm.to_input(ln.start + e.input_start);
    e.input_end = norm.to_input(ln.start + e.input_end);
    e.start = e.end = kNoOffset;
    out.edits.push_back(std::move(e));
  }
  return rr.text;
}

// Places a normaliser edit in Article::text when it landed in a kept block.
void place_normalizer_edit(const Normalized& norm, const std::vector<KeptBlock>& kept, Edit& e) {
  const std::size_t pos = to_normalized(norm, e.input_start);
  auto it = std::upper_bound(kept.begin(), kept.end(), pos,
                             [](std::size_t v, const KeptBlock& k) { return v < k.norm_start; });
  if (it == kept.begin()) return;
  --it;
  if (pos >= it->norm_end) return;
  std::size_t local = pos - it->norm_start;
  long shift = 0;
  for (const Edit& r : it->repairs) {
    if (r.input_end <= local)
      shift += static_cast<long>(r.after.size()) - static_cast<long>(r.before.size());
    else if (r.input_start < local + e.after.size())
      return;  // a repair rewrote the same spot: no exact place
  }
  e.start = it->out_start + static_cast<std::size_t>(static_cast<long>(local) + shift);
  e.end = e.start + e.after.size();
}

}  // namespace

void clean_plain_text(std::string_view input, const Options& options, Article& out,
                      bool preselected) {
  Normalized norm = normalize_text(input, options.repairs);
  std::vector<TextLine> lines = segment_lines(norm.text);
  const TextMeta meta = classify_lines(norm.text, lines, preselected);

  // Repair evidence comes from the kept text only: menus and comments are not the article.
  std::string kept_text;
  for (const TextLine& ln : lines) {
    if (ln.label == LineLabel::kRemoved) continue;
    kept_text += line_text(norm.text, ln);
    kept_text += "\n\n";
  }
  const RepairContext ctx = build_repair_context(kept_text);
  std::string().swap(kept_text);

  if (meta.title >= 0) out.title = repaired_meta(norm, lines[meta.title], options.repairs, ctx, out);
  if (meta.subtitle >= 0)
    out.subtitle = repaired_meta(norm, lines[meta.subtitle], options.repairs, ctx, out);
  out.byline = meta.byline;
  out.published = meta.published;
  out.source = meta.source;

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
