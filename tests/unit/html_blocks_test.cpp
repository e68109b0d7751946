// The block stage: inline marks (block_writer, inline_marks), code blocks (code_blocks) and the
// kinds the markup gives.
#include <doctest/doctest.h>

#include "html/code_blocks.h"
#include "html_test_util.h"

using namespace pith;
using namespace pith::detail;

namespace {

std::string marked(const Block& b, std::size_t k) {
  return b.text.substr(b.marks[k].start, b.marks[k].end - b.marks[k].start);
}

}  // namespace

TEST_CASE("blocks: links, emphasis, strong and code become marks of the block's text") {
  const auto r = test::body_blocks(
      "<body><p>  The <a href='../town.html'> coastal  town </a> reopened on <i>Tuesday</i>, "
      "<b><strong>officials</strong></b> said; run <code>ferry&nbsp;--now</code>.</p></body>");
  REQUIRE(r.blocks.size() == 1);
  const Block& b = r.blocks[0];
  CHECK(b.text == "The coastal town reopened on Tuesday, officials said; run ferry --now.");
  REQUIRE(b.marks.size() == 4);
  CHECK(b.marks[0].kind == MarkKind::kLink);
  CHECK(marked(b, 0) == "coastal town");  // spaces inside the link trimmed off the mark
  CHECK(b.marks[0].href == "https://news.example/town.html");
  CHECK(b.marks[1].kind == MarkKind::kEmphasis);
  CHECK(marked(b, 1) == "Tuesday");
  CHECK(b.marks[2].kind == MarkKind::kStrong);  // <b><strong> is one strong range
  CHECK(marked(b, 2) == "officials");
  CHECK(b.marks[3].kind == MarkKind::kCode);
  CHECK(marked(b, 3) == "ferry --now");
}

TEST_CASE("blocks: a link to javascript: or nowhere keeps its text and gives no mark") {
  const auto r = test::body_blocks(
      "<body><p><a href='javascript:void(0)'>Open</a> or <a>nothing</a> or <a href=''>empty</a>; "
      "<a href='mailto:desk@news.example'>mail us</a>.</p></body>");
  const Block& b = r.blocks[0];
  CHECK(b.text == "Open or nothing or empty; mail us.");
  REQUIRE(b.marks.size() == 1);
  CHECK(b.marks[0].href == "mailto:desk@news.example");
}

TEST_CASE("blocks: a link around block elements marks each block it spans") {
  const auto r = test::body_blocks("<body><a href='/story'><h3>Headline</h3><p>Teaser text.</p></a></body>");
  REQUIRE(r.blocks.size() == 2);
  CHECK(r.blocks[0].kind == BlockKind::kHeading);
  CHECK(r.blocks[0].level == 3);
  REQUIRE(r.blocks[0].marks.size() == 1);
  CHECK(marked(r.blocks[0], 0) == "Headline");
  REQUIRE(r.blocks[1].marks.size() == 1);
  CHECK(marked(r.blocks[1], 0) == "Teaser text.");
}

TEST_CASE("blocks: <br> is a line of the same block; <br><br> a new paragraph") {
  const auto r = test::body_blocks("<body><p>Line <em>one<br>two</em><br><br>Next</p></body>");
  REQUIRE(r.blocks.size() == 2);
  CHECK(r.blocks[0].text == "Line one\ntwo");
  CHECK(marked(r.blocks[0], 0) == "one\ntwo");
  CHECK(r.blocks[1].text == "Next");
}

TEST_CASE("blocks: code keeps every line, indentation, blank line and comment") {
  const auto r = test::body_blocks(
      "<body><pre class='prettyprint'><code class='language-Python3 hljs'>\n"
      "    # indented comment\n\tdef f():\n\n        return 1  # done\n</code></pre>"
      "<pre>Roses are red,\n  violets are blue.</pre>"
      "<pre><code><div>function Example() {</div><div>  return 1;</div><div>}</div></code></pre></body>");
  REQUIRE(r.blocks.size() == 3);
  CHECK(r.blocks[0].kind == BlockKind::kCode);
  CHECK(r.blocks[0].language == "python3");
  CHECK(r.blocks[0].text == "    # indented comment\n\tdef f():\n\n        return 1  # done");
  CHECK(r.blocks[0].marks.empty());
  CHECK(r.blocks[1].kind == BlockKind::kPreformatted);
  CHECK(r.blocks[1].text == "Roses are red,\n  violets are blue.");
  CHECK(r.blocks[2].kind == BlockKind::kCode);
  CHECK(r.blocks[2].text == "function Example() {\n  return 1;\n}");
}

TEST_CASE("code_blocks: which <pre> is code and in which language") {
  Document d = build_tree(
      "<pre class='brush: js'>x</pre><pre>poem</pre><pre class='lang-rust'>fn</pre>"
      "<pre><code class='language-c++'>int</code></pre><pre class='language-'>?</pre>");
  CHECK(is_code_pre(d, test::element(d, "pre", 0)));
  CHECK_FALSE(is_code_pre(d, test::element(d, "pre", 1)));
  CHECK(code_language(d, test::element(d, "pre", 2)) == "rust");
  CHECK(code_language(d, test::element(d, "pre", 3)) == "c++");
  CHECK(code_language(d, test::element(d, "pre", 4)).empty());
}

TEST_CASE("blocks: lists, quotes and headings keep their kinds and levels") {
  const auto r = test::body_blocks(
      "<body><h2>Section</h2><ul><li>One<ul><li><p>Nested</p></li></ul></li></ul>"
      "<blockquote><p>Quoted words.</p></blockquote><hr><p>After</p></body>");
  REQUIRE(r.blocks.size() == 5);
  CHECK(r.blocks[0].kind == BlockKind::kHeading);
  CHECK(r.blocks[0].level == 2);
  CHECK(r.blocks[1].kind == BlockKind::kListItem);
  CHECK(r.blocks[2].kind == BlockKind::kListItem);
  CHECK(r.blocks[2].level == 2);
  CHECK(r.blocks[3].kind == BlockKind::kBlockquote);
  CHECK(r.blocks[4].kind == BlockKind::kParagraph);
}

TEST_CASE("blocks: inside <pre> links stay marks (an RFC links its references); nothing else does") {
  const auto r = test::body_blocks(
      "<body><pre>See <a href='/rfc/2119'>RFC 2119</a> and <b>section</b> <code>2.1</code>.\n  Indented.</pre></body>");
  REQUIRE(r.blocks.size() == 1);
  const Block& b = r.blocks[0];
  CHECK(b.text == "See RFC 2119 and section 2.1.\n  Indented.");
  REQUIRE(b.marks.size() == 1);
  CHECK(marked(b, 0) == "RFC 2119");
  CHECK(b.marks[0].href == "https://news.example/rfc/2119");
}
