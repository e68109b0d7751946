// Pieces of the plain-text engine's assembly shared by its two callers: the plain-text path
// (text_pipeline) and the HTML path's block pass (block_pipeline): line text, offset mapping
// from the input to the normalised text, placement of edits, removed entries, metadata.
#pragma once
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "pith/article.h"
#include "pith/options.h"
#include "text/classify.h"
#include "text/normalize.h"
#include "text/repair.h"
#include "text/segment.h"

namespace pith::detail {

// A line's text; a hard-wrapped paragraph joined across its line breaks reads as one line.
std::string line_text(std::string_view text, const TextLine& ln);

// Normalised offset of an input offset (inverse of Normalized::to_input, exact at character
// boundaries outside edited spans).
std::size_t to_normalized(const Normalized& n, std::size_t input_offset);

struct KeptBlock {
  std::size_t norm_start = 0, norm_end = 0;  // span in the normalised text
  std::size_t out_start = 0;                 // start in Article::text
  std::size_t out_end = 0;                   // end in Article::text (block pipeline only)
  std::vector<Edit> repairs;                 // block-local repair edits (for offset shifts)
};

// One removed entry per run of removed lines with one reason in one paragraph.
void add_removed(const Normalized& norm, const std::vector<TextLine>& lines, Article& out);

// Places a normaliser edit in Article::text when it landed in a kept block.
void place_normalizer_edit(const Normalized& norm, const std::vector<KeptBlock>& kept, Edit& e);

// Repair evidence from the kept lines only (menus and comments are not the article).
RepairContext kept_repair_context(const Normalized& norm, const std::vector<TextLine>& lines);

// Title, subtitle (repaired; their edits have no place in Article::text), byline, published,
// source of `out` from the classifier's findings.
void take_text_meta(const Normalized& norm, const std::vector<TextLine>& lines, const TextMeta& meta,
                    const RepairOptions& opt, const RepairContext& ctx, Article& out);

}  // namespace pith::detail
