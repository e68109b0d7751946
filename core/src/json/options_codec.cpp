// Options JSON -> pith::Options. Every value is type-checked before it is read: nlohmann's
// get<T>() throws on a mismatch, and an exception must never reach the wasm boundary.
#include <optional>

#include <nlohmann/json.hpp>

#include "pith/json_api.h"

namespace pith {

namespace {

using nlohmann::json;

Error type_error(const std::string& name, const char* expected, const json& got) {
  return Error{ErrorCode::kBadOptionType,
               "option \"" + name + "\" must be " + expected + ", got " + got.dump()};
}

Error unknown(const std::string& name, const char* known) {
  return Error{ErrorCode::kUnknownOption,
               "unknown option \"" + name + "\" (known options: " + known + ")"};
}

constexpr const char* kKnownTop =
    "inputFormat, formats, maxInputBytes, quotes, repairs, url";
constexpr const char* kKnownRepairs =
    "splitGluedWords, spaceBeforePunctuation, collapseSpaces, strayLetter, doubledWord, mojibake";

std::optional<Error> parse_repairs(const json& j, RepairOptions& r) {
  if (!j.is_object()) return type_error("repairs", "an object of booleans", j);
  for (auto it = j.begin(); it != j.end(); ++it) {
    const std::string& k = it.key();
    bool* target = nullptr;
    if (k == "splitGluedWords") target = &r.split_glued_words;
    else if (k == "spaceBeforePunctuation") target = &r.space_before_punctuation;
    else if (k == "collapseSpaces") target = &r.collapse_spaces;
    else if (k == "strayLetter") target = &r.stray_letter;
    else if (k == "doubledWord") target = &r.doubled_word;
    else if (k == "mojibake") target = &r.mojibake;
    else return unknown("repairs." + k, kKnownRepairs);
    if (!it.value().is_boolean()) return type_error("repairs." + k, "true or false", it.value());
    *target = it.value().get<bool>();
  }
  return std::nullopt;
}

}  // namespace

Result<Options> parse_options(std::string_view text) {
  Options o;
  std::size_t first = text.find_first_not_of(" \t\r\n");
  if (first == std::string_view::npos) return o;
  json j = json::parse(text.begin(), text.end(), nullptr, /*allow_exceptions=*/false);
  if (j.is_discarded()) {
    return Error{ErrorCode::kBadOptionsJson, "options are not valid JSON"};
  }
  if (j.is_null()) return o;
  if (!j.is_object()) {
    return Error{ErrorCode::kBadOptionsJson, "options must be a JSON object, got " + j.dump()};
  }
  for (auto it = j.begin(); it != j.end(); ++it) {
    const std::string& k = it.key();
    const json& v = it.value();
    if (k == "inputFormat") {
      if (!v.is_string()) return type_error(k, "\"auto\", \"text\" or \"html\"", v);
      const std::string& s = v.get_ref<const std::string&>();
      if (s == "auto") o.input_format = InputFormat::kAuto;
      else if (s == "text") o.input_format = InputFormat::kText;
      else if (s == "html") o.input_format = InputFormat::kHtml;
      else return type_error(k, "\"auto\", \"text\" or \"html\"", v);
    } else if (k == "formats") {
      if (!v.is_array()) return type_error(k, "an array of \"markdown\" and/or \"html\"", v);
      for (const auto& f : v) {
        if (f.is_string() && f.get_ref<const std::string&>() == "markdown") o.markdown = true;
        else if (f.is_string() && f.get_ref<const std::string&>() == "html") o.html = true;
        else return type_error(k, "an array of \"markdown\" and/or \"html\"", v);
      }
    } else if (k == "maxInputBytes") {
      if (!v.is_number_integer() && !v.is_number_unsigned()) return type_error(k, "a positive integer", v);
      if (v.is_number_integer() && v.get<long long>() <= 0) return type_error(k, "a positive integer", v);
      // Above 1 GiB the 2 GiB wasm memory cannot hold the input and its working copies.
      if (v.get<unsigned long long>() > kMaxInputBytesLimit) return type_error(k, "at most 1073741824 (1 GiB)", v);
      o.max_input_bytes = static_cast<std::size_t>(v.get<unsigned long long>());
    } else if (k == "quotes") {
      if (!v.is_boolean()) return type_error(k, "true or false", v);
      o.quotes = v.get<bool>();
    } else if (k == "repairs") {
      if (auto err = parse_repairs(v, o.repairs)) return *err;
    } else if (k == "url") {
      if (!v.is_string()) return type_error(k, "a string", v);
      o.url = v.get<std::string>();
    } else {
      return unknown(k, kKnownTop);
    }
  }
  return o;
}

}  // namespace pith
