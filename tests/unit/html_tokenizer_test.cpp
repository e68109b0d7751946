#include <doctest/doctest.h>

#include <iterator>
#include <string>
#include <string_view>
#include <vector>

#include "html/entities.h"
#include "html/tokenizer.h"

using namespace pith::detail;

namespace {
std::vector<HtmlToken> tokens(const std::string& html) {
  std::vector<HtmlToken> out;
  Tokenizer tk(html);
  HtmlToken t;
  while (tk.next(t)) out.push_back(t);
  return out;
}
}  // namespace

namespace {
struct EntityRow {
  std::string_view name;
  std::string_view value;
};
constexpr EntityRow kEntityRows[] = {
#include "html/entity_table.inc"
};
}  // namespace

// The table is packed into one block of bytes at compile time (entities.cpp): every one of its
// 2,231 rows, first to last, two-code-point values and the 32-letter name included, must still
// decode to its value.
TEST_CASE("entities: every row of the table decodes to its value") {
  std::size_t checked = 0;
  for (const EntityRow& e : kEntityRows) {
    const bool legacy = e.name.back() != ';';
    const std::string in = "&" + std::string(e.name) + (legacy ? " x" : "x");
    const std::string want = std::string(e.value) + (legacy ? " x" : "x");
    CAPTURE(e.name);
    CHECK(decode_entities(in) == want);
    ++checked;
  }
  CHECK(checked == std::size(kEntityRows));
  CHECK(decode_entities("&CounterClockwiseContourIntegral;") == "\xE2\x88\xB3");
  CHECK(decode_entities("&AElig;&zwnj;") == "\xC3\x86\xE2\x80\x8C");
}

TEST_CASE("entities: named, numeric, legacy, unknown") {
  CHECK(decode_entities("Fish &amp; chips") == "Fish & chips");
  CHECK(decode_entities("caf&eacute; &#233;t&#xE9;") == "caf\xC3\xA9 \xC3\xA9t\xC3\xA9");
  CHECK(decode_entities("&copy 2024") == "\xC2\xA9 2024");             // legacy, no ';'
  CHECK(decode_entities("&notit;") == "\xC2\xACit;");                  // longest legacy prefix
  CHECK(decode_entities("&bogus; & done") == "&bogus; & done");        // unknown stays
  CHECK(decode_entities("&#150;") == "\xE2\x80\x93");                  // cp1252 en dash
  CHECK(decode_entities("&#0;&#x110000;") == "\xEF\xBF\xBD\xEF\xBF\xBD");
  CHECK(decode_entities("&laquo;Привет&raquo;") == "\xC2\xABПривет\xC2\xBB");
  // In attributes "&copy=" in a query string is not a reference.
  CHECK(decode_entities("?a=1&copy=2", true) == "?a=1&copy=2");
}

TEST_CASE("tokenizer: tags, attributes, text") {
  auto t = tokens("<P CLASS='lead' data-x=1 hidden>Hi <b>there</b></p>");
  REQUIRE(t.size() == 6);
  CHECK(t[0].type == TokenType::kStartTag);
  CHECK(t[0].name == "p");
  REQUIRE(t[0].attrs.size() == 3);
  CHECK(t[0].attrs[0].first == "class");
  CHECK(t[0].attrs[0].second == "lead");
  CHECK(t[0].attrs[1].second == "1");
  CHECK(t[0].attrs[2].first == "hidden");
  CHECK(t[1].text == "Hi ");
  CHECK(t[5].type == TokenType::kEndTag);
}

TEST_CASE("tokenizer: a script holding \"</div>\" stays one text token") {
  auto t = tokens("<script>var s = '</div><p>no</p>';</script><p>yes</p>");
  REQUIRE(t.size() >= 4);
  CHECK(t[0].name == "script");
  CHECK(t[1].type == TokenType::kText);
  CHECK(t[1].text == "var s = '</div><p>no</p>';");
  CHECK(t[2].type == TokenType::kEndTag);
  CHECK(t[2].name == "script");
  CHECK(t[3].name == "p");
}

TEST_CASE("tokenizer: comments, CDATA, doctype, lone '<'") {
  auto t = tokens("<!DOCTYPE html><!-- <p>hidden</p> -->a < b<![CDATA[x<y]]><?php echo 1 ?>c");
  REQUIRE(t.size() == 6);
  CHECK(t[0].type == TokenType::kDoctype);
  CHECK(t[1].type == TokenType::kComment);
  CHECK(t[1].text == " <p>hidden</p> ");
  CHECK(t[2].text == "a < b");
  CHECK(t[3].type == TokenType::kComment);
  CHECK(t[4].type == TokenType::kComment);
  CHECK(t[5].text == "c");
}

TEST_CASE("tokenizer: unterminated constructs end at the end of input") {
  CHECK(tokens("<p>text<!-- never closed").size() == 3);
  CHECK(tokens("<div class=\"open").size() == 1);
  CHECK(tokens("<script>for(;;){").size() == 2);
  CHECK(tokens("<").size() == 1);
  CHECK(tokens("</").size() == 1);
}

TEST_CASE("tokenizer: a huge attribute value is cut, not copied whole") {
  std::string big(3 * 1024 * 1024, 'x');
  auto t = tokens("<img src=\"data:" + big + "\" alt=\"a\"><p>after</p>");
  REQUIRE(t.size() == 4);
  CHECK(t[0].attrs[0].second.size() <= kMaxAttrValue);
  CHECK(t[0].attrs[1].second == "a");
  CHECK(t[2].text == "after");
}

TEST_CASE("tokenizer: every token knows its bytes in the input") {
  const std::string html = "<p class=\"a\">Caf&eacute; <!-- note --><script>if (a<b) x();</script></p>";
  auto t = tokens(html);
  std::string joined;
  for (const HtmlToken& k : t) {
    CHECK(k.start <= k.end);
    CHECK(k.start == joined.size());  // tokens tile the input, in order
    joined += html.substr(k.start, k.end - k.start);
  }
  CHECK(joined == html);
  REQUIRE(t.size() >= 3);
  CHECK(html.substr(t[0].start, t[0].end - t[0].start) == "<p class=\"a\">");
  CHECK(html.substr(t[1].start, t[1].end - t[1].start) == "Caf&eacute; ");  // raw, not decoded
}
