#include <doctest/doctest.h>

#include "render/render.h"

using namespace pith;

namespace {
Article sample() {
  Article a;
  a.title = "Rain & wind <tonight>";
  a.subtitle = "Forecasters expect a wet weekend";
  a.source = "WX";
  Block h;
  h.kind = BlockKind::kHeading;
  h.level = 2;
  h.text = "What to expect";
  Block p;
  p.text = "1. Not a list: a paragraph that starts with a number.";
  Block li;
  li.kind = BlockKind::kListItem;
  li.text = "Bring an umbrella";
  a.blocks = {h, p, li};
  return a;
}
}  // namespace

TEST_CASE("markdown has the title, the subtitle in italics and the body") {
  const std::string md = detail::render_markdown(sample());
  CHECK(md.rfind("# Rain & wind <tonight>\n\n*Forecasters expect a wet weekend*\n\n", 0) == 0);
  CHECK(md.find("## What to expect") != std::string::npos);
  CHECK(md.find("1\\. Not a list") != std::string::npos);  // escaped so it stays a paragraph
  CHECK(md.find("- Bring an umbrella") != std::string::npos);
  CHECK(md.find("Source: WX") != std::string::npos);
}

TEST_CASE("html escapes every text node") {
  const std::string html = detail::render_html(sample());
  CHECK(html.find("<h1>Rain &amp; wind &lt;tonight&gt;</h1>") != std::string::npos);
  CHECK(html.find("<tonight>") == std::string::npos);
  CHECK(html.find("<ul>\n<li>Bring an umbrella</li>\n</ul>") != std::string::npos);
  CHECK(html.find("<h2>What to expect</h2>") != std::string::npos);
}
