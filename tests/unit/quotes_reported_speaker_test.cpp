// Who speaks a reported item (German verb-second order, sentence adverbs, cue-less subjunctive
// sentences that go on reporting the previous source), on composed sentences.
#include <doctest/doctest.h>

#include <string>

#include "quotes/quotes.h"
#include "quotes_test_util.h"

using namespace pith;
using namespace pith::detail;

using pith::test::run;
using pith::test::reported_count;
using pith::test::reported_text;


TEST_CASE("reported speaker: a German adverb opening the sentence is not the speaker") {
  auto r = run("Später sagte Ministerin Karla Brandt vor der Presse, der Hafen sei sicher.\n\n"
               "Offiziell sagt die Stadtverwaltung, man erwarte keinen Verkauf der Anlage.\n\n"
               "Unterdessen verlangte Jonas Feld vom Stadtrat eine neue Abstimmung.");
  const Quote* a = reported_text(r, "der Hafen sei sicher");
  REQUIRE(a);
  CHECK(a->speaker == std::string("Karla Brandt"));
  REQUIRE(a->cue);
  CHECK(a->cue->text == "sagte");
  const Quote* b = reported_text(r, "man erwarte keinen Verkauf der Anlage");
  REQUIRE(b);
  REQUIRE(b->speaker);
  CHECK(*b->speaker == "Stadtverwaltung");
  for (const auto& q : r.quotes)
    if (q.speaker) {
      CHECK(*q.speaker != "Später");
      CHECK(*q.speaker != "Offiziell");
      CHECK(*q.speaker != "Unterdessen");
    }
}

TEST_CASE("reported speaker: a German adverb before a direct quotation's cue") {
  auto r = run("Dazu erklärte Hartmut Lenz: \u201EDie Zahlen überraschen mich nicht.\u201C");
  const Quote* q = pith::test::quote_with(r, "Die Zahlen überraschen mich nicht.");
  REQUIRE(q);
  CHECK(q->speaker == std::string("Hartmut Lenz"));
}

TEST_CASE("reported speaker: 'Dies bestätigte X.' reports nothing of its own") {
  auto r = run("Die Fähre über den Fluss fährt ab Mai wieder jede Stunde. Dies bestätigte der "
               "Vorsitzende Jonas Feld am Abend.");
  for (const auto& q : r.quotes) {
    CHECK(q.text.find("Vorsitzende Jonas Feld") == std::string::npos);
    if (q.speaker) CHECK(*q.speaker != "Dies");
  }
}

TEST_CASE("reported speaker: a cue-less subjunctive sentence continues the previous source") {
  auto r = run("Karla Brandt sagte am Montag, die Brücke sei marode. Eine Sanierung koste mehrere "
               "Millionen Euro.\n\nMan werde die Bürger der Stadt bald informieren.");
  const Quote* a = reported_text(r, "Eine Sanierung koste mehrere Millionen Euro");
  REQUIRE(a);
  CHECK(a->speaker == std::string("Karla Brandt"));
  CHECK(a->resolved_from == "continuation");
  CHECK(!a->cue);
  // The next paragraph still reports her.
  const Quote* b = reported_text(r, "Man werde die Bürger der Stadt bald informieren");
  REQUIRE(b);
  CHECK(b->speaker == std::string("Karla Brandt"));
}

TEST_CASE("reported speaker: no source before, no speaker for a subjunctive sentence") {
  auto r = run("Die Brücke sei marode, heißt es in der Stadt. Eine Sanierung koste Millionen.");
  for (const auto& q : r.quotes) CHECK(!q.speaker);
}

TEST_CASE("reported speaker: 'nach Angaben von X' names X, the phrase stays the mention") {
  auto r = run("Nach Angaben von Jonas Feld wurden zwölf Häuser im Tal zerstört.");
  const Quote* q = reported_text(r, "wurden zwölf Häuser im Tal zerstört");
  REQUIRE(q);
  CHECK(q->speaker == std::string("Jonas Feld"));
  REQUIRE(q->mention);
  CHECK(q->mention->text == "Angaben von Jonas Feld");
  REQUIRE(r.speakers.size() == 1);
  CHECK(r.speakers[0].name == "Jonas Feld");
}

TEST_CASE("reported speaker: with no source before, the previous sentence's person speaks") {
  auto r = run("Die Ministerin Karla Brandt besuchte am Montag das alte Werk. Die Anlage sei "
               "veraltet und müsse bald ersetzt werden.");
  const Quote* q = reported_text(r, "Die Anlage sei veraltet und müsse bald ersetzt werden");
  REQUIRE(q);
  CHECK(q->speaker == std::string("Karla Brandt"));
}

TEST_CASE("reported speaker: a reported item without a speaker keeps its cue") {
  auto r = run("The council will publish the tender next week, and the winner is expected to be "
               "named in early March.");
  const Quote* q = pith::test::reported(r);
  REQUIRE(q);
  CHECK(!q->speaker);
  REQUIRE(q->cue);
  CHECK(q->cue->text == "is expected");
}

TEST_CASE("reported speaker: a stance after 'who' and after a named subject names its holder") {
  auto r = run("Senator Ana Ruiz, who had opposed the new tariff, met the farmers in Leeds.\n\n"
               "The opposition Harbour Alliance voted against the fare rise for students.");
  const Quote* a = reported_text(r, "the new tariff");
  REQUIRE(a);
  CHECK(a->speaker == std::string("Ana Ruiz"));
  REQUIRE(a->cue);
  CHECK(a->cue->text == "opposed");
  bool alliance = false;
  for (const auto& q : r.quotes)
    if (q.type == QuoteType::kReported && q.speaker && q.speaker->find("Harbour Alliance") != std::string::npos)
      alliance = true;
  CHECK(alliance);
}

TEST_CASE("reported speaker: the noun of a prepositional phrase before the verb is no subject") {
  auto r = run("In einem Interview sagte der Minister, die Steuern würden im Herbst steigen.\n\n"
               "Jonas Feld hatte im gleichen Interview gesagt, die Werft sei gerettet.\n\n"
               "Des Weiteren verwies Karla Brandt darauf, dass der Hafen modernisiert werde.");
  const Quote* a = reported_text(r, "die Steuern würden im Herbst steigen");
  REQUIRE(a);
  REQUIRE(a->speaker);
  CHECK(*a->speaker == "Minister");
  const Quote* b = reported_text(r, "die Werft sei gerettet");
  REQUIRE(b);
  CHECK(b->speaker == std::string("Jonas Feld"));
  for (const auto& q : r.quotes)
    if (q.speaker) {
      CHECK(*q.speaker != "Interview");
      CHECK(*q.speaker != "Weiteren");
    }
}

TEST_CASE("reported speaker: German 'man' is nobody") {
  auto r = run("Nach dem Brand in der Halle geht man davon aus, dass ein Kurzschluss die Ursache war.");
  const Quote* q = reported_text(r, "dass ein Kurzschluss die Ursache war");
  REQUIRE(q);
  CHECK(!q->speaker);
  REQUIRE(q->cue);
  CHECK(q->cue->text == "geht");
}

TEST_CASE("reported speaker: a role or an institution in the previous sentence speaks on") {
  auto r = run("Der Minister wies am Montag auf neue Risiken im Netz hin. Dazu gehöre vor allem "
               "die Erkennung von Gesichtern.\n\nDie Behörden haben die Bewohner gewarnt. Viele "
               "Familien sollen die Stadt bereits verlassen haben.");
  const Quote* a = reported_text(r, "Dazu gehöre vor allem die Erkennung von Gesichtern");
  REQUIRE(a);
  REQUIRE(a->speaker);
  CHECK(a->speaker->find("Minister") != std::string::npos);
  const Quote* b = reported_text(r, "Viele Familien sollen die Stadt bereits verlassen haben");
  REQUIRE(b);
  REQUIRE(b->speaker);
}

TEST_CASE("speaker: a German group of people coins a scare quote, a thing does not") {
  auto r = run("Datenschützer warnten vor dem \u201Egläsernen Kunden\u201C.\n\n"
               "Die Brücke gilt als \u201Emarode\u201C.");
  const Quote* a = pith::test::quote_with(r, "gläsernen Kunden");
  REQUIRE(a);
  CHECK(a->speaker == std::string("Datenschützer"));
  const Quote* b = pith::test::quote_with(r, "marode");
  REQUIRE(b);
  CHECK(!b->speaker);
}

TEST_CASE("speaker: after a German fronted phrase the subject follows the verb") {
  auto r = run("In der Halle zeigte sich Trainerin Karla Brandt zufrieden: \u201EWir haben gut gespielt.\u201C\n\n"
               "In one exchange between Lea Roe and her aide Tom Vance, the aide forwards a note.");
  const Quote* q = pith::test::quote_with(r, "Wir haben gut gespielt.");
  REQUIRE(q);
  REQUIRE(q->speaker);
  CHECK(q->speaker->find("Karla Brandt") != std::string::npos);
}

TEST_CASE("reported speaker: a German subject far before its reporting verb") {
  auto r = run("Jonas Feld, der Leiter der Werft, hatte am Montag der Zeitung \u201EDie Post\u201C "
               "mitgeteilt, dass die Werft gerettet sei.");
  const Quote* q = reported_text(r, "dass die Werft gerettet sei");
  REQUIRE(q);
  CHECK(q->speaker == std::string("Jonas Feld"));
}

TEST_CASE("reported speaker: adverbs between a German verb and its subject") {
  auto r = run("Nach dem Angriff kündigte heute die Ministerin Karla Brandt an, die Grenze zu schließen.");
  const Quote* q = reported_text(r, "die Grenze zu schließen");
  REQUIRE(q);
  REQUIRE(q->speaker);
  CHECK(q->speaker->find("Karla Brandt") != std::string::npos);
}

TEST_CASE("speaker: a long name run opening a later paragraph still opens its sentence") {
  auto r = run("Die Fähre sank am Morgen.\n\nNorwegens Ministerin Karla Brandt bezeichnete das "
               "Unglück als \u201Egroße Tragödie\u201C.");
  const Quote* q = pith::test::quote_with(r, "große Tragödie");
  REQUIRE(q);
  CHECK(q->speaker == std::string("Karla Brandt"));
}

TEST_CASE("reported speaker: ', so X, Name.' closing a sentence names the person") {
  auto r = run("Der Angriff sei eine Strafe für alle Gegner, so der Sprecher der Bewegung, Jonas Feld.");
  const Quote* q = reported_text(r, "Der Angriff sei eine Strafe für alle Gegner");
  REQUIRE(q);
  CHECK(q->speaker == std::string("Jonas Feld"));
  REQUIRE(q->cue);
  CHECK(q->cue->text == "so");
}

TEST_CASE("reported speaker: a sourceless, cue-less reported sentence stays below 0.5") {
  auto r = run("Die alte Fähre sei seit Jahren marode und müsse bald ersetzt werden.");
  const Quote* q = pith::test::reported(r);
  REQUIRE(q);
  CHECK(!q->speaker);
  CHECK(!q->cue);
  CHECK(q->confidence < 0.5);
}

TEST_CASE("reported speaker: 'which' after an organisation's name or noun is that organisation") {
  auto r = run("The vote drew letters from firms such as Corvane, which opposed the harbour plan in the spring.\n\n"
               "The union, which endorsed the mayor in November, is the largest in the port.\n\n"
               "The council issued a note at the harbour summit, which said the plan was sound.");
  const Quote* a = reported_text(r, "the harbour plan in the spring");
  REQUIRE(a);
  CHECK(a->speaker == std::string("Corvane"));
  REQUIRE(a->mention);
  CHECK(a->mention->text == "which");
  const Quote* b = reported_text(r, "the mayor in November");
  REQUIRE(b);
  CHECK(b->speaker == std::string("union"));
  // A source noun before the organisation's noun keeps the source: the note, not the summit.
  const Quote* c = reported_text(r, "the plan was sound");
  REQUIRE(c);
  CHECK(c->speaker != std::string("summit"));
}
