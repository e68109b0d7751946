#include <doctest/doctest.h>

#include "html/media.h"
#include "html_test_util.h"

using namespace pith;
using namespace pith::detail;

namespace {

const BaseUrl kBase = parse_base_url("https://news.example/2024/story.html");

Image image_of(const std::string& html, ImageRead* how = nullptr, const BaseUrl& base = kBase) {
  Document d = build_tree(html);
  for (auto& n : d.nodes)
    if (!n.is_text && n.name == "noscript") n.removed = true;
  Image img;
  const ImageRead r = read_image(d, test::element(d, "img"), base, img);
  if (how) *how = r;
  return img;
}

}  // namespace

TEST_CASE("media: srcset lists resolve; URLs may hold commas; descriptors are checked") {
  const auto c = parse_srcset("a.jpg 640w, /b,c.jpg 1280w,d.jpg, e.jpg 2x, f.jpg bogus", kBase);
  REQUIRE(c.size() == 5);
  CHECK(c[0].url == "https://news.example/2024/a.jpg");
  CHECK(c[0].descriptor == "640w");
  CHECK(c[1].url == "https://news.example/b,c.jpg");
  CHECK(c[1].descriptor == "1280w");
  CHECK(c[2].url == "https://news.example/2024/d.jpg");
  CHECK(c[2].descriptor.empty());
  CHECK(c[3].descriptor == "2x");
  CHECK(c[4].descriptor.empty());
  // Cut at the tokenizer's limit: the last entry is incomplete and goes.
  CHECK(parse_srcset("a.jpg 640w, b.jpg 12", kBase, true).size() == 1);
  CHECK(parse_srcset("javascript:x 1x, data:image/png;base64,AA 2x", kBase).empty());
}

TEST_CASE("media: a plain image keeps src, alt and size") {
  const Image img = image_of("<img src='/p/pier.jpg' alt='The pier' width='640' height='427px'>");
  CHECK(img.src == "https://news.example/p/pier.jpg");
  CHECK(img.alt == "The pier");
  CHECK(img.width == 640);
  CHECK(img.height == 427);
}

TEST_CASE("media: lazy images take their address from the loader's attributes") {
  CHECK(image_of("<img src='data:image/gif;base64,R0lGOD' data-src='boats.jpg'>").src ==
        "https://news.example/2024/boats.jpg");
  CHECK(image_of("<img src='/img/blank.gif' data-lazy-src='/i/a.png'>").src == "https://news.example/i/a.png");
  CHECK(image_of("<img class='lazyload' src='/thumb.jpg' data-original='/full.jpg'>").src ==
        "https://news.example/full.jpg");
  // A loader's own attribute name, holding an image address.
  CHECK(image_of("<img data-hi-dpi='/x/photo.webp?w=800'>").src == "https://news.example/x/photo.webp?w=800");
  // Only a srcset: the widest candidate is the source.
  const Image s = image_of("<img data-srcset='s.jpg 320w, l.jpg 1280w, m.jpg 640w'>");
  CHECK(s.src == "https://news.example/2024/l.jpg");
  CHECK(s.srcset.size() == 3);
}

TEST_CASE("media: <picture> sources and <noscript> fallbacks") {
  const Image p = image_of(
      "<picture><source type='image/webp' srcset='a.webp 1x, a@2.webp 2x'><img alt='A'></picture>");
  CHECK(p.src == "https://news.example/2024/a@2.webp");
  CHECK(p.srcset.size() == 2);
  CHECK(p.alt == "A");
  const Image n = image_of(
      "<p><img class='lazy' src='data:,' alt='Harbour'><noscript><img src='/real/harbour.jpg' "
      "width='800'></noscript></p>");
  CHECK(n.src == "https://news.example/real/harbour.jpg");
  CHECK(n.width == 800);
  CHECK(n.alt == "Harbour");
}

TEST_CASE("media: pixels, placeholders and unresolvable sources") {
  ImageRead how;
  image_of("<img src='/t.gif' width='1' height='1'>", &how);
  CHECK(how == ImageRead::kNone);
  image_of("<img src='/img/placeholder.png'>", &how);
  CHECK(how == ImageRead::kNone);
  image_of("<img src='javascript:alert(1)'>", &how);
  CHECK(how == ImageRead::kNone);
  // A relative address with no page address known: the image exists, the reader cannot load it.
  image_of("<img src='photo.jpg'>", &how, parse_base_url(""));
  CHECK(how == ImageRead::kUnresolved);
}

TEST_CASE("media: a standalone <noscript> image becomes an image block") {
  const auto r = test::body_blocks(
      "<body><p>Before the picture.</p><noscript><img src='/n.jpg' alt='N'></noscript>"
      "<p>After it.</p></body>");
  REQUIRE(r.blocks.size() == 3);
  CHECK(r.blocks[1].kind == BlockKind::kImage);
  CHECK(r.blocks[1].images[0].src == "https://news.example/n.jpg");
}

TEST_CASE("media: an image inside a paragraph follows the paragraph; a link around it is kept") {
  const auto r = test::body_blocks(
      "<body><p>The ferry <a href='/big.jpg'><img src='/small.jpg' alt='Ferry'></a> left at dawn.</p></body>");
  REQUIRE(r.blocks.size() == 2);
  CHECK(r.blocks[0].text == "The ferry left at dawn.");
  CHECK(r.blocks[1].kind == BlockKind::kImage);
  CHECK(r.blocks[1].images[0].link == "https://news.example/big.jpg");
}

TEST_CASE("media: a <figure> whose image a script builds names it in an attribute") {
  const auto r = test::body_blocks(
      "<body><figure itemid='https://cdn.example/photos/quay-large.jpg?quality=90'>"
      "<div data-testid='lazy-container'></div><figcaption>The quay at night.</figcaption></figure>"
      "<figure itemid='https://news.example/ids/12345'><figcaption>No image named.</figcaption></figure></body>");
  REQUIRE(r.blocks.size() == 2);
  CHECK(r.blocks[0].kind == BlockKind::kFigure);
  CHECK(r.blocks[0].images[0].src == "https://cdn.example/photos/quay-large.jpg?quality=90");
  CHECK(r.blocks[1].figure == 0);
  REQUIRE(r.dropped_captions.size() == 1);
  CHECK(r.dropped_captions[0].text == "No image named.");
}
