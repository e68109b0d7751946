#include <doctest/doctest.h>

#include <string>

#include "text/dedupe.h"
#include "text/phrases.h"
#include "text/segment.h"

using namespace pith::detail;

namespace {
const char* reason_of(const char* line) {
  const std::string key = line_key(line);
  unsigned words = 0;
  for (const TextLine& l : segment_lines(line)) words += l.words;
  const PhraseMatch m = match_phrase(line, key, words);
  return m.reason ? m.reason : "";
}
}  // namespace

TEST_CASE("segment: lines, paragraphs, features") {
  const std::string t = "Title here\n\nFirst sentence of the body. It goes on.\n- item one\n2) item two\n";
  const auto lines = segment_lines(t);
  REQUIRE(lines.size() == 4);
  CHECK(lines[0].group == 0);
  CHECK(lines[1].group == 1);
  CHECK(lines[1].terminal);
  CHECK_FALSE(lines[0].terminal);
  CHECK(lines[2].bullet);
  CHECK(lines[3].bullet);
  CHECK(t.substr(lines[1].start, lines[1].end - lines[1].start) ==
        "First sentence of the body. It goes on.");
}

TEST_CASE("segment: a hard-wrapped paragraph is one line") {
  const std::string t = "The council met on Monday and agreed after a long debate\nto delay the vote.\n";
  const auto lines = segment_lines(t);
  REQUIRE(lines.size() == 1);
  CHECK(lines[0].terminal);
  CHECK(lines[0].words == 15);
}

TEST_CASE("phrase table: reasons in six languages") {
  CHECK(std::string(reason_of("Also read: Ministers meet again")) == "related-link");
  CHECK(std::string(reason_of("Lesen Sie auch: Neue Regeln für Mieter")) == "related-link");
  CHECK(std::string(reason_of("À lire aussi : la réforme des retraites")) == "related-link");
  CHECK(std::string(reason_of("Lee también: El precio del pan")) == "related-link");
  CHECK(std::string(reason_of("Читайте также: Новые правила")) == "related-link");
  CHECK(std::string(reason_of("Читайте також: Нові правила")) == "related-link");
  CHECK(std::string(reason_of("Related video")) == "widget");
  CHECK(std::string(reason_of("Back to top button")) == "widget");
  CHECK(std::string(reason_of("» Share «")) == "widget");
  CHECK(std::string(reason_of("12 Comments")) == "comments");
  CHECK(std::string(reason_of("Comments (12)")) == "comments");
  CHECK(std::string(reason_of("We use cookies to give you the best experience.")) == "cookie-notice");
  CHECK(std::string(reason_of("© 2026 Example Media")) == "copyright");
  CHECK(std::string(reason_of("Tweet")) == "social");
}

TEST_CASE("phrase table: prose that starts like boilerplate is left alone") {
  CHECK(std::string(reason_of("Also read the report before the vote, the minister said.")) == "");
  CHECK(std::string(reason_of("Share prices fell sharply on Monday.")) == "");
  CHECK(std::string(reason_of("The copyright dispute went to court in May.")) == "");
  CHECK(std::string(reason_of("Related questions were raised by the committee.")) == "");
}

TEST_CASE("title duplicates: small wording changes, containment, and unrelated lines") {
  const auto title = word_set("Xi told Medvedev that China wants negotiations regarding Ukraine");
  CHECK(is_title_duplicate(title, "Xi told Medvedev that China wants negotiations on Ukraine"));
  CHECK_FALSE(is_title_duplicate(title, "China and Russia signed a trade agreement on Monday"));
  const auto short_title = word_set("Winter came early this year");
  CHECK(is_title_duplicate(short_title, "Winter came early this year: snow in the hills"));
}

TEST_CASE("dedupe: the standfirst repeated as the lead is removed, body repeats are kept") {
  const std::string t =
      "A summary of the story in one sentence here.\n\nBody paragraph one has words.\n\n"
      "A summary of the story in one sentence here.\n\nBody paragraph one has words.\n";
  auto lines = segment_lines(t);
  REQUIRE(lines.size() == 4);
  lines[0].label = LineLabel::kSubtitle;
  mark_duplicates(t, lines);
  CHECK(lines[2].label == LineLabel::kRemoved);
  CHECK(std::string(lines[2].reason) == "duplicate");
  CHECK(lines[3].label == LineLabel::kBody);
}

TEST_CASE("segment: Chinese and Japanese characters count one word each") {
  // "Today the weather in the city is very good, many people went to the park." (composed)
  const std::string t = "今天城市里的天气非常好，很多人去了公园。";
  const auto lines = segment_lines(t);
  REQUIRE(lines.size() == 1);
  CHECK(lines[0].words >= 15);
  CHECK(lines[0].terminal);
}
