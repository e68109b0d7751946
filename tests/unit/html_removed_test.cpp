// The HTML removal log (html/removed_log, html/removed_map): every text node of a composed page
// is either in the article (text or metadata) or inside a removed entry's input range, and each
// region is reported for what it is.
#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "html/tree.h"
#include "pith/pith.h"

using namespace pith;

namespace {

// A news page with every kind of furniture around a short article. Invented text.
const char* kNewsPage = R"(<!doctype html>
<html lang="en"><head><title>Harbour reopens after storm | Coast News</title>
<meta property="og:title" content="Harbour reopens after storm">
<script>var s = "<p>not page text</p>";</script><style>p { color: red }</style></head>
<body>
<div id="cookie-banner"><p>We use cookies to count visits. <button>Accept all</button></p></div>
<header class="site-header"><a href="/">Coast News</a>
<nav><ul><li><a href="/world">World</a></li><li><a href="/sport">Sport</a></li></ul></nav></header>
<div id="main">
<article>
<h1>Harbour reopens after storm</h1>
<p class="byline">By Mara Lind</p>
<div class="share-bar"><a href="#">Share on Facebook</a> <a href="#">Post it</a></div>
<p>The harbour in the northern town reopened on Monday after a week of repairs, officials said, and the first ferries left on time under a grey sky.</p>
<figure><img src="pier.jpg" alt=""><figcaption>The harbour reopened on Monday after a week of repairs.</figcaption></figure>
<p>Fishermen, who had waited for days on the quay, said the damage to the breakwater was worse than anyone had feared when the storm first hit the coast.</p>
<p style="display:none">A hidden note that no reader ever sees on this page.</p>
<p>Also read: Bridge &amp; tunnel reopen after the floods</p>
<p>The town council has promised a full review of the sea defences before the winter, and a report is expected in the spring, the mayor told reporters.</p>
<div class="newsletter"><h3>Get the morning briefing</h3><p>Sign up for our free letter, every day.</p></div>
</article>
<aside class="sidebar"><h3>Most read</h3><ul><li><a href="/1">Bridge closes for repairs</a></li><li><a href="/2">Rain expected this weekend</a></li></ul></aside>
<section id="comments"><h3>3 Comments</h3><p>Great news for the town, finally, after all this time!</p></section>
</div>
<footer><p>&copy; 2024 Coast News. All rights reserved.</p><a href="/privacy">Privacy</a></footer>
<template><p>Inert template text</p></template>
</body></html>
)";

std::string collapse(const std::string& s) {
  std::string out;
  bool space = true;
  detail::append_collapsed(s, out, space);
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

bool never_rendered(const detail::Document& d, int i) {
  for (int p = d.nodes[static_cast<std::size_t>(i)].parent; p > 0; p = d.nodes[static_cast<std::size_t>(p)].parent) {
    const std::string& n = d.nodes[static_cast<std::size_t>(p)].name;
    // script, style and template by the issue's rule; the head is not page text either.
    if (n == "script" || n == "style" || n == "template" || n == "head") return true;
  }
  return false;
}

// The text nodes that are neither in the article nor inside a removed entry's range.
std::vector<std::string> unaccounted(const std::string& html, const Article& a) {
  const std::string hay = collapse(a.text) + "\n" + a.title + "\n" + a.subtitle + "\n" + a.byline;
  detail::Document d = detail::build_tree(html);
  std::vector<std::string> out;
  for (std::size_t i = 1; i < d.nodes.size(); ++i) {
    const detail::Node& n = d.nodes[i];
    if (!n.is_text || never_rendered(d, static_cast<int>(i))) continue;
    const std::string t = collapse(n.text);
    if (t.empty() || hay.find(t) != std::string::npos) continue;
    // Inside an entry: the node's visible bytes (its source range without edge spaces).
    std::size_t b = n.src_start, e = n.src_end;
    while (b < e && (html[b] == ' ' || html[b] == '\n')) ++b;
    while (e > b && (html[e - 1] == ' ' || html[e - 1] == '\n')) --e;
    bool inside = false;
    for (const Removed& r : a.removed)
      if (r.start != kNoOffset && r.start <= b && e <= r.end) inside = true;
    if (!inside) out.push_back(t);
  }
  return out;
}

const Removed* find_removed(const Article& a, const std::string& text) {
  for (const Removed& r : a.removed)
    if (r.text.find(text) != std::string::npos) return &r;
  return nullptr;
}

Article clean_html(const std::string& html) {
  Options o;
  o.input_format = InputFormat::kHtml;
  Result<Article> r = clean(html, o);
  REQUIRE(r.ok());
  return r.value();
}

}  // namespace

TEST_CASE("removal log: every text node of a news page is in the article or in a removed range") {
  const std::string html = kNewsPage;
  Article a = clean_html(html);
  CHECK(a.text.find("The harbour in the northern town reopened") != std::string::npos);
  CHECK(a.text.find("The town council has promised") != std::string::npos);
  const std::vector<std::string> missing = unaccounted(html, a);
  CHECK(missing.empty());
  for (const std::string& m : missing) MESSAGE("unaccounted: " << m);
  // Entries come in input order, with ranges inside the input.
  std::size_t last = 0;
  for (const Removed& r : a.removed) {
    REQUIRE(r.start != kNoOffset);
    CHECK(r.start >= last);
    CHECK(r.start < r.end);
    CHECK(r.end <= html.size());
    last = r.start;
  }
}

TEST_CASE("removal log: each region is reported for what it is, with its path") {
  const std::string html = kNewsPage;
  Article a = clean_html(html);
  struct Want {
    const char* text;
    const char* reason;
    const char* path;
  };
  const Want wants[] = {
      {"We use cookies to count visits. Accept all", "cookie-notice", "body>div#cookie-banner"},
      {"Coast News World Sport", "header", "body>header.site-header"},
      {"Harbour reopens after storm", "duplicate-title", "body>div#main>article>h1"},
      {"By Mara Lind", "byline", "body>div#main>article>p.byline"},
      {"Share on Facebook Post it", "social", "body>div#main>article>div.share-bar"},
      {"A hidden note that no reader ever sees", "hidden", "body>div#main>article>p"},
      {"Also read: Bridge & tunnel reopen", "related-link", "body>div#main>article>p"},
      {"Get the morning briefing Sign up", "newsletter", "body>div#main>article>div.newsletter"},
      {"Most read Bridge closes for repairs", "sidebar", "body>div#main>aside.sidebar"},
      {"3 Comments Great news for the town", "comments", "body>div#main>section#comments"},
      {"\xC2\xA9 2024 Coast News. All rights reserved. Privacy", "footer", "body>footer"},
  };
  for (const Want& w : wants) {
    CAPTURE(w.text);
    const Removed* r = find_removed(a, w.text);
    REQUIRE(r != nullptr);
    CHECK(r->reason == w.reason);
    CHECK(r->path == w.path);
  }
  // Ranges point at the markup that was dropped.
  const Removed* aside = find_removed(a, "Most read");
  REQUIRE(aside);
  CHECK(html.compare(aside->start, 22, "<aside class=\"sidebar\"") == 0);
  CHECK(html.compare(aside->end - 8, 8, "</aside>") == 0);
  // A line the text pass dropped is placed on its text in the input, entity included.
  const Removed* also = find_removed(a, "Also read:");
  REQUIRE(also);
  CHECK(html.substr(also->start, also->end - also->start) ==
        "Also read: Bridge &amp; tunnel reopen after the floods");
  // The caption repeats a sentence of the text: it is kept, as a caption.
  CHECK(a.text.find("The harbour reopened on Monday after a week of repairs.") != std::string::npos);
  // Invisible content is never an entry.
  CHECK(find_removed(a, "not page text") == nullptr);
  CHECK(find_removed(a, "Inert template") == nullptr);
  CHECK(find_removed(a, "color: red") == nullptr);
}

TEST_CASE("removal log: unselected regions without a sign are link lists or outside the article") {
  std::string html = "<html><body><div><p>";
  for (int i = 0; i < 6; ++i)
    html += "A long paragraph of the article, with several clauses, commas and a full stop, "
            "written to be chosen as the content. ";
  html += "</p><p>More of the same article text, again long enough, with commas, to score.</p></div>"
          "<div><a href=\"/a\">First other story</a> <a href=\"/b\">Second other story</a> "
          "<a href=\"/c\">Third other story</a></div>"
          "<div><b>An unrelated teaser that nobody chose, short and plain</b></div></body></html>";
  Article a = clean_html(html);
  const Removed* links = find_removed(a, "First other story");
  REQUIRE(links);
  CHECK(links->reason == "link-list");
  const Removed* teaser = find_removed(a, "An unrelated teaser");
  REQUIRE(teaser);
  CHECK(teaser->reason == "outside-article");
  CHECK(unaccounted(html, a).empty());
}

TEST_CASE("removal log: a large region gets a capped preview but its whole range") {
  std::string html = "<html><body><article><p>";
  for (int i = 0; i < 8; ++i)
    html += "The article itself, a paragraph of ordinary prose with commas, clauses and an end. ";
  html += "</p></article><div hidden><p>";
  for (int i = 0; i < 400; ++i) html += "hidden words ";
  html += "</p><p>LAST</p></div></body></html>";
  Article a = clean_html(html);
  const Removed* h = find_removed(a, "hidden words");
  REQUIRE(h);
  CHECK(h->reason == "hidden");
  CHECK(h->text.size() <= 1000 + 3);
  CHECK(h->text.compare(h->text.size() - 3, 3, "\xE2\x80\xA6") == 0);  // ends in "…"
  CHECK(html.substr(h->start, h->end - h->start).find("LAST") != std::string::npos);
}

TEST_CASE("removal log: a short post (several selection attempts) is still fully accounted") {
  const std::string html =
      "<html><body><nav><a href=\"/\">Home</a> <a href=\"/blog\">Blog</a></nav>"
      "<div class=\"post\"><h2>A note</h2><p>Back from the coast. The pier is open again, "
      "and the caf\xC3\xA9 too.</p></div><div id=\"comments\"><p>Nice to hear it!</p></div>"
      "<footer>Blog of a walker</footer></body></html>";
  Article a = clean_html(html);
  CHECK(a.text.find("The pier is open again") != std::string::npos);
  CHECK(unaccounted(html, a).empty());
  const Removed* nav = find_removed(a, "Home Blog");
  REQUIRE(nav);
  CHECK(nav->reason == "navigation");
}

TEST_CASE("removal log: text past the node cap is reported as node-limit, from the cut to the end") {
  std::string html = "<html><body><article><p>";
  for (int i = 0; i < 8; ++i) html += "Ordinary article prose, with commas, clauses and a full stop here. ";
  html += "</p></article>";
  html.reserve(html.size() + 3 * detail::kMaxNodes + 64);
  for (std::size_t i = 0; i < detail::kMaxNodes; ++i) html += "<i>";
  html += "words the tree could not hold";
  Article a = clean_html(html);
  const Removed* lim = find_removed(a, "words the tree could not hold");
  REQUIRE(lim);
  CHECK(lim->reason == "node-limit");
  CHECK(lim->end == html.size());  // ASCII input: UTF-16 offsets are byte offsets
  CHECK(html.substr(lim->start, 3) == "<i>");  // the tree stopped inside the <i> run
  CHECK(a.text.find("Ordinary article prose") != std::string::npos);
}

TEST_CASE("removal log: a gallery's repeated caption is duplicate-caption, at its own place") {
  const std::string cap = "The pier at dawn, seen from the breakwater on Monday morning.";
  const std::string html =
      "<html><body><article><h1>Harbour reopens</h1>"
      "<p>The harbour in the northern town reopened on Monday after a week of repairs, officials "
      "said, and the first ferries left on time under a grey sky.</p>"
      "<p>Fishermen, who had waited for days on the quay, said the damage to the breakwater was "
      "worse than anyone had feared when the storm first hit.</p>"
      "<div class=\"slides\"><img src=\"https://example.org/1.jpg\"><img src=\"https://example.org/2.jpg\">"
      "<img src=\"https://example.org/3.jpg\"><p>" + cap + "</p><p>" + cap + "</p></div>"
      "<p>The town council has promised a full review of the sea defences before the winter, the "
      "mayor told reporters.</p></article></body></html>";
  Article a = clean_html(html);
  const std::size_t second = html.find(cap, html.find(cap) + 1);
  const Removed* dup = find_removed(a, cap);
  REQUIRE(dup);
  CHECK(dup->reason == "duplicate-caption");
  CHECK(dup->start < second);
  CHECK(second + cap.size() <= dup->end);
  CHECK(dup->start > html.find(cap));  // the first copy stays in the article
  CHECK(a.text.find(cap) != std::string::npos);
}

TEST_CASE("removal log: a page read from <noscript> logs that reading, with offsets into the input") {
  // A forum page whose thread is only in its crawler view: the article comes from <noscript>.
  const std::string html =
      "<html><body><div id=\"app\"></div><script>startApp()</script>\n"
      "<noscript><header><a href=\"/\">Kitchen Forum</a></header><div class=\"thread\">"
      "<h1>My kettle scale will not go</h1><p>I have tried lemon juice twice and it still leaves "
      "white flakes in every cup of tea, even after a long soak overnight with the lid closed.</p>"
      "<p>Try citric acid powder: two spoons in a full kettle, boil, leave it an hour, then rinse "
      "through the spout, and then it was fine again.</p></div></noscript>"
      "<footer><p>Forum rules and contact</p></footer></body></html>";
  Article a = clean_html(html);
  REQUIRE(a.text.find("Try citric acid powder") != std::string::npos);
  const Removed* header = find_removed(a, "Kitchen Forum");
  REQUIRE(header);
  CHECK(header->reason == "header");
  CHECK(html.substr(header->start, header->end - header->start) == "<header><a href=\"/\">Kitchen Forum</a></header>");
  const Removed* footer = find_removed(a, "Forum rules and contact");
  REQUIRE(footer);
  CHECK(footer->reason == "footer");
  for (const Removed& r : a.removed) {
    CHECK(r.text.find("lemon juice") == std::string::npos);  // the article is not removed
    if (r.start == kNoOffset) continue;
    CHECK(r.start < r.end);
    CHECK(r.end <= html.size());
  }
}
