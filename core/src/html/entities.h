// Character references: "&amp;", "&#233;", "&#x1F600;", legacy "&copy" without ';'.
// Decoding appends UTF-8 to `out`; unknown references stay as written.
#pragma once
#include <string>
#include <string_view>

namespace pith::detail {

// Appends `in` to `out` with every character reference decoded. In attribute values a legacy
// reference followed by an alphanumeric or '=' stays literal ("?a=1&copy=2"), as browsers do.
void append_decoded(std::string_view in, bool in_attribute, std::string& out);

std::string decode_entities(std::string_view in, bool in_attribute = false);

}  // namespace pith::detail
