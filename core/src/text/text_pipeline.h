// The plain-text engine: a select-all copy of a page in, the article out (metadata, body
// blocks, what was removed and why, every repair). Sequences normalise -> segment ->
// classify -> dedupe -> repair -> metadata.
#pragma once
#include <string_view>

#include "pith/article.h"
#include "pith/options.h"

namespace pith::detail {

// Fills title, subtitle, byline, published, source, text, blocks, removed, edits of `out`.
// Removed/Edit input offsets index `input`.
// `preselected`: the input is already the article's text (from the HTML stage), see
// classify_lines.
void clean_plain_text(std::string_view input, const Options& options, Article& out,
                      bool preselected = false);

}  // namespace pith::detail
