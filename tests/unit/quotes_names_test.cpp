// The speaker names a reader sees (speaker_names.cpp): the noun phrase of the source, not the
// clause words a reading back from a cue ran into, and the person a description names. All
// inputs are composed for these tests.
#include <doctest/doctest.h>

#include <string>

#include "common/names.h"
#include "quotes/quotes.h"
#include "quotes/mentions/speaker_names.h"
#include "quotes_test_util.h"

using namespace pith;
using namespace pith::test;

namespace {

// The display phrase of the whole text read as one mention.
std::string phrase_of(const std::string& t) {
  const auto toks = detail::tokenize(t, 0, t.size());
  const detail::TokRange p = detail::name_phrase(t, toks, {0, toks.size() - 1, true});
  if (!p.ok) return "<none>";
  return t.substr(toks[p.first].start, toks[p.last].end - toks[p.first].start);
}

std::string trailing_person_of(const std::string& t) {
  const auto toks = detail::tokenize(t, 0, t.size());
  const detail::TokRange p = detail::trailing_person(t, toks, {0, toks.size() - 1, true});
  if (!p.ok) return "<none>";
  return t.substr(toks[p.first].start, toks[p.last].end - toks[p.first].start);
}

}  // namespace

TEST_CASE("names: a phrase drops leading conjunctions and ends before a clause or a verb") {
  CHECK(phrase_of("Like Ana Ruiz") == "Ana Ruiz");
  CHECK(phrase_of("But even the harbour pilots") == "the harbour pilots");
  CHECK(phrase_of("Lea Holm was quick to") == "Lea Holm");
  CHECK(phrase_of("Tom Berg continues to") == "Tom Berg");
  CHECK(phrase_of("Tom Berg fails to") == "Tom Berg");
  CHECK(phrase_of("Tom Berg insists the") == "Tom Berg");
  CHECK(phrase_of("Tom Berg aides") == "Tom Berg aides");
  CHECK(phrase_of("Marta Lund elaborated on the plan he") == "Marta Lund");
  CHECK(phrase_of("fishermen who lost their boats") == "fishermen");
  CHECK(phrase_of("a survey of") == "a survey");
  // German and French: an auxiliary or a sentence adverb is no part of a name.
  CHECK(phrase_of("Derzeit die Ministerin") == "die Ministerin");
  CHECK(phrase_of("die Ministerin wurde") == "die Ministerin");
  CHECK(phrase_of("Mais le maire") == "le maire");
  // Modifiers before a noun stay ("retired", "local"); a verb-led run names nobody.
  CHECK(phrase_of("The retired judge") == "The retired judge");
  CHECK(phrase_of("Ana Ruiz supporters") == "Ana Ruiz supporters");
  CHECK(phrase_of("would be praising a plan") == "<none>");
}

TEST_CASE("names: the person a description ends with") {
  CHECK(trailing_person_of("Republican presidential candidate Ana Ruiz") == "Ana Ruiz");
  CHECK(trailing_person_of("harbour master and former mayor Tom Berg") == "Tom Berg");
  // The object of a preposition or the second of two names is not the source.
  CHECK(trailing_person_of("a spokesman for Mayor Ana Ruiz") == "<none>");
  CHECK(trailing_person_of("Tom Berg and Senator Ana Ruiz") == "<none>");
  CHECK(trailing_person_of("local fishermen") == "<none>");
}

TEST_CASE("names: display strings lose possessives, dangling parentheses and lead words") {
  CHECK(detail::tidy_name("Ana Ruiz's") == "Ana Ruiz");
  CHECK(detail::tidy_name("Ana Ruiz\xE2\x80\x99s") == "Ana Ruiz");
  CHECK(detail::tidy_name("the Harbour Authority (HA") == "the Harbour Authority");
  CHECK(detail::tidy_name("Like Tom Berg") == "Tom Berg");
  CHECK(detail::tidy_name("Sanders'") == "Sanders");
  CHECK(detail::tidy_name("Tom Berg") == "Tom Berg");
  CHECK(detail::tidy_name("einem Bericht des Hafenamtes") == "Bericht des Hafenamtes");
  CHECK(detail::tidy_name("die Polizei") == "die Polizei");
  CHECK(detail::tidy_name("Rival Ana Ruiz") == "Ana Ruiz");
  CHECK(detail::tidy_name("Is Senator Tom Berg") == "Tom Berg");
  CHECK(detail::tidy_name("Laut Hafenamt Kiel") == "Hafenamt Kiel");
  CHECK(detail::tidy_name("Major Lund") == "Major Lund");
  CHECK(detail::tidy_name("Said Hamdi") == "Said Hamdi");
  CHECK(detail::tidy_name("Die Linke") == "Die Linke");
}

TEST_CASE("names: reported speech shows the speaker's name, not the subject's clause") {
  auto r = run("The ferry service ended in May.\n\n"
               "Regional transport minister Ana Ruiz was quick to say that the service would return.");
  const Quote* a = reported(r);
  REQUIRE(a);
  REQUIRE(a->speaker);
  CHECK(*a->speaker == std::string("Ana Ruiz"));

  auto r2 = run("The vote was close.\n\n"
                "Veteran harbour pilot Tom Berg says the channel is too shallow.");
  const Quote* b = reported(r2);
  REQUIRE(b);
  REQUIRE(b->speaker);
  CHECK(*b->speaker == std::string("Tom Berg"));
}

TEST_CASE("names: a noun phrase is no person even when capitalised words end it") {
  CHECK(trailing_person_of("Senator Tom Berg (Kent) and former governor Ana Ruiz") == "<none>");
  CHECK(phrase_of("Harbour companies that") == "Harbour companies");
}

TEST_CASE("names: a name run after a possessive is the person") {
  auto after = [](const std::string& t) {
    const auto toks = detail::tokenize(t, 0, t.size());
    const detail::TokRange p = detail::after_possessive(t, toks, {0, toks.size() - 1, true});
    return t.substr(toks[p.first].start, toks[p.last].end - toks[p.first].start);
  };
  CHECK(after("Colorado's Lea Holm") == "Lea Holm");
  CHECK(after("Kent\xE2\x80\x99s Tom Berg") == "Tom Berg");
  CHECK(after("Ohio's Berg") == "Ohio's Berg");
  CHECK(after("Tom Berg") == "Tom Berg");
  // In a text: the possessive's owner is no part of the speaker's name.
  auto r = run("The count went on all night.\n\n"
               "\"We will not give up,\" said Colorado's Lea Holm. \"Not this year.\"");
  const Quote* q = quote_with(r, "We will not give up,");
  REQUIRE(q);
  REQUIRE(q->speaker);
  CHECK(*q->speaker == std::string("Lea Holm"));
}

TEST_CASE("names: a person a description names is the antecedent of a later pronoun") {
  auto r = run("The ferry service ended in May.\n\n"
               "Veteran harbour pilot Tom Berg says the channel is too shallow for the new boats. "
               "\"Nobody asked us,\" he said.");
  const Quote* q = quote_with(r, "Nobody asked us,");
  REQUIRE(q);
  REQUIRE(q->speaker);
  CHECK(*q->speaker == std::string("Tom Berg"));
}

TEST_CASE("names: a phrase ends before a participle phrase or a closing parenthetical") {
  CHECK(phrase_of("a survey released by the county") == "a survey");
  CHECK(phrase_of("people briefed on the talks") == "people");
  CHECK(phrase_of("the newly elected mayor") == "the newly elected mayor");
  CHECK(phrase_of("Senator Ana Ruiz (D-Kent)") == "Senator Ana Ruiz");
  CHECK(phrase_of("of the harbour pilots") == "the harbour pilots");
}

TEST_CASE("names: a lone modifier keeps its article") {
  auto r = run("Ana Ruiz left the ministry in May.\n\n"
               "\"The harbour was never safe,\" the former said on Monday.");
  const Quote* q = quote_with(r, "The harbour was never safe,");
  REQUIRE(q);
  REQUIRE(q->speaker);
  CHECK(*q->speaker == std::string("the former"));
}

TEST_CASE("names: irregular past forms and lone adverbs are no names") {
  CHECK(phrase_of("Tom Berg drew boos from the crowd when he") == "Tom Berg");
  CHECK(phrase_of("harbour master Ana Ruiz spoke") == "harbour master Ana Ruiz");
  auto only = [](const std::string& t) {
    const auto toks = detail::tokenize(t, 0, t.size());
    return detail::only_lead_words(t, toks, {0, toks.size() - 1, true});
  };
  CHECK(only("Derzeit"));
  CHECK(only("But"));
  CHECK_FALSE(only("Ana Ruiz"));
}

TEST_CASE("names: after a subordinator the cue's own clause names the source") {
  CHECK(phrase_of("the row only grew after Lea Holm ordered") == "Lea Holm");
  CHECK(phrase_of("the vote slipped when the harbour board") == "the harbour board");
  // A pronoun there stands for the name before it.
  CHECK(phrase_of("Tom Berg drew boos when he") == "Tom Berg");
  CHECK(phrase_of("Ana Ruiz was calm until she") == "Ana Ruiz");
}

TEST_CASE("names: a role noun a sentence start glued to a known name is dropped") {
  auto r = run("Comedian Lea Holm opened the show on Friday.\n\n"
               "\"We laughed a lot,\" Holm said.\n\n"
               "\"It was a long night,\" Lea Holm added.");
  const Quote* q = quote_with(r, "We laughed a lot,");
  REQUIRE(q);
  REQUIRE(q->speaker);
  CHECK(*q->speaker == std::string("Lea Holm"));
  // A given name before a double surname known alone stays.
  auto r2 = run("Ana Ruiz Moreno opened the show on Friday.\n\n"
                "\"We laughed a lot,\" Ruiz Moreno said.");
  const Quote* p = quote_with(r2, "We laughed a lot,");
  REQUIRE(p);
  REQUIRE(p->speaker);
  CHECK(*p->speaker == std::string("Ana Ruiz Moreno"));
}

TEST_CASE("names: a German genitive name after a noun is not the source") {
  // "Anhänger Lea Holms": Lea Holm's followers speak, not Lea Holm.
  auto r = run("Lea Holm verlor die Wahl in der Stadt deutlich.\n\n"
               "Einige Anh\xC3\xA4nger Lea Holms sagten, die Z\xC3\xA4hlung sei nicht korrekt gewesen.");
  const Quote* a = reported(r);
  REQUIRE(a);
  REQUIRE(a->speaker);
  CHECK(*a->speaker != std::string("Lea Holm"));
  CHECK(a->speaker->find("Anh\xC3\xA4nger") != std::string::npos);
  // The same when the person is well known in the text under the plain name.
  auto r3 = run("Der fr\xC3\xBChere Pr\xC3\xA4sident des Landes, Saddam Rahim, steht vor Gericht.\n\n"
                "Saddam Rahim hatte vor Gericht alle Vorw\xC3\xBCrfe bestritten.\n\n"
                "Einige Anh\xC3\xA4nger Saddam Rahims protestierten in seiner Heimatstadt gegen den "
                "Prozess mit Transparenten, auf denen Spr\xC3\xBC" "che wie \xE2\x80\x9E"
                "Nieder mit dem Betrug\xE2\x80\x9C standen.\n\n"
                "Das Gericht folgte nicht dem Vorwurf der Verteidigung Saddam Rahims, das Gericht sei "
                "befangen.");
  const Quote* c = quote_with(r3, "Nieder mit dem Betrug");
  REQUIRE(c);
  REQUIRE(c->speaker);
  CHECK(*c->speaker == std::string("Anh\xC3\xA4nger Saddam Rahims"));
  // A name that ends in "s" by itself stays the person ("Ana Morales").
  auto r2 = run("The ferry runs again.\n\n"
                "Veteran harbour pilot Ana Morales says the channel is deep enough now.");
  const Quote* b = reported(r2);
  REQUIRE(b);
  REQUIRE(b->speaker);
  CHECK(*b->speaker == std::string("Ana Morales"));
}
