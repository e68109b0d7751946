// The JSON boundary shared by the wasm module, the native CLI and the tests: JSON strings in
// and out, one call per article. Results use the envelope {"ok":true,"schema":2,...} or
// {"ok":false,"error":{"code","message"}}; offsets are UTF-16 code units (docs/schema.md).
#pragma once
#include <string>
#include <string_view>

#include "pith/options.h"
#include "pith/status.h"

namespace pith {

inline constexpr int kSchemaVersion = 2;

std::string clean_json(std::string_view input, std::string_view options_json);
std::string extract_quotes_json(std::string_view text, std::string_view options_json);
std::string version_json();

// Parses an options object (camelCase names; unknown names are an error). Empty string = {}.
Result<Options> parse_options(std::string_view options_json);

}  // namespace pith
