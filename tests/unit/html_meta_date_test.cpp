#include <doctest/doctest.h>

#include <string>

#include "html/meta_date.h"
#include "html/meta_header.h"
#include "html/meta_title.h"
#include "html/tree.h"

using namespace pith::detail;

namespace {

// The published date of a page, with the main heading found as the title reader finds it.
std::string published_of(const std::string& html, const std::string& ld_published = "",
                         const std::string& ld_modified = "") {
  const Document d = build_tree(html);
  DateSources src;
  int heading = -1;
  choose_title(d, TitleSources{}, &heading);
  src.header_date = scan_header(d, heading).date;
  src.ld_published = ld_published;
  src.ld_modified = ld_modified;
  return choose_published(d, src);
}

const char* kBody =
    "<p>The ferry service resumed this morning after a week of repairs to the pier, and the "
    "first crossing was full, the operator said, with more boats planned for the weekend.</p>"
    "<p>Residents had waited for days, some of them taking the long road around the bay, which "
    "adds an hour to every trip and more in the evening traffic, according to the council.</p>";

}  // namespace

TEST_CASE("meta_date: markup first, in ISO 8601") {
  CHECK(published_of("<body><p>x</p></body>", "2025-09-04T12:50:36+00:00") == "2025-09-04T12:50:36+00:00");
  CHECK(published_of("<meta property=\"article:published_time\" content=\"2024-05-09 00:00:00 +0000\">"
                     "<body><p>x</p></body>") == "2024-05-09T00:00:00+00:00");
  CHECK(published_of("<meta name=\"pubdate\" content=\"20250904\"><body></body>") == "2025-09-04");
  // The publication date wins over a visible revision date and over dateModified.
  CHECK(published_of("<body><h1>Ferries run again</h1><p>Updated Oct 8, 2025</p>" + std::string(kBody) +
                         "</body>",
                     "2024-11-22", "2025-10-08") == "2024-11-22");
}

TEST_CASE("meta_date: the date shown in the article's header") {
  // Under the headline, with a byline: "Published on July 18, 2025".
  CHECK(published_of("<body><h1>Ferries run again</h1><div><span>By Ann Lee</span><span>Published on "
                     "July 18, 2025</span></div>" + std::string(kBody) + "</body>") == "2025-07-18");
  // Above the headline: a category and date line.
  CHECK(published_of("<body><div class=\"meta\"><span>Harbour</span> · <span>12.12.2025</span></div>"
                     "<h1>Ferries run again</h1>" + std::string(kBody) + "</body>") == "2025-12-12");
  // Posted, then updated: the first publication.
  CHECK(published_of("<body><h1>Ferries run again</h1><p>Updated Dec 10, 2025</p><p>Posted on "
                     "Nov 21, 2018</p>" + std::string(kBody) + "</body>") == "2018-11-21");
  // Only a revision date shown: better than nothing.
  CHECK(published_of("<body><h1>Ferries run again</h1><p>Last updated: <time datetime=\"2025-12-04\">"
                     "Dec 4</time></p>" + std::string(kBody) + "</body>") == "2025-12-04");
  // A date the article talks about is not its date; nor one after the body has begun.
  CHECK(published_of("<body><h1>Ferries run again</h1>" + std::string(kBody) +
                     "<p>The council meets again on March 3, 2026 to decide on the pier.</p>"
                     "<p>Posted on June 1, 2024</p></body>") == "");
  // The date near a forum thread's title heading (an <h2> that says the title).
  CHECK(published_of("<title>Which lens for birds? - Camera Forum</title><body><h2>Which lens for birds?</h2>"
                     "<div>Thread starter Kim · Start date Jun 14, 2025</div>" + std::string(kBody) +
                     "</body>") == "2025-06-14");
}
