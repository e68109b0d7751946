#include <doctest/doctest.h>

#include <string>

#include "html/content.h"
#include "html/html_text.h"
#include "html/meta_author.h"
#include "html/tree.h"

using namespace pith::detail;

TEST_CASE("meta_author: the name in a byline's text") {
  CHECK(byline_name("By Ann Lee Published on July 18, 2025") == "Ann Lee");
  CHECK(byline_name("Written By: Cazzy Lind Last Updated: August 1, 2025") == "Cazzy Lind");
  CHECK(byline_name("byClemson Reporter") == "Clemson Reporter");  // glued by inline markup
  CHECK(byline_name("Ann Lee, MD, RD") == "Ann Lee");
  CHECK(byline_name("Author: Ann Lee") == "Ann Lee");
  CHECK(byline_name("Stacy Edgar December 4") == "Stacy Edgar");
  CHECK(byline_name("Martin Holt (avec Jeanne Roy et Luc Petit)") == "Martin Holt (avec Jeanne Roy et Luc Petit)");
  // Labels, dates, headings and sentences are not names.
  CHECK(byline_name("About the author") == "");
  CHECK(byline_name("By") == "");
  CHECK(byline_name("Dec. 19, 2025") == "");
  CHECK(byline_name("5 mins read") == "");
  CHECK(byline_name("Updated January 08") == "");
  CHECK(byline_name("Sun Dec 17, 2023 11:18 am") == "");
  CHECK(byline_name("Jan van der Berg") == "Jan van der Berg");
  CHECK(byline_name("How we reviewed this article:") == "");
  CHECK(byline_name("Click here to view more about the people behind this site.") == "");
}

TEST_CASE("meta_author: markup authors, handles and the site's own name") {
  const Document a = build_tree(
      "<meta name=\"twitter:label1\" content=\"Written by\"><meta name=\"twitter:data1\" "
      "content=\"Ann &amp; Bo Lee\"><body></body>");
  CHECK(markup_author(a, "", false, {}).name == "Ann & Bo Lee");
  const Document b = build_tree("<meta name=\"author\" content=\"ann.lee\"><body></body>");
  CHECK(markup_author(b, "", false, {}).weak);
  const Document c = build_tree("<meta property=\"article:author\" content=\"https://social.example/ann\"><body></body>");
  CHECK(markup_author(c, "", false, {}).name == "");
  const Document e = build_tree("<body></body>");
  CHECK(markup_author(e, "Harbour Clinic", false, {"Harbour Clinic"}).weak);
  CHECK(markup_author(e, "Harbour Desk", true, {}).weak);  // an Organization
  CHECK_FALSE(markup_author(e, "Ann Lee", false, {"Harbour Clinic"}).weak);
}

TEST_CASE("html_to_text: a visible byline replaces a handle; a label element is not the name") {
  const std::string body =
      "<p>The ferry service resumed this morning after a week of repairs to the pier, and the "
      "first crossing was full, the operator said, with more boats planned for the weekend and "
      "the long queue at the harbour gate finally gone by noon.</p>";
  HtmlText r = html_to_text(
      "<html><head><title>Ferries run again</title><meta name=\"author\" content=\"annlee82\"></head>"
      "<body><article><h1>Ferries run again</h1><div class=\"author-box\"><span class=\"author-label\">"
      "Author</span></div><p class=\"post-author\">By Ann Lee · 4 min read</p>" + body +
      "</article></body></html>");
  CHECK(r.byline == "Ann Lee");
  // The byline sits in a header whose class Readability calls unlikely ("entry-header").
  HtmlText s = html_to_text(
      "<html><head><title>Ferries run again</title></head><body><article><header class=\"entry-header\">"
      "<h1>Ferries run again</h1><address><a rel=\"author\" href=\"/a\">Bo Lind</a></address></header>" +
      body + "</article></body></html>");
  CHECK(s.byline == "Bo Lind");
  // No byline element: a "By" line under the headline.
  HtmlText t = html_to_text(
      "<html><head><title>Ferries run again</title></head><body><article><h1>Ferries run again</h1>"
      "<div>By Kim Sato</div><div>Published 3 May 2025</div>" + body + "</article></body></html>");
  CHECK(t.byline == "Kim Sato");
  CHECK(t.published == "2025-05-03");
}

TEST_CASE("meta_author: the author in the header's lines") {
  using L = std::vector<HeaderLine>;
  CHECK(header_byline(L{{"Last updated Aug 04, 2025 Written by Edo Tam", true}}) == "Edo Tam");
  CHECK(header_byline(L{{"Written by", false}, {"Edo Tam", false}}) == "Edo Tam");
  CHECK(header_byline(L{{"Authored by: Dr. Ana Ruiz", false}}) == "Dr. Ana Ruiz");
  // A name shown with the date, in its line or the next.
  CHECK(header_byline(L{{"Ann Lee 23.07.2025 \xC2\xB7 6 min read", true}}) == "Ann Lee");
  CHECK(header_byline(L{{"2025-12-17 \xC2\xB7 Jan van der Berg", true}}) == "Jan van der Berg");
  CHECK(header_byline(L{{"Dec 17, 2025", true}, {"Julian K. Arnold", false}}) == "Julian K. Arnold");
  // Menus, trails and badges next to a date are not names.
  CHECK(header_byline(L{{"Home \xC2\xBB Posts", false}, {"Dec 17, 2025", true}}) == "");
  CHECK(header_byline(L{{"ELITE MEMBER", false}, {"Dec 17, 2025", true}}) == "");
  CHECK(header_byline(L{{"Ann Lee", false}, {"Storm closes the harbour", false}}) == "");  // no date
}

TEST_CASE("json_ld: authors by @id, and a bounded number of them") {
  HtmlText r = html_to_text(
      "<html><head><script type=\"application/ld+json\">{\"@graph\":[{\"@type\":\"Article\","
      "\"headline\":\"Ferries run again\",\"author\":{\"@id\":\"#p1\"}},{\"@type\":\"Person\","
      "\"@id\":\"#p1\",\"name\":\"Kim Sato\"}]}</script></head><body><p>x</p></body></html>");
  CHECK(r.byline == "Kim Sato");
  // 12,000 authors, each a reference into a graph of 12,000 people: the first 16 are read.
  std::string authors, people;
  for (int i = 0; i < 12000; ++i) {
    authors += std::string(i ? "," : "") + "{\"@id\":\"#a" + std::to_string(i) + "\"}";
    people += ",{\"@type\":\"Person\",\"@id\":\"#a" + std::to_string(i) + "\",\"name\":\"Writer" + std::to_string(i) + "\"}";
  }
  HtmlText big = html_to_text("<html><head><script type=\"application/ld+json\">{\"@graph\":[{\"@type\":"
                              "\"Article\",\"author\":[" + authors + "]}" + people +
                              "]}</script></head><body><p>x</p></body></html>");
  CHECK(big.byline.rfind("Writer0, Writer1,", 0) == 0);
  CHECK(big.byline.find("Writer15") != std::string::npos);
  CHECK(big.byline.find("Writer16") == std::string::npos);
}
