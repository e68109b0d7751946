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
