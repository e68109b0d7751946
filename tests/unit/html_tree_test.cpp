#include <doctest/doctest.h>

#include <string>

#include "html/meta_text.h"
#include "html/tree.h"

using namespace pith::detail;

namespace {
int find(const Document& d, const std::string& name, int from = 0) {
  for (std::size_t i = static_cast<std::size_t>(from); i < d.nodes.size(); ++i)
    if (!d.nodes[i].is_text && d.nodes[i].name == name) return static_cast<int>(i);
  return -1;
}
}  // namespace

TEST_CASE("tree: omitted end tags close as in a browser") {
  Document d = build_tree("<ul><li>one<li>two</ul><p>a<p>b<div>c</div>");
  int ul = find(d, "ul");
  int li1 = find(d, "li");
  int li2 = find(d, "li", li1 + 1);
  CHECK(d.nodes[static_cast<std::size_t>(li1)].parent == ul);
  CHECK(d.nodes[static_cast<std::size_t>(li2)].parent == ul);  // siblings, not nested
  int p1 = find(d, "p");
  int p2 = find(d, "p", p1 + 1);
  int div = find(d, "div");
  CHECK(d.nodes[static_cast<std::size_t>(p2)].parent == d.nodes[static_cast<std::size_t>(p1)].parent);
  CHECK(d.nodes[static_cast<std::size_t>(div)].parent == d.nodes[static_cast<std::size_t>(p1)].parent);
}

TEST_CASE("tree: stray and mismatched end tags do not break structure") {
  Document d = build_tree("<div><span>x</div></span></b><p>y</p>");
  int div = find(d, "div");
  int p = find(d, "p");
  CHECK(d.nodes[static_cast<std::size_t>(p)].parent != div);
  CHECK(inner_text(d, 0) == "xy");
}

TEST_CASE("tree: 100k-deep nesting is flattened past the depth cap") {
  std::string html;
  for (int i = 0; i < 100000; ++i) html += "<div>";
  html += "deep text";
  for (int i = 0; i < 100000; ++i) html += "</div>";
  Document d = build_tree(html);
  int depth = 0;
  int i = static_cast<int>(d.nodes.size()) - 1;
  CHECK(d.nodes[static_cast<std::size_t>(i)].is_text);
  for (int p = i; p >= 0; p = d.nodes[static_cast<std::size_t>(p)].parent) ++depth;
  CHECK(depth <= kMaxDepth + 3);
  CHECK(inner_text(d, 0) == "deep text");
}

TEST_CASE("tree: metadata sources are collected while building") {
  Document d = build_tree(
      "<html lang=\"de\"><head><meta charset=\"windows-1252\"><title>Bahn &amp; Bus</title>"
      "<meta property=\"og:site_name\" content=\"Stadtblatt\">"
      "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\"}</script></head>"
      "<body><p>x</p></body></html>");
  CHECK(d.html_lang == "de");
  CHECK(d.title == "Bahn & Bus");
  REQUIRE(d.scripts_ld_json.size() == 1);
  bool site = false;
  for (auto& m : d.metas) site = site || (m.first == "og:site_name" && m.second == "Stadtblatt");
  CHECK(site);
}

TEST_CASE("tree: an unclosed head ends where body content starts") {
  Document d = build_tree("<html><head><title>t</title><div>visible</div></html>");
  int head = find(d, "head");
  int div = find(d, "div");
  CHECK(d.nodes[static_cast<std::size_t>(div)].parent != head);
}

TEST_CASE("tree: an HTML element ends open svg/math content, except inside foreignObject") {
  // An unclosed <svg> in the head swallowed the article (then pruned with the <svg>).
  Document d = build_tree("<html><head><svg onload=x><circle></head><body><p>Article text</p></body></html>");
  int p = -1;
  for (std::size_t i = 0; i < d.nodes.size(); ++i)
    if (d.nodes[i].name == "p") p = static_cast<int>(i);
  REQUIRE(p > 0);
  for (int a = d.nodes[static_cast<std::size_t>(p)].parent; a > 0; a = d.nodes[static_cast<std::size_t>(a)].parent)
    CHECK(d.nodes[static_cast<std::size_t>(a)].name != "svg");
  Document f = build_tree("<svg><foreignObject><p>inside</p></foreignObject></svg><p>after</p>");
  int q = -1;
  for (std::size_t i = 0; i < f.nodes.size(); ++i)
    if (f.nodes[i].name == "p") { q = static_cast<int>(i); break; }
  REQUIRE(q > 0);
  CHECK(f.nodes[static_cast<std::size_t>(f.nodes[static_cast<std::size_t>(q)].parent)].name == "foreignobject");
}

TEST_CASE("tree: a table's omitted <tbody> and <tr> are implied, as in a browser") {
  auto parent_name = [](const Document& d, int i) {
    return d.nodes[static_cast<std::size_t>(d.nodes[static_cast<std::size_t>(i)].parent)].name;
  };
  Document d = build_tree("<table><tr><td>left cell<td>right cell</table>");
  int td = find(d, "td");
  int tr = find(d, "tr");
  int tbody = find(d, "tbody");
  REQUIRE(tbody >= 0);
  CHECK(parent_name(d, td) == "tr");
  CHECK(parent_name(d, tr) == "tbody");
  CHECK(parent_name(d, tbody) == "table");
  CHECK(parent_name(d, find(d, "td", td + 1)) == "tr");

  // A cell straight under <table> gets both; an explicit <tbody> is not doubled, and a second
  // <tbody> closes the first.
  Document e = build_tree("<table><td>x</td></table><table><tbody><tr><td>y</td></tr><tbody><tr><td>z</td></tr></table>");
  int td1 = find(e, "td");
  CHECK(parent_name(e, td1) == "tr");
  CHECK(parent_name(e, find(e, "tr")) == "tbody");
  int t2 = find(e, "table", find(e, "table") + 1);
  int b1 = find(e, "tbody", t2);
  int b2 = find(e, "tbody", b1 + 1);
  REQUIRE(b2 >= 0);
  CHECK(e.nodes[static_cast<std::size_t>(b1)].parent == t2);
  CHECK(e.nodes[static_cast<std::size_t>(b2)].parent == t2);
  CHECK(find(e, "tbody", b2 + 1) == -1);
  CHECK(parent_name(e, find(e, "tr", b1)) == "tbody");
  CHECK(inner_text(e, 0) == "xyz");
}

namespace {
std::string src(const std::string& html, const Document& d, int i) {
  const Node& n = d.nodes[static_cast<std::size_t>(i)];
  return html.substr(n.src_start, n.src_end - n.src_start);
}
}  // namespace

TEST_CASE("tree: nodes carry their byte range in the input") {
  const std::string html =
      "<div id=\"a\"><p>one &amp; two<p>three<br>four</div><ul><li>x<li>y</ul><span>open";
  Document d = build_tree(html);
  CHECK(src(html, d, find(d, "div")) == "<div id=\"a\"><p>one &amp; two<p>three<br>four</div>");
  int p1 = find(d, "p");
  CHECK(src(html, d, p1) == "<p>one &amp; two");  // closed by the next <p>: ends where it starts
  CHECK(src(html, d, find(d, "p", p1 + 1)) == "<p>three<br>four");  // closed by </div>
  CHECK(src(html, d, find(d, "br")) == "<br>");
  int li = find(d, "li");
  CHECK(src(html, d, li) == "<li>x");
  CHECK(src(html, d, find(d, "li", li + 1)) == "<li>y");  // closed by </ul>
  CHECK(src(html, d, find(d, "span")) == "<span>open");  // open at the end: to the end
  // Text nodes: their source bytes, entities as written.
  const Node& t = d.nodes[static_cast<std::size_t>(p1 + 1)];
  REQUIRE(t.is_text);
  CHECK(t.text == "one & two");
  CHECK(src(html, d, p1 + 1) == "one &amp; two");
  // Every node lies inside its parent.
  for (std::size_t i = 1; i < d.nodes.size(); ++i) {
    const Node& n = d.nodes[i];
    const Node& p = d.nodes[static_cast<std::size_t>(n.parent)];
    CHECK(n.src_start >= p.src_start);
    CHECK(n.src_end <= p.src_end);
  }
}

TEST_CASE("tree: text split by a comment is one node spanning both parts") {
  const std::string html = "<p>left<!-- c -->right</p>";
  Document d = build_tree(html);
  int p = find(d, "p");
  const Node& t = d.nodes[static_cast<std::size_t>(p + 1)];
  REQUIRE(t.is_text);
  CHECK(t.text == "leftright");
  CHECK(src(html, d, p + 1) == "left<!-- c -->right");
}

// The headline and byline checks read each heading with a small cap; a cap in bytes alone never
// stopped a walk over empty elements, so 200 nested headings over 10^5 '<i></i>' each walked
// the whole subtree. Both capped walks visit at most kTextWalkNodesPerByte nodes per byte of
// their cap: a word behind 10,000 empty elements is past a 40-byte cap's reach (8 * 40 + 64
// nodes), one behind 20 is not.
TEST_CASE("tree: a capped text walk visits a bounded number of nodes") {
  const auto heading_over = [](int empties) {
    std::string html = "<html><body><h1>";
    for (int k = 0; k < empties; ++k) html += "<i></i>";
    return html + "Headline</h1></body></html>";
  };
  const Document few = build_tree(heading_over(20));
  const Document many = build_tree(heading_over(10000));
  const int h_few = find(few, "h1");
  const int h_many = find(many, "h1");
  REQUIRE(h_few >= 0);
  REQUIRE(h_many >= 0);
  CHECK(inner_text(few, h_few, 40) == "Headline");
  CHECK(visible_text(few, h_few, 40) == "Headline");
  CHECK(inner_text(many, h_many, 40).empty());
  CHECK(visible_text(many, h_many, 40).empty());
  // Uncapped, the whole subtree is read.
  CHECK(inner_text(many, h_many) == "Headline");
}
