// Speakers found without a speech cue: the sentence's subject, and the words that look like
// names at a sentence start but are not (English adverbs, German function words).
#include <doctest/doctest.h>

#include <string>

#include "quotes/quotes.h"
#include "quotes_test_util.h"

using namespace pith;
using namespace pith::test;

TEST_CASE("speaker fallback: the subject of a cue-less sentence coins the phrase") {
  auto r = run("Marta Kowalski accused the council of being “asleep at the wheel” on housing.");
  const Quote* q = quote_with(r, "asleep at the wheel");
  REQUIRE(q);
  CHECK(q->speaker == std::string("Marta Kowalski"));
  REQUIRE(q->mention);
  CHECK(q->mention->text == "Marta Kowalski");
}

TEST_CASE("speaker fallback: a plural description as subject") {
  auto r = run("The harbour engineers now doubt the “floating dock” will ever be built.");
  const Quote* q = quote_with(r, "floating dock");
  REQUIRE(q);
  REQUIRE(q->speaker);
  CHECK(*q->speaker == "harbour engineers");
}

TEST_CASE("speaker fallback: German subject") {
  auto r = run("Jonas Feld sieht in dem Streit einen „Angriff auf die Mieter“.");
  const Quote* q = quote_with(r, "Angriff auf die Mieter");
  REQUIRE(q);
  CHECK(q->speaker == std::string("Jonas Feld"));
}

TEST_CASE("speaker fallback: no speaker from 'it' or from a phrase that runs into the verb") {
  auto r = run("It was, by any measure, a “quiet revolution” in the valley.\n\n"
               "The plan will also focus on the “red line” drawn last year.");
  const Quote* a = quote_with(r, "quiet revolution");
  REQUIRE(a);
  CHECK(!a->speaker);
  const Quote* b = quote_with(r, "red line");
  REQUIRE(b);
  CHECK(!b->speaker);
}

TEST_CASE("speaker fallback: a sentence adverb is no name") {
  auto r = run("Instead, the “green corridor” was closed in May.");
  const Quote* q = quote_with(r, "green corridor");
  REQUIRE(q);
  CHECK(!(q->speaker && *q->speaker == "Instead"));
}

TEST_CASE("speaker fallback: German words opening a sentence are no names") {
  auto r = run("Damit seien „die Kosten nicht mehr tragbar“.\n\nFür die Stadt ist das „ein Rückschlag“.\n\n"
               "Im Juli wurde der „Neubau“ eröffnet.");
  for (const char* t : {"die Kosten nicht mehr tragbar", "ein Rückschlag", "Neubau"}) {
    const Quote* q = quote_with(r, t);
    REQUIRE(q);
    if (q->speaker) {
      CHECK(*q->speaker != "Damit");
      CHECK(*q->speaker != "Für");
      CHECK(*q->speaker != "Juli");
    }
  }
}

TEST_CASE("speaker fallback: a cue-less direct quote still continues the previous speaker") {
  auto r = run("“The river rose overnight,” Karl Weber said.\n\nNeighbours stayed home. “We moved the cattle at dawn.”");
  const Quote* q = quote_with(r, "We moved the cattle at dawn.");
  REQUIRE(q);
  CHECK(q->speaker == std::string("Karl Weber"));
}

TEST_CASE("speaker: an opening time phrase before a comma is no subject") {
  auto r = run("Hours later, Nora Lind answered the mayor, telling reporters, “We are not leaving.”");
  const Quote* q = quote_with(r, "We are not leaving.");
  REQUIRE(q);
  CHECK(q->speaker == std::string("Nora Lind"));
}

TEST_CASE("speaker: a participle after 'X said,' continues that cue") {
  auto r = run("The two leaders will meet next week, Paul Amos said, adding, “They need to talk.”");
  const Quote* q = quote_with(r, "They need to talk.");
  REQUIRE(q);
  CHECK(q->speaker == std::string("Paul Amos"));
}

TEST_CASE("speaker: a German subjunctive sentence goes on reporting the latest source") {
  auto r = run("Die Ministerin Karla Brandt kritisierte den Plan der Stadt. Damit seien die Kosten "
               "„nicht mehr tragbar“.");
  const Quote* q = quote_with(r, "nicht mehr tragbar");
  REQUIRE(q);
  CHECK(q->speaker == std::string("Karla Brandt"));
  CHECK(q->resolved_from == "continuation");
}

TEST_CASE("speaker: an indicative sentence does not carry the source over") {
  auto r = run("Karla Brandt kritisierte den Plan. Die Fähre „Nordlicht“ fährt wieder.");
  const Quote* q = quote_with(r, "Nordlicht");
  REQUIRE(q);
  CHECK(!(q->speaker && *q->speaker == "Karla Brandt"));
}

TEST_CASE("speaker: German plural and present-tense cues") {
  auto r = run("Händler sprachen von einer „Flucht aus dem Markt“.\n\nDie Zeitung nennt den Plan „mutig“.");
  const Quote* a = quote_with(r, "Flucht aus dem Markt");
  REQUIRE(a);
  REQUIRE(a->cue);
  CHECK(a->cue->text == "sprachen von");
  CHECK(a->speaker == std::string("Händler"));
  const Quote* b = quote_with(r, "mutig");
  REQUIRE(b);
  REQUIRE(b->cue);
  CHECK(b->cue->text == "nennt");
}

TEST_CASE("speaker: the source cited with 'according to' after the cue") {
  auto r = run("“We will appeal,” Tom Reed said, according to the Daily Courier.");
  const Quote* q = quote_with(r, "We will appeal,");
  REQUIRE(q);
  CHECK(q->speaker == std::string("Daily Courier"));
  // German 'laut' keeps the speaker.
  auto g = run("„Wir gehen in Berufung“, sagte Tom Reed laut Tagesblatt.");
  const Quote* d = quote_with(g, "Wir gehen in Berufung");
  REQUIRE(d);
  CHECK(d->speaker == std::string("Tom Reed"));
}

TEST_CASE("speaker: a dateline is no subject") {
  auto r = run("OSLO — The harbour master accused the ministry of a “blind eye” toward safety.");
  const Quote* q = quote_with(r, "blind eye");
  REQUIRE(q);
  REQUIRE(q->speaker);
  CHECK(*q->speaker != "OSLO");
  CHECK(*q->speaker == "harbour master");
}

TEST_CASE("speaker: an opening phrase with a place and a date before the subject") {
  auto r = run("At a town hall in Ames, Iowa, on Sunday, Jane Roe defended the plan, saying the state "
               "must “lead the way.”");
  const Quote* q = quote_with(r, "lead the way.");
  REQUIRE(q);
  CHECK(q->speaker == std::string("Jane Roe"));
}

TEST_CASE("speaker: 'Back in 1999, X ...' and 'Alongside ..., X ...'") {
  auto r = run("Back in 1999, Tom Reed praised the mayor, telling the paper: “She listens.”");
  const Quote* q = quote_with(r, "She listens.");
  REQUIRE(q);
  CHECK(q->speaker == std::string("Tom Reed"));
}

TEST_CASE("speaker fallback: a scare quote takes only a person known by full name") {
  auto r = run("Dornhavn rejected the “reform” outright.\n\nRoe Amsel spoke first. Amsel dismissed the “overhaul” again.");
  const Quote* a = quote_with(r, "reform");
  REQUIRE(a);
  CHECK(!a->speaker);
  const Quote* b = quote_with(r, "overhaul");
  REQUIRE(b);
  CHECK(b->speaker == std::string("Roe Amsel"));
}

TEST_CASE("speaker: 'According to X, Y said “Q”' cites X") {
  auto r = run("According to the Harbour Gazette, Tom Reed said the ferry was “never safe.”");
  const Quote* q = quote_with(r, "never safe.");
  REQUIRE(q);
  REQUIRE(q->speaker);
  CHECK(q->speaker->find("Harbour Gazette") != std::string::npos);
}

TEST_CASE("speaker: 'X, who said “Q”' names X, with 'who' as the mention") {
  auto r = run("The plan was backed by Jane Roe, who said it was “long overdue.”");
  const Quote* q = quote_with(r, "long overdue.");
  REQUIRE(q);
  CHECK(q->speaker == std::string("Jane Roe"));
  REQUIRE(q->mention);
  CHECK(q->mention->text == "who");
}

TEST_CASE("speaker: a time phrase is no subject; a contracted pronoun is one") {
  auto r = run("Jane Roe visited the border. A month later, she explained that the wall was “a waste.”");
  const Quote* a = quote_with(r, "a waste.");
  REQUIRE(a);
  CHECK(a->speaker == std::string("Jane Roe"));
  auto r2 = run("Tom Reed spoke next. He’s claiming the vote was “rigged from the start.”");
  const Quote* b = quote_with(r2, "rigged from the start.");
  REQUIRE(b);
  CHECK(b->speaker == std::string("Tom Reed"));
}

TEST_CASE("speaker: German reflexive cue before the speaker") {
  auto r = run("„Das war ein langer Weg“, erinnerte sich Jonas Feld später.");
  const Quote* q = quote_with(r, "Das war ein langer Weg");
  REQUIRE(q);
  CHECK(q->speaker == std::string("Jonas Feld"));
}

TEST_CASE("speaker: '„Q“, heißt es in dem Schreiben' names the document") {
  auto r = run("„Wir bitten um rasche Hilfe“, heißt es in dem Schreiben an die Stadt.");
  const Quote* q = quote_with(r, "Wir bitten um rasche Hilfe");
  REQUIRE(q);
  REQUIRE(q->speaker);
  CHECK(q->speaker->find("Schreiben") != std::string::npos);
}

TEST_CASE("speaker: German adjectives between the article and the name") {
  auto r = run("„Das ist nicht fair“, sagte der zuständige Sprecher Uwe Roth.");
  const Quote* q = quote_with(r, "Das ist nicht fair");
  REQUIRE(q);
  REQUIRE(q->speaker);
  CHECK(q->speaker->find("Uwe Roth") != std::string::npos);
}

TEST_CASE("speaker: verbs that only frame a quotation") {
  auto r = run("“It is just not true,” Jane Roe interjected.\n\n“Then prove it,” Tom Reed shot back.");
  const Quote* a = quote_with(r, "It is just not true,");
  REQUIRE(a);
  CHECK(a->speaker == std::string("Jane Roe"));
  REQUIRE(a->cue);
  CHECK(a->cue->text == "interjected");
  const Quote* b = quote_with(r, "Then prove it,");
  REQUIRE(b);
  CHECK(b->speaker == std::string("Tom Reed"));
}

TEST_CASE("speaker: lower-case modifiers before the name after an inverted cue") {
  auto r = run("“We will rebuild,” said retired surgeon Ben Amsel.\n\n“Thank you all,” said master of ceremonies Ana Ruiz.");
  const Quote* a = quote_with(r, "We will rebuild,");
  REQUIRE(a);
  CHECK(a->speaker == std::string("Ben Amsel"));
  const Quote* b = quote_with(r, "Thank you all,");
  REQUIRE(b);
  CHECK(b->speaker == std::string("Ana Ruiz"));
}

TEST_CASE("speaker: a cue-less partial quote continues the paragraph's speaker") {
  auto r = run("“We lost the vote,” Jane Roe said. Then, “we start again tomorrow.”");
  const Quote* q = quote_with(r, "we start again tomorrow.");
  REQUIRE(q);
  CHECK(q->speaker == std::string("Jane Roe"));
}

TEST_CASE("speaker: an unlisted past-tense verb before the name") {
  auto r = run("“This is fantastic!” beamed Ana Ruiz of Toledo.");
  const Quote* q = quote_with(r, "This is fantastic!");
  REQUIRE(q);
  CHECK(q->speaker == std::string("Ana Ruiz"));
}

TEST_CASE("speaker: a capitalised object before a colon is no label") {
  auto r = run("Staatssekretär Uwe Roth bestreitet jede Kenntnis der Praktiken der Deponie: „Davon wusste ich nichts.“\n\n"
               "In seiner Mitteilung resümiert Jonas Feld: „Das war ein Fehler.“");
  const Quote* a = quote_with(r, "Davon wusste ich nichts.");
  REQUIRE(a);
  REQUIRE(a->speaker);
  CHECK(a->speaker->find("Uwe Roth") != std::string::npos);
  const Quote* b = quote_with(r, "Das war ein Fehler.");
  REQUIRE(b);
  CHECK(b->speaker == std::string("Jonas Feld"));
}

TEST_CASE("speaker: German 'nach Angaben von X' and 'gemäß X'") {
  auto r = run("Der Fall wird nach Angaben der Staatsanwaltschaft Kiel „sehr sorgfältig“ geprüft.\n\n"
               "Die Werft sei nach Angaben von Jonas Feld „fast fertig“.");
  const Quote* a = quote_with(r, "sehr sorgfältig");
  REQUIRE(a);
  REQUIRE(a->speaker);
  CHECK(a->speaker->find("Staatsanwaltschaft Kiel") != std::string::npos);
  const Quote* b = quote_with(r, "fast fertig");
  REQUIRE(b);
  REQUIRE(b->mention);
  CHECK(b->mention->text == "Jonas Feld");
}

TEST_CASE("speaker: a role noun joins title and name; a possessor is no head") {
  auto r = run("In a long interview, Republican presidential hopeful Sen. Tom Reed was also critical, telling the paper: “We are ready.”");
  const Quote* q = quote_with(r, "We are ready.");
  REQUIRE(q);
  CHECK(q->speaker == std::string("Tom Reed"));
  auto r2 = run("The world's energy transition cannot be described simply as “coal versus wind.”");
  const Quote* b = quote_with(r2, "coal versus wind.");
  REQUIRE(b);
  CHECK(!(b->speaker && *b->speaker == "world's"));
}

TEST_CASE("speaker: German adverb opening a verb-second sentence, reflexive before the subject") {
  auto r = run("Ähnlich äußerte sich der Minister Jonas Feld: „Wir haben die Lage im Griff.“");
  const Quote* q = quote_with(r, "Wir haben die Lage im Griff.");
  REQUIRE(q);
  REQUIRE(q->speaker);
  CHECK(q->speaker->find("Jonas Feld") != std::string::npos);
}

TEST_CASE("speaker: a long name run opening a German sentence is its subject") {
  auto r = run("Australiens Ministerpräsidentin Jana Roth bezeichnete das Unglück als „große Tragödie“.");
  const Quote* q = quote_with(r, "große Tragödie");
  REQUIRE(q);
  REQUIRE(q->speaker);
  CHECK(q->speaker->find("Jana Roth") != std::string::npos);
}

TEST_CASE("speaker: an adverb before the participle; a cue phrase opened by a preposition") {
  auto r = run("Jane Roe has voiced doubts about the plan, recently telling a friend that she is “not convinced.”");
  const Quote* a = quote_with(r, "not convinced.");
  REQUIRE(a);
  CHECK(a->speaker == std::string("Jane Roe"));
  auto r2 = run("Tom Reed gave the idea a try in an interview on Monday: “It could work.”");
  const Quote* b = quote_with(r2, "It could work.");
  REQUIRE(b);
  CHECK(b->speaker == std::string("Tom Reed"));
}

TEST_CASE("speaker: a name opening a paragraph keeps its first word (read backwards)") {
  auto r = run("„Wir geben nicht auf.“\n\nUwe Roth sagte der Zeitung, die Stadt habe „keine Wahl“.");
  const Quote* q = quote_with(r, "keine Wahl");
  REQUIRE(q);
  CHECK(q->speaker == std::string("Uwe Roth"));
}

TEST_CASE("cues: a multi-word cue ending in a capitalised German noun") {
  auto r = run("Nach Angaben von Polizeisprecher Tim Lenz wurden „mehrere Personen“ verletzt.");
  const Quote* q = quote_with(r, "mehrere Personen");
  REQUIRE(q);
  REQUIRE(q->cue);
  CHECK(q->cue->text == "Nach Angaben");
  REQUIRE(q->speaker);
  CHECK(q->speaker->find("Tim Lenz") != std::string::npos);
}

TEST_CASE("speaker: the agent of a passive cue ('was asked by')") {
  auto r = run("Elias Brandt was asked by a local reporter, “Will you resign?”");
  const Quote* q = quote_with(r, "Will you resign?");
  REQUIRE(q);
  REQUIRE(q->speaker);
  CHECK(q->speaker->find("reporter") != std::string::npos);
}

TEST_CASE("speaker: the addressee of 'told' before the mark is not the speaker") {
  auto r = run("Tom Reed did not name his rivals, but told his supporters, “Our town is in trouble.”");
  const Quote* q = quote_with(r, "Our town is in trouble.");
  REQUIRE(q);
  CHECK(q->speaker == std::string("Tom Reed"));
}

TEST_CASE("speaker: 'upon saying' — the clause's subject speaks") {
  auto r = run("Ana Ruiz, herself a local, drew loud boos upon saying, “The mayor heard you.”");
  const Quote* q = quote_with(r, "The mayor heard you.");
  REQUIRE(q);
  CHECK(q->speaker == std::string("Ana Ruiz"));
}

TEST_CASE("speaker: a quoted newspaper name after an inverted cue") {
  auto r = run("„Er war der kreative Kopf“, schrieb die „Nordzeitung“ in einem Nachruf.");
  const Quote* q = quote_with(r, "Er war der kreative Kopf");
  REQUIRE(q);
  REQUIRE(q->speaker);
  CHECK(q->speaker->find("Nordzeitung") != std::string::npos);
}

TEST_CASE("speaker: German unlisted verb before the speaker after a quotation") {
  auto r = run("„Wir haben jetzt vier Punkte geholt“, zeigte sich Trainer Jonas Feld zufrieden.\n\n"
               "„Ein Name wie dieser hilft uns sehr“, führte er gegenüber der Zeitung aus.");
  const Quote* a = quote_with(r, "Wir haben jetzt vier Punkte geholt");
  REQUIRE(a);
  REQUIRE(a->speaker);
  CHECK(a->speaker->find("Jonas Feld") != std::string::npos);
  const Quote* b = quote_with(r, "Ein Name wie dieser hilft uns sehr");
  REQUIRE(b);
  REQUIRE(b->mention);
  CHECK(b->mention->text == "er");
}

TEST_CASE("speaker: the object of an infinitive cue is what is said, not a speaker") {
  auto r = run("Jane Roe said that by refusing to say the words “clean energy” in public, the board let voters down.");
  const Quote* q = quote_with(r, "clean energy");
  REQUIRE(q);
  CHECK(q->speaker == std::string("Jane Roe"));
}
