#include <doctest/doctest.h>

#include <string>

#include "quotes/quotes.h"
#include "quotes_test_util.h"

using namespace pith;
using namespace pith::detail;

using pith::test::run;
using pith::test::reported_count;
using pith::test::reported_text;


TEST_CASE("reported: a bare clause after the cue may open with any word") {
  auto r = run("Tom Hale says Berlin is planning a new tax on sugar.\n\n"
               "Ana Ruiz said much of the budget was spent on roads.\n\n"
               "Jo Park said on Monday the bridge would reopen soon.");
  const Quote* a = reported_text(r, "Berlin is planning a new tax on sugar");
  REQUIRE(a);
  CHECK(a->speaker == std::string("Tom Hale"));
  CHECK(a->cue->text == "says");
  CHECK(reported_text(r, "much of the budget was spent on roads"));
  CHECK(reported_text(r, "on Monday the bridge would reopen soon"));
}

TEST_CASE("reported: words that show no clause follows the cue") {
  auto r = run("She said to him that she was leaving.\n\nHe said so to everyone in the room.\n\n"
               "They think about it every single day.");
  CHECK(reported_text(r, "she was leaving"));
  CHECK(reported_count(r) == 1);
}

TEST_CASE("reported: according to a long source ending at a comma") {
  auto r = run("According to early figures from a survey run by two universities for a broadcaster, "
               "most voters in the region favour the new rail line.\n\n"
               "Turnout rose sharply in the northern towns this year, according to a tally by the "
               "local paper.");
  const Quote* a = reported_text(r, "most voters in the region favour the new rail line");
  REQUIRE(a);
  CHECK(a->cue->text == "According to");
  REQUIRE(a->mention);
  CHECK(a->mention->text.rfind("early figures", 0) == 0);
  CHECK(reported_text(r, "Turnout rose sharply in the northern towns this year"));
}

TEST_CASE("reported: stance verbs take the rest of the sentence") {
  auto r = run("The senator wants to cut the tax on diesel next year.\n\n"
               "The union endorsed the mayor for a second term.\n\n"
               "The bridge was opposed by nobody at all.");
  const Quote* a = reported_text(r, "to cut the tax on diesel next year");
  REQUIRE(a);
  CHECK(a->cue->text == "wants");
  CHECK(reported_text(r, "the mayor for a second term"));
  // Passive: no source speaks.
  CHECK(reported_count(r) == 2);
}

TEST_CASE("reported: a second cue joined by 'and' ends the first content") {
  auto r = run("Ina Borg said the vote went well for her party and said that the rival had lost "
               "ground in the east.");
  CHECK(reported_text(r, "the vote went well for her party"));
}

TEST_CASE("reported: a reporting cue without a clause takes its object") {
  auto r = run("The agency announced its new findings on Monday morning.\n\n"
               "Die Ministerin betonte die Bedeutung der neuen Brücke.");
  CHECK(reported_text(r, "its new findings on Monday morning"));
  CHECK(reported_text(r, "die Bedeutung der neuen Brücke"));
}

TEST_CASE("reported: the writer's ', but' continuation is not content") {
  auto r = run("Lea Holm wanted to stay in the capital for the night, but flew home early.");
  CHECK(reported_text(r, "to stay in the capital for the night"));
}

TEST_CASE("reported: two attributions in one sentence") {
  auto r = run("Ina Borg said the vote went well for her party and said that the rival had lost "
               "ground in the east.");
  CHECK(reported_text(r, "the vote went well for her party"));
  CHECK(reported_text(r, "the rival had lost ground in the east"));
}

TEST_CASE("reported: a participle cue after a comma ends the content") {
  auto r = run("Ola Dahl defended the new budget on Tuesday, saying that it would protect the "
               "hospitals in the north.");
  CHECK(reported_text(r, "the new budget on Tuesday"));
}

TEST_CASE("reported: any short subject run from the clause start speaks") {
  auto r = run("The Town Hall says widening the harbour will protect the old boats.\n\n"
               "Instead, people close to the coach say he wants a new contract soon.");
  const Quote* a = reported_text(r, "widening the harbour will protect the old boats");
  REQUIRE(a);
  REQUIRE(a->mention);
  CHECK(a->mention->text == "The Town Hall");
  const Quote* b = reported_text(r, "he wants a new contract soon");
  REQUIRE(b);
  REQUIRE(b->mention);
  CHECK(b->mention->text == "people close to the coach");
}

TEST_CASE("reported: a document opening the sentence with 'In' is the source") {
  auto r = run("In a new survey of dairy farmers, milk prices are the main worry for most of them.\n\n"
               "In the old town, most of the shops were closed on the holiday.");
  const Quote* a = reported_text(r, "milk prices are the main worry for most of them");
  REQUIRE(a);
  REQUIRE(a->mention);
  CHECK(a->mention->text == "a new survey of dairy farmers");
  CHECK(reported_count(r) == 1);
}

TEST_CASE("reported: stance verbs seem and appear") {
  auto r = run("The coach seemed to accept the verdict of the league.");
  CHECK(reported_text(r, "to accept the verdict of the league"));
}

TEST_CASE("reported: numbers open content, typographic apostrophes stay in the subject") {
  auto r = run("The league says 3,400 fans bought tickets for the final.\n\n"
               "Yet Lea Holm’s own advisers say the plan has no chance in the spring.");
  CHECK(reported_text(r, "3,400 fans bought tickets for the final"));
  CHECK(reported_text(r, "the plan has no chance in the spring"));
}

TEST_CASE("reported: a comma, a short subject and a cue start the next attribution") {
  auto r = run("One count says there are four hundred wolves in the hills, another says there "
               "are only two hundred.");
  CHECK(reported_text(r, "there are four hundred wolves in the hills"));
  CHECK(reported_text(r, "there are only two hundred"));
}

TEST_CASE("reported: a stance verb after a clause-start run keeps the content, names nobody") {
  auto r = run("Last spring in the bay seemed to favour the new quota for cod.");
  const Quote* a = reported_text(r, "to favour the new quota for cod");
  REQUIRE(a);
  CHECK(!a->mention);
}

TEST_CASE("reported: a verb of speech or judgement names its clause-start run as source") {
  auto r = run("Most of the older fishermen in the bay opposed the new quota for cod.");
  const Quote* a = reported_text(r, "the new quota for cod");
  REQUIRE(a);
  REQUIRE(a->mention);
  CHECK(a->mention->text == "Most of the older fishermen in the bay");
}

TEST_CASE("reported: 'is expected to' holds content without a named holder") {
  auto r = run("The new ferry is expected to enter service in the late summer.");
  const Quote* a = reported_text(r, "to enter service in the late summer");
  REQUIRE(a);
  CHECK(!a->mention);
}

TEST_CASE("reported: an opening 'Asked about ...' is content, and the answer follows") {
  auto r = run("Asked about the late trains on the coast line, the minister said the new "
               "timetable would fix them.");
  CHECK(reported_text(r, "about the late trains on the coast line"));
  CHECK(reported_text(r, "the new timetable would fix them"));
}

TEST_CASE("reported: a stance verb's object ends at the first comma") {
  auto r = run("The dock workers endorsed the harbour master, who runs again in the autumn.");
  CHECK(reported_text(r, "the harbour master"));
}

TEST_CASE("reported: 'promised to ...' is content, 'said to him' is not") {
  auto r = run("The governor promised to rebuild the flooded school by the spring.\n\n"
               "She said to him the same words again and again.");
  CHECK(reported_text(r, "to rebuild the flooded school by the spring"));
  CHECK(reported_count(r) == 1);
}

TEST_CASE("reported: a clause with a short quoted fragment is a mixed attribution") {
  auto r = run("Ina Borg said the new harbour plan was “a good start” for both of the towns.");
  CHECK(reported_text(r, "the new harbour plan was “a good start” for both of the towns"));
}

TEST_CASE("reported: a prepositional run before the cue is no speaker") {
  // Two names glued by a lost space, repaired at the offset of "Lina": the right-hand name
  // speaks, and the "during ..." run before it never becomes the speaker.
  const std::string t =
      "Mayor Lina Sorensen opened the new library on Friday.\n\n"
      "Last week, during a visit to the harbour with Paul Wendt Sorensen said that the roof "
      "needed work before the winter.";
  const std::size_t brk = t.find("Sorensen said");
  auto r = detail::find_quotes(t, detail::split_paragraphs(t), {brk});
  const Quote* q = reported_text(r, "the roof needed work before the winter");
  REQUIRE(q);
  REQUIRE(q->speaker);
  CHECK(*q->speaker == "Lina Sorensen");
  REQUIRE(q->mention);
  CHECK(q->mention->text == "Sorensen");
  for (const auto& x : r.quotes)
    if (x.speaker) CHECK(x.speaker->rfind("during", 0) != 0);
}

TEST_CASE("reported: an adverbial run without a subject names nobody") {
  auto r = run("After the long meeting in the town hall said the plan would be dropped.");
  for (const auto& q : r.quotes)
    if (q.speaker) CHECK(q.speaker->rfind("After", 0) != 0);
}

TEST_CASE("reported: a plural noun opening the sentence is a group, not a person") {
  auto r = run("Engineers have proposed a steel frame that can be raised in winter.\n\n"
               "Die Ingenieure sagten, der Rahmen sei stabil.");
  const Quote* q = reported_text(r, "a steel frame that can be raised in winter");
  REQUIRE(q);
  REQUIRE(q->mention);
  CHECK(q->mention->text == "Engineers");
  // Not a person: it does not enter the speaker list as a name taking later pronouns.
  CHECK(q->confidence < 0.7);
}

TEST_CASE("reported: content never starts or ends with a conjunction") {
  auto r = run("The opposition party voted against the plan and, to some surprise, also against "
               "the new fares.\n\n"
               "Bakers will have until May to submit their offers, and the winner gets a stall "
               "at the fair.\n\n"
               "Regional minister Ada Lind, who had opposed the first plan, visited the site and "
               "promised that the state would pay half.");
  for (const auto& q : r.quotes) {
    if (q.type != QuoteType::kReported) continue;
    CHECK(q.text.rfind("and ", 0) != 0);
    CHECK(q.text.size() >= 4);
    CHECK(q.text.compare(q.text.size() - 4, 4, " and") != 0);
  }
  CHECK(reported_text(
      r, "against the plan and, to some surprise, also against the new fares"));
  CHECK_FALSE(reported_text(r, "visited the site"));
  const Quote* p = reported_text(r, "the state would pay half");
  REQUIRE(p);
  REQUIRE(p->speaker);
  CHECK(*p->speaker == "Ada Lind");
}

TEST_CASE("reported: a placed group of people keeps its speaker before a stance verb") {
  auto r = run("Farmers across the northern valley had wanted to keep the old mill open.\n\n"
               "Last winter the plan seemed to fail before the vote.");
  const Quote* q = reported_text(r, "to keep the old mill open");
  REQUIRE(q);
  REQUIRE(q->speaker);
  // The auxiliary "had" is not part of the subject.
  CHECK(*q->speaker == "Farmers across the northern valley");
  for (const auto& x : r.quotes)
    if (x.speaker) CHECK(x.speaker->find("plan") == std::string::npos);
}

TEST_CASE("reported: 'A, she said, B' is one attribution over the whole sentence") {
  auto r = run("If the river keeps rising through the weekend, the mayor said, the fair will move "
               "into the old market hall.\n\n"
               "But without more volunteers at the gate, Lea Brandt said, she thought the fair "
               "could not open at all.\n\n"
               "Six weeks ago, she said, the fair moved indoors.");
  CHECK(reported_text(r, "If the river keeps rising through the weekend, the mayor said, the fair "
                         "will move into the old market hall"));
  // The opening conjunction stays outside.
  const Quote* b = reported_text(r, "without more volunteers at the gate, Lea Brandt said, she "
                                    "thought the fair could not open at all");
  REQUIRE(b);
  REQUIRE(b->speaker);
  CHECK(*b->speaker == "Lea Brandt");
  // A short adverbial opener is not content.
  CHECK(reported_text(r, "the fair moved indoors"));
}

TEST_CASE("reported: a quotation after 'A, she said,' stays the quote's own") {
  auto r = run("At the end of a long evening in the hall, the mayor said, \u201CWe will open the "
               "gates again next year, whatever the cost.\u201D");
  CHECK(reported_count(r) == 0);
}

TEST_CASE("reported: a participle after a comma reports its object") {
  auto r = run("\u201CThe mill will have to close,\u201D Jon Ekberg said, citing falling orders from "
               "abroad and the price of power.\n\n"
               "\u201CIt was a mistake,\u201D said one worker, referring to the sale of the yard.");
  const Quote* a = reported_text(r, "falling orders from abroad and the price of power");
  REQUIRE(a);
  REQUIRE(a->speaker);
  CHECK(*a->speaker == "Jon Ekberg");
  CHECK(reported_text(r, "the sale of the yard"));
}

TEST_CASE("reported: a label opening its paragraph speaks the rest of it") {
  auto r = run("Poll: Most Towns Want The Rail Line Back.\n\n"
               "HOST: Welcome back to the show. Tonight we talk about the harbour.\n\n"
               "Note that the harbour is closed on Sundays.");
  const Quote* h = reported_text(r, "Most Towns Want The Rail Line Back");
  REQUIRE(h);
  REQUIRE(h->speaker);
  CHECK(*h->speaker == "Poll");
  const Quote* t = reported_text(r, "Welcome back to the show. Tonight we talk about the harbour");
  REQUIRE(t);
  REQUIRE(t->speaker);
  CHECK(*t->speaker == "HOST");
  // The turn's second sentence is not a second item.
  CHECK_FALSE(reported_text(r, "Tonight we talk about the harbour"));
}

TEST_CASE("reported: the quoted share of a clause is weighed with its 'that'") {
  // Three of six words are quoted: with the "that" counted in, under half, so the clause is a
  // mixed attribution and not left to the quotation alone.
  auto r = run("The mayor replied that the plan was \u201Cfar too late\u201D.");
  CHECK(reported_text(r, "the plan was \u201Cfar too late\u201D"));
}

TEST_CASE("reported: a naming verb with half its object quoted is a mixed attribution") {
  auto r = run("The mayor called the new rail plan \u201Cfar too late\u201D.\n\n"
               "Jo Park said it was \u201Cthe worst plan in years\u201D.");
  CHECK(reported_text(r, "the new rail plan \u201Cfar too late\u201D"));
  // Five of seven words quoted: the quotation's own.
  CHECK_FALSE(reported_text(r, "it was \u201Cthe worst plan in years\u201D"));
}

TEST_CASE("reported: a clause cue after an apposition's comma speaks for the subject") {
  auto r = run("Ben Cole, executive director of Harbor Action, which organized the letter, said "
               "the answer was weak.");
  CHECK(reported_text(r, "the answer was weak"));
}

TEST_CASE("reported: a dash closes a dateline before the subject") {
  auto r = run("HARBOURTOWN (Wire) - Regional transport minister Ana Ruiz said the port would "
               "close in May.");
  const Quote* q = reported_text(r, "the port would close in May");
  REQUIRE(q);
  REQUIRE(q->speaker);
  CHECK(q->speaker->find("Ana Ruiz") != std::string::npos);
}

TEST_CASE("reported: a title-case headline's cue") {
  auto r = run("Harbour Mayor Says The Ferry Will Run Again In May.\n\n"
               "The Mayor Says Nothing was heard from the Old Town Hall.");
  const Quote* q = reported_text(r, "The Ferry Will Run Again In May");
  REQUIRE(q);
  REQUIRE(q->speaker);
  CHECK(q->speaker->find("Mayor") != std::string::npos);
  // Only the first line is a headline.
  CHECK(reported_count(r) == 1);
}

TEST_CASE("reported: a closing 'according to' takes its whole clause first") {
  auto r = run("Farmers who believe the new port helps them backed the plan by a wide margin, "
               "according to a poll by the regional paper.");
  const Quote* q = reported_text(
      r, "Farmers who believe the new port helps them backed the plan by a wide margin");
  REQUIRE(q);
  CHECK(reported_count(r) == 1);
}

TEST_CASE("reported: nouns spelled like stance verbs are no cue") {
  auto r = run("The first votes of the county will be counted on Tuesday in three villages.\n\n"
               "The mayor turned back to look at the crowd in the square.");
  CHECK(reported_count(r) == 0);
}

TEST_CASE("reported: low-precision cues of the shared table do not open reported speech") {
  auto r = run("The ferry company maintained its lead over the bus lines last year.\n\n"
               "Jon Berg knew the old harbour better than anyone in the town.");
  CHECK(reported_count(r) == 0);
}

TEST_CASE("reported: 'CLAUSE, X said in an interview' takes the clause, not the setting") {
  auto r = run("Rising seas could force a million farmers from the delta, Ana Ruiz said in her "
               "interview.");
  const Quote* q =
      reported_text(r, "Rising seas could force a million farmers from the delta");
  REQUIRE(q);
  REQUIRE(q->speaker);
  CHECK(*q->speaker == "Ana Ruiz");
  CHECK_FALSE(reported_text(r, "in her interview"));
}

TEST_CASE("reported: a parenthesis and time words between subject and cue") {
  auto r = run("Ranking member Ana Ruiz (D-Ore.) last week said the port was safe.");
  const Quote* q = reported_text(r, "the port was safe");
  REQUIRE(q);
  REQUIRE(q->speaker);
  CHECK(q->speaker->find("Ana Ruiz") != std::string::npos);
  CHECK(q->speaker->find("week") == std::string::npos);
}

TEST_CASE("reported: a claim noun's that-clause is attributed content") {
  auto r = run("Ana Ruiz's assertion that the harbour was safe, however, did not convince the "
               "board.");
  const Quote* q = reported_text(r, "the harbour was safe");
  REQUIRE(q);
  REQUIRE(q->speaker);
  CHECK(q->speaker->find("Ana Ruiz") != std::string::npos);
}

TEST_CASE("reported: 'was asked (by X) why ...' makes the question content") {
  auto r = run("The mayor was asked by a caller why the ferry had stopped running.\n\n"
               "Later the mayor was asked about the new harbour fees, and she left.");
  CHECK(reported_text(r, "why the ferry had stopped running"));
  CHECK(reported_text(r, "the new harbour fees"));
}
