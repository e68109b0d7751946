// The HTML path's text pass: kinds from the markup survive, marks follow the text through
// repairs, verbatim blocks are untouched.
#include <doctest/doctest.h>

#include "pith/pith.h"
#include "text/block_pipeline.h"

using namespace pith;
using namespace pith::detail;

namespace {

Block block(BlockKind kind, const std::string& text) {
  Block b;
  b.kind = kind;
  b.text = text;
  return b;
}

Mark mark(const std::string& text, const std::string& word, MarkKind kind = MarkKind::kLink) {
  Mark m;
  m.kind = kind;
  m.start = text.find(word);
  m.end = m.start + word.size();
  m.href = kind == MarkKind::kLink ? "https://news.example/x" : "";
  return m;
}

std::string slice(const Article& a, std::size_t s, std::size_t e) { return a.text.substr(s, e - s); }

}  // namespace

TEST_CASE("block pass: a position moves through repairs, kept where before and after agree") {
  Edit e;  // "wanted b to see" -> "wanted to see" at 10..25 of the line
  e.before = "wanted b to see";
  e.after = "wanted to see";
  e.input_start = 10;
  e.input_end = 25;
  e.start = 10;
  e.end = 23;
  const std::vector<Edit> edits{e};
  CHECK(map_through_edits(5, edits, false) == 5);     // before the edit
  CHECK(map_through_edits(30, edits, false) == 28);   // after it: shifted by -2
  CHECK(map_through_edits(12, edits, false) == 12);   // in the common prefix "wanted "
  CHECK(map_through_edits(22, edits, true) == 20);    // in the common suffix "to see"
  CHECK(map_through_edits(18, edits, false) == 17);   // in the changed part: its start
}

TEST_CASE("block pass: short captions, credits and code lines keep their kinds") {
  std::vector<Block> blocks;
  blocks.push_back(block(BlockKind::kParagraph,
                         "The harbour reopened on Tuesday, three days after the storm, officials said."));
  Block fig;
  fig.kind = BlockKind::kFigure;
  Image img;
  img.src = "https://news.example/pier.jpg";
  fig.images.push_back(img);
  blocks.push_back(fig);
  Block cap = block(BlockKind::kCaption, "The damaged pier");
  cap.figure = 1;
  blocks.push_back(cap);
  Block credit = block(BlockKind::kCaption, "\xC2\xA9 Coast Agency");
  credit.figure = 1;
  credit.credit = true;
  blocks.push_back(credit);
  Block code = block(BlockKind::kCode, "function Example() {\n  // keep  me\n\n  return  1;\n}");
  blocks.push_back(code);
  blocks.push_back(block(BlockKind::kListItem, "Ferries running"));
  Article a;
  clean_html_blocks(blocks, Options{}, a);
  REQUIRE(a.blocks.size() == 6);
  CHECK(a.blocks[1].kind == BlockKind::kFigure);
  CHECK(a.blocks[1].start == a.blocks[1].end);
  CHECK(a.blocks[2].kind == BlockKind::kCaption);  // not a heading
  CHECK(a.blocks[2].figure == 1);
  CHECK(a.blocks[3].kind == BlockKind::kCaption);  // "©" is a credit here, not a copyright notice
  CHECK(a.blocks[3].credit);
  CHECK(a.blocks[4].kind == BlockKind::kCode);      // one block, verbatim
  CHECK(a.blocks[4].text == "function Example() {\n  // keep  me\n\n  return  1;\n}");
  CHECK(a.blocks[5].kind == BlockKind::kListItem);
  for (const Block& b : a.blocks) CHECK(slice(a, b.start, b.end) == b.text);
}

TEST_CASE("block pass: marks follow the text through repairs; a dropped line drops its marks") {
  const std::string p = "The  council, led by the mayor, met on Monday and agreed the plan, the clerk said.";
  Block para = block(BlockKind::kParagraph, p);
  para.marks = {mark(p, "council"), mark(p, "mayor", MarkKind::kEmphasis), mark(p, "clerk")};
  const std::string lines = "Share this article\nThe vote was unanimous, the council said.";
  Block two = block(BlockKind::kParagraph, lines);
  two.marks = {mark(lines, "Share"), mark(lines, "unanimous")};
  Article a;
  clean_html_blocks({para, two}, Options{}, a);
  REQUIRE(a.blocks.size() == 2);
  const Block& b = a.blocks[0];
  CHECK(b.text.find("The council") == 0);  // the double space was collapsed
  REQUIRE(b.marks.size() == 3);
  CHECK(slice(a, b.marks[0].start, b.marks[0].end) == "council");
  CHECK(slice(a, b.marks[1].start, b.marks[1].end) == "mayor");
  CHECK(slice(a, b.marks[2].start, b.marks[2].end) == "clerk");
  // "Share this article" is boilerplate: the line and its mark go, the block stays one block.
  const Block& c = a.blocks[1];
  CHECK(c.text == "The vote was unanimous, the council said.");
  REQUIRE(c.marks.size() == 1);
  CHECK(slice(a, c.marks[0].start, c.marks[0].end) == "unanimous");
  CHECK_FALSE(a.removed.empty());
}

TEST_CASE("block pass: tables pass verbatim with their cells; invalid UTF-8 is replaced") {
  Block t = block(BlockKind::kTable, "Port\tOpen\nNor\xFFth\tyes");
  t.rows = {{{0, 4, true}, {5, 9, true}}, {{10, 16, false}, {17, 20, false}}};
  Article a;
  clean_html_blocks({t}, Options{}, a);
  REQUIRE(a.blocks.size() == 1);
  const Block& b = a.blocks[0];
  CHECK(b.text == "Port\tOpen\nNor\xEF\xBF\xBDth\tyes");
  CHECK(slice(a, b.rows[1][0].start, b.rows[1][0].end) == "Nor\xEF\xBF\xBDth");
  CHECK(slice(a, b.rows[1][1].start, b.rows[1][1].end) == "yes");
}

TEST_CASE("quotes: nothing in a code block or a table is a quotation") {
  Options o;
  o.input_format = InputFormat::kHtml;
  Result<Article> r = clean(
      "<html><body><article><p>\"We are open again,\" the harbour master said on Tuesday, after the storm "
      "had closed the port for three days and the ferries had stayed in the bay.</p>"
      "<pre><code>print(\"We are closed\")\nstatus = \"open\"</code></pre>"
      "<table><tr><th>Pier</th><th>Sign</th></tr><tr><td>North</td><td>\"Closed\"</td></tr></table>"
      "</article></body></html>", o);
  REQUIRE(r.ok());
  const Article& a = r.value();
  REQUIRE(a.quotes.quotes.size() == 1);
  CHECK(a.quotes.quotes[0].text == "We are open again,");
}

TEST_CASE("block pass: removed lines and edits locate their text in all blocks joined (HtmlText::text)") {
  Block code = block(BlockKind::kCode, "x = 1");
  Block para = block(BlockKind::kParagraph, "Share this article\nThe vote was unanimous, the the council said.");
  std::string page = code.text + "\n\n" + para.text;
  Article a;
  clean_html_blocks({code, para}, Options{}, a);
  REQUIRE_FALSE(a.removed.empty());
  const Removed& r = a.removed[0];
  CHECK(page.substr(r.start, r.end - r.start) == "Share this article");
  bool doubled = false;
  for (const Edit& e : a.edits) {
    if (e.kind != "doubled-word") continue;
    doubled = true;
    CHECK(page.substr(e.input_start, e.input_end - e.input_start) == e.before);
  }
  CHECK(doubled);
}
