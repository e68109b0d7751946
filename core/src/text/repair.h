// Repairs inside one kept block: glued words, space before punctuation, repeated spaces,
// stray letters, doubled words. Each repair is an Edit; uncertain cases are left alone.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "pith/article.h"
#include "pith/options.h"

namespace pith::detail {

// Document-wide evidence for repairs (e.g. which capitalised words occur on their own, so
// "BidenXi" can be split when "Xi" is seen elsewhere). Built once per document.
struct RepairContext {
  std::vector<std::string> known_words;  // sorted, unique; filled by build_repair_context
};

RepairContext build_repair_context(std::string_view document);

struct RepairResult {
  std::string text;
  // Edit offsets: input_start/input_end index the block text passed in, start/end index
  // RepairResult::text. The caller shifts them to document offsets.
  std::vector<Edit> edits;
};

RepairResult repair_block(std::string_view block, const RepairOptions& options,
                          const RepairContext& context);

}  // namespace pith::detail
