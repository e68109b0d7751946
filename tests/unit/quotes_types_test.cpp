#include <doctest/doctest.h>

#include <string>

#include "quotes/quotes.h"
#include "quotes_test_util.h"

using namespace pith;
using namespace pith::detail;

using namespace pith::test;

TEST_CASE("types: partial, scare, block") {
  auto r = run("Lena Berg told the board that the project is “moving faster than planned”.\n\n"
               "The town has a “miracle” now.\n\n"
               "“A whole paragraph of quoted words stands here alone.”");
  const Quote* p = quote_with(r, "moving faster than planned");
  REQUIRE(p);
  CHECK(p->type == QuoteType::kPartial);
  CHECK(p->speaker == std::string("Lena Berg"));
  CHECK(p->cue->text == "told");
  const Quote* s = quote_with(r, "miracle");
  REQUIRE(s);
  CHECK(s->type == QuoteType::kScare);
  CHECK(!s->speaker);
  const Quote* b = quote_with(r, "A whole paragraph of quoted words stands here alone.");
  REQUIRE(b);
  CHECK(b->type == QuoteType::kBlock);
}

namespace {
// The type of the quotation with exactly `text` in the single-paragraph text `t`.
QuoteType type_in(const std::string& t, const std::string& text) {
  auto r = run(t);
  const Quote* q = quote_with(r, text);
  REQUIRE_MESSAGE(q, t);
  return q->type;
}
}  // namespace

TEST_CASE("types: a sentence of its own framed by a cue is direct, however short") {
  // The quotation opens the writer's sentence and the cue follows it.
  CHECK(type_in("“We will win,” said Ana Ruiz.", "We will win,") == QuoteType::kDirect);
  CHECK(type_in("“No,” Tom Berg said.", "No,") == QuoteType::kDirect);
  CHECK(type_in("“We will win the vote in the autumn,” Ana Ruiz said.",
                "We will win the vote in the autumn,") == QuoteType::kDirect);
  // The cue comes first and the quotation is set off by a colon or comma, or starts a sentence.
  CHECK(type_in("Ana Ruiz said: “We will win.”", "We will win.") == QuoteType::kDirect);
  CHECK(type_in("Ana Ruiz said, “We will win” and smiled.", "We will win") == QuoteType::kDirect);
  CHECK(type_in("Ana Ruiz said: “no comment.”", "no comment.") == QuoteType::kDirect);
  // The piece after an interrupting frame goes on with the first piece's sentence.
  auto r = run("“We will win,” said Ana Ruiz, “and we will do it soon.”");
  REQUIRE(quote_with(r, "and we will do it soon."));
  CHECK(quote_with(r, "and we will do it soon.")->type == QuoteType::kDirect);
  CHECK(quote_with(r, "We will win,")->type == QuoteType::kDirect);
}

TEST_CASE("types: a fragment inside the writer's sentence is partial; a term with no cue is scare") {
  // Runs on inside the writer's sentence after its cue, in lower case.
  CHECK(type_in("Ana Ruiz said “we will win” and left.", "we will win") == QuoteType::kPartial);
  CHECK(type_in("Ana Ruiz said “we will win the vote in the autumn” and left.",
                "we will win the vote in the autumn") == QuoteType::kPartial);
  // The cue is elsewhere in the sentence: a fragment of the speaker's words, short or long.
  CHECK(type_in("Tom Berg said the plan “would fail within a year” at most.",
                "would fail within a year") == QuoteType::kPartial);
  CHECK(type_in("Ana Ruiz called it “a disgrace” on Monday.", "a disgrace") == QuoteType::kPartial);
  // No speech cue in the sentence: a short phrase is the writer's term, a longer one partial.
  CHECK(type_in("The town has a “miracle” now.", "miracle") == QuoteType::kScare);
  CHECK(type_in("The town has a “small miracle of sorts” now.", "small miracle of sorts") ==
        QuoteType::kPartial);
  // A short term between a determiner and the noun it modifies stays the writer's term even
  // when a cue of the sentence gives it a speaker; without the noun after it, it is partial.
  CHECK(type_in("Ana Ruiz said the two sides had a “boundless” partnership for years.", "boundless") ==
        QuoteType::kScare);
  CHECK(type_in("Ana Ruiz said the partnership was “boundless” in the end.", "boundless") ==
        QuoteType::kPartial);
  // A clause in lower case that ends its sentence inside the marks, right after its cue: a
  // sentence of its own; a phrase of fewer words is not.
  CHECK(type_in("The council issued a note, which said “the plan will cost more than planned.”",
                "the plan will cost more than planned.") == QuoteType::kDirect);
  CHECK(type_in("Ana Ruiz said “a disgrace.”", "a disgrace.") == QuoteType::kPartial);
  // A quotation opening its sentence with no cue: direct when a sentence, scare when a term.
  CHECK(type_in("“It was a long night.” The rest followed.", "It was a long night.") ==
        QuoteType::kDirect);
}

TEST_CASE("types: a name of a thing is a title, nobody's words; speech beside it keeps its type") {
  auto r = run("Lena Berg watched the film “Silver River” twice.\n\n"
               "“It is the best film of the year,” said Lena Berg.\n\n"
               "Tom Reed appeared on “Saturday Night Live” last week.\n\n"
               "The town called the plan a “bold gamble” for the port.");
  const Quote* film = quote_with(r, "Silver River");
  REQUIRE(film);
  CHECK(film->type == QuoteType::kTitle);
  CHECK_FALSE(film->speaker);
  const Quote* show = quote_with(r, "Saturday Night Live");
  REQUIRE(show);
  CHECK(show->type == QuoteType::kTitle);
  CHECK_FALSE(show->speaker);
  const Quote* said = quote_with(r, "It is the best film of the year,");
  REQUIRE(said);
  CHECK(said->type == QuoteType::kDirect);
  CHECK(said->speaker == std::string("Lena Berg"));
  const Quote* term = quote_with(r, "bold gamble");
  REQUIRE(term);
  CHECK(term->type != QuoteType::kTitle);
  for (const auto& s : r.speakers) CHECK(s.name != "Silver River");
  for (const auto& s : r.speakers) CHECK(s.name != "Saturday Night Live");
}

TEST_CASE("reported: X said that ...") {
  auto r = run("Tom Reed said that the bridge would reopen in June.");
  const Quote* q = reported(r);
  REQUIRE(q);
  CHECK(q->text == "the bridge would reopen in June");
  CHECK(q->speaker == std::string("Tom Reed"));
  CHECK(q->cue->text == "said");
}

TEST_CASE("reported: X told Y that ... and a pronoun") {
  auto r = run("Anna Berg spoke first.\n\nShe told local reporters that the vote was fair and open.");
  const Quote* q = reported(r);
  REQUIRE(q);
  CHECK(q->text == "the vote was fair and open");
  CHECK(q->speaker == std::string("Anna Berg"));
  CHECK(q->resolved_from == "pronoun");
}

TEST_CASE("reported: according to X, ...") {
  auto r = run("According to Jane Moss, the harvest was the best in ten years.");
  const Quote* q = reported(r);
  REQUIRE(q);
  CHECK(q->text == "the harvest was the best in ten years");
  CHECK(q->speaker == std::string("Jane Moss"));
}

TEST_CASE("reported: a clause holding a direct quotation is left to the quotation") {
  auto r = run("Tom Reed said that the plan is “a complete and utter disaster for us”.");
  CHECK(reported(r) == nullptr);
}

TEST_CASE("reported: a time phrase before 'that', and the speaker at the end") {
  auto r = run("The agency said on Tuesday that the storm would reach the coast by night.");
  const Quote* q = reported(r);
  REQUIRE(q);
  CHECK(q->text == "the storm would reach the coast by night");
  auto r2 = run("The storm would reach the coast by night, forecaster Ana Ruiz said.");
  const Quote* q2 = reported(r2);
  REQUIRE(q2);
  CHECK(q2->text == "The storm would reach the coast by night");
  CHECK(q2->speaker == std::string("Ana Ruiz"));
}

TEST_CASE("types: a multi-paragraph quote keeps its speaker in every paragraph") {
  auto r = run("Ruth Olsen said: “The first part of the story is long.\n\n"
               "“The second part is longer still.\n\n“And this is the end of it.”\n\nAfter that, silence.");
  const Quote* a = quote_with(r, "The first part of the story is long.");
  const Quote* b = quote_with(r, "The second part is longer still.");
  const Quote* c = quote_with(r, "And this is the end of it.");
  REQUIRE(a);
  REQUIRE(b);
  REQUIRE(c);
  CHECK(a->type == QuoteType::kDirect);
  CHECK(a->speaker == std::string("Ruth Olsen"));
  CHECK(b->type == QuoteType::kBlock);
  CHECK(b->speaker == std::string("Ruth Olsen"));
  CHECK(b->resolved_from == "continuation");
  CHECK(c->speaker == std::string("Ruth Olsen"));
}

TEST_CASE("types: German and French conventions, and offsets into the text") {
  const std::string t = "„Das ist ein guter Tag für uns alle“, sagte Petra Schulz.";
  auto r = run(t);
  REQUIRE(!r.quotes.empty());
  const Quote& q = r.quotes[0];
  CHECK(t.substr(q.start, q.end - q.start) == "Das ist ein guter Tag für uns alle");
  CHECK(q.type == QuoteType::kDirect);
  CHECK(q.cue->text == "sagte");
}

TEST_CASE("reported: bare plural sources and clauses opening with there/those") {
  auto r = run("Several farmers say there is not enough water left in the lake.");
  const Quote* q = reported(r);
  REQUIRE(q);
  CHECK(q->text == "there is not enough water left in the lake");
  CHECK(q->speaker == std::string("Several farmers"));
  auto r2 = run("She said those tickets were never sold to the public.");
  REQUIRE(reported(r2));
  CHECK(reported(r2)->text == "those tickets were never sold to the public");
  auto r3 = run("Even the harbour master said the ice would break up early this year.");
  REQUIRE(reported(r3));
  CHECK(reported(r3)->text == "the ice would break up early this year");
}

TEST_CASE("reported: 'and said' + bare clause speaks for the sentence's subject") {
  auto r = run("Karin Moe left the meeting early and said she would not vote for the plan.");
  REQUIRE(reported(r));
  CHECK(reported(r)->speaker == std::string("Karin Moe"));
  CHECK(reported(r)->text == "she would not vote for the plan");
}
