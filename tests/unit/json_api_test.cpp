#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include "json/result_codec.h"
#include "pith/json_api.h"
#include "pith/pith.h"

using nlohmann::json;

namespace {
json clean(const std::string& in, const std::string& opts = "{}") {
  return json::parse(pith::clean_json(in, opts));
}
std::string code_of(const json& j) { return j["error"]["code"].get<std::string>(); }
}  // namespace

TEST_CASE("clean_json returns the v1 envelope") {
  json r = clean("A first paragraph that is long enough to be body text, with a full stop.\n\n"
                 "A second paragraph follows it and also ends properly.");
  REQUIRE(r["ok"] == true);
  CHECK(r["schema"] == 2);
  CHECK(r["text"].is_string());
  CHECK(r["blocks"].is_array());
  CHECK(r["removed"].is_array());
  CHECK(r["edits"].is_array());
  CHECK(r["quotes"].is_array());
  CHECK(r["speakers"].is_array());
  CHECK(r["stats"]["inputBytes"].is_number());
  CHECK_FALSE(r.contains("markdown"));
}

TEST_CASE("each bad option has its own error code") {
  CHECK(code_of(clean("x", "{nope")) == "bad_options_json");
  CHECK(code_of(clean("x", "[1,2]")) == "bad_options_json");
  CHECK(code_of(clean("x", R"({"inputFormat": 3})")) == "bad_option_type");
  CHECK(code_of(clean("x", R"({"inputFormat": "pdf"})")) == "bad_option_type");
  CHECK(code_of(clean("x", R"({"formats": ["pdf"]})")) == "bad_option_type");
  CHECK(code_of(clean("x", R"({"maxInputBytes": -5})")) == "bad_option_type");
  CHECK(code_of(clean("x", R"({"repairs": {"strayLetter": "yes"}})")) == "bad_option_type");
  CHECK(code_of(clean("x", R"({"repairs": {"spellcheck": true}})")) == "unknown_option");
  CHECK(code_of(clean("x", R"({"inputFromat": "text"})")) == "unknown_option");
  json e = clean("x", R"({"inputFromat": "text"})");
  CHECK(e["error"]["message"].get<std::string>().find("inputFromat") != std::string::npos);
}

TEST_CASE("input over maxInputBytes is refused with input_too_large") {
  json r = clean(std::string(100, 'a'), R"({"maxInputBytes": 10})");
  CHECK(code_of(r) == "input_too_large");
  CHECK(clean(std::string(10, 'a'), R"({"maxInputBytes": 10})")["ok"] == true);
}

TEST_CASE("the C++ API refuses input over 1 GiB whatever max_input_bytes says") {
  // The engine's offsets are 32-bit (pith::kMaxInputBytesLimit). The size is checked before a
  // byte is read, so a view that claims 1 GiB + 1 over a small buffer is enough here.
  const char small[8] = "abcdefg";
  pith::Options o;
  o.max_input_bytes = static_cast<std::size_t>(-1);
  const std::string_view huge(small, pith::kMaxInputBytesLimit + 1);
  const auto r = pith::clean(huge, o);
  REQUIRE(!r.ok());
  CHECK(r.error().code == pith::ErrorCode::kInputTooLarge);
  const auto q = pith::extract_quotes(huge, o);
  REQUIRE(!q.ok());
  CHECK(q.error().code == pith::ErrorCode::kInputTooLarge);
  CHECK(pith::clean(std::string_view(small, 7), o).ok());
}

TEST_CASE("formats adds markdown and html renderings") {
  json r = clean("Body paragraph one is here and it ends.", R"({"formats": ["markdown", "html"]})");
  CHECK(r["markdown"].is_string());
  CHECK(r["html"].get<std::string>().find("<article>") == 0);
}

TEST_CASE("version_json names the version and build") {
  json v = json::parse(pith::version_json());
  CHECK(v["ok"] == true);
  CHECK(v["version"].is_string());
  CHECK(v["build"] == "native");
}

TEST_CASE("extract_quotes_json returns quotes and speakers arrays") {
  json r = json::parse(pith::extract_quotes_json("No quotes here.", ""));
  CHECK(r["ok"] == true);
  CHECK(r["quotes"].is_array());
  CHECK(r["speakers"].is_array());
}

TEST_CASE("HTML input: removed[] has UTF-16 offsets into the input and an element path") {
  // "é" is 2 bytes and 1 UTF-16 unit, the emoji 4 bytes and 2 units: both before the aside.
  std::string prose;
  for (int i = 0; i < 6; ++i) prose += "A paragraph of the article, with commas, clauses and a full stop. ";
  const std::string html = "<html><body><article><p>Caf\xC3\xA9 \xF0\x9F\x98\x80 " + prose +
                           "</p></article><aside class=\"sidebar more\"><p>Most read</p></aside></body></html>";
  json r = clean(html);
  REQUIRE(r["ok"] == true);
  const json* aside = nullptr;
  for (const json& x : r["removed"])
    if (x["text"] == "Most read") aside = &x;
  REQUIRE(aside != nullptr);
  CHECK((*aside)["reason"] == "sidebar");
  CHECK((*aside)["path"] == "body>aside.sidebar");
  const std::size_t byte_start = html.find("<aside");
  const std::size_t byte_end = html.find("</aside>") + 8;
  CHECK((*aside)["start"] == byte_start - 1 - 2);  // é: 2 bytes -> 1 unit; emoji: 4 -> 2
  CHECK((*aside)["end"] == byte_end - 1 - 2);
}

TEST_CASE("option errors name the value and come in name order") {
  // Both names are wrong: "formats" sorts first, as when nlohmann::json read the object.
  const std::string both = pith::clean_json("x", R"({"url": 7, "formats": "md"})");
  CHECK(both.find(R"(option \"formats\" must be)") != std::string::npos);
  CHECK(both.find(R"(got \"md\")") != std::string::npos);
  CHECK(code_of(clean("x", R"({"maxInputBytes": 1e6})")) == "bad_option_type");
  CHECK(code_of(clean("x", R"({"maxInputBytes": 0})")) == "bad_option_type");
  CHECK(clean("x", R"({"maxInputBytes": 99999999999999999999999})")["error"]["message"].get<std::string>().find("positive integer") != std::string::npos);
  CHECK(clean("x", R"({"maxInputBytes": 18446744073709551615})")["error"]["message"].get<std::string>().find("at most") != std::string::npos);
  CHECK(clean("x", R"({"maxInputBytes": 1073741824, "quotes": false})")["ok"] == true);
  CHECK(clean("x", R"({"maxInputBytes": 1073741825})")["error"]["message"].get<std::string>().find("at most") != std::string::npos);
  CHECK(clean("x", "null")["ok"] == true);
  CHECK(code_of(clean("x", R"({"quotes": true} x)")) == "bad_options_json");
}

// clean_json writes the Article it owns and releases each part once written (result_codec.cpp);
// the JSON must be the one article_json writes from an Article it keeps, byte for byte, on a
// text with blocks, removed lines, repairs, quotes and both renderings.
TEST_CASE("clean_json's releasing writer gives the same JSON as article_json of a kept Article") {
  std::string in = "Home\nNews\nSport\n\n";
  for (int k = 0; k < 40; ++k)
    in += "The mayor said \"we will rebuild the bridge\" on Monday, and Anna Roe agreed with her "
          "on the plan.\n\nShare this\n\n";
  pith::Options o;
  o.markdown = true;
  o.html = true;
  const pith::Result<pith::Article> a = pith::clean(in, o);
  REQUIRE(a.ok());
  REQUIRE(a.value().quotes.quotes.size() >= 40);
  REQUIRE(!a.value().removed.empty());
  const std::string kept = pith::detail::article_json(a.value(), in);
  std::string released = pith::clean_json(in, R"({"formats":["markdown","html"]})");
  // "ms" (the time taken) is the only field that differs between two runs.
  const auto drop_ms = [](std::string s) {
    const std::size_t k = s.find("\"ms\":");
    const std::size_t e = s.find('}', k);
    return s.erase(k, e - k);
  };
  CHECK(drop_ms(released) == drop_ms(kept));
  CHECK(json::parse(kept)["quotes"].size() == a.value().quotes.quotes.size());
}
