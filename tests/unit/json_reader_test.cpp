// json/json_reader: the strict JSON reader behind the options (it replaced nlohmann::json in the
// wasm build). Valid documents, every kind of invalid one, depth without recursion, the compact
// form used in messages, and object members in nlohmann's order.
#include <doctest/doctest.h>

#include <string>

#include "json/json_reader.h"

using pith::detail::compact_json;
using pith::detail::JsonDoc;
using pith::detail::JsonNode;
using pith::detail::members_by_name;
using pith::detail::read_json;

namespace {
bool valid(const std::string& s) {
  JsonDoc d;
  return read_json(s, d);
}
}  // namespace

TEST_CASE("json_reader reads nested values with their kinds and texts") {
  JsonDoc d;
  REQUIRE(read_json(R"( {"url": "https://x.test/a?b=\"c\"", "formats": ["html", 1.5e3, -0, true, null], "o": {}} )", d));
  const JsonNode& root = d.nodes[0];
  CHECK(root.kind == JsonNode::Kind::kObject);
  REQUIRE(root.kids.size() == 3);
  const JsonNode& url = d.nodes[static_cast<std::size_t>(root.kids[0])];
  CHECK(url.key == "url");
  CHECK(url.text == "https://x.test/a?b=\"c\"");
  const JsonNode& formats = d.nodes[static_cast<std::size_t>(root.kids[1])];
  REQUIRE(formats.kids.size() == 5);
  CHECK(d.nodes[static_cast<std::size_t>(formats.kids[1])].text == "1.5e3");
  CHECK(d.nodes[static_cast<std::size_t>(formats.kids[2])].kind == JsonNode::Kind::kNumber);
  CHECK(d.nodes[static_cast<std::size_t>(formats.kids[3])].boolean);
  CHECK(d.nodes[static_cast<std::size_t>(formats.kids[4])].kind == JsonNode::Kind::kNull);
  CHECK(compact_json(d, root.kids[1]) == R"(["html",1.5e3,-0,true,null])");
  CHECK(compact_json(d, 0) == R"({"url":"https://x.test/a?b=\"c\"","formats":["html",1.5e3,-0,true,null],"o":{}})");
}

TEST_CASE("json_reader decodes escapes and surrogate pairs and keeps UTF-8") {
  JsonDoc d;
  REQUIRE(read_json(R"("a\u00e9\ud83d\ude00\n\/é")", d));
  CHECK(d.nodes[0].text == "a\xC3\xA9\xF0\x9F\x98\x80\n/\xC3\xA9");
}

TEST_CASE("json_reader refuses what is not JSON") {
  for (const char* bad : {"", "{", "{nope", "[1,]", "{\"a\":1,}", "01", "1.", ".5", "+1", "1e", "tru", "nul",
                          "\"open", "\"tab\there\"", "\"\\x\"", "\"\\ud800\"", "\"\\udc00x\"", "\"\\ud800\\u0041\"",
                          "{\"a\" 1}", "{1:2}", "[1 2]", "1 2", "\"\xFF\"", "\"\xC3\"", "'a'", "NaN"}) {
    CAPTURE(bad);
    CHECK_FALSE(valid(bad));
  }
  CHECK(valid("\xEF\xBB\xBF{}"));  // a byte-order mark, as nlohmann accepted
  CHECK(valid(" [ ] "));
}

TEST_CASE("json_reader caps nesting without recursion") {
  const std::string deep(200000, '[');
  CHECK_FALSE(valid(deep + std::string(200000, ']')));
  const std::string ok = std::string(pith::detail::kMaxJsonDepth, '[') + std::string(pith::detail::kMaxJsonDepth, ']');
  CHECK(valid(ok));
  CHECK_FALSE(valid("[" + ok + "]"));
}

TEST_CASE("members_by_name sorts by name and lets the last duplicate win") {
  JsonDoc d;
  REQUIRE(read_json(R"({"url": 1, "formats": 2, "url": 3})", d));
  const auto m = members_by_name(d, 0);
  REQUIRE(m.size() == 2);
  CHECK(d.nodes[static_cast<std::size_t>(m[0])].key == "formats");
  CHECK(d.nodes[static_cast<std::size_t>(m[1])].text == "3");
}
