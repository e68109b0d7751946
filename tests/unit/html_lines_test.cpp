// Failure class 6 of issue 9: no line of the text the HTML stage selected may vanish in the text
// pass. Each is kept, or listed in removed[] with a reason that says what it is.
#include <doctest/doctest.h>

#include <string>

#include "pith/pith.h"
#include "text/classify.h"
#include "text/segment.h"

using namespace pith;

namespace {

const char* kParas =
    "<p>The harbour in the small coastal town reopened on Tuesday, three days after the storm, "
    "officials said, and the first ferries left on time with every seat taken.</p>"
    "<p>Fishermen, who had waited since the weekend, returned to sea in the morning, while repair "
    "crews worked on the damaged pier, the town council said in a statement.</p>";

Article clean_html(const std::string& html) {
  Options o;
  o.input_format = InputFormat::kHtml;
  Result<Article> r = clean(html, o);
  REQUIRE(r.ok());
  return r.value();
}

const Removed* removed_with(const Article& a, const std::string& text) {
  for (const Removed& r : a.removed)
    if (r.text.find(text) != std::string::npos) return &r;
  return nullptr;
}

}  // namespace

TEST_CASE("class 6: a short first body line is not taken for the title and lost") {
  // The markup gives the title; the first line of the body has no final period. It used to be
  // taken as the title by the text pass, then replaced by the markup's title: gone, unreported.
  const Article a = clean_html(
      "<html><head><title>Harbour reopens | Coast News</title></head><body><article>"
      "<h1>Harbour reopens</h1><p>Ferries back on the morning timetable</p>" + std::string(kParas) +
      "</article></body></html>");
  CHECK(a.title == "Harbour reopens");
  CHECK(a.text.find("Ferries back on the morning timetable") != std::string::npos);
  CHECK(a.text.find("The harbour in the small coastal town") != std::string::npos);
}

TEST_CASE("class 6: a repeat of the title at the top is removed as duplicate-title") {
  const Article a = clean_html(
      "<html><head><title>Harbour reopens after the storm</title></head><body><article>"
      "<div class=\"kicker\">Harbour reopens after the storm</div>" + std::string(kParas) +
      "</article></body></html>");
  CHECK(a.title == "Harbour reopens after the storm");
  const Removed* r = removed_with(a, "Harbour reopens after the storm");
  REQUIRE(r != nullptr);
  CHECK(r->reason == "duplicate-title");
  CHECK(a.text.find("Harbour reopens after the storm") == std::string::npos);
}

TEST_CASE("class 6: an agency and date line in the header is a date, not a comment") {
  const Article a = clean_html(
      "<html><head><title>Harbour reopens after the storm</title></head><body><article>"
      "<h1>Harbour reopens after the storm</h1><p>Coast Press \xE2\x80\x93 12.05.2025, 14:30</p>" +
      std::string(kParas) + "</article></body></html>");
  const Removed* r = removed_with(a, "Coast Press");
  REQUIRE(r != nullptr);
  CHECK(r->reason == "date");
  CHECK(a.published == "2025-05-12");
  // Every paragraph of the article is kept.
  CHECK(a.text.find("The harbour in the small coastal town") != std::string::npos);
  CHECK(a.text.find("Fishermen, who had waited") != std::string::npos);
}

TEST_CASE("classify_lines: a known title takes no line; its repeat at the top is removed") {
  using namespace pith::detail;
  std::string text =
      "Storm hits the coast\n\nHarbour reopens after the storm\n\nThe harbour reopened on Tuesday, "
      "three days after the storm, officials said.\n\n";
  for (int i = 0; i < 4; ++i) text += "Crews worked on the pier all week, the council said, line " + std::to_string(i) + ".\n\n";
  text += "Did the harbour reopen after the storm?\n";
  std::vector<TextLine> lines = segment_lines(text);
  REQUIRE(lines.size() == 8);
  const TextMeta m = classify_lines(text, lines, true, "Harbour reopens after the storm");
  CHECK(m.title == -1);
  CHECK(lines[0].label == LineLabel::kBody);  // a short line without a period stays
  CHECK(lines[1].label == LineLabel::kRemoved);
  CHECK(std::string(lines[1].reason) == "duplicate-title");
  CHECK(lines[2].label == LineLabel::kBody);
  // A repeat far from the top is left to the dedupe stage, not taken for the headline.
  CHECK(lines[7].label == LineLabel::kBody);
}
