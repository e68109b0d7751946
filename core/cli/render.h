// What the CLI writes for one result, per --format; the same bytes as bin/cli/render.mjs
// (clean: json envelope, jsonl with "path", text, markdown, html document; quotes: json, jsonl,
// one line per quote, a Markdown list, an HTML list).
#pragma once
#include <nlohmann/json.hpp>
#include <string>

namespace pith::cli {

// The format names and the extension --out gives each ("" for an unknown name).
const char* format_extension(const std::string& format);

// envelope: the engine's {"ok":true,...} JSON text; result: the same, parsed.
std::string render(const std::string& command, const std::string& format, const std::string& envelope,
                   const nlohmann::ordered_json& result, const std::string& where);

// A failed input on standard output: the error envelope for json/jsonl, nothing otherwise.
std::string render_error(const std::string& format, const std::string& code, const std::string& message,
                         const std::string& where);

}  // namespace pith::cli
