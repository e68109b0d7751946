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
  // "<" is escaped: a Markdown renderer that allows raw HTML must not see a tag.
  CHECK(md.rfind("# Rain & wind \\<tonight\\>\n\n*Forecasters expect a wet weekend*\n\n", 0) == 0);
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

namespace {

// An article as the HTML path builds it: text blocks with marks, a figure with a caption and a
// credit, a table, a code block. Offsets are computed from the text so the fixture stays true.
Article rich() {
  Article a;
  auto add = [&](BlockKind kind, const std::string& text) -> Block& {
    if (!a.text.empty()) a.text += "\n\n";
    Block b;
    b.kind = kind;
    b.text = text;
    b.start = a.text.size();
    a.text += text;
    b.end = a.text.size();
    a.blocks.push_back(b);
    return a.blocks.back();
  };
  auto mark = [&](Block& b, MarkKind k, const std::string& word, const std::string& href = "") {
    Mark m;
    m.kind = k;
    m.start = b.start + b.text.find(word);
    m.end = m.start + word.size();
    m.href = href;
    b.marks.push_back(m);
  };
  Block& p = add(BlockKind::kParagraph, "Read the tide tables before you sail, said the warden.");
  mark(p, MarkKind::kLink, "tide tables", "https://harbour.example/tides?a=1&b=2");
  mark(p, MarkKind::kEmphasis, "before");
  mark(p, MarkKind::kStrong, "sail");
  Block fig;
  fig.kind = BlockKind::kFigure;
  fig.start = fig.end = a.text.size();
  Image img;
  img.src = "https://harbour.example/pier.jpg";
  img.alt = "The pier \"at dawn\"";
  img.width = 640;
  img.srcset = {{"https://harbour.example/pier-2x.jpg", "2x"}};
  fig.images.push_back(img);
  a.blocks.push_back(fig);
  Block& cap = add(BlockKind::kCaption, "The pier at dawn.");
  cap.figure = 1;
  Block& credit = add(BlockKind::kCaption, "Photo: J. Doe/Coast Agency");
  credit.figure = 1;
  credit.credit = true;
  Block& t = add(BlockKind::kTable, "Port\tOpen\nNorth\tyes");
  t.rows = {{{t.start, t.start + 4, true}, {t.start + 5, t.start + 9, true}},
            {{t.start + 10, t.start + 15, false}, {t.start + 16, t.start + 19, false}}};
  Block& c = add(BlockKind::kCode, "if (tide > 2) {\n  sail(); // `now`\n}");
  c.language = "js";
  return a;
}

}  // namespace

TEST_CASE("html renders marks, figures with captions and credits, tables and code") {
  const std::string html = detail::render_html(rich());
  CHECK(html.find("<a href=\"https://harbour.example/tides?a=1&amp;b=2\" rel=\"noopener noreferrer nofollow\">tide tables</a>") != std::string::npos);
  CHECK(html.find("<em>before</em>") != std::string::npos);
  CHECK(html.find("<strong>sail</strong>") != std::string::npos);
  CHECK(html.find("<figure><img src=\"https://harbour.example/pier.jpg\" srcset=\"https://harbour.example/pier-2x.jpg 2x\" alt=\"The pier &quot;at dawn&quot;\" width=\"640\" loading=\"lazy\"><figcaption>The pier at dawn. <small class=\"credit\">Photo: J. Doe/Coast Agency</small></figcaption></figure>") != std::string::npos);
  CHECK(html.find("<tr><th>Port</th><th>Open</th></tr>") != std::string::npos);
  CHECK(html.find("<tr><td>North</td><td>yes</td></tr>") != std::string::npos);
  CHECK(html.find("<pre><code class=\"language-js\">if (tide &gt; 2) {\n  sail(); // `now`\n}</code></pre>") != std::string::npos);
  // The captions render once, inside their figure.
  CHECK(html.find("The pier at dawn.") == html.rfind("The pier at dawn."));
}

TEST_CASE("markdown renders links, emphasis, images, captions, GFM tables and fenced code") {
  const std::string md = detail::render_markdown(rich());
  CHECK(md.find("Read the [tide tables](https://harbour.example/tides?a=1&b=2) *before* you **sail**, said the warden.") != std::string::npos);
  CHECK(md.find("![The pier \"at dawn\"](https://harbour.example/pier.jpg)") != std::string::npos);
  CHECK(md.find("*The pier at dawn.*") != std::string::npos);
  CHECK(md.find("| Port | Open |\n| --- | --- |\n| North | yes |") != std::string::npos);
  CHECK(md.find("```js\nif (tide > 2) {\n  sail(); // `now`\n}\n```") != std::string::npos);
}

TEST_CASE("renderers drop unsafe URLs and keep the text") {
  Article a = rich();
  a.blocks[0].marks[0].href = "javascript:alert(1)";
  a.blocks[1].images[0].src = "data:image/svg+xml,<svg onload=alert(1)>";
  Mark bad;
  bad.kind = MarkKind::kLink;
  bad.start = a.blocks[2].start;
  bad.end = a.blocks[2].end;
  bad.href = "https://x.example/\" onmouseover=\"alert(1)";
  a.blocks[2].marks.push_back(bad);
  const std::string html = detail::render_html(a);
  CHECK(html.find("javascript") == std::string::npos);
  CHECK(html.find("onload") == std::string::npos);
  CHECK(html.find("onmouseover") == std::string::npos);
  CHECK(html.find("tide tables") != std::string::npos);
  const std::string md = detail::render_markdown(a);
  CHECK(md.find("javascript") == std::string::npos);
  CHECK(md.find("](data:") == std::string::npos);
  CHECK(md.find("[tide tables]") == std::string::npos);
  CHECK(md.find("tide tables") != std::string::npos);
}

TEST_CASE("markdown escapes text that would become markup") {
  Article a;
  Block p;
  p.text = "See [here](javascript:alert(1)) and <img src=x onerror=alert(1)> *now*";
  p.start = 0;
  p.end = p.text.size();
  a.text = p.text;
  a.blocks = {p};
  const std::string md = detail::render_markdown(a);
  CHECK(md.find("\\[here\\](javascript:alert(1))") != std::string::npos);
  CHECK(md.find("\\<img") != std::string::npos);
  CHECK(md.find("\\*now\\*") != std::string::npos);
}

TEST_CASE("crossing marks are closed and reopened, so the HTML stays well nested") {
  Article a;
  Block p;
  p.text = "one two three four";
  p.end = p.text.size();
  a.text = p.text;
  Mark e{MarkKind::kEmphasis, 0, 7, ""};     // "one two"
  Mark s{MarkKind::kStrong, 4, 13, ""};      // "two three"
  p.marks = {e, s};
  a.blocks = {p};
  const std::string html = detail::render_html(a);
  CHECK(html.find("<p><em>one <strong>two</strong></em><strong> three</strong> four</p>") != std::string::npos);
}

TEST_CASE("markdown: a line after a hard break cannot open a list or a heading") {
  Article a;
  Block p;
  p.text = "+ Added stone\n+ Added slime\n# not a heading\n2. not a list";
  p.end = p.text.size();
  a.text = p.text;
  a.blocks = {p};
  const std::string md = detail::render_markdown(a);
  CHECK(md == "\\+ Added stone\\\n\\+ Added slime\\\n\\# not a heading\\\n2\\. not a list\n");
}

TEST_CASE("markdown escapes what a Markdown renderer would turn into HTML, a link or a character") {
  Article a;
  a.title = "<script>alert(1)</script> [x](javascript:alert(1))";
  Block p;
  p.text = "<img src=x onerror=alert(1)> <javascript:alert(2)> &lt;b&gt; &#60;i&#x3E; AT&T back\\slash";
  Block pre;
  pre.kind = BlockKind::kPreformatted;
  pre.text = "code\n```\n<img src=x onerror=alert(3)>\n````";
  a.blocks = {p, pre};
  const std::string md = detail::render_markdown(a);
  CHECK(md.find("# \\<script\\>alert(1)\\</script\\> \\[x\\](javascript:alert(1))") == 0);
  CHECK(md.find("\\<img src=x onerror=alert(1)\\> \\<javascript:alert(2)\\> \\&lt;b\\&gt; \\&#60;i\\&#x3E; AT&T back\\\\slash") !=
        std::string::npos);
  // The fence is longer than any backtick run inside, so the code block cannot be closed early.
  CHECK(md.find("`````\ncode\n```\n<img src=x onerror=alert(3)>\n````\n`````") != std::string::npos);
}

TEST_CASE("markdown: a paragraph cannot open a code block or another block") {
  Article a;
  Block fence, tilde, line, cr, pre;
  fence.text = "```";
  tilde.text = "  ~~~~ not code";
  line.text = "one\n```\n<b>two</b>\n   ~~~ three";
  cr.text = "four\r~~~\rfive";
  pre.kind = BlockKind::kPreformatted;
  pre.text = "<script>x</script>";
  a.blocks = {fence, tilde, line, cr, pre};
  const std::string md = detail::render_markdown(a);
  CHECK(md == "\\`\\`\\`\n\n  \\~~~~ not code\n\none\\\n\\`\\`\\`\\\n\\<b\\>two\\</b\\>\\\n   \\~~~ three\n\n"
              "four ~~~ five\n\n```\n<script>x</script>\n```\n");
}
