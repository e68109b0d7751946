#include <doctest/doctest.h>

#include <optional>
#include <string>
#include <vector>

#include "common/names.h"
#include "common/utf8.h"

using namespace pith::detail;

TEST_CASE("names: tokens keep apostrophes, hyphens and initialisms") {
  const std::string t = "Moscow's al-Assad U.S. don't";
  const auto toks = tokenize(t, 0, t.size());
  REQUIRE(toks.size() >= 4);
  CHECK(tok_text(t, toks[0]) == "Moscow's");
  CHECK(tok_text(t, toks[1]) == "al-Assad");
  CHECK(tok_text(t, toks[2]) == "U.S");
}

TEST_CASE("names: runs, titles and organisations") {
  const std::string t = "the German Chancellor Olaf Scholz met Security Council Dmitry Medvedev";
  const auto toks = tokenize(t, 0, t.size());
  // "German Chancellor Olaf Scholz" ends at token 4.
  const TokRange r = name_run_before(t, toks, 4, 0);
  REQUIRE(r.ok);
  CHECK(person_name(t, toks, r) == "Olaf Scholz");
  // The organisation ends the run that already holds a person.
  const TokRange m = name_run_before(t, toks, toks.size() - 1, 0);
  REQUIRE(m.ok);
  CHECK(person_name(t, toks, m) == "Dmitry Medvedev");
  CHECK(!is_name_word(t, toks[0]));
}

TEST_CASE("names: German, Cyrillic and connectors") {
  const std::string t = "Ursula von der Leyen und Олег Коваль";
  const auto toks = tokenize(t, 0, t.size());
  const TokRange r = name_run_after(t, toks, 0, toks.size());
  REQUIRE(r.ok);
  CHECK(person_name(t, toks, r) == "Ursula von der Leyen");
  const TokRange c = name_run_after(t, toks, 5, toks.size());
  REQUIRE(c.ok);
  CHECK(person_name(t, toks, c) == "Олег Коваль");
}

TEST_CASE("names: the name follows a lower-case role noun; runs stop at name breaks") {
  const std::string t = "Coastal transport minister Hanna Lie spoke";
  auto toks = tokenize(t, 0, t.size());
  CHECK(person_name(t, toks, TokRange{0, 4, true}) == "Hanna Lie");
  // A glued-word split marked before "Lie": the run ends at "Hanna".
  const std::string u = "Per Hanna Lie spoke";
  auto ut = tokenize(u, 0, u.size());
  CHECK(name_run_after(u, ut, 0, ut.size()).last == 2);
  ut[2].name_break = true;
  CHECK(name_run_after(u, ut, 0, ut.size()).last == 1);
  CHECK(name_run_before(u, ut, 2, 0).first == 2);
}

TEST_CASE("names: a particle after a statement noun is a preposition, not part of the name") {
  CHECK(name_after_particle("Angaben von Jonas Feld") == "Jonas Feld");
  CHECK(name_after_particle("Meinung der Lea Roe") == "Lea Roe");
  CHECK(name_after_particle("Polizeiangaben von Ben Aksoy") == "Ben Aksoy");
  CHECK(name_after_particle("Ursula von der Leyen") == "Ursula von der Leyen");
  CHECK(name_after_particle("Vincent van Gogh") == "Vincent van Gogh");
  CHECK(name_after_particle("Sprecher der Stadt Bonn") == "Sprecher der Stadt Bonn");
  CHECK(name_after_particle("Jonas Feld") == "Jonas Feld");
}

TEST_CASE("names: German sentence adverbs are no name words") {
  const std::string t = "Unterdessen Offiziell Dazu Merkel";
  const auto toks = tokenize(t, 0, t.size());
  REQUIRE(toks.size() == 4);
  CHECK(!is_name_word(t, toks[0]));
  CHECK(!is_name_word(t, toks[1]));
  CHECK(!is_name_word(t, toks[2]));
  CHECK(is_name_word(t, toks[3]));
}

// person_name's lower-cased words (the speaker registry's fast path) must be what splitting the
// returned name on spaces and lower-casing each word gives, with or without a LowerCaseScope.
TEST_CASE("names: person_name's lower-case words equal the split, lower-cased name") {
  const std::string texts[] = {
      "Senator Maria Gómez's plan",         "the German Chancellor Olaf Scholz spoke",
      "Ursula von der Leyen said",          "ANNA BERG'S REPLY",
      "Regional transport minister Elias Brandt",
      "Президент Олег Коваль сказав",       "Ministre Élise Durand a dit",
      "Kurt Joe Biden Xi Jinping met",      "Sen. J. R. Doe Jr spoke",
      "Ярослава Ґудзь і Ігор Їжак"};
  for (const std::string& t : texts) {
    const auto toks = tokenize(t, 0, t.size());
    for (int scoped = 0; scoped < 2; ++scoped) {
      std::optional<LowerCaseScope> scope;
      if (scoped) scope.emplace(t);
      for (std::size_t i = 0; i < toks.size(); ++i) {
        const TokRange r = name_run_after(t, toks, i, toks.size());
        if (!r.ok) continue;
        std::vector<std::string> lower;
        const std::string name = person_name(t, toks, r, &lower);
        CHECK(name == person_name(t, toks, r));
        std::vector<std::string> expect;
        for (std::size_t a = 0; a < name.size();) {
          std::size_t b = name.find(' ', a);
          if (b == std::string::npos) b = name.size();
          if (b > a) expect.push_back(lower_utf8(std::string_view(name).substr(a, b - a)));
          a = b + 1;
        }
        CHECK(lower == expect);
      }
    }
  }
}
