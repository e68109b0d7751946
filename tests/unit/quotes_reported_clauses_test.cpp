// Reported speech: subjects and closing phrases added in session 7 (shares and counts as
// sources, a second verb joined by "but", a trailing time word or addressee after the cue).
#include <doctest/doctest.h>

#include <string>

#include "quotes/quotes.h"
#include "quotes_test_util.h"

using namespace pith;
using namespace pith::detail;

using pith::test::reported_text;
using pith::test::run;

TEST_CASE("reported: a share or a count opens the subject") {
  auto r = run("The survey ran for a week.\n\n"
               "In the harbour towns, 62 percent said the ferry should run at night.\n\n"
               "1,300 nurses say they would strike again in spring.");
  const Quote* a = reported_text(r, "the ferry should run at night");
  REQUIRE(a);
  CHECK(a->speaker == std::string("62 percent"));
  CHECK(reported_text(r, "they would strike again in spring"));
}

TEST_CASE("reported: a second verb joined by 'but' or 'and' speaks for the sentence subject") {
  auto r = run("The weather was mild.\n\n"
               "The spokeswoman declined to name the buyer but said the sale would close in May.\n\n"
               "The coach skipped the press event and said his team needed rest.");
  const Quote* a = reported_text(r, "the sale would close in May");
  REQUIRE(a);
  CHECK(a->speaker == std::string("spokeswoman"));
  const Quote* b = reported_text(r, "his team needed rest");
  REQUIRE(b);
  CHECK(b->speaker == std::string("coach"));
}

TEST_CASE("reported: a time word or an addressee after the cue closes the attribution") {
  auto r = run("The market opened late.\n\n"
               "The mill will cut two shifts next month, the company said Thursday.\n\n"
               "The club will not renew the lease, its chairman told reporters.\n\n"
               "The old pier stays shut all winter, the clerk told the Harbour Gazette on Monday.");
  const Quote* a = reported_text(r, "The mill will cut two shifts next month");
  REQUIRE(a);
  CHECK(a->speaker == std::string("company"));
  CHECK(reported_text(r, "The club will not renew the lease"));
  CHECK(reported_text(r, "The old pier stays shut all winter"));
  CHECK_FALSE(reported_text(r, "Thursday"));
  CHECK_FALSE(reported_text(r, "reporters"));
}

TEST_CASE("reported: further judging verbs take their object as content") {
  auto r = run("The council met late.\n\n"
               "The mayor denounced the plan to close the ferry at night.\n\n"
               "Ana Ruiz lamented that the old bridge had been torn down.\n\n"
               "She left the hall early, insisting the vote had been rigged.");
  const Quote* a = reported_text(r, "the plan to close the ferry at night");
  REQUIRE(a);
  CHECK(a->speaker == std::string("mayor"));
  const Quote* b = reported_text(r, "the old bridge had been torn down");
  REQUIRE(b);
  CHECK(b->speaker == std::string("Ana Ruiz"));
  CHECK(reported_text(r, "the vote had been rigged"));
}

TEST_CASE("reported: an adjective reading of a verb form is no cue") {
  auto r = run("The board met.\n\nThe court held a mock trial for the students on Friday.");
  CHECK_FALSE(reported_text(r, "trial for the students on Friday"));
}

TEST_CASE("reported: a report cue closing its sentence, a short opener before 'according to'") {
  auto r = run("The fund grew.\n\n"
               "Donations to the fund doubled in May, new filings show.\n\n"
               "But, according to the survey, most farmers expect a dry summer.");
  const Quote* a = reported_text(r, "Donations to the fund doubled in May");
  REQUIRE(a);
  CHECK(a->speaker == std::string("new filings"));
  const Quote* b = reported_text(r, "most farmers expect a dry summer");
  REQUIRE(b);
  REQUIRE(b->cue);
  CHECK(b->cue->text == "according to");
}

TEST_CASE("reported: a hearsay adverb makes its clause content with an unnamed source") {
  auto r = run("The shop closed.\n\n"
               "The owner has reportedly moved to a village near the coast.\n\n"
               "In the end, the club reportedly sold its ground to a builder.");
  const Quote* a = reported_text(r, "The owner has reportedly moved to a village near the coast");
  REQUIRE(a);
  CHECK(!a->mention);
  CHECK(reported_text(r, "the club reportedly sold its ground to a builder"));
}

TEST_CASE("reported: a speech verb's topic after 'about' or 'of' is content") {
  auto r = run("The hall was full.\n\n"
               "The mayor spoke about the need for more buses in the old town.\n\n"
               "Jo Park warned of long delays on the coast road.\n\n"
               "They thought of nothing else all week.");
  const Quote* a = reported_text(r, "the need for more buses in the old town");
  REQUIRE(a);
  CHECK(a->speaker == std::string("mayor"));
  CHECK(reported_text(r, "long delays on the coast road"));
  CHECK_FALSE(reported_text(r, "nothing else all week"));
}

TEST_CASE("reported: a bare clause after a second verb joined by 'and'") {
  auto r = run("The trial ended.\n\n"
               "The retired judge spent years in the colonies and says such rulings are unfair.");
  const Quote* a = reported_text(r, "such rulings are unfair");
  REQUIRE(a);
  CHECK(a->speaker == std::string("retired judge"));
}

TEST_CASE("reported: a stance verb's object may be one name") {
  auto r = run("The vote was close.\n\n"
               "Early in the race, the mayor attacked Ruiz, calling her a newcomer.\n\n"
               "The union endorsed him.");
  const Quote* a = reported_text(r, "Ruiz");
  REQUIRE(a);
  CHECK(a->speaker == std::string("mayor"));
  CHECK_FALSE(reported_text(r, "him"));
}

TEST_CASE("reported: words of belief or finding report with a that-clause right after them") {
  auto r = run("The hearing ended.\n\n"
               "The coach is confident that his team will reach the final.\n\n"
               "The court ruled that the new parking fee was unlawful.\n\n"
               "She was confident in her team.\n\n"
               "The rules that govern the league are old.");
  const Quote* a = reported_text(r, "his team will reach the final");
  REQUIRE(a);
  CHECK(a->speaker == std::string("coach"));
  CHECK(reported_text(r, "the new parking fee was unlawful"));
  CHECK_FALSE(reported_text(r, "in her team"));
  CHECK_FALSE(reported_text(r, "govern the league are old"));
}

TEST_CASE("reported: a verb form in -ed or -ing right before 'that' and a clause") {
  auto r = run("The talks went on.\n\n"
               "The minister hinted that she would step down in spring.\n\n"
               "During the morning that he spent at the port, nothing happened.");
  const Quote* a = reported_text(r, "she would step down in spring");
  REQUIRE(a);
  CHECK(a->speaker == std::string("minister"));
  CHECK_FALSE(reported_text(r, "he spent at the port, nothing happened"));
  CHECK_FALSE(reported_text(r, "he spent at the port"));
}

TEST_CASE("reported: the name opening the sentence speaks past a long apposition") {
  auto r = run("The fire spread fast.\n\n"
               "Ana Ruiz, 39, a nurse on the night shift at the clinic by the harbour, told the "
               "local paper that the alarm had rung for an hour.");
  const Quote* a = reported_text(r, "the alarm had rung for an hour");
  REQUIRE(a);
  CHECK(a->speaker == std::string("Ana Ruiz"));
}

TEST_CASE("reported: a participle after 'CLAUSE, X said,' is the writer's") {
  auto r = run("The market was busy.\n\n"
               "Sales of cold drinks were good all week, he said, wiping his brow.");
  const Quote* a = reported_text(r, "Sales of cold drinks were good all week");
  REQUIRE(a);
  CHECK(a->speaker == std::string("he"));
  CHECK_FALSE(reported_text(r, "wiping his brow"));
}

TEST_CASE("reported: 'no' or 'too' after the cue may open a clause") {
  auto r = run("The board met.\n\n"
               "A lawyer for the club said no decision had been made about the appeal.\n\n"
               "Asked whether he would run, the mayor said no.");
  const Quote* a = reported_text(r, "no decision had been made about the appeal");
  REQUIRE(a);
  CHECK(a->speaker == std::string("lawyer for the club"));
}
