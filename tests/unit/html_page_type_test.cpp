// The page-type guess (html/page_signals + html/page_type) and what the type changes in the
// extraction (html/page_type_flags). Every page is composed for the test.
#include <doctest/doctest.h>

#include <string>

#include "html/html_text.h"
#include "html/page_signals.h"
#include "html/page_type.h"
#include "html/page_type_flags.h"
#include "html/tree.h"

using namespace pith;
using namespace pith::detail;

namespace {

PageSignals signals_of(const std::string& html) { return read_page_signals(build_tree(html)); }

// n like <div class="{cls}"> siblings, each a post of prose.
std::string posts(const char* cls, int n) {
  std::string out;
  for (int i = 0; i < n; ++i)
    out += "<div class=\"" + std::string(cls) + "\"><a href=\"/u\">member" + std::to_string(i) +
           "</a><p>Post " + std::to_string(i) +
           ": I tried the second method on my old bicycle and the chain stopped slipping after "
           "a week of rides to work, so I would start there before buying new parts.</p></div>";
  return out;
}

std::string cards(int n, bool priced) {
  std::string out;
  for (int i = 0; i < n; ++i)
    out += "<li class=\"tile\"><a href=\"/i/" + std::to_string(i) + "\"><img src=\"/i.jpg\"><h3>Item " +
           std::to_string(i) + "</h3></a>" + (priced ? "<span>$12.50</span>" : "<p>A line of teaser.</p>") +
           "</li>";
  return out;
}

}  // namespace

TEST_CASE("page_signals: JSON-LD types, og:type, prices, buy buttons, code") {
  const std::string html =
      "<html><head><meta property=\"og:type\" content=\"Product\">"
      "<script type=\"application/ld+json\">{\"@graph\":[{\"@type\":[\"Product\",\"Thing\"]},"
      "{\"@type\":\"https://schema.org/Offer\"},{\"@type\":\"BreadcrumbList\"}]}</script></head>"
      "<body><h1>Kettle</h1><p>€ 39,90</p><p>This sentence costs $5 to read, which is far too long to be a price.</p>"
      "<button><span>Add to Cart</span></button><pre><code>x = 1</code></pre></body></html>";
  const PageSignals s = signals_of(html);
  CHECK(s.ld[static_cast<std::size_t>(PageType::kProduct)] == 1);
  CHECK(s.ld_products == 1);
  CHECK(s.og == PageType::kProduct);
  CHECK(s.prices == 1);  // "€ 39,90"; the sentence mentions a sum but is no price
  CHECK(s.cart == 1);
  CHECK(s.pre == 1);
  CHECK(s.code == 1);
}

TEST_CASE("page_signals: bad JSON-LD still names its types; an unterminated string ends the scan") {
  CHECK(signals_of("<script type=\"application/ld+json\">{\"@type\": \"QAPage\", oops</script>")
            .ld[static_cast<std::size_t>(PageType::kForum)] == 1);
  CHECK(signals_of("<script type=\"application/ld+json\">{\"@type\": \"QAPa</script>").ld ==
        PageSignals{}.ld);
}

TEST_CASE("page_signals: a run of posts right after the headline vs comments after an article body") {
  const PageSignals forum = signals_of("<body><h1>Chain slips</h1>" + posts("message", 4) + "</body>");
  CHECK(forum.posts == 4);
  CHECK(forum.post_share > 0.8);
  CHECK(forum.post_lead == 0);
  std::string body;
  for (int i = 0; i < 12; ++i)
    body += "<p>The article's own paragraph number " + std::to_string(i) +
            " tells the story at length, with details and quotes from the people involved.</p>";
  const PageSignals article = signals_of("<body><h1>Story</h1>" + body + posts("reply", 4) + "</body>");
  CHECK(article.posts == 4);
  CHECK(article.post_lead > 1000);
  // "comment" names an article's thread, not a forum's posts.
  CHECK(signals_of("<body><h1>Chain slips</h1>" + posts("comment", 4) + "</body>").posts == 0);
  // Teaser cards are no posts: a line each, mostly links.
  CHECK(signals_of("<body><ul>" + cards(6, false) + "</ul></body>").posts == 0);
  // Nor are long paragraphs that name no poster and no time.
  std::string bare;
  for (int i = 0; i < 4; ++i)
    bare += "<div class=\"message\"><p>A long paragraph of prose that names no poster and gives no "
            "time, however many words it runs to, and so on and so on.</p></div>";
  CHECK(signals_of("<body><h1>T</h1>" + bare + "</body>").posts == 0);
}

TEST_CASE("page_signals: cards, priced or not") {
  const PageSignals shop = signals_of("<body><ul>" + cards(6, true) + "</ul></body>");
  CHECK(shop.cards == 6);
  CHECK(shop.priced_cards == 6);
  const PageSignals blog = signals_of("<body><ul>" + cards(9, false) + "</ul></body>");
  CHECK(blog.cards == 9);
  CHECK(blog.priced_cards == 0);
  CHECK(blog.card_share > 0.9);
}

TEST_CASE("page_type: declared types and structure decide; a date or byline alone is an article") {
  struct Case {
    const char* name;
    PageSignals s;
    bool dated, signed_by;
    PageType want;
  };
  auto with = [](auto f) {
    PageSignals s;
    f(s);
    return s;
  };
  const Case cases[] = {
      {"nothing, dated", {}, true, false, PageType::kArticle},
      {"nothing at all", {}, false, false, PageType::kService},
      {"QAPage", with([](PageSignals& s) { s.ld[2] = 1; }), true, true, PageType::kForum},
      {"posts after the title", with([](PageSignals& s) { s.posts = 5; s.post_share = 0.7; }), true, true,
       PageType::kForum},
      {"comments after a body", with([](PageSignals& s) { s.posts = 5; s.post_share = 0.5; s.post_lead = 4000; }),
       true, true, PageType::kArticle},
      {"one Product", with([](PageSignals& s) { s.ld[3] = 1; s.ld_products = 1; }), false, false, PageType::kProduct},
      {"many Products", with([](PageSignals& s) { s.ld[3] = 9; s.ld_products = 9; }), false, false,
       PageType::kCollection},
      {"priced cards", with([](PageSignals& s) { s.cards = 12; s.priced_cards = 12; s.card_share = 0.6; }), false,
       false, PageType::kCollection},
      {"teaser cards", with([](PageSignals& s) { s.cards = 12; s.card_share = 0.6; }), false, false,
       PageType::kListing},
      {"code blocks", with([](PageSignals& s) { s.pre = 6; s.code = 40; }), false, false, PageType::kDocumentation},
      {"a dated, signed article with a snippet", with([](PageSignals& s) { s.ld[1] = 1; s.pre = 3; }), true, true,
       PageType::kArticle},
  };
  for (const Case& c : cases) {
    CAPTURE(c.name);
    CHECK(guess_page_type(c.s, c.dated, c.signed_by) == c.want);
  }
  CHECK(std::string(page_type_name(PageType::kDocumentation)) == "documentation");
  CHECK(std::string(page_type_name(PageType::kUnknown)).empty());
}

TEST_CASE("page_type_flags: only a forum keeps posts, only listings and collections keep cards") {
  for (PageType t : {PageType::kArticle, PageType::kForum, PageType::kProduct, PageType::kCollection,
                     PageType::kListing, PageType::kDocumentation, PageType::kService}) {
    SelectFlags f;
    apply_page_type(f, t);
    CHECK(f.posts_are_content == (t == PageType::kForum));
    CHECK(f.cards_are_content == (t == PageType::kListing || t == PageType::kCollection));
  }
}

TEST_CASE("html_to_text: a forum thread in comment-classed posts is the text; under an article it is not") {
  // The posts are named "post", their list "comment-list" (pruned on any other page).
  const std::string thread = "<html><body><h1>Chain slips</h1><div class=\"comment-list\">" +
                             posts("post", 4) + "</div></body></html>";
  HtmlText forum = html_to_text(thread);
  CHECK(forum.page_type == PageType::kForum);
  CHECK(forum.text.find("Post 0:") != std::string::npos);
  CHECK(forum.text.find("Post 3:") != std::string::npos);
  std::string body;
  for (int i = 0; i < 12; ++i)
    body += "<p>The article's own paragraph number " + std::to_string(i) +
            " tells the story at length, with details and quotes from the people involved.</p>";
  HtmlText article = html_to_text("<html><head><meta property=\"article:published_time\" "
                                  "content=\"2025-05-01\"></head><body><article><h1>Story</h1>" + body +
                                  "</article><div class=\"comment-list\">" + posts("comment", 4) +
                                  "</div></body></html>");
  CHECK(article.page_type == PageType::kArticle);
  CHECK(article.text.find("paragraph number 11") != std::string::npos);
  CHECK(article.text.find("Post 0:") == std::string::npos);
}
