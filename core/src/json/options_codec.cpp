// Options JSON -> pith::Options. Every value is type-checked before it is read. The JSON is read
// by json/json_reader (strict, no exceptions); members are checked in name order, as when
// nlohmann::json read them, so which error a bad object reports first is unchanged.
#include <optional>

#include "json/json_reader.h"
#include "pith/json_api.h"

namespace pith {

namespace {

using detail::JsonDoc;
using detail::JsonNode;
using Kind = detail::JsonNode::Kind;

struct Value {
  const JsonDoc& doc;
  int index;
  const JsonNode& node() const { return doc.nodes[static_cast<std::size_t>(index)]; }
  bool is(Kind k) const { return node().kind == k; }
};

Error type_error(const std::string& name, const char* expected, const Value& got) {
  return Error{ErrorCode::kBadOptionType,
               "option \"" + name + "\" must be " + expected + ", got " + detail::compact_json(got.doc, got.index)};
}

Error unknown(const std::string& name, const char* known) {
  return Error{ErrorCode::kUnknownOption,
               "unknown option \"" + name + "\" (known options: " + known + ")"};
}

constexpr const char* kKnownTop =
    "inputFormat, formats, maxInputBytes, quotes, repairs, url";
constexpr const char* kKnownRepairs =
    "splitGluedWords, spaceBeforePunctuation, collapseSpaces, strayLetter, doubledWord, mojibake";

std::optional<Error> parse_repairs(const Value& j, RepairOptions& r) {
  if (!j.is(Kind::kObject)) return type_error("repairs", "an object of booleans", j);
  for (const int m : detail::members_by_name(j.doc, j.index)) {
    const Value v{j.doc, m};
    const std::string& k = v.node().key;
    bool* target = nullptr;
    if (k == "splitGluedWords") target = &r.split_glued_words;
    else if (k == "spaceBeforePunctuation") target = &r.space_before_punctuation;
    else if (k == "collapseSpaces") target = &r.collapse_spaces;
    else if (k == "strayLetter") target = &r.stray_letter;
    else if (k == "doubledWord") target = &r.doubled_word;
    else if (k == "mojibake") target = &r.mojibake;
    else return unknown("repairs." + k, kKnownRepairs);
    if (!v.is(Kind::kBool)) return type_error("repairs." + k, "true or false", v);
    *target = v.node().boolean;
  }
  return std::nullopt;
}

// maxInputBytes: a positive integer written without fraction or exponent (what nlohmann read as
// an integer; 1e6 or 5.0 were floats to it), at most 1 GiB: above that the 2 GiB wasm memory
// cannot hold the input and its working copies.
std::optional<Error> parse_max_input(const Value& v, std::size_t& out) {
  const char* positive = "a positive integer";
  if (!v.is(Kind::kNumber)) return type_error("maxInputBytes", positive, v);
  const std::string& t = v.node().text;
  if (t.find_first_of(".eE") != std::string::npos || t[0] == '-') return type_error("maxInputBytes", positive, v);
  // Past 2^64 - 1 nlohmann read a float: the same message as for 1e6.
  if (t.size() > 20 || (t.size() == 20 && t > "18446744073709551615")) return type_error("maxInputBytes", positive, v);
  constexpr unsigned long long kMax = kMaxInputBytesLimit;
  unsigned long long n = 0;
  for (const char c : t) {
    n = n * 10 + static_cast<unsigned long long>(c - '0');
    if (n > kMax) return type_error("maxInputBytes", "at most 1073741824 (1 GiB)", v);
  }
  if (n == 0) return type_error("maxInputBytes", positive, v);
  out = static_cast<std::size_t>(n);
  return std::nullopt;
}

std::optional<Error> parse_member(const Value& v, Options& o) {
  const std::string& k = v.node().key;
  if (k == "inputFormat") {
    const char* formats = "\"auto\", \"text\" or \"html\"";
    if (!v.is(Kind::kString)) return type_error(k, formats, v);
    const std::string& s = v.node().text;
    if (s == "auto") o.input_format = InputFormat::kAuto;
    else if (s == "text") o.input_format = InputFormat::kText;
    else if (s == "html") o.input_format = InputFormat::kHtml;
    else return type_error(k, formats, v);
  } else if (k == "formats") {
    const char* formats = "an array of \"markdown\" and/or \"html\"";
    if (!v.is(Kind::kArray)) return type_error(k, formats, v);
    for (const int f : v.node().kids) {
      const Value e{v.doc, f};
      if (e.is(Kind::kString) && e.node().text == "markdown") o.markdown = true;
      else if (e.is(Kind::kString) && e.node().text == "html") o.html = true;
      else return type_error(k, formats, v);
    }
  } else if (k == "maxInputBytes") {
    return parse_max_input(v, o.max_input_bytes);
  } else if (k == "quotes") {
    if (!v.is(Kind::kBool)) return type_error(k, "true or false", v);
    o.quotes = v.node().boolean;
  } else if (k == "repairs") {
    return parse_repairs(v, o.repairs);
  } else if (k == "url") {
    if (!v.is(Kind::kString)) return type_error(k, "a string", v);
    o.url = v.node().text;
  } else {
    return unknown(k, kKnownTop);
  }
  return std::nullopt;
}

}  // namespace

Result<Options> parse_options(std::string_view text) {
  Options o;
  std::size_t first = text.find_first_not_of(" \t\r\n");
  if (first == std::string_view::npos) return o;
  JsonDoc doc;
  if (!detail::read_json(text, doc)) {
    return Error{ErrorCode::kBadOptionsJson, "options are not valid JSON"};
  }
  const Value root{doc, 0};
  if (root.is(Kind::kNull)) return o;
  if (!root.is(Kind::kObject)) {
    return Error{ErrorCode::kBadOptionsJson, "options must be a JSON object, got " + detail::compact_json(doc, 0)};
  }
  for (const int m : detail::members_by_name(doc, 0)) {
    if (auto err = parse_member(Value{doc, m}, o)) return *err;
  }
  return o;
}

}  // namespace pith
