// Public entry points of the Pith engine. Nothing here throws: failures are Error values.
#pragma once
#include <string>
#include <string_view>

#include "pith/article.h"
#include "pith/options.h"
#include "pith/status.h"

namespace pith {

// Clean a pasted page (plain text) or an HTML document into an Article, quotes included.
Result<Article> clean(std::string_view input, const Options& options);

// Find quotations, speakers and cues in any text. Offsets are bytes into `text`.
Result<QuoteResult> extract_quotes(std::string_view text, const Options& options);

// Engine version string (semver), also reported by version().
const char* version_string();

}  // namespace pith
