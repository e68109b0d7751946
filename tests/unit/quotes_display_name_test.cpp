// The displayed-speaker gate (resolve/display_name): what a reader is shown as a speaker.
#include <doctest/doctest.h>

#include <string>

#include "quotes/resolve/display_name.h"

using pith::detail::displayed_speaker;

namespace {
std::string shown(const char* name, bool own = true, bool quotation = false) {
  return displayed_speaker(name, own, quotation);
}
}  // namespace

TEST_CASE("display name: names and short noun phrases pass unchanged") {
  for (const char* n : {"Xi Jinping", "Sexton", "Hope Hicks", "Will Smith", "the ministry", "officials",
                        "industry sources", "Trump campaign spokeswoman Hope Hicks", "the man",
                        "Mark Weddle", "US", "Said Ali", "May Lund", "Reuters", "Others", "Many",
                        "several"})
    CHECK_MESSAGE(shown(n) == n, std::string(n));
}

TEST_CASE("display name: cues, connectives and clause words come off") {
  CHECK(shown("according to industry sources") == "industry sources");
  CHECK(shown("industry sources cited by hit-or-miss Taiwanese publication DigiTimes") == "industry sources");
  CHECK(shown("But Lea Holm") == "Lea Holm");
  CHECK(shown("Actually I've") == "I");
  CHECK(shown("band unveiled") == "band");
  CHECK(shown("A preview of the") == "A preview");
  CHECK(shown("Others have applied for bank charters while") == "Others");
  CHECK(shown("Several farmers have said") == "Several farmers");
  CHECK(shown("Mr. Trump has repudiated decades of Republican") == "Mr. Trump");
  CHECK(shown("Ana Ruiz's") == "Ana Ruiz");
  CHECK(shown("Bernie Sanders and Martin O'Malley all") == "Bernie Sanders and Martin O'Malley");
  CHECK(shown("the tutorial I") == "I");
  // A rejected head gives way to the subject nearest the cue.
  CHECK(shown("That is why critics") == "critics");
  CHECK(shown("That’s partly why Democratic front-runner Hillary Clinton") == "Democratic front-runner Hillary Clinton");
  CHECK(shown("That is why the") == "");
}

TEST_CASE("display name: long names are cut at a preposition or refused") {
  CHECK(shown("4 in 10 Republican voters in each state") == "4 in 10 Republican voters");
  CHECK(shown("person familiar with the planning for Thursday's meeting") == "person familiar with the planning");
  CHECK(shown("Donald J. Trump, the presumptive Republican presidential nominee,") == "Donald J. Trump");
  CHECK(shown("Democratic presidential candidate Sen. Bernie Sanders (I-Vt.)") == "Sen. Bernie Sanders");
  CHECK(shown("Algerian foreign affairs ministry spokesman Benali Cherif Abdelaziz") == "Benali Cherif Abdelaziz");
  CHECK(shown("last man to mount a major third-party presidential race") == "");
  CHECK(shown("Vivid Luminous Bright Shiny Glowing Radiant Golden Harbour") == "");
}

TEST_CASE("display name: nobody a reader can tell is no speaker") {
  for (const char* n : {"The", "a", "This", "Some", "What", "Something", "no one", "for someone", "17",
                        "Please", "is how I", "called him naïve", "Are"})
    CHECK(shown(n) == "");
}

TEST_CASE("display name: pronouns only in their own attribution; 'it' only for a quotation") {
  CHECK(shown("he", true) == "he");
  CHECK(shown("he", false) == "");
  CHECK(shown("I", true) == "I");
  CHECK(shown("we", false) == "");
  CHECK(shown("it", true, false) == "");
  CHECK(shown("It", true, true) == "It");
}
