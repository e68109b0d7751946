// Article / QuoteResult -> the JSON envelope of docs/schema.md (byte offsets become UTF-16 code
// units here). clean_json and extract_quotes_json are built on these; the fuzz targets call
// article_json directly to check the JSON of the Article they already have.
#pragma once
#include <string>
#include <string_view>

#include "pith/article.h"

namespace pith::detail {

// `input_text`: the text the input offsets index (pith::input_text of the input).
std::string article_json(const Article& article, std::string_view input_text);
// The same JSON, releasing each block, quote and string of `article` once written (clean_json's
// own Article): a result's peak is its JSON plus the article's text, not both copies whole.
std::string article_json(Article&& article, std::string_view input_text);
// `text`: the text the quotes were found in (pith::input_text of the input).
std::string quotes_json(const QuoteResult& quotes, InputEncoding encoding, std::string_view text);

}  // namespace pith::detail
