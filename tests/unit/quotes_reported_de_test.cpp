// German reported speech without quotation marks (reported_de.cpp), on composed sentences.
#include <doctest/doctest.h>

#include <string>

#include "quotes/quotes.h"
#include "quotes_test_util.h"

using namespace pith;
using namespace pith::detail;

using pith::test::run;
using pith::test::reported_count;
using pith::test::reported_text;


TEST_CASE("reported de: a fronted source phrase, then the clause from its verb") {
  auto r = run("Laut der Feuerwehr war der Keller des alten Rathauses voller Wasser.\n\n"
               "Nach Angaben des Ministeriums wurden zwölf Häuser im Tal zerstört.\n\n"
               "Nach ersten Erkenntnissen stand der Zug zu lange auf dem Gleis.\n\n"
               "Laut einer neuen Umfrage würden die meisten Befragten wieder wählen.");
  const Quote* a = reported_text(r, "war der Keller des alten Rathauses voller Wasser");
  REQUIRE(a);
  REQUIRE(a->cue);
  CHECK(a->cue->text == "Laut");
  REQUIRE(a->mention);
  CHECK(a->mention->text == "der Feuerwehr");
  CHECK(reported_text(r, "wurden zwölf Häuser im Tal zerstört"));
  CHECK(reported_text(r, "stand der Zug zu lange auf dem Gleis"));
  // "neuen" is an adjective before its noun, "würden" the verb.
  CHECK(reported_text(r, "würden die meisten Befragten wieder wählen"));
}

TEST_CASE("reported de: a source phrase inside the sentence takes the whole sentence") {
  auto r = run("Der Keller war laut Feuerwehr bis zur Decke voller Wasser.\n\n"
               "Die Preise stiegen nach Angaben der Kammer um zehn Prozent.");
  CHECK(reported_text(r, "Der Keller war laut Feuerwehr bis zur Decke voller Wasser"));
  CHECK(reported_text(r, "Die Preise stiegen nach Angaben der Kammer um zehn Prozent"));
}

TEST_CASE("reported de: 'zufolge', 'seiner Meinung nach' and 'Demnach'") {
  auto r = run("Dem jüngsten Bericht der Kammer zufolge stiegen die Mieten um zehn Prozent.\n\n"
               "Die Mieten stiegen dem Bericht zufolge vor allem in den Städten.\n\n"
               "Seiner Meinung nach hätte der Rat früher handeln müssen.\n\n"
               "Demnach sind drei Menschen leicht verletzt worden.");
  const Quote* a = reported_text(r, "stiegen die Mieten um zehn Prozent");
  REQUIRE(a);
  REQUIRE(a->mention);
  CHECK(a->mention->text == "Dem jüngsten Bericht der Kammer");
  CHECK(reported_text(r, "Die Mieten stiegen dem Bericht zufolge vor allem in den Städten"));
  CHECK(reported_text(r, "hätte der Rat früher handeln müssen"));
  CHECK(reported_text(r, "sind drei Menschen leicht verletzt worden"));
}

TEST_CASE("reported de: a reporting verb and its comma") {
  auto r = run("Die Stadtverwaltung teilte am Montag mit, dass die Brücke bis Mai gesperrt "
               "bleibt.\n\n"
               "Wie die Feuerwehr mitteilte, brach das Feuer am späten Abend aus.\n\n"
               "Am Dienstag sagte Jana Novak, die Schule werde im Herbst saniert.");
  const Quote* a = reported_text(r, "dass die Brücke bis Mai gesperrt bleibt");
  REQUIRE(a);
  REQUIRE(a->speaker);
  CHECK(a->speaker->find("Stadtverwaltung") != std::string::npos);
  const Quote* b = reported_text(r, "brach das Feuer am späten Abend aus");
  REQUIRE(b);
  REQUIRE(b->mention);
  CHECK(b->mention->text == "die Feuerwehr");
  // Verb-second: the subject follows the verb after a fronted phrase.
  const Quote* c = reported_text(r, "die Schule werde im Herbst saniert");
  REQUIRE(c);
  REQUIRE(c->speaker);
  CHECK(*c->speaker == "Jana Novak");
}

TEST_CASE("reported de: a reporting verb after the clause") {
  auto r = run("Die Brücke bleibt bis Mai gesperrt, teilte die Stadtverwaltung am Montag mit.\n\n"
               "Das Feuer brach am Abend aus, wie die Feuerwehr mitteilte.");
  const Quote* a = reported_text(r, "Die Brücke bleibt bis Mai gesperrt");
  REQUIRE(a);
  REQUIRE(a->mention);
  CHECK(a->mention->text.rfind("die Stadtverwaltung", 0) == 0);
  CHECK(reported_text(r, "Das Feuer brach am Abend aus"));
}

TEST_CASE("reported de: subjunctive and reportative sentences without a cue") {
  auto r = run("Die Lage im Tal sei weiterhin ernst.\n\n"
               "Der Täter soll über die Grenze nach Polen geflohen sein.\n\n"
               "Es gebe bisher keine Hinweise auf weitere Opfer.");
  const Quote* a = reported_text(r, "Die Lage im Tal sei weiterhin ernst");
  REQUIRE(a);
  CHECK_FALSE(a->speaker);
  CHECK(reported_text(r, "Der Täter soll über die Grenze nach Polen geflohen sein"));
  CHECK(reported_text(r, "Es gebe bisher keine Hinweise auf weitere Opfer"));
}

TEST_CASE("reported de: no reported speech in plain statements") {
  auto r = run("Ich habe das alte Haus am See verkauft.\n\n"
               "Das Konzert im Park war sehr laut und lang.\n\n"
               "Der Täter soll morgen vor Gericht stehen.\n\n"
               "The plane landed safely and the crew handled the delay well.\n\n"
               "The council will open the new harbour bridge next spring.");
  CHECK(reported_count(r) == 0);
}

TEST_CASE("reported de: a stance verb makes the whole sentence its subject's position") {
  auto r = run("Der Mieterverein verlangte eine Senkung der Nebenkosten um ein Drittel.\n\n"
               "Am Abend kritisierte die Opposition den Haushalt als unsozial.");
  const Quote* a = reported_text(r, "Der Mieterverein verlangte eine Senkung der Nebenkosten um "
                                    "ein Drittel");
  REQUIRE(a);
  REQUIRE(a->speaker);
  CHECK(a->speaker->find("Mieterverein") != std::string::npos);
  CHECK(reported_text(r, "Am Abend kritisierte die Opposition den Haushalt als unsozial"));
}

TEST_CASE("reported de: less common subjunctive forms, and 'ich' keeps the indicative") {
  auto r = run("Die Mitgliedschaft der Firma ruhe derzeit.\n\n"
               "Ich glaube an den Erfolg des Vereins.");
  CHECK(reported_text(r, "Die Mitgliedschaft der Firma ruhe derzeit"));
  CHECK(reported_count(r) == 1);
}

TEST_CASE("reported de: an intention with 'will' in a German sentence") {
  auto r = run("Die Stadt will die alte Brücke bis zum Sommer abreißen lassen.");
  CHECK(reported_text(r, "Die Stadt will die alte Brücke bis zum Sommer abreißen lassen"));
}

TEST_CASE("reported de: the comma clause holding the subjunctive or the source phrase") {
  auto r = run("Im Interview erklärte der Direktor der Behörde, Jon Berg, die Brücke sei nicht "
               "mehr sicher.\n\n"
               "Schuld war ein Fehler im Plan, der nach Angaben der Werft nicht mehr zu beheben "
               "war.\n\n"
               "Nach Angaben von Jon Berg, einem Sprecher der Werft, wurde die Arbeit gestoppt.");
  CHECK(reported_text(r, "die Brücke sei nicht mehr sicher"));
  CHECK(reported_text(r, "der nach Angaben der Werft nicht mehr zu beheben war"));
  const Quote* c = reported_text(r, "wurde die Arbeit gestoppt");
  REQUIRE(c);
  REQUIRE(c->mention);
  CHECK(c->mention->text == "Angaben von Jon Berg, einem Sprecher der Werft");
}

TEST_CASE("reported de: a date's full stop does not end the reported clause") {
  auto r = run("Wie die Stadt mitteilte, wird die Brücke am 12. Oktober wieder geöffnet.");
  CHECK(reported_text(r, "wird die Brücke am 12. Oktober wieder geöffnet"));
  CHECK(reported_count(r) == 1);
}

TEST_CASE("reported de: 'nach dem Bericht', 'nach denen' and a closing 'wonach'") {
  auto r = run("Nach dem Bericht der Kammer sollen die Mieten weiter steigen.\n\n"
               "Sie verwies auf Studien, nach denen die Kur oft hilft.\n\n"
               "Die Stadt wies Berichte zurück, wonach die Brücke einsturzgefährdet sei.");
  CHECK(reported_text(r, "sollen die Mieten weiter steigen"));
  CHECK(reported_text(r, "die Kur oft hilft"));
  CHECK(reported_text(r, "die Brücke einsturzgefährdet sei"));
}

TEST_CASE("reported de: 'gemäß', a closing ', so X' and 'wird vorgeworfen,'") {
  auto r = run("Gemäß seiner Aussage werden die Preise im Herbst steigen.\n\n"
               "Die Fähre fährt erst wieder im Mai, so die Sprecherin der Reederei.\n\n"
               "Dem Bürgermeister wird vorgeworfen, die Kosten verschwiegen zu haben.");
  CHECK(reported_text(r, "werden die Preise im Herbst steigen"));
  const Quote* b = reported_text(r, "Die Fähre fährt erst wieder im Mai");
  REQUIRE(b);
  REQUIRE(b->mention);
  CHECK(b->mention->text.find("Sprecherin") != std::string::npos);
  CHECK(reported_text(r, "die Kosten verschwiegen zu haben"));
}

TEST_CASE("reported de: a naming verb with a quoted term leaves the term to the quote") {
  auto r = run("Die Ministerin bezeichnete den Plan als \u201Eeinen teuren Irrweg\u201C.");
  CHECK(reported_count(r) == 0);
}

TEST_CASE("reported de: 'Dies bestätigte X.' makes the sentence before it X's") {
  auto r = run("Die alte Brücke bleibt bis zum Sommer gesperrt. Dies bestätigte die Stadtverwaltung "
               "am Montag.");
  const Quote* q = reported_text(r, "Die alte Brücke bleibt bis zum Sommer gesperrt");
  REQUIRE(q);
  REQUIRE(q->mention);
  CHECK(q->mention->text.find("Stadtverwaltung") != std::string::npos);
}

TEST_CASE("reported de: a claim noun's dass-clause") {
  auto r = run("Am Abend wurde der Vorwurf, dass die Stadt Daten verkauft hat, lauter.");
  CHECK(reported_text(r, "dass die Stadt Daten verkauft hat, lauter"));
}

TEST_CASE("reported de: English cue patterns stay out of German, not out of German names") {
  auto r = run("Ursula von der Leyen said the union would act within a week.\n\n"
               "Der Bürgermeister sagte am Montag nichts und ist nicht zu erreichen.");
  CHECK(reported_text(r, "the union would act within a week"));
  CHECK(reported_count(r) == 1);
}

TEST_CASE("reported de: 'laut' before an adjective or a quoted name, 'nach' before more source nouns") {
  auto r = run("Der Sturm zog am Abend weiter.\n\n"
               "Laut örtlichen Medien waren drei Dörfer ohne Strom.\n\n"
               "Laut „Kurier“ bleibt die Brücke bis zum Sommer gesperrt.\n\n"
               "Nach jüngsten Untersuchungen ist das Wasser im See wieder sauber.\n\n"
               "Nach Bergs Meinung hat die Stadt zu spät gehandelt.\n\n"
               "Auch soll nach den Vorstellungen der Regierung die Behörde mehr Geld bekommen.");
  const Quote* a = reported_text(r, "waren drei Dörfer ohne Strom");
  REQUIRE(a);
  REQUIRE(a->mention);
  CHECK(a->mention->text == "örtlichen Medien");
  CHECK(reported_text(r, "bleibt die Brücke bis zum Sommer gesperrt"));
  CHECK(reported_text(r, "ist das Wasser im See wieder sauber"));
  CHECK(reported_text(r, "hat die Stadt zu spät gehandelt"));
  // Mid-sentence: the whole sentence; the source ends before the clause's own subject.
  const Quote* e = reported_text(r, "Auch soll nach den Vorstellungen der Regierung die Behörde mehr Geld bekommen");
  REQUIRE(e);
  REQUIRE(e->mention);
  CHECK(e->mention->text == "den Vorstellungen der Regierung");
}

TEST_CASE("reported de: 'laut' as an adverb is no source") {
  auto r = run("Die Kinder sangen laut und lange im Hof der Schule.");
  CHECK(reported_count(r) == 0);
}

TEST_CASE("reported de: a main clause closed by ', dass' whose verb no list holds") {
  auto r = run("Der Prozess dauerte drei Wochen.\n\n"
               "Das Gericht sah es als erwiesen an, dass die beiden Männer den Brand gelegt hatten.\n\n"
               "Im April wurde dann bekannt, dass die Fähre im Winter nicht mehr fährt.\n\n"
               "Die Explosion war so heftig, dass auch Fenster in der Nachbarschaft zerbrachen.\n\n"
               "Wichtig ist, dass niemand verletzt wurde.");
  const Quote* a = reported_text(r, "dass die beiden Männer den Brand gelegt hatten");
  REQUIRE(a);
  REQUIRE(a->mention);
  CHECK(a->mention->text == "Das Gericht");
  const Quote* b = reported_text(r, "dass die Fähre im Winter nicht mehr fährt");
  REQUIRE(b);
  CHECK(!b->mention);
  CHECK_FALSE(reported_text(r, "dass auch Fenster in der Nachbarschaft zerbrachen"));
  CHECK_FALSE(reported_text(r, "dass niemand verletzt wurde"));
}

TEST_CASE("reported de: after a fronted phrase the ', dass' clause's source follows the verb") {
  auto r = run("Der Prozess begann im Mai.\n\n"
               "Im Juni sah das Gericht es als erwiesen an, dass der Mann das Feuer gelegt hatte.");
  const Quote* a = reported_text(r, "dass der Mann das Feuer gelegt hatte");
  REQUIRE(a);
  REQUIRE(a->mention);
  CHECK(a->mention->text == "das Gericht");
}

TEST_CASE("reported de: a subjunctive form alone marks the sentence German") {
  auto r = run("Das Feuer brach am Abend aus.\n\n"
               "Starke Winde hätten die Ausbreitung verursacht.");
  const Quote* a = reported_text(r, "Starke Winde hätten die Ausbreitung verursacht");
  REQUIRE(a);
  CHECK(!a->mention);
}

TEST_CASE("reported de: a ', dass' clause with a named subject comes before the subjunctive rule") {
  auto r = run("Der Prozess begann im Mai.\n\n"
               "Die Richterin sah es als erwiesen an, dass der Mann das Geld genommen habe.");
  const Quote* a = reported_text(r, "dass der Mann das Geld genommen habe");
  REQUIRE(a);
  REQUIRE(a->mention);
  CHECK(a->mention->text == "Die Richterin");
}

TEST_CASE("reported de: a stance verb closing its clause is no main-clause stance") {
  auto r = run("Die Stadt plant einen neuen Hafen.\n\n"
               "Der Hafen ist zu wichtig, als dass man einen Streik riskieren will.\n\n"
               "Der Verband kritisiert den Plan des Bürgermeisters scharf.");
  CHECK_FALSE(reported_text(r, "Der Hafen ist zu wichtig, als dass man einen Streik riskieren will"));
  const Quote* a = reported_text(r, "Der Verband kritisiert den Plan des Bürgermeisters scharf");
  REQUIRE(a);
  REQUIRE(a->mention);
  CHECK(a->mention->text == "Verband");
}
