// The input stage's encoding detection (input/decode): UTF-16 with and without a byte-order mark
// is decoded, UTF-8 passes untouched, UTF-32 is refused; and clean()/extract_quotes() on the
// demo's sample in UTF-16LE and UTF-16BE give what they give on its UTF-8.
#include <doctest/doctest.h>

#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "common/utf8.h"
#include "input/decode.h"
#include "pith/json_api.h"
#include "pith/pith.h"

using pith::InputEncoding;
using pith::detail::decode_input;

namespace {

std::string utf16(std::string_view utf8, bool little, bool bom) {
  std::string out;
  auto unit = [&](char32_t u) {
    const char hi = static_cast<char>(u >> 8), lo = static_cast<char>(u & 0xFF);
    out.push_back(little ? lo : hi);
    out.push_back(little ? hi : lo);
  };
  if (bom) unit(0xFEFF);
  for (std::size_t i = 0; i < utf8.size();) {
    std::size_t len = 0;
    char32_t c = pith::detail::decode_utf8(utf8, i, len);
    i += len;
    if (c >= 0x10000) {
      c -= 0x10000;
      unit(0xD800 + (c >> 10));
      unit(0xDC00 + (c & 0x3FF));
    } else {
      unit(c);
    }
  }
  return out;
}

std::string sample() {
  std::ifstream f(std::string(PITH_SOURCE_DIR) + "/web/demo/sample.txt", std::ios::binary);
  std::ostringstream s;
  s << f.rdbuf();
  return s.str();
}

const char* kMixed = "„Wir bleiben dabei“, sagte Ministerin Eva Roth. «Да», — заявил он. 😀 done";

}  // namespace

TEST_CASE("UTF-16 with a byte-order mark is decoded, the mark kept as U+FEFF") {
  for (bool little : {true, false}) {
    auto d = decode_input(utf16(kMixed, little, true));
    CHECK(d.encoding == (little ? InputEncoding::kUtf16Le : InputEncoding::kUtf16Be));
    CHECK(d.text == std::string("\xEF\xBB\xBF") + kMixed);
  }
}

TEST_CASE("UTF-16 without a byte-order mark is recognised by its NUL bytes") {
  const std::string latin = "The council said \xE2\x80\x9Cyes\xE2\x80\x9D on Monday, and the mayor agreed.";
  auto le = decode_input(utf16(latin, true, false));
  CHECK(le.encoding == InputEncoding::kUtf16Le);
  CHECK(le.text == latin);
  auto be = decode_input(utf16(latin, false, false));
  CHECK(be.encoding == InputEncoding::kUtf16Be);
  CHECK(be.text == latin);
}

TEST_CASE("UTF-8 input passes untouched, NUL bytes or not") {
  for (std::string s : {std::string(kMixed), std::string("\xEF\xBB\xBFWith a UTF-8 mark"),
                        std::string("abc\0def ghi jkl", 15), std::string("a\0", 2), std::string()}) {
    auto d = decode_input(s);
    CHECK(d.encoding == InputEncoding::kUtf8);
    CHECK(d.text.data() == s.data());
    CHECK(d.storage.empty());
  }
}

TEST_CASE("unpaired surrogates and an odd last byte become U+FFFD; UTF-32 is recognised") {
  // "a", a lone high surrogate, "b", then half a code unit.
  const std::string s("\xFF\xFE" "a\0" "\x00\xD8" "b\0" "c", 9);
  CHECK(decode_input(s).text == "\xEF\xBB\xBF" "a\xEF\xBF\xBD" "b\xEF\xBF\xBD");
  CHECK(decode_input(std::string("\xFF\xFE\0\0a\0\0\0", 8)).utf32);
  CHECK(decode_input(std::string("\0\0\xFE\xFF\0\0\0a", 8)).utf32);
}

TEST_CASE("clean() and extract_quotes() read the sample in UTF-16 as in UTF-8") {
  using nlohmann::json;
  const std::string utf8 = sample();
  REQUIRE(utf8.size() > 1000);
  const json base = json::parse(pith::clean_json(utf8, "{}"));
  const json base_q = json::parse(pith::extract_quotes_json(utf8, "{}"));
  REQUIRE(base["quotes"].size() >= 10);
  CHECK(base["inputEncoding"] == "utf-8");
  for (bool little : {true, false}) {
    for (bool bom : {true, false}) {
      INFO("little " << little << " bom " << bom);
      const std::string in = utf16(utf8, little, bom);
      const json r = json::parse(pith::clean_json(in, "{}"));
      REQUIRE(r["ok"] == true);
      CHECK(r["inputEncoding"] == (little ? "utf-16le" : "utf-16be"));
      CHECK(r["text"] == base["text"]);
      CHECK(r["title"] == base["title"]);
      CHECK(r["quotes"] == base["quotes"]);
      CHECK(r["speakers"] == base["speakers"]);
      CHECK(r["stats"]["inputBytes"] == in.size());
      // Input offsets count UTF-16 code units of the input: byte offsets halved.
      const std::string decoded = pith::input_text(in);
      for (std::size_t k = 0; k < r["removed"].size(); ++k) {
        CHECK(r["removed"][k]["start"].get<std::size_t>() ==
              base["removed"][k]["start"].get<std::size_t>() + (bom ? 1 : 0));
      }
      const json q = json::parse(pith::extract_quotes_json(in, "{}"));
      CHECK(q["inputEncoding"] == (little ? "utf-16le" : "utf-16be"));
      REQUIRE(q["quotes"].size() == base_q["quotes"].size());
      for (std::size_t k = 0; k < q["quotes"].size(); ++k) {
        CHECK(q["quotes"][k]["text"] == base_q["quotes"][k]["text"]);
        CHECK(q["quotes"][k]["start"].get<std::size_t>() ==
              base_q["quotes"][k]["start"].get<std::size_t>() + (bom ? 1 : 0));
      }
    }
  }
}

TEST_CASE("a UTF-8 byte-order mark is one character of the input and nothing else") {
  using nlohmann::json;
  const std::string utf8 = sample();
  const json base = json::parse(pith::clean_json(utf8, "{}"));
  const json r = json::parse(pith::clean_json("\xEF\xBB\xBF" + utf8, "{}"));
  CHECK(r["text"] == base["text"]);
  CHECK(r["title"] == base["title"]);
  CHECK(r["quotes"] == base["quotes"]);
  CHECK(r["edits"].size() == base["edits"].size());
  const json q0 = json::parse(pith::extract_quotes_json(utf8, "{}"));
  const json q1 = json::parse(pith::extract_quotes_json("\xEF\xBB\xBF" + utf8, "{}"));
  REQUIRE(q1["quotes"].size() == q0["quotes"].size());
  for (std::size_t k = 0; k < q0["quotes"].size(); ++k)
    CHECK(q1["quotes"][k]["start"].get<std::size_t>() == q0["quotes"][k]["start"].get<std::size_t>() + 1);
}

TEST_CASE("UTF-32 input is refused with bad_input") {
  using nlohmann::json;
  const json r = json::parse(pith::clean_json(std::string("\xFF\xFE\0\0H\0\0\0i\0\0\0", 12), "{}"));
  CHECK(r["ok"] == false);
  CHECK(r["error"]["code"] == "bad_input");
  const json q = json::parse(pith::extract_quotes_json(std::string("\0\0\xFE\xFF\0\0\0H", 8), "{}"));
  CHECK(q["error"]["code"] == "bad_input");
}
