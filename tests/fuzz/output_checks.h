// Allow-list checks of what the renderers emit (render/render.cpp), shared by the fuzz targets
// and the unit tests: the html output must be a canonical fragment of allowed elements and
// attributes with http(s)/mailto URLs only, and the Markdown must hold no raw HTML, autolink or
// link to another scheme. They return "" when the output passes, else what was found.
// The JavaScript twin (tests/security/allowlist.mjs) checks the same rules on the wasm output.
#pragma once
#include <string>
#include <string_view>

namespace pith::fuzz {

std::string check_html_output(std::string_view html);
std::string check_markdown_output(std::string_view markdown);

// The URL attribute rule of both checks: after decoding, http:, https: or mailto:, or a
// same-document "#fragment"; nothing else (javascript:, data:, vbscript:, relative paths).
bool allowed_url(std::string_view url);

}  // namespace pith::fuzz
