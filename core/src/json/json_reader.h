// A strict JSON reader (RFC 8259) for the options object: a flat tree of nodes, built with an
// explicit stack (depth capped), no exceptions. It replaces nlohmann::json in the wasm build,
// where nlohmann's parser, lexer and dump took 62.6 KiB of code (20 KiB gzip) to read an
// object of six names (npm run bench, size report).
#pragma once
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace pith::detail {

struct JsonNode {
  enum class Kind { kNull, kBool, kNumber, kString, kArray, kObject };
  Kind kind = Kind::kNull;
  bool boolean = false;
  std::string text;          // a string's value (unescaped UTF-8); a number as written
  std::string key;           // the member's name when the node is inside an object
  std::vector<int> kids;     // an array's or object's members, in document order
  std::size_t begin = 0;     // the node's source text: [begin, end)
  std::size_t end = 0;
};

struct JsonDoc {
  std::vector<JsonNode> nodes;  // nodes[0] is the root
  std::string_view source;
};

inline constexpr int kMaxJsonDepth = 256;

// Reads one JSON value filling the whole of `s` (whitespace and a UTF-8 byte-order mark aside).
// False on anything invalid: bad syntax, invalid UTF-8, a lone surrogate escape, nesting deeper
// than kMaxJsonDepth.
bool read_json(std::string_view s, JsonDoc& out);

// The node's source text without the whitespace between tokens, for error messages:
// {"a": [1, 2]} -> {"a":[1,2]}.
std::string compact_json(const JsonDoc& doc, int node);

// An object's members as nlohmann::json (a std::map) saw them: sorted by name, the last of
// duplicate names winning. Keeps the order options are checked (and errors reported) unchanged.
std::vector<int> members_by_name(const JsonDoc& doc, int object);

}  // namespace pith::detail
