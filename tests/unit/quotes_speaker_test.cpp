#include <doctest/doctest.h>

#include <string>

#include "quotes/quotes.h"
#include "quotes_test_util.h"

using namespace pith;
using namespace pith::detail;

using namespace pith::test;

TEST_CASE("speaker: “Q,” X said") {
  auto r = run("“We will build it,” Anna Berg said.");
  const Quote* q = quote_with(r, "We will build it,");
  REQUIRE(q);
  CHECK(q->type == QuoteType::kDirect);
  CHECK(q->speaker == std::string("Anna Berg"));
  REQUIRE(q->cue);
  CHECK(q->cue->text == "said");
}

TEST_CASE("speaker: “Q,” said X and X said: “Q”") {
  auto r = run("“The bridge is closed,” said Tom Reed.\n\nMaria Lopez said: “It will open soon.”");
  REQUIRE(quote_with(r, "The bridge is closed,"));
  CHECK(quote_with(r, "The bridge is closed,")->speaker == std::string("Tom Reed"));
  REQUIRE(quote_with(r, "It will open soon."));
  CHECK(quote_with(r, "It will open soon.")->speaker == std::string("Maria Lopez"));
}

TEST_CASE("speaker: apposition and according to") {
  auto r = run("“Rest is the cure,” Hugh Hill, a doctor, said.\n\nAccording to Jane Moss, “the plan failed badly in spring.”");
  CHECK(quote_with(r, "Rest is the cure,")->speaker == std::string("Hugh Hill"));
  const Quote* q = quote_with(r, "the plan failed badly in spring.");
  REQUIRE(q);
  CHECK(q->speaker == std::string("Jane Moss"));
  CHECK(q->cue->text == "According to");
}

TEST_CASE("speaker: pronoun, description and canonical name") {
  auto r = run(
      "Finnish minister Lena Virtanen opened the session.\n\n"
      "“We need more ferries,” Virtanen said.\n\n"
      "“The ports are full,” she added.\n\n"
      "“Nobody listened to us,” the Finnish minister said.");
  CHECK(quote_with(r, "We need more ferries,")->speaker == std::string("Lena Virtanen"));
  const Quote* p = quote_with(r, "The ports are full,");
  CHECK(p->speaker == std::string("Lena Virtanen"));
  CHECK(p->resolved_from == "pronoun");
  const Quote* d = quote_with(r, "Nobody listened to us,");
  CHECK(d->speaker == std::string("Lena Virtanen"));
  CHECK(d->resolved_from == "description");
  REQUIRE(!r.speakers.empty());
  CHECK(r.speakers[0].name == "Lena Virtanen");
}

TEST_CASE("speaker: continuation quote inherits the last speaker") {
  auto r = run("“The river rose overnight,” Karl Weber said. “We moved the cattle at dawn.”");
  const Quote* q = quote_with(r, "We moved the cattle at dawn.");
  REQUIRE(q);
  CHECK(q->speaker == std::string("Karl Weber"));
  CHECK(q->resolved_from == "continuation");
}

TEST_CASE("speaker: a document can speak, through a relative pronoun") {
  auto r = run("The parties signed a statement in May, which said “the border stays open for trade.”");
  const Quote* q = quote_with(r, "the border stays open for trade.");
  REQUIRE(q);
  CHECK(q->speaker == std::string("statement"));
  REQUIRE(q->mention);
  CHECK(q->mention->text == "a statement");
}

TEST_CASE("speaker: German, French, Spanish, Russian, Ukrainian cues") {
  CHECK(quote_with(run("„Wir bleiben hier“, sagte Petra Schulz."), "Wir bleiben hier")->speaker ==
        std::string("Petra Schulz"));
  CHECK(quote_with(run("« Nous restons ici », a déclaré Marie Dubois."), "Nous restons ici")->speaker ==
        std::string("Marie Dubois"));
  CHECK(quote_with(run("“Nos quedamos aquí”, dijo Juan Pérez."), "Nos quedamos aquí")->speaker ==
        std::string("Juan Pérez"));
  CHECK(quote_with(run("«Мы остаёмся здесь», заявил Иван Петров."), "Мы остаёмся здесь")->speaker ==
        std::string("Иван Петров"));
  CHECK(quote_with(run("«Ми залишаємося тут», заявив Олег Коваль."), "Ми залишаємося тут")->speaker ==
        std::string("Олег Коваль"));
}

TEST_CASE("speaker: transcript label") {
  auto r = run("SMITH: I said “never again” and meant it.");
  const Quote* q = quote_with(r, "never again");
  REQUIRE(q);
  CHECK(q->speaker == std::string("SMITH"));
}

TEST_CASE("speaker: a paragraph ending in a colon introduces the next paragraph's quote") {
  auto r = run("Mayor Ruth Olsen continued:\n\n“The library stays open on Sundays from now on.”");
  const Quote* q = quote_with(r, "The library stays open on Sundays from now on.");
  REQUIRE(q);
  CHECK(q->speaker == std::string("Ruth Olsen"));
}

TEST_CASE("speaker: an unlisted verb closing the sentence, and a colon after the subject") {
  auto r = run("“Will the road be finished this year?” Tom Reed pressed.\n\n"
               "The minister did not spare criticism: “This budget is far too small for us.”");
  CHECK(quote_with(r, "Will the road be finished this year?")->speaker == std::string("Tom Reed"));
  const Quote* q = quote_with(r, "This budget is far too small for us.");
  REQUIRE(q);
  REQUIRE(q->mention);
  CHECK(q->mention->text == "The minister");
}

TEST_CASE("speaker: quotes of one sentence share the speaker; a cue used as a noun is skipped") {
  auto r = run("Ann Lee called the plan “slow,” “costly” and “badly run from the start.”\n\n"
               "Bob Fox said that Carl Diaz's claim is “simply not true at all.”");
  CHECK(quote_with(r, "costly")->speaker == std::string("Ann Lee"));
  CHECK(quote_with(r, "simply not true at all.")->speaker == std::string("Bob Fox"));
}

TEST_CASE("speaker: parenthesis after the name, participle openers, the clause before a colon") {
  auto r = run("Senator Ann Lee (D-Ore.) told reporters that the bill “will not pass this year at all.”\n\n"
               "Asked about the delay, he shrugged: “We will see what happens next week.”");
  const Quote* q = quote_with(r, "will not pass this year at all.");
  REQUIRE(q);
  CHECK(q->speaker == std::string("Ann Lee"));
  const Quote* c = quote_with(r, "We will see what happens next week.");
  REQUIRE(c);
  REQUIRE(c->mention);
  CHECK(c->mention->text == "he");
}

TEST_CASE("speaker: the sentence subject reaches past an earlier quote; titles get low confidence") {
  auto r = run("Ann Lee watched “Morning Town Hour” and called it “a mess of a show”.\n\n"
               "The film “Blue River Days” opens today.");
  const Quote* q = quote_with(r, "a mess of a show");
  REQUIRE(q);
  CHECK(q->speaker == std::string("Ann Lee"));
  const Quote* t = quote_with(r, "Blue River Days");
  REQUIRE(t);
  CHECK(!t->speaker);
  CHECK(t->confidence < 0.5);
}

TEST_CASE("speaker: a capitalised cue word inside a name is not a cue") {
  auto r = run("Tom Reed told The Morning Post he was “not ready to decide yet”.");
  const Quote* q = quote_with(r, "not ready to decide yet");
  REQUIRE(q);
  CHECK(q->speaker == std::string("Tom Reed"));
  CHECK(q->cue->text == "told");
}

TEST_CASE("speaker: a name never runs across a glued-word split (name_breaks)") {
  // As if the repair stage had split "Tomas OrtLund said": a space inserted at offset 9.
  const std::string t = "Tomas Ort Lund said: “The harbour stays open all winter.”";
  const std::size_t brk = t.find(" Lund");
  auto r = find_quotes(t, split_paragraphs(t), {brk});
  const Quote* q = quote_with(r, "The harbour stays open all winter.");
  REQUIRE(q);
  REQUIRE(q->mention);
  CHECK(q->mention->text == "Lund");
  CHECK(q->speaker == std::string("Lund"));
  // Without the break the run is read as one name.
  auto r2 = run(t);
  REQUIRE(quote_with(r2, "The harbour stays open all winter."));
  CHECK(quote_with(r2, "The harbour stays open all winter.")->mention->text == "Tomas Ort Lund");
}

TEST_CASE("speaker: the head of “X of Y” speaks, not the place") {
  auto r = run("Governor Petra Holm of Lindvik said: “We need the road by May.”");
  const Quote* q = quote_with(r, "We need the road by May.");
  REQUIRE(q);
  CHECK(q->speaker == std::string("Petra Holm"));
  auto r2 = run("Mayor Ada Brun of Ostvik announced that the library would close in June.");
  REQUIRE(r2.quotes.size() == 1);
  CHECK(r2.quotes[0].type == QuoteType::kReported);
  CHECK(r2.quotes[0].speaker == std::string("Ada Brun"));
}

TEST_CASE("speaker: a name in apposition wins over the description before it") {
  auto r = run("The union's chairman, Karl Odde, said: “Nobody here wants a strike.”");
  const Quote* q = quote_with(r, "Nobody here wants a strike.");
  REQUIRE(q);
  CHECK(q->speaker == std::string("Karl Odde"));
  auto r2 = run("Its spokeswoman, Lena Falk, argued that the fares were too high.");
  REQUIRE(r2.quotes.size() == 1);
  CHECK(r2.quotes[0].speaker == std::string("Lena Falk"));
}

TEST_CASE("speaker: the second verb of a predicate speaks for the subject, not the object") {
  auto r = run("Finance minister Olav Strand visited the depot in Nordby and promised that the "
               "trains would run again by March.");
  REQUIRE(r.quotes.size() == 1);
  CHECK(r.quotes[0].type == QuoteType::kReported);
  CHECK(r.quotes[0].speaker == std::string("Olav Strand"));
  REQUIRE(r.quotes[0].mention);
  CHECK(r.quotes[0].mention->text.find("depot") == std::string::npos);
}

TEST_CASE("speaker: a cue after the quote can put the source after itself") {
  auto r = run("Farmers “lost almost everything” in the flood, said hydrologist Mira Sand.");
  const Quote* q = quote_with(r, "lost almost everything");
  REQUIRE(q);
  CHECK(q->speaker == std::string("Mira Sand"));
}

TEST_CASE("speaker: a participle after a comma speaks for the clause's subject") {
  auto r = run("At a rally in Vik, Nora Dahl attacked the budget, calling it “a gift to the banks.”");
  const Quote* q = quote_with(r, "a gift to the banks.");
  REQUIRE(q);
  CHECK(q->speaker == std::string("Nora Dahl"));
}

TEST_CASE("speaker: a transcript turn quoted whole keeps its label") {
  auto r = run("\"HOST: Will the bridge open this year?\n\n\"BERG: It will open in May.\"");
  const Quote* q = quote_with(r, "It will open in May.");  // the label is not in the span
  REQUIRE(q);
  CHECK(q->speaker == std::string("BERG"));
}

TEST_CASE("speaker: a number inside a description after the cue") {
  auto r = run("“It was chaos,” said a 2019 graduate.");
  const Quote* q = quote_with(r, "It was chaos,");
  REQUIRE(q);
  REQUIRE(q->mention);
  CHECK(q->mention->text == "a 2019 graduate");
}

TEST_CASE("speaker: a cue-less quote after a sentence takes that sentence's named subject") {
  auto r = run("Nils Ek praised the new timetable. “It is the best one we have had in years.”");
  const Quote* q = quote_with(r, "It is the best one we have had in years.");
  REQUIRE(q);
  CHECK(q->speaker == std::string("Nils Ek"));
  // An earlier quote's speaker continues first.
  auto r2 = run("“We are ready,” Ida Lind said. Nils Ek nodded. “The trains are waiting.”");
  REQUIRE(quote_with(r2, "The trains are waiting."));
  CHECK(quote_with(r2, "The trains are waiting.")->speaker == std::string("Ida Lind"));
}

TEST_CASE("speaker: German verb-second puts the subject after the verb") {
  auto r = run("In einer kurzen Mitteilung erklärte die Stadtverwaltung, man nehme den Entschluss "
               "„mit Bedauern zur Kenntnis“.\n\nAnna Roth kritisierte den Plan als „völlig unrealistisch“.");
  const Quote* q = quote_with(r, "mit Bedauern zur Kenntnis");
  REQUIRE(q);
  REQUIRE(q->mention);
  CHECK(q->mention->text == "die Stadtverwaltung");
  // Subject first: the object after the verb does not speak.
  const Quote* q2 = quote_with(r, "völlig unrealistisch");
  REQUIRE(q2);
  CHECK(q2->speaker == std::string("Anna Roth"));
}

TEST_CASE("speaker: 'it' inside a reported clause does not take the quote from the outer cue") {
  auto r = run("Mayor Ina Borg said the survey would show “a town that wants its ferry back.”");
  const Quote* q = quote_with(r, "a town that wants its ferry back.");
  REQUIRE(q);
  auto r2 = run("Mayor Ina Borg said it would show “a town that wants its ferry back.”");
  const Quote* q2 = quote_with(r2, "a town that wants its ferry back.");
  REQUIRE(q2);
  CHECK(q2->speaker == std::string("Ina Borg"));
}

TEST_CASE("speaker: a document sent by someone speaks for its sender") {
  auto r = run("Lars Vik sent out a statement saying the ferry was “safe and ready.”");
  const Quote* q = quote_with(r, "safe and ready.");
  REQUIRE(q);
  CHECK(q->speaker == std::string("Lars Vik"));
  // A document that opens the sentence speaks itself.
  auto r2 = run("The statement said the ferry was “safe and ready.”");
  const Quote* q2 = quote_with(r2, "safe and ready.");
  REQUIRE(q2);
  REQUIRE(q2->mention);
  CHECK(q2->mention->text.find("statement") != std::string::npos);
}

TEST_CASE("speaker: he/she after the name opening its sentence means that person") {
  auto r = run("“We need more buses,” Per Holm said.\n\n"
               "Eva Dahl of Nordby says she hopes the town will keep “the night ferry running.”");
  const Quote* q = quote_with(r, "the night ferry running.");
  REQUIRE(q);
  CHECK(q->speaker == std::string("Eva Dahl"));
  CHECK(q->resolved_from == "pronoun");
}

TEST_CASE("speaker: capitalised modifier, role noun, then the name") {
  auto r = run("Coastal transport minister Hanna Lie visited the pier and promised that the "
               "ferry would run by May.");
  REQUIRE(r.quotes.size() == 1);
  CHECK(r.quotes[0].speaker == std::string("Hanna Lie"));
  REQUIRE(r.quotes[0].mention);
  CHECK(r.quotes[0].mention->text == "Coastal transport minister Hanna Lie");
}

TEST_CASE("speaker: a lone capitalised plural is no antecedent for she") {
  auto r = run("“The pier is safe,” Mayor Rita Sand said.\n\n"
               "Engineers say the old crane can be lifted out before the frost.\n\n"
               "“We will be ready,” she said.");
  const Quote* q = quote_with(r, "We will be ready,");
  REQUIRE(q);
  CHECK(q->speaker == std::string("Rita Sand"));
}

TEST_CASE("speaker: the object of a naming verb is not the source") {
  // 'calling X “Q”': X is what is named; the clause's subject speaks.
  auto r = run("Pia Holm answered the letter by calling Ole Dahl “a coward” on Monday.\n\n"
               "The mayor thanked the rowers and called the Harbour Club “our best neighbour.”");
  const Quote* a = quote_with(r, "a coward");
  REQUIRE(a);
  CHECK(a->speaker == std::string("Pia Holm"));
  const Quote* b = quote_with(r, "our best neighbour.");
  REQUIRE(b);
  REQUIRE(b->speaker);
  CHECK(*b->speaker != std::string("Harbour Club"));
  CHECK(b->speaker->find("mayor") != std::string::npos);
}

TEST_CASE("speaker: a phrase after a preposition of time or place is no speaker") {
  // 'at one point calling X “Q”': "one point" sets the scene; the subject speaks.
  auto r = run("Ole Dahl fought the council for months, at one point calling the mayor a "
               "“coward” in public.");
  const Quote* q = quote_with(r, "coward");
  REQUIRE(q);
  CHECK(q->speaker == std::string("Ole Dahl"));
}

TEST_CASE("speaker: a signature after a dash ends the quote's line") {
  // '“Q” ― Name' (horizontal bar or em dash), one voice per line as in a reader survey.
  auto r = run("“Prices keep rising.” ― Ola Berg\n“Nobody listens to us.” — Eva Dahl.\n\n"
               "“Wir bleiben hier.” ― Jonas Feld");
  const Quote* a = quote_with(r, "Prices keep rising.");
  REQUIRE(a);
  CHECK(a->speaker == std::string("Ola Berg"));
  const Quote* b = quote_with(r, "Nobody listens to us.");
  REQUIRE(b);
  CHECK(b->speaker == std::string("Eva Dahl"));
  const Quote* c = quote_with(r, "Wir bleiben hier.");
  REQUIRE(c);
  CHECK(c->speaker == std::string("Jonas Feld"));
}

TEST_CASE("speaker: a dash followed by a sentence is no signature") {
  auto r = run("“The dam will hold,” said Lena Roos — Mia Holm was less sure of it.");
  const Quote* q = quote_with(r, "The dam will hold,");
  REQUIRE(q);
  CHECK(q->speaker == std::string("Lena Roos"));
}
