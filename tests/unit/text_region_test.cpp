// The region search of the plain-text engine (text/region.cpp) and the line features it reads
// (text/segment.cpp): which run of lines is the article.
#include <doctest/doctest.h>

#include <string>
#include <string_view>
#include <vector>

#include "text/region.h"
#include "text/segment.h"

using namespace pith::detail;

namespace {

struct Lines {
  std::string text;
  std::vector<TextLine> lines;
  std::vector<LineFacts> facts;
  explicit Lines(std::string t) : text(std::move(t)) {
    lines = segment_lines(text);
    facts = line_facts(text, lines);
  }
  // Index of the first line that starts with `prefix`.
  std::size_t find(std::string_view prefix) const {
    for (std::size_t i = 0; i < lines.size(); ++i)
      if (std::string_view(text).substr(lines[i].start).substr(0, prefix.size()) == prefix) return i;
    FAIL("no line starts with ", std::string(prefix));
    return 0;
  }
};

}  // namespace

TEST_CASE("segment: raw HTML printed as text is markup, a placeholder in prose is not") {
  Lines l(
      "<div><a href=\"https://ads.example.net/jump/slot;sz=300x250\"><img src=\"https://ads.example.net/"
      "b.gif\" width=\"300\" height=\"250\" alt=\"\"></a></div>\n\n"
      "If <token> is empty, the client asks the user for a new password and stores it again.\n\n"
      "<img src=\"//pixel.example.org/p.gif\" style=\"display:none\" height=\"1\" width=\"1\" />\n");
  REQUIRE(l.lines.size() == 3);
  CHECK(l.lines[0].markup);
  CHECK_FALSE(l.lines[1].markup);
  CHECK(l.lines[2].markup);
  // Markup never counts as prose, however many words its URLs hold.
  CHECK(l.facts[0].weight < 0);
  CHECK(l.facts[1].weight > 0);
}

TEST_CASE("region: three typed list items with one marker are a list, even without sentences") {
  Lines l(
      "Closing prices on Thursday:\n"
      "- Northgate 100 index: up 0.4%\n"
      "- Gold: $2,915 an ounce\n"
      "- Brent crude: $71.20 a barrel\n\n"
      "+ Added stone blocks\n"
      "+ Added iron doors\n\n"
      "Most Read\n"
      "- Harbour closes early\n"
      "- Ferry fares rise\n"
      "- Storm warning lifted\n");
  CHECK(l.facts[l.find("Closing prices")].weight > 0);  // the sentence that opens the list
  CHECK(l.facts[l.find("- Gold")].weight > 0);
  CHECK(l.facts[l.find("+ Added stone")].weight < 0);   // two items are not a run
  CHECK(l.facts[l.find("- Ferry fares")].weight < 0);   // a list under "Most Read" is a teaser list
}

TEST_CASE("region: a related-stories heading after the article ends it like a footer") {
  std::string t;
  for (int i = 0; i < 5; ++i)
    t += "The harbour board met on Tuesday and agreed that the old crane would be repaired "
         "rather than replaced, which saves the town a large sum over the next ten years.\n\n";
  t += "Related stories\n\n"
       "The ferry timetable will change in spring after a long consultation with island "
       "residents.\n\n"
       "A new bakery has opened on the corner of Mill Street and it sells bread all day.\n";
  Lines l(t);
  const TextRegion r = find_region(l.lines, l.facts);
  CHECK(r.begin == 0);
  CHECK(r.end == l.find("Related stories"));
}

TEST_CASE("region: lines cut short by an ellipsis in a run are teasers, not sentences") {
  Lines l(
      "Ferry Fares To Rise Again As Operator Blames Rising Fuel Costs For The...\n"
      "Read more\n"
      "Harbour Crane Saved After Long Campaign By Residents Who Feared That It Would...\n"
      "Read more\n"
      "New Bakery On Mill Street Draws Queues Around The Block On Its First...\n\n"
      "The council said the work would start soon, and residents were asked to wait...\n\n"
      "The mayor thanked everyone who came to the meeting on Tuesday evening.\n");
  CHECK(l.facts[l.find("Ferry Fares")].weight < 0);
  CHECK(l.facts[l.find("Harbour Crane")].weight < 0);
  CHECK(l.facts[l.find("New Bakery")].weight < 0);
  // A single sentence trailing off in an ellipsis, far from the others, is still prose.
  Lines one("The council said the work would start soon, and residents were asked to wait...\n\n"
            "The mayor thanked everyone who came to the meeting on Tuesday evening.\n");
  CHECK(one.facts[0].weight > 0);
}

TEST_CASE("region: a long paragraph of its own reads as prose without a final stop") {
  // Chinese written without sentence stops, one paragraph per blank-line block; a menu of short
  // entries in one block; a Title Case headline alone.
  Lines l(
      "首頁\n旅遊\n美食\n\n"
      "清晨的山谷裡霧氣慢慢散開 我們沿著溪邊的小路走到吊橋旁邊看見整片楓樹已經變紅\n\n"
      "Harbour Crane Saved After A Long Campaign By Residents Who Feared It Would Be Lost "
      "To The Developers Forever\n");
  CHECK(l.facts[0].weight < 0);
  CHECK(l.facts[l.find("清晨")].weight > 0);
  CHECK(l.facts[l.find("Harbour Crane")].weight < 0);
}

TEST_CASE("region: a recent-comments box (snippet cut short, then its author) is a teaser run") {
  Lines l(
      "Great news for the island, I hope the ferry keeps running all winter and... by Marta\n"
      "We waited two years for this, so thank you to everyone who signed the... by Ole Vik\n"
      "Does anyone know whether bikes will still be free on the new boat after... by Jens\n");
  for (const LineFacts& f : l.facts) CHECK(f.weight < 0);
}
