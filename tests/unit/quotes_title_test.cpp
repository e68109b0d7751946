// Quoted titles and names of things (title.cpp): type `title`, no speaker, confidence < 0.5,
// while quoted speech next to them keeps its type and speaker.
#include <doctest/doctest.h>

#include <string>

#include "quotes/quotes.h"
#include "quotes_test_util.h"

using namespace pith;
using namespace pith::test;

namespace {
// A quote the engine marks as a name: a title, no speaker, low confidence.
bool named_thing(const QuoteResult& r, const std::string& text) {
  const Quote* q = quote_with(r, text);
  return q && q->type == QuoteType::kTitle && !q->speaker && q->confidence < 0.5;
}
// Weak evidence of a name (die Raumsonde „X“, the “Falcon” after an article): not typed a
// title (German news corpora count such quotes as their source's words), but no speaker of
// its own here and a confidence below 0.5.
bool weak_name(const QuoteResult& r, const std::string& text) {
  const Quote* q = quote_with(r, text);
  return q && q->type != QuoteType::kTitle && !q->speaker && q->confidence < 0.5;
}
// A quote kept as somebody's words (not a title; a speaker, or a speakerless scare quote at >= 0.5).
bool kept(const QuoteResult& r, const std::string& text) {
  const Quote* q = quote_with(r, text);
  return q && q->type != QuoteType::kTitle && (q->speaker || q->confidence >= 0.5);
}
}  // namespace

TEST_CASE("title: a class noun before the quote names a work or a thing") {
  auto r = run("Tom Reed said the film “Silver River” was his favourite.\n\n"
               "Die Kartoffelsorte „Blauer Stern“ wurde gestern zugelassen.\n\n"
               "Die Retter erreichten die Passagiere des Fährschiffes „Nordlicht“ am Abend.\n\n"
               "Le journal « Le Matin » a publié la lettre.\n\n"
               "Газета «Утро» опубликовала письмо.\n\n"
               "El periódico «Diario Sur» publicó la carta.\n\n"
               "She wrote a memo titled “Where We Stand” last week.");
  CHECK(named_thing(r, "Silver River"));
  CHECK(named_thing(r, "Blauer Stern"));
  CHECK(weak_name(r, "Nordlicht"));
  CHECK(named_thing(r, "Le Matin"));
  CHECK(named_thing(r, "Утро"));
  CHECK(named_thing(r, "Diario Sur"));
  CHECK(named_thing(r, "Where We Stand"));
}

TEST_CASE("title: lower-case content after a class noun is speech; 'replied' is no German 'Lied'") {
  auto r = run("The campaign “was a mess from the first day,” Tom Reed said.\n\n"
               "Asked about the vote, Anna Berg replied, “Well, we will see.”\n\n"
               "Die Initiative sei „völlig überfällig“, sagte Lena Roth.");
  CHECK(kept(r, "was a mess from the first day,"));
  CHECK(kept(r, "Well, we will see."));
  CHECK(kept(r, "völlig überfällig"));
}

TEST_CASE("title: a programme after a broadcaster's possessive, 'on' or 'host of'") {
  auto r = run("“The budget is fine,” Mara Lind said on Channel Nine's “Morning Talk.”\n\n"
               "Her aide appeared on “Sunrise” to defend the plan.\n\n"
               "He is now the host of “Late Hour” on cable.");
  CHECK(named_thing(r, "Morning Talk."));
  const Quote* speech = quote_with(r, "The budget is fine,");
  REQUIRE(speech);
  CHECK(speech->speaker == std::string("Mara Lind"));
  CHECK(named_thing(r, "Sunrise"));
  CHECK(named_thing(r, "Late Hour"));
}

TEST_CASE("title: an acronym or a year in brackets, or a compound built on the quote") {
  auto r = run("Die „Liga für Wasser“ (LFW) forderte neue Brunnen.\n\n"
               "She starred in “Red Harbor” (2004) and in two plays.\n\n"
               "Ein „Nordblick“-Reporter war vor Ort.");
  CHECK(named_thing(r, "Liga für Wasser"));
  CHECK(named_thing(r, "Red Harbor"));
  CHECK(named_thing(r, "Nordblick"));
}

TEST_CASE("title: naming verbs name a short quote, but 'hieß es' is a cue") {
  auto r = run("Der neue Hubschrauber wird künftig „Adler 7“ heißen.\n\n"
               "Damals hieß das Lokal noch „Zur Linde“.\n\n"
               "„Wir bleiben hier“, hieß es in der Erklärung.");
  CHECK(named_thing(r, "Adler 7"));
  CHECK(named_thing(r, "Zur Linde"));
  CHECK(kept(r, "Wir bleiben hier"));
}

TEST_CASE("title: an interview label at the start of a paragraph is no quotation") {
  auto r = run("''Berg'': Wir haben alles versucht, was möglich war.");
  CHECK(named_thing(r, "Berg"));
}

TEST_CASE("title: one name in a list of quoted capitalised items names them all") {
  auto r = run("Sie spielte in den Filmen „Rote Erde“, „Blaue Nacht“ und „Grünes Feld“.\n\n"
               "He read the novels “Cold Sea” and “Dry Land” last year.");
  CHECK(named_thing(r, "Rote Erde"));
  CHECK(named_thing(r, "Blaue Nacht"));
  CHECK(named_thing(r, "Grünes Feld"));
  CHECK(named_thing(r, "Cold Sea"));
  CHECK(named_thing(r, "Dry Land"));
}

TEST_CASE("title: a capitalised word after an article with no cue names a thing; indirect speech keeps it") {
  auto r = run("Im Hafen lag der Frachter neben der „Möwe“ vor Anker.\n\n"
               "Am Abend landete die „Neue Hoffnung“ sicher im Hafen.\n\n"
               "The crew parked the “Falcon” behind the hangar.\n\n"
               "Die Stadt sei ein „Bunker“ geworden, sagte Lena Roth.\n\n"
               "Die Zeitung sprach von einem „Skandal“ im Rathaus.");
  CHECK(weak_name(r, "Möwe"));
  CHECK(named_thing(r, "Neue Hoffnung"));
  CHECK(weak_name(r, "Falcon"));
  CHECK(kept(r, "Bunker"));
  CHECK(kept(r, "Skandal"));
}

TEST_CASE("title: 'so genannten' and 'laut' before a capitalised quote name a term or a source") {
  auto r = run("Forscher fanden die so genannten „Eisbänder“ am Südpol.\n\n"
               "Laut „Morgenpost“ wurde der Vertrag gestern unterschrieben.\n\n"
               "Die so genannte Reform sei „ein Etikettenschwindel“, sagte Lena Roth.");
  CHECK(named_thing(r, "Eisbänder"));
  CHECK(named_thing(r, "Morgenpost"));
  CHECK(kept(r, "ein Etikettenschwindel"));
}

TEST_CASE("title: a noun after the quote, a nickname between names, and headlines left alone") {
  auto r = run("The “Night Watch” star spoke at the gala.\n\n"
               "Her brother, Samuel “Sammy” Okafor, runs the shop.\n\n"
               "Senator Says ‘Enough’ After Long Vote");
  CHECK(named_thing(r, "Night Watch"));
  CHECK(named_thing(r, "Sammy"));
  // The headline's capitals say nothing about names: not a certain name (0.15). With nobody
  // to say it, the single-marked word is a highlighted term (0.35, quotes.cpp).
  const Quote* enough = quote_with(r, "Enough");
  REQUIRE(enough);
  CHECK(enough->confidence > 0.3);
}

TEST_CASE("title: a quoted name defined by a copula or named as the source of a report") {
  auto r = run("„Orbis“ ist ein Modul der Raumstation.\n\n"
               "Wie „Abendpost“ berichtet, bleibt die Brücke gesperrt.\n\n"
               "Über den Streit schrieb die „Nordpresse“ am Montag.\n\n"
               "„Nein“, sagte Lena Roth.");
  CHECK(named_thing(r, "Orbis"));
  CHECK(named_thing(r, "Abendpost"));
  CHECK(named_thing(r, "Nordpresse"));
  CHECK(kept(r, "Nein"));
}

TEST_CASE("title: German names of any length, and title case in a German sentence without a cue") {
  auto r = run("Im Mai tagte der „Rat zur Rettung der Wälder“ in der Stadt.\n\n"
               "Am Ende wurde er zum „Player of the Year“ gewählt, und das zu Recht.\n\n"
               "After the final he was named “Player of the Year” by fans.");
  CHECK(named_thing(r, "Rat zur Rettung der Wälder"));
  CHECK(named_thing(r, "Player of the Year"));
}

TEST_CASE("title: a paragraph of one quote in single marks is a subhead; in double marks it is speech") {
  auto r = run("The mine closed in May.\n\n"
               "‘A long winter ahead.’\n\n"
               "Workers gathered at the gate.\n\n"
               "“We will be back next spring, all of us.”");
  CHECK(named_thing(r, "A long winter ahead."));
  CHECK(kept(r, "We will be back next spring, all of us."));
}

TEST_CASE("title: German capitalised phrases inside indirect speech or a defining clause stay speech") {
  auto r = run("Man sei sich einig, dass es für die „Feinde der Freiheit“ keinen Platz gebe.\n\n"
               "Der Forscher riet allen zu „Ruhe und Geduld“ in der Krise.\n\n"
               "„Ich bin müde“ ist seit jenem Abend ein bekannter Satz.");
  CHECK(kept(r, "Feinde der Freiheit"));
  CHECK(kept(r, "Ruhe und Geduld"));
  CHECK(kept(r, "Ich bin müde"));
}

TEST_CASE("title: a publication as addressee or source, and 'genannt' after a quoted name") {
  auto r = run("Der Minister sagte der „Abendpost“, er bleibe im Amt.\n\n"
               "Dem „Kurier“ zufolge ist die Brücke gesperrt.\n\n"
               "Der Bär, auch „Brummi“ genannt, lief durch das Dorf.\n\n"
               "Der Trainer sagte zum „Tagblatt“, er bleibe.");
  CHECK(named_thing(r, "Abendpost"));
  CHECK(named_thing(r, "Kurier"));
  CHECK(named_thing(r, "Brummi"));
  CHECK(named_thing(r, "Tagblatt"));
}

TEST_CASE("title: an apposition after the quote, an adjective after the article, 'kurz'") {
  auto r = run("Sie arbeitet für „Nordwind Systems“, eine Firma aus Kiel.\n\n"
               "Im Mai tagte die französische „Allianz Blau“ in Lyon.\n\n"
               "Der Verband der Bäcker, kurz „VdB“, lud zur Messe.");
  CHECK(named_thing(r, "Nordwind Systems"));
  CHECK(named_thing(r, "Allianz Blau"));
  CHECK(named_thing(r, "VdB"));
}

TEST_CASE("title: a quote opening in lower case is no title, even with capitalised nouns") {
  auto r = run("Die Richter sprachen nicht von „einer Klage der Nachbarn“ im Dorf.");
  CHECK(kept(r, "einer Klage der Nachbarn"));
}

TEST_CASE("title: weak evidence (a German class noun, one word after an article) keeps the speaker") {
  auto r = run("Die Sonde „Kepler“ sei verloren, sagte Lena Roth am Montag.");
  const Quote* q = quote_with(r, "Kepler");
  REQUIRE(q);
  CHECK(q->speaker == std::string("Lena Roth"));
  CHECK(q->confidence < 0.5);
  CHECK(q->confidence > 0.4);
}

TEST_CASE("title: a naming noun is strong evidence even in German; 'Laut' opening a sentence") {
  auto r = run("Das Lokal war unter dem Namen „Goldener Hirsch“ bekannt, sagte Lena Roth.\n\n"
               "Laut „Abendblatt“ bleibt die Brücke gesperrt.");
  const Quote* q = quote_with(r, "Goldener Hirsch");
  REQUIRE(q);
  CHECK(!q->speaker);
  CHECK(q->confidence < 0.4);
  const Quote* l = quote_with(r, "Abendblatt");
  REQUIRE(l);
  CHECK(l->confidence < 0.4);
}

TEST_CASE("title: a chant of one word is no title") {
  auto r = run("The crowd answered with chants of “Jobs, Jobs, Jobs” all night.\n\n"
               "Die Menge rief „Frieden! Frieden!“ vor dem Rathaus.\n\n"
               "Die Krimireihe „Weiss & Weiss“ startet im Mai.");
  CHECK(kept(r, "Jobs, Jobs, Jobs"));
  CHECK(kept(r, "Frieden! Frieden!"));
  CHECK(named_thing(r, "Weiss & Weiss"));
}

TEST_CASE("title: a talk show named 'X with Y' after a broadcaster or 'on'") {
  auto r = run("Berg said on KTV's “Sunday Talk with Ann Roe,” that he would run.\n\n"
               "She is now the host of “Late Hour with Ted Vik.”\n\n"
               "Roe had “no plan to deal with Vik,” Berg said.");
  CHECK(named_thing(r, "Sunday Talk with Ann Roe,"));
  CHECK(named_thing(r, "Late Hour with Ted Vik."));
  CHECK(kept(r, "no plan to deal with Vik,"));
}

TEST_CASE("title: one word after a broadcaster's acronym; a nickname after an initial") {
  auto r = run("Berg told KTV's “Daybreak” on Monday that he would run.\n\n"
               "Rep. Anna J. “Annie” Roe opened the fair.\n\n"
               "Berg's “mistake” was costly, Roe said.");
  CHECK(named_thing(r, "Daybreak"));
  CHECK(named_thing(r, "Annie"));
  CHECK(kept(r, "mistake"));
}

TEST_CASE("title: a lone quoted word in English that nobody said is a term") {
  auto r = run("The plan was a “pivot” for the city and its port.\n\n"
               "The plan was a “bold gamble” for the city and its port.\n\n"
               "Der Plan gilt als „Wagnis“ für die Stadt und den Hafen.");
  const Quote* one = quote_with(r, "pivot");
  REQUIRE(one);
  CHECK(!one->speaker);
  CHECK(one->confidence < 0.4);
  const Quote* two = quote_with(r, "bold gamble");
  REQUIRE(two);
  CHECK(two->confidence >= 0.5);
  const Quote* de = quote_with(r, "Wagnis");
  REQUIRE(de);
  CHECK(de->confidence >= 0.4);
}

TEST_CASE("title: a headline's phrase in single marks that nobody said") {
  auto r = run("Senate drops 'poison pill' from the budget bill\n\n"
               "Roe called the bill 'a poison pill' on Monday.");
  const Quote* head = nullptr;
  for (const auto& q : r.quotes)
    if (q.text == "poison pill") head = &q;
  REQUIRE(head);
  CHECK(!head->speaker);
  CHECK(head->confidence < 0.4);
  CHECK(kept(r, "a poison pill"));
}

TEST_CASE("title: a quoted web address names a site") {
  auto r = run("Laut „nachrichten.beispiel.de“ wurde die Sitzung vertagt.\n\n"
               "Roe said the report on “example.com” was wrong.\n\n"
               "Roe said it was “a U.S. first” for the team.");
  CHECK(named_thing(r, "nachrichten.beispiel.de"));
  CHECK(named_thing(r, "example.com"));
  CHECK(kept(r, "a U.S. first"));
}

TEST_CASE("title: a product's typography names a thing") {
  auto r = run("Der Konzern stellte den „uPhone mini“ am Montag vor.\n\n"
               "Das Sparprogramm „Ziel7“ kostet viele Stellen.\n\n"
               "Roe said the “McAllister plan” was sound.\n\n"
               "Roe said “the 1990s” were better.");
  CHECK(named_thing(r, "uPhone mini"));
  CHECK(named_thing(r, "Ziel7"));
  CHECK(kept(r, "McAllister plan"));
  CHECK(kept(r, "the 1990s"));
}

TEST_CASE("title: a short quote before 'wrote' is speech when a comma ends it inside the marks") {
  auto r = run("“Nope,” wrote a reader from Ohio.\n\n"
               "Wie „Abendpost“ berichtete, fiel die Sitzung aus.");
  CHECK(kept(r, "Nope,"));
  CHECK(named_thing(r, "Abendpost"));
}

TEST_CASE("title: a show told or interviewed with") {
  auto r = run("“We will win,” Berg told “Morning Talk” on Sunday.\n\n"
               "Roe said in an interview with “The Late Desk” that she would run.\n\n"
               "Berg told the crowd “Go Home Now” twice.");
  CHECK(named_thing(r, "Morning Talk"));
  CHECK(named_thing(r, "The Late Desk"));
  CHECK(kept(r, "We will win,"));
}

TEST_CASE("title: a programme after a media noun's possessive") {
  auto r = run("Roe spoke on the channel’s “Sunday Report” about taxes.\n\n"
               "Berg is the star of television's “Harbor” and more.\n\n"
               "Roe mocked the campaign’s “big new plan” as a stunt.");
  CHECK(named_thing(r, "Sunday Report"));
  CHECK(named_thing(r, "Harbor"));
  CHECK(kept(r, "big new plan"));  // a campaign is no media owner
}

TEST_CASE("title: cried-out words are speech, however capitalised (chants, slogans, Parolen)") {
  auto r = run("Outside the hall the marchers joined in loud chants of “Save Our Port!”\n\n"
               "The volunteers kept shouting “Vote Today,” and “Bring A Friend.”\n\n"
               "Vor dem Rathaus skandierten die Anwohner Parolen wie „Rettet den Stadtpark“.\n\n"
               "Les grévistes scandaient « Pas De Retraite À Soixante-Dix ».\n\n"
               "Los vecinos gritaban «Queremos Agua» frente al ayuntamiento.\n\n"
               "Жители скандировали «Верните Парк» у мэрии.");
  CHECK(kept(r, "Save Our Port!"));
  CHECK(kept(r, "Vote Today,"));
  CHECK(kept(r, "Bring A Friend."));
  CHECK(kept(r, "Rettet den Stadtpark"));
  CHECK(kept(r, "Pas De Retraite À Soixante-Dix"));
  CHECK(kept(r, "Queremos Agua"));
  CHECK(kept(r, "Верните Парк"));
}

TEST_CASE("title: a cry far before the quote, or a motto, does not make a name speech") {
  auto r = run("After the crowd had stopped shouting, she watched the film “Silver River” alone.\n\n"
               "Die Tagung steht unter dem Motto „Digitale Städte“.");
  CHECK(named_thing(r, "Silver River"));
  CHECK(named_thing(r, "Digitale Städte"));
}

TEST_CASE("title: a name given by a naming verb is a writer's choice: no speaker, just under 0.5") {
  auto r = run("Tom Reed released a memo titled “Where We Stand Now” on Friday.\n\n"
               "The campaign's new ad, entitled “Open Doors,” runs next week.\n\n"
               "Tom Reed said the film “Silver River” was his favourite.");
  const Quote* memo = quote_with(r, "Where We Stand Now");
  REQUIRE(memo);
  CHECK_FALSE(memo->speaker);
  CHECK(memo->confidence >= 0.4);
  CHECK(memo->confidence < 0.5);
  const Quote* ad = quote_with(r, "Open Doors,");
  REQUIRE(ad);
  CHECK_FALSE(ad->speaker);
  CHECK(ad->confidence >= 0.4);
  const Quote* film = quote_with(r, "Silver River");
  REQUIRE(film);
  CHECK(film->confidence < 0.4);
}

TEST_CASE("title: a quote alone in parentheses in an English sentence is speech") {
  auto r = run("All evening he mocked his rivals, Anna Berg (“Sleepy Anna”) and Tom Reed (“Tiny Tom”).\n\n"
               "The ad kept calling the plan a “bailout” and the mayor's deal a giveaway.\n\n"
               "On the forum, users traded the tag #PuertasAbiertas (\"Open Doors\") all night.");
  CHECK(kept(r, "Sleepy Anna"));
  CHECK(kept(r, "Tiny Tom"));
  CHECK(kept(r, "Open Doors"));
}

TEST_CASE("title: a title, motto or heading announced right before the quote is a name") {
  auto r = run("Der Film des Regisseurs trägt den Titel „Nebel über dem Hafen“.\n\n"
               "Unter dem Motto „Wir bleiben hier“ zogen am Samstag viele Radfahrer durch die Stadt.\n\n"
               "Der Text stand unter der Überschrift „Was die Stadt jetzt braucht“ im Netz.\n\n"
               "Die Ministerin nannte den Plan „einen Titel ohne Inhalt“.");
  CHECK(named_thing(r, "Nebel über dem Hafen"));
  CHECK(named_thing(r, "Wir bleiben hier"));
  CHECK(named_thing(r, "Was die Stadt jetzt braucht"));
  CHECK(kept(r, "einen Titel ohne Inhalt"));
}

TEST_CASE("title: a title opening with a number, and a broadcaster's bare possessive (XBS')") {
  auto r = run("Mara Lind backed the plan in an interview on XBS' ''90 Seconds.'' ''It works,'' she said.\n\n"
               "The director returns with a new documentary “21st.” It opens Friday.\n\n"
               "Tom Reed spoke on NBC's “Today” and on ABCS' “Meet the Week.”");
  CHECK(named_thing(r, "90 Seconds."));
  CHECK(named_thing(r, "21st."));
  CHECK(named_thing(r, "Meet the Week."));
  const Quote* said = quote_with(r, "It works,");
  REQUIRE(said);
  CHECK(said->speaker == std::string("Mara Lind"));
}

TEST_CASE("title: a stage direction of a transcript is nobody's words") {
  auto r = run("\"HOST: We have little time left, so let me ask about the budget.\n\n"
               "\"(LAUGHTER.)\n\n"
               "\"[Applause]\"\n\n"
               "\"GUEST: The budget (as I said before) is sound.\"");
  // Not a title either: it keeps its shape's type, with no speaker and a low confidence.
  for (const char* t : {"(LAUGHTER.)", "[Applause]"}) {
    const Quote* q = quote_with(r, t);
    REQUIRE(q);
    CHECK(q->type != QuoteType::kTitle);
    CHECK_FALSE(q->speaker);
    CHECK(q->confidence < 0.4);
  }
  CHECK_FALSE(named_thing(r, "The budget (as I said before) is sound."));
}

TEST_CASE("title: the works an actor starred or appeared in are names") {
  auto r = run("Dana Frost, who has starred in “Harbour Lights” and “Night of the Owls,” joined the cast.\n\n"
               "Tom Reed, appearing in “Salt and Stone” this spring, thanked his fans.");
  CHECK(named_thing(r, "Harbour Lights"));
  CHECK(named_thing(r, "Night of the Owls,"));
  CHECK(named_thing(r, "Salt and Stone"));
}
