#include <doctest/doctest.h>

#include "html/figures.h"
#include "html/html_text.h"
#include "html_test_util.h"

using namespace pith;
using namespace pith::detail;

TEST_CASE("figures: where a credit starts in a caption") {
  const std::size_t npos = std::string::npos;
  struct Case { const char* caption; std::size_t at; };
  const Case cases[] = {
      {"The pier at dawn. Photo: Jane Roe/Coast Agency", 18},
      {"Photo: Jane Roe", 0},
      {"\xC2\xA9 Coast Agency", 0},
      {"The pier at dawn (Photo: Jane Roe)", 17},
      {"The pier at dawn. Jane Roe/Coast Agency", 18},
      {"Der Hafen am Morgen. Foto: dpa", 21},
      {"\xD0\x9F\xD1\x80\xD0\xB8\xD1\x81\xD1\x82\xD0\xB0\xD0\xBD\xD1\x8C. \xD0\xA4\xD0\xBE\xD1\x82\xD0\xBE: \xD0\x90\xD0\xB3\xD0\xB5\xD0\xBD\xD1\x82\xD1\x81\xD1\x82\xD0\xB2\xD0\xBE", 18},
      {"The pier at dawn.", npos},
      {"Before/after the storm", npos},            // lower-case after the slash: not a credit
      {"Photo: the harbour master, who has run the port for thirty years, explains what the storm did to the pier and the boats", npos},
  };
  for (const Case& c : cases) {
    INFO("caption: ", c.caption);
    CHECK(credit_start(c.caption) == c.at);
  }
}

TEST_CASE("figures: images, caption and credit; captions never become headings") {
  const auto r = test::body_blocks(
      "<body><figure><img src='/pier.jpg' alt='Pier'><img src='/boats.jpg'>"
      "<figcaption><p>The pier at dawn.</p><span class='photo-credit'>J. Doe/Coast Agency</span></figcaption>"
      "</figure><p>Body text follows the figure.</p></body>");
  REQUIRE(r.blocks.size() == 4);
  CHECK(r.blocks[0].kind == BlockKind::kFigure);
  CHECK(r.blocks[0].images.size() == 2);
  CHECK(r.blocks[1].kind == BlockKind::kCaption);
  CHECK(r.blocks[1].text == "The pier at dawn.");
  CHECK(r.blocks[1].figure == 0);
  CHECK_FALSE(r.blocks[1].credit);
  CHECK(r.blocks[2].kind == BlockKind::kCaption);
  CHECK(r.blocks[2].credit);
  CHECK(r.blocks[2].figure == 0);
  CHECK(r.blocks[3].kind == BlockKind::kParagraph);
}

TEST_CASE("figures: a caption written before its image still follows the figure block") {
  const auto r = test::body_blocks(
      "<body><figure><figcaption>Storm damage. Photo: Jane Roe</figcaption><img src='/s.jpg'></figure></body>");
  REQUIRE(r.blocks.size() == 3);
  CHECK(r.blocks[0].kind == BlockKind::kFigure);
  CHECK(r.blocks[1].text == "Storm damage.");
  CHECK(r.blocks[2].text == "Photo: Jane Roe");
  CHECK(r.blocks[2].credit);
  CHECK(r.blocks[2].figure == 0);
}

TEST_CASE("figures: a caption without an image is dropped; with a table it describes the table") {
  const auto r = test::body_blocks(
      "<body><p>Text before.</p><figure><img class='lazy' src='data:,'><figcaption>Gone image</figcaption></figure>"
      "<figure><figcaption>Tide table</figcaption><table><tr><th>Time</th><th>Height</th></tr>"
      "<tr><td>6:00</td><td>1.2 m</td></tr></table></figure></body>");
  REQUIRE(r.blocks.size() == 3);
  CHECK(r.blocks[1].kind == BlockKind::kTable);
  CHECK(r.blocks[2].kind == BlockKind::kCaption);
  CHECK(r.blocks[2].figure == 1);
  REQUIRE(r.dropped_captions.size() == 1);
  CHECK(r.dropped_captions[0].text == "Gone image");
  // html_to_text reports it as a removal with its reason.
  const HtmlText t = html_to_text(
      "<html><body><article><p>A long enough paragraph of article text, with commas, to be chosen as the "
      "article by the selection stage, which wants some words.</p><figure><figcaption>Gone image</figcaption>"
      "</figure><p>Another paragraph of article text, with more commas, and more words in it.</p></article></body></html>",
      "https://news.example/a.html");
  REQUIRE(t.removed.size() == 1);
  CHECK(t.removed[0].reason == "caption-without-image");
  CHECK(t.removed[0].text == "Gone image");
}

TEST_CASE("figures: without a page address a figure's caption stays as text") {
  const auto r = test::body_blocks("<body><figure><img src='photo.jpg'><figcaption>The harbour.</figcaption></figure></body>", "");
  REQUIRE(r.blocks.size() == 1);
  CHECK(r.blocks[0].kind == BlockKind::kParagraph);
  CHECK(r.dropped_captions.empty());
}

TEST_CASE("figures: an element whose class says caption, right after an image, is its caption") {
  const auto r = test::body_blocks(
      "<body><div class='wp-caption'><img src='/a.jpg'><p class='wp-caption-text'>The old mill.</p></div>"
      "<p>A paragraph with an <span class='caption'>inline span</span> in running text.</p></body>");
  REQUIRE(r.blocks.size() == 3);
  CHECK(r.blocks[0].kind == BlockKind::kImage);
  CHECK(r.blocks[1].kind == BlockKind::kCaption);
  CHECK(r.blocks[1].figure == 0);
  CHECK(r.blocks[2].kind == BlockKind::kParagraph);
  CHECK(r.blocks[2].text == "A paragraph with an inline span in running text.");
}

TEST_CASE("figures: nested figures keep their own captions") {
  const auto r = test::body_blocks(
      "<body><figure><figure><img src='/a.jpg'><figcaption>Inner</figcaption></figure>"
      "<figure><img src='/b.jpg'><figcaption>Second</figcaption></figure><figcaption>Outer</figcaption></figure></body>");
  // The outer figure holds no image of its own: its caption describes its first block and
  // comes after the blocks written inside it.
  REQUIRE(r.blocks.size() == 5);
  CHECK(r.blocks[0].kind == BlockKind::kFigure);
  CHECK(r.blocks[1].text == "Inner");
  CHECK(r.blocks[1].figure == 0);
  CHECK(r.blocks[2].kind == BlockKind::kFigure);
  CHECK(r.blocks[3].text == "Second");
  CHECK(r.blocks[3].figure == 2);
  CHECK(r.blocks[4].text == "Outer");
  CHECK(r.blocks[4].figure == 0);
}
