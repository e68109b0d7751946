#include "text/pipeline_parts.h"

#include <algorithm>

namespace pith::detail {

namespace {

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

}  // namespace

std::string line_text(std::string_view text, const TextLine& ln) {
  std::string s(text.substr(ln.start, ln.end - ln.start));
  std::replace(s.begin(), s.end(), '\n', ' ');
  return s;
}

std::size_t to_normalized(const Normalized& n, std::size_t input_offset) {
  auto it = std::upper_bound(n.anchors.begin(), n.anchors.end(), input_offset,
                             [](std::size_t v, const std::pair<std::size_t, std::size_t>& a) {
                               return v < a.second;
                             });
  if (it == n.anchors.begin()) return input_offset;
  --it;
  return it->first + (input_offset - it->second);
}


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

RepairContext kept_repair_context(const Normalized& norm, const std::vector<TextLine>& lines) {
  std::string kept_text;
  for (const TextLine& ln : lines) {
    if (ln.label == LineLabel::kRemoved) continue;
    kept_text += line_text(norm.text, ln);
    kept_text += "\n\n";
  }
  return build_repair_context(kept_text);
}

void take_text_meta(const Normalized& norm, const std::vector<TextLine>& lines, const TextMeta& meta,
                    const RepairOptions& opt, const RepairContext& ctx, Article& out) {
  if (meta.title >= 0) out.title = repaired_meta(norm, lines[meta.title], opt, ctx, out);
  if (meta.subtitle >= 0) out.subtitle = repaired_meta(norm, lines[meta.subtitle], opt, ctx, out);
  out.byline = meta.byline;
  out.published = meta.published;
  out.source = meta.source;
}

}  // namespace pith::detail
