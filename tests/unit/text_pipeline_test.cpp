#include <doctest/doctest.h>

#include <string>

#include "text/text_pipeline.h"

using namespace pith;

namespace {
Article run(const std::string& s) {
  Article a;
  detail::clean_plain_text(s, Options{}, a);
  return a;
}
}  // namespace

TEST_CASE("clean paragraphs come back unchanged, in every language") {
  const char* inputs[] = {
      "The committee met on Tuesday to discuss the budget. Members agreed on the road repairs.\n\n"
      "The next meeting will be held in the town hall, as usual.",
      "Der Stadtrat hat am Dienstag den Haushalt beraten. Die Mitglieder stimmten zu.\n\n"
      "Die nächste Sitzung findet wie immer im Rathaus statt.",
      "Le conseil s'est réuni mardi pour le budget. Les membres ont approuvé les travaux.\n\n"
      "La prochaine réunion aura lieu à la mairie, comme d'habitude.",
      "El consejo se reunió el martes para hablar del presupuesto. Todos estuvieron de acuerdo.\n\n"
      "La próxima reunión será en el ayuntamiento, como siempre.",
      "Совет собрался во вторник, чтобы обсудить бюджет. Все члены согласились.\n\n"
      "Следующее заседание пройдёт в мэрии, как обычно.",
      "Рада зібралася у вівторок, щоб обговорити бюджет. Усі члени погодилися.\n\n"
      "Наступне засідання відбудеться в ратуші, як завжди.",
  };
  for (const char* in : inputs) {
    INFO(in);
    const Article a = run(in);
    CHECK(a.text == in);
    CHECK(a.removed.empty());
    CHECK(a.edits.empty());
    CHECK(a.blocks.size() == 2);
    CHECK(a.title.empty());
  }
}

TEST_CASE("the founding shape: title, standfirst, repeated headline, body, trailing widgets") {
  const std::string in =
      "Council approves the new harbour plan after a long debate\n\n"
      "The vote ends two years of arguments about the old docks.\n\n"
      "Council approves new harbour plan after long debate\n\n"
      "The city council approved the harbour plan on Monday by a narrow margin, ending two years "
      "of arguments about what to do with the old docks.\n\n"
      "Supporters say the plan will bring jobs and housing to an area that has been empty for "
      "decades, while critics worry about traffic.\n\n"
      "Also read: What happens to the fish market now\n\n"
      "Work is expected to start next spring, the mayor said.\n\n"
      "Related video\n\nSource: Harbour Times\n\nBack to top button";
  const Article a = run(in);
  CHECK(a.title == "Council approves the new harbour plan after a long debate");
  CHECK(a.subtitle == "The vote ends two years of arguments about the old docks.");
  CHECK(a.source == "Harbour Times");
  REQUIRE(a.blocks.size() == 3);
  CHECK(a.blocks[2].text == "Work is expected to start next spring, the mayor said.");
  REQUIRE(a.removed.size() == 5);
  CHECK(a.removed[0].reason == "duplicate-title");
  CHECK(a.removed[1].reason == "related-link");
  CHECK(a.removed[2].reason == "widget");
  CHECK(a.removed[3].reason == "source-line");
  CHECK(a.removed[4].reason == "widget");
  for (const Removed& r : a.removed) CHECK(in.substr(r.start, r.end - r.start) == r.text);
  for (const Block& b : a.blocks) CHECK(a.text.substr(b.start, b.end - b.start) == b.text);
}

TEST_CASE("removed offsets index the raw input even after normalisation changes lengths") {
  // CRLF line endings and a non-breaking space shift normalised offsets against the input.
  const std::string in =
      "Menu\r\n\r\nThe\xC2\xA0school reopened on Monday after the summer floods damaged its "
      "ground floor.\r\n\r\nTeachers and parents worked for weeks to clean the classrooms "
      "before the start of term.\r\n\r\nShare\r\n";
  const Article a = run(in);
  REQUIRE_FALSE(a.removed.empty());
  for (const Removed& r : a.removed) {
    REQUIRE(r.end <= in.size());
    CHECK(in.substr(r.start, r.end - r.start) == r.text);
  }
}

TEST_CASE("reader comments below the article are not article text") {
  const std::string in =
      "How to keep basil alive on a windowsill\n\n"
      "Basil likes warmth and light, so a south-facing window is the best place for it in "
      "winter. Water it from below and never let the pot stand in water.\n\n"
      "Pinch out the tips every week, because a plant that flowers stops producing leaves and "
      "soon turns bitter.\n\n"
      "2 Comments\n\n"
      "Mary Jones says:\n\nMine always dies in January, whatever I do, and I have tried every "
      "window in the house.\n\nReply\n\n"
      "Tom says:\n\nTry a grow light, it changed everything for me, and the leaves are bigger "
      "than ever before.\n\nReply";
  const Article a = run(in);
  CHECK(a.title == "How to keep basil alive on a windowsill");
  CHECK(a.text.find("Pinch out the tips") != std::string::npos);
  CHECK(a.text.find("grow light") == std::string::npos);
  CHECK(a.text.find("Mine always dies") == std::string::npos);
}

// How its time grows with size is the scaling check's job (scripts/scaling), never asserted here.
TEST_CASE("a large paste is processed") {
  std::string in;
  const std::string para =
      "The river rose again overnight, and the council opened two more shelters for families "
      "who had to leave their homes.\n\nHome\nNews\nSport\n\n";
  while (in.size() < (4u << 20)) in += para;
  const Article a = run(in);
  CHECK(a.text.find("The river rose again overnight") != std::string::npos);
  CHECK(a.text.find("\n\nHome\n") == std::string::npos);
}

TEST_CASE("text chosen by the HTML stage is not cut to a region") {
  // Two prose paragraphs with a run of short lines between them: a pasted page's region search
  // keeps only one side, but text the HTML stage already selected is all article.
  const std::string text =
      "The harbour authority published its yearly report on Monday, showing that ferry traffic "
      "grew for the third year in a row and that the new pier carried most of the increase.\n\n"
      "Ferries\n\nCargo\n\nPilots\n\nTugs\n\nBerths\n\nFees\n\n"
      "Officials said the growth would continue next year if the second pier opens on time, "
      "and that fees for small boats would stay where they are for now.";
  pith::Options options;
  pith::Article pasted, selected;
  pith::detail::clean_plain_text(text, options, pasted);
  pith::detail::clean_plain_text(text, options, selected, /*preselected=*/true);
  CHECK(selected.text.find("ferry traffic") != std::string::npos);
  CHECK(selected.text.find("second pier") != std::string::npos);
  CHECK(selected.text.find("Tugs") != std::string::npos);
  CHECK(selected.blocks.size() >= pasted.blocks.size());
}
