#include <doctest/doctest.h>

#include <string>

#include "common/names.h"
#include "quotes/quotes.h"
#include "quotes/speakers/speaker_de.h"
#include "quotes_test_util.h"

using namespace pith;
using namespace pith::detail;
using namespace pith::test;

namespace {

// The mention's words of the quote with exactly `text`, or "" when it has none.
std::string mention_of(const QuoteResult& r, const std::string& text) {
  const Quote* q = quote_with(r, text);
  if (!q || !q->mention) return "";
  return q->mention->text;
}

// The subject de_clause reads in `s` (the whole text is one clause), or "".
std::string clause_subject(const std::string& s) {
  const auto toks = tokenize(s, 0, s.size());
  const DeClause c = de_clause(s, toks, 0, toks.size());
  if (!c.subject.ok()) return "";
  return s.substr(toks[c.subject.r.first].start, toks[c.subject.r.last].end - toks[c.subject.r.first].start);
}

}  // namespace

TEST_CASE("speaker_de: de_clause reads the subject by position") {
  // Subject first, with an apposition between commas: the person's name names the speaker.
  CHECK(clause_subject("Der Leiter des Vereins, Jonas Probst, lobte den neuen Plan") == "Jonas Probst");
  // A fronted object (den), a fronted adverbial and a fronted adverb: the subject follows the verb.
  CHECK(clause_subject("Den neuen Plan lobte die Bürgermeisterin") == "die Bürgermeisterin");
  CHECK(clause_subject("In einem Brief an die Mitglieder warnte er vor Streit") == "er");
  CHECK(clause_subject("Bereits im Juni 2019 hatte Ministerin Lea Sommer gewarnt") == "Ministerin Lea Sommer");
  CHECK(clause_subject("Derzeit prüft die Behörde alle Anträge") == "die Behörde");
  // "dessen" opens a subject; "sich" and adverbs stand between verb and subject.
  CHECK(clause_subject("Nach dem Treffen äußerte sich dessen Sprecher knapp") == "dessen Sprecher");
  CHECK(clause_subject("Am Abend sagte jedoch der Trainer wenig") == "der Trainer");
  // A subordinate clause first: the main verb follows its comma.
  CHECK(clause_subject("Nachdem die Sitzung beendet war, erklärte die Vorsitzende ihren Rückzug") ==
        "die Vorsitzende");
  // "die" opens objects too: a masculine person after the verb is the subject.
  CHECK(clause_subject("Die Umsetzung des Vertrags stellte der Vorsitzende Emil Kranz in Frage") ==
        "der Vorsitzende Emil Kranz");
  // "der" + adjective in -en is dative: no subject opens the clause.
  CHECK(clause_subject("Der örtlichen Presse sagte Jonas Probst wenig") == "Jonas Probst");
  // Two genitives, an attribute and a relative clause inside the opening subject phrase.
  CHECK(clause_subject("Die Leiterin der Abteilung des Amtes in Kiel, Ida Sommer, sagte wenig") ==
        "Ida Sommer");
  CHECK(clause_subject("Die Leiterin der Abteilung des Amtes in Kiel sagte wenig") ==
        "Die Leiterin der Abteilung des Amtes in Kiel");
  CHECK(clause_subject("Jonas Probst, der wegen einer Verletzung fehlte, nannte das Spiel schwach") ==
        "Jonas Probst");
  // "die" may open an object: a relative clause after it is not read past.
  CHECK(clause_subject("Die Fischer, die seit Tagen streiken, beschrieb die Zeitung als wütend") == "");
  // A participle inside the fronted phrase is no verb: "Den in der Stadt gebliebenen ...".
  CHECK(clause_subject("Den in der Stadt gebliebenen Familien versprach die Ministerin schnelle Hilfe") ==
        "die Ministerin");
  // A focus particle before the subject.
  CHECK(clause_subject("Auch die neue Ministerin Clara Vogt (SPD) äußerte Bedenken") ==
        "die neue Ministerin Clara Vogt");
  // An object pronoun before the subject after the verb.
  CHECK(clause_subject("Am Abend dankte ihm der Bürgermeister Paul Kern") == "der Bürgermeister Paul Kern");
  // An object after the verb is no subject.
  CHECK(clause_subject("Am Montag lobte den Plan niemand") == "");
}

TEST_CASE("speaker_de: a fronted object or adverbial is not the speaker") {
  auto r = run("Den Ärger der Partei über die Pläne brachte die Sprecherin der Fraktion, Maria Kranz, "
               "zum Ausdruck: „Wir lehnen das entschieden ab.“");
  CHECK(mention_of(r, "Wir lehnen das entschieden ab.") == "Maria Kranz");
  r = run("Tobias Fink ist seit Jahren Präsident des Vereins. In einer Botschaft würdigte er das Lebenswerk "
          "des Gründers: „Er war ein Vorbild für uns alle.“");
  CHECK(mention_of(r, "Er war ein Vorbild für uns alle.") == "er");
  r = run("Bereits im Mai hatte Ministerin Eva Klar in einer Rede verkündet: „Wir schaffen das schon bald.“");
  CHECK(mention_of(r, "Wir schaffen das schon bald.") == "Ministerin Eva Klar");
}

TEST_CASE("speaker_de: an object after the verb is not the speaker") {
  auto r = run("Der Sprecher des Verbands, Paul Test, kritisierte die Entscheidung der Behörde scharf: "
               "„Das ist völlig falsch und gefährlich.“");
  CHECK(mention_of(r, "Das ist völlig falsch und gefährlich.") == "Paul Test");
  r = run("Museumsleiter Hans Kunz hat anlässlich der Eröffnung erklärt: „Wir freuen uns auf viele Gäste.“");
  CHECK(mention_of(r, "Wir freuen uns auf viele Gäste.") == "Museumsleiter Hans Kunz");
  r = run("Nach Berichten über eine Verhaftung teilte dessen Sprecher über die Lage mit: "
          "„Alles ist ruhig im ganzen Land.“");
  CHECK(mention_of(r, "Alles ist ruhig im ganzen Land.") == "dessen Sprecher");
}

TEST_CASE("speaker_de: the object of \"zitiert\" is quoted") {
  auto r = run("Die Lokalzeitung zitiert einen Feuerwehrmann mit den Worten: „Das Feuer war kaum zu stoppen.“");
  CHECK(mention_of(r, "Das Feuer war kaum zu stoppen.") == "einen Feuerwehrmann");
  r = run("Ein Radiosender zitierte Bürgermeisterin Olga Brandt mit den Worten: „Wir bauen alles wieder auf.“");
  CHECK(mention_of(r, "Wir bauen alles wieder auf.") == "Bürgermeisterin Olga Brandt");
}

TEST_CASE("speaker_de: a written text speaks through the place it is written in") {
  auto r = run("Die Firma schweigt noch. In einem Brief an die Kunden steht auch: „Wir bitten um Geduld und "
               "Verständnis.“");
  CHECK(mention_of(r, "Wir bitten um Geduld und Verständnis.") == "einem Brief an die Kunden");
  r = run("Der Zug zog durch die Stadt. Auf dem großen Plakat war der Satz „Nie wieder Krieg“ zu lesen.");
  CHECK(mention_of(r, "Nie wieder Krieg") == "dem großen Plakat");
}

TEST_CASE("speaker_de: a frame after the quotation with a verb no cue list holds") {
  auto r = run("Das Urteil ist gefallen. „Ein Verstoß gegen das Gesetz ist nicht zu erkennen“, begründet das "
               "Gericht seine Entscheidung für den Freispruch.");
  CHECK(mention_of(r, "Ein Verstoß gegen das Gesetz ist nicht zu erkennen") == "das Gericht");
  r = run("Das Spiel war hart. „Wir haben jetzt sechs Punkte und sind weiter“, zeigte sich die Trainerin "
          "Lena Graf nach dem Spiel zufrieden.");
  CHECK(mention_of(r, "Wir haben jetzt sechs Punkte und sind weiter") == "die Trainerin Lena Graf");
}

TEST_CASE("speaker_de: after \"zitiert\" in a frame, the one quoted speaks") {
  auto r = run("Die Messe beginnt bald. „Das wird die größte Neuerung seit Jahren“, zitiert die „Fachpost“ "
               "Jana Roth in einem Bericht.");
  CHECK(mention_of(r, "Das wird die größte Neuerung seit Jahren") == "Jana Roth");
  r = run("Der Zug kam nicht weiter. „Das ist eine Menge, die wir selten sehen“, zitiert radio.de "
          "Polizeisprecher Paul Kern.");
  CHECK(mention_of(r, "Das ist eine Menge, die wir selten sehen") == "Polizeisprecher Paul Kern");
}

TEST_CASE("speaker_de: \"Mit den Worten „Q“, VERB SUBJECT\"") {
  auto r = run("Die Lage blieb ruhig: Mit den Worten „Wir machen einfach weiter so“, wandte sich auch die "
               "Ministerin Eva Klar an die Presse.");
  CHECK(mention_of(r, "Wir machen einfach weiter so") == "die Ministerin Eva Klar");
}

TEST_CASE("speaker_de: a sentence after a closed quotation is no frame") {
  auto r = run("Die Firma lehnt das ab. Der Chef der Firma fragte: „Warum sollten wir das jetzt tun?“ "
               "Die Gewerkschaft fordert dagegen mehr Lohn.");
  CHECK(mention_of(r, "Warum sollten wir das jetzt tun?") == "Der Chef der Firma");
}

TEST_CASE("speaker_de: a clause in the reported subjunctive is about its subject") {
  // de_reported_clause reads the main clause's finite verb.
  const std::string s = "Der neue Bahnhof sei viel zu teuer geworden, sagen Kritiker seit Monaten.";
  const auto toks = tokenize(s, 0, s.size());
  CHECK(de_reported_clause(s, toks, 0, 5));
  const std::string t = "Der neue Bahnhof ist viel zu teuer geworden, sagen Kritiker seit Monaten.";
  const auto toks2 = tokenize(t, 0, t.size());
  CHECK_FALSE(de_reported_clause(t, toks2, 0, 5));
  // The speaker is the text's latest source, not the subject "Die Schulen".
  auto r = run("Ministerin Greta Lorenz sagte am Dienstag, die Lage sei ernst. Die Schulen würden deshalb "
               "„sofort mehr Personal bekommen“.");
  const Quote* q = quote_with(r, "sofort mehr Personal bekommen");
  REQUIRE(q);
  CHECK(q->speaker == std::string("Greta Lorenz"));
}

TEST_CASE("speaker_de: a quotation without a cue is its clause's subject's") {
  auto r = run("Der Streit dauert an. In dem Verfahren vor dem Landgericht sieht Jana Roth einen "
               "„klaren Bruch aller Absprachen“.");
  CHECK(mention_of(r, "klaren Bruch aller Absprachen") == "Jana Roth");
  // de_subject_of leaves a source phrase opening the clause to the general rules.
  const std::string s = "Für den Minister ist die Lage ernst";
  const auto toks = tokenize(s, 0, s.size());
  CHECK_FALSE(de_subject_of(s, toks, 0, toks.size()).ok());
  const std::string t = "In der Debatte im Landtag lobte der Minister auch die Polizei";
  const auto toks2 = tokenize(t, 0, t.size());
  const Mention m = de_subject_of(t, toks2, 0, toks2.size());
  REQUIRE(m.ok());
  CHECK(t.substr(toks2[m.r.first].start, toks2[m.r.last].end - toks2[m.r.first].start) == "der Minister");
}

TEST_CASE("speaker_de: other clauses and other languages are left alone") {
  // The quote hangs on the inner clause after the comma: the patterns' answer stands.
  auto r = run("Der Minister widersprach, indem er sagte, der Plan sei eine „gute Idee“.");
  CHECK(mention_of(r, "gute Idee") != "Der Minister");
  // English, French and Spanish text is not read by German word order: the fronted phrase
  // ("In a letter", "Dans une lettre", "En una carta") stays the other rules' business.
  r = run("In a letter to members, the chairman Tom Reed wrote: “We will not give up the fight.”");
  CHECK(mention_of(r, "We will not give up the fight.").find("Reed") != std::string::npos);
  r = run("Dans une lettre aux membres, le ministre Paul Durand a écrit : « Nous ne céderons pas. »");
  CHECK(mention_of(r, "Nous ne céderons pas.").find("ministre") != std::string::npos);
  r = run("En una carta, la ministra Ana Ruiz escribió: «No vamos a ceder.»");
  CHECK(mention_of(r, "No vamos a ceder.").find("Ana Ruiz") != std::string::npos);
}

TEST_CASE("speaker_de: a fronted \"wie\"-clause with a speech verb names the source") {
  // The main clause's subject ("die Stadt") only holds the view; the finance chief said it.
  auto r = run("Der Haushalt ist knapp. Wie die Kämmerin Greta Lind am Montag in Celle erklärte, sieht die "
               "Stadt in der neuen Steuer „keinen Ausweg aus den Schulden“.");
  CHECK(mention_of(r, "keinen Ausweg aus den Schulden") == "die Kämmerin Greta Lind");
  // Without a speech verb before the comma the "wie"-clause is a comparison: the subject speaks.
  r = run("Der Haushalt ist knapp. Wie die anderen Städte im Land, nannte Kämmerin Greta Lind die Lage "
          "„sehr ernst“.");
  CHECK(mention_of(r, "sehr ernst") != "die anderen Städte im Land");
}

TEST_CASE("speaker_de: a quotation inside a sentence with a \"laut\" source is the source's") {
  // The copula's subject ("Der Roman") is what is described; "laut einer Jurorin" names who said it.
  auto r = run("Der Preis ging an eine junge Autorin. Ihr Roman ist laut einem Kritiker eine „kluge und "
               "witzige Geschichte über das Leben am Stadtrand“. Die Autorin freute sich.");
  CHECK(mention_of(r, "kluge und witzige Geschichte über das Leben am Stadtrand") == "einem Kritiker");
  r = run("Der Preis ging an eine junge Autorin. Ihr Roman ist nach Angaben des Verlags ein „großer Erfolg "
          "bei jungen Lesern“ geworden.");
  CHECK(mention_of(r, "großer Erfolg bei jungen Lesern") == "des Verlags");
}

TEST_CASE("speaker_de: a group noun of people too short for a group ending coins a term") {
  // "Analysten", "-experten": the sentence's subject is a group of people, capitalised like a name.
  auto r = run("Die Börse schloss am Freitag schwach. Analysten sprachen am Abend von einer „gefährlichen "
               "Blase“. Der Index verlor drei Prozent.");
  CHECK(mention_of(r, "gefährlichen Blase") == "Analysten");
  r = run("Die Börse schloss am Freitag schwach. Finanzexperten warnten vor einem „heißen Herbst“.");
  CHECK(mention_of(r, "heißen Herbst") == "Finanzexperten");
  // A thing ("Die Kurse") still coins nothing.
  r = run("Die Börse schloss am Freitag schwach. Kurse fielen nach dem „schwarzen Freitag“ weiter.");
  CHECK(mention_of(r, "schwarzen Freitag") == "");
}

TEST_CASE("speaker_de: an embedded question after a subordinate clause is no main clause") {
  // ", was ihre Partei ..." is a question inside the "Nachdem"-clause: "was" is no finite verb.
  CHECK(clause_subject("Nachdem sie gefragt wurde, was ihre Partei anders mache, antwortete die Kandidatin "
                       "knapp") == "die Kandidatin");
  auto r = run("Die Runde war hitzig. Nachdem er gefragt wurde, ob seine Liste noch Chancen habe, entgegnete "
               "Paul Wendt gereizt: „Das werden die Wähler entscheiden und nicht Sie.“");
  CHECK(mention_of(r, "Das werden die Wähler entscheiden und nicht Sie.") == "Paul Wendt");
}

TEST_CASE("speaker_de: a main clause after the quotation's comma is no frame") {
  // ", Trainer Paul Wendt sprach ...": subject before verb, a clause of its own; the quotation is
  // the words of its own clause's subject.
  auto r = run("Das Spiel war hart und die Stimmung war gereizt. Der Stürmer Jonas Brehm, der nach einem Foul "
               "vom Platz musste, nannte die Karte „überzogen“, Trainer Paul Wendt sprach von einem „Skandal“.");
  CHECK(mention_of(r, "überzogen") == "Der Stürmer Jonas Brehm");
  CHECK(mention_of(r, "Skandal") == "Trainer Paul Wendt");
  // A frame with its verb first still names the speaker.
  r = run("Das Spiel war hart. „Die Karte war überzogen“, sagte Trainer Paul Wendt nach dem Abpfiff.");
  CHECK(mention_of(r, "Die Karte war überzogen") == "Trainer Paul Wendt");
}
