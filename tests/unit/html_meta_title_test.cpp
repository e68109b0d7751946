#include <doctest/doctest.h>

#include <string>

#include "html/meta_title.h"
#include "html/tree.h"

using namespace pith::detail;

namespace {

std::string title_of(const std::string& html, const TitleSources& src = {}) {
  return choose_title(build_tree(html), src);
}

}  // namespace

TEST_CASE("meta_title: the visible headline wins when it agrees with the declared title") {
  // Search-result title in <title>; the page's own <h1> is what a reader sees.
  CHECK(title_of("<title>Harbour reopens after the long storm | Coast News</title>"
                 "<body><h1>Harbour reopens after storm</h1><p>x</p></body>") ==
        "Harbour reopens after storm");
  // A heading that shares too little is not the title: a bare "Reviews" on a page titled
  // "Reviews of our classes and retreats".
  CHECK(title_of("<title>Reviews of our pottery classes and retreats | Clay Barn</title>"
                 "<body><h1>Reviews</h1></body>") == "Reviews of our pottery classes and retreats");
  // The site's name in a banner <h1> (a minor part of <title>) is skipped.
  CHECK(title_of("<title>Bridge opens to traffic again :: Valley Herald</title>"
                 "<body><h1>Valley Herald</h1><h1>Bridge opens to traffic again</h1></body>") ==
        "Bridge opens to traffic again");
  // Permalink marks after a heading are not part of it.
  CHECK(title_of("<title>Advanced usage — Widget docs</title><body><h1>Advanced usage¶</h1></body>") ==
        "Advanced usage");
  // A tagline after " | " in the heading, and soft hyphens, are not part of the title.
  CHECK(title_of("<title>Best movers in Lakeside 2025 | Acme</title>"
                 "<body><h1>Best movers in Lake\xC2\xADside 2025 | Top 19 companies</h1></body>") ==
        "Best movers in Lakeside 2025");
  // A <br> inside the heading separates words.
  CHECK(title_of("<title>News Product Management Course | Acme</title>"
                 "<body><h1>News Product<br>Management Course</h1></body>") == "News Product Management Course");
}

TEST_CASE("meta_title: the site name is cut by name, then a search-result title by its first part") {
  TitleSources src;
  src.site_names = {"The Motley Fool"};
  CHECK(cut_site_name("Best cloud stocks of the year | The Motley Fool", src) == "Best cloud stocks of the year");
  CHECK(cut_site_name("Motley Fool: Best cloud stocks of the year", src) == "Motley Fool: Best cloud stocks of the year");
  CHECK(cut_site_name("The Motley Fool: Best cloud stocks of the year", src) == "Best cloud stocks of the year");
  TitleSources host;
  host.host = "www.rugmakers.co.uk";
  CHECK(cut_site_name("Wool rugs for every room - Rugmakers", host) == "Wool rugs for every room");
  // A first part that only contains the site's name is a headline, not the name.
  TitleSources valley;
  valley.site_names = {"Valley"};
  CHECK(cut_site_name("Floods in the Valley - Update", valley) == "Floods in the Valley - Update");
  // No heading agrees: the declared title, without its site name, then its first part.
  CHECK(title_of("<title>Affordable Lakeside Movers | Low-Cost Moving Company | Acme Moves</title>"
                 "<meta property=\"og:site_name\" content=\"Acme Moves\"><body><p>x</p></body>") ==
        "Affordable Lakeside Movers");
  CHECK(title_of("<title>Storm | Coast News</title><body><p>x</p></body>") == "Storm | Coast News");
}

TEST_CASE("meta_title: JSON-LD and meta titles are cleaned of entities and site names") {
  TitleSources src;
  src.ld_headline = "Movers &#8211; the 2026 guide";
  CHECK(title_of("<title>x</title><body></body>", src) == "Movers \xE2\x80\x93 the 2026 guide");
  CHECK(title_of("<meta property=\"og:title\" content=\"Ten quiet beaches | Shore Guide\">"
                 "<meta property=\"og:site_name\" content=\"Shore Guide\"><body></body>",
                 TitleSources{"", "", {"Shore Guide"}, ""}) == "Ten quiet beaches");
}
