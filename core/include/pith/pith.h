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

// The text clean() and extract_quotes() read from `input`: UTF-16 (by its byte-order mark, or
// the NUL bytes of UTF-16 text without one) decoded to UTF-8, anything else as it is. Offsets
// into the input index this text. `encoding`, when given, receives what was found.
std::string input_text(std::string_view input, InputEncoding* encoding = nullptr);

// Engine version string (semver), also reported by version().
const char* version_string();

}  // namespace pith
