// The language checks of the reported-speech rules (cues/lang_de.cpp) and the per-word
// facts behind them (token_facts.cpp): the same answers whether a text's TokenFacts serve them
// (as find_quotes hands them on) or each word is looked up.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "common/names.h"
#include "quotes/cues/lang_de.h"
#include "quotes/cues/token_facts.h"

using namespace pith::detail;

namespace {

struct Checks {
  bool has = false;
  bool clearly = false;
};

Checks checks(const std::string& text, const std::vector<Token>& toks, std::size_t first,
              std::size_t last, const TokenFacts* facts = nullptr) {
  return {has_german_word(text, toks, first, last, facts),
          clearly_german(text, toks, first, last, facts)};
}

}  // namespace

TEST_CASE("reported de lang: German, English and name particles, with and without the facts") {
  // Sentence 1 German, 2 English, 3 English with a German name particle, 4 one German word.
  const std::string text =
      "Die Stadt sagte, der Bau werde teurer. The mayor said the bridge will open. "
      "Ursula von der Leyen visited the port. Mr Roe said und then left.";
  const std::vector<Token> toks = tokenize(text, 0, text.size());
  std::vector<std::size_t> ends;  // token index after each full stop
  for (std::size_t i = 0; i < toks.size(); ++i)
    if (toks[i].kind == TokKind::kPunct && text[toks[i].start] == '.') ends.push_back(i + 1);
  REQUIRE(ends.size() == 4);
  std::vector<Checks> plain;
  for (std::size_t s = 0; s < ends.size(); ++s)
    plain.push_back(checks(text, toks, s == 0 ? 0 : ends[s - 1], ends[s]));
  CHECK(plain[0].has);
  CHECK(plain[0].clearly);
  CHECK_FALSE(plain[1].has);
  CHECK_FALSE(plain[1].clearly);
  CHECK_FALSE(plain[2].clearly);  // "von der" are a name's particles
  CHECK(plain[3].has);
  CHECK_FALSE(plain[3].clearly);  // one German word is not a German sentence
  {
    const LowerCaseScope scope(text);  // as inside find_quotes
    const TokenFacts facts(text, toks);
    for (std::size_t s = 0; s < ends.size(); ++s) {
      const Checks c = checks(text, toks, s == 0 ? 0 : ends[s - 1], ends[s], &facts);
      CHECK(c.has == plain[s].has);
      CHECK(c.clearly == plain[s].clearly);
    }
  }
  // Another text of the same length and token count: its own facts.
  std::string english = text;
  const std::string from = "Die Stadt sagte, der Bau werde";
  const std::string to = "The city stated, the job would";
  REQUIRE(from.size() == to.size());
  english.replace(0, from.size(), to);
  const std::vector<Token> toks2 = tokenize(english, 0, english.size());
  REQUIRE(toks2.size() == toks.size());
  const LowerCaseScope scope(english);
  const TokenFacts facts2(english, toks2);
  const Checks c = checks(english, toks2, 0, ends[0], &facts2);
  CHECK_FALSE(c.has);
  CHECK_FALSE(c.clearly);
}

TEST_CASE("token facts: one index of the German lists and of the words that may open a cue") {
  CHECK((word_facts("said") & kFactMayBeCue));
  CHECK((word_facts("according") & kFactMayBeCue));  // "according to"
  CHECK_FALSE((word_facts("port") & kFactMayBeCue));
  CHECK((word_facts("und") & kFactDeMarker));
  CHECK((word_facts("von") & kFactDeParticle));
  CHECK((word_facts("sei") & kFactDeReportOrSubjunctive));
  CHECK(word_facts("bridge") == 0);
  const std::string text = "The mayor said, according to Ana Roe, und sei es nur ein Test.";
  const std::vector<Token> toks = tokenize(text, 0, text.size());
  std::string buf;
  {
    const TokenFacts f(text, toks);  // without a scope: each token lower-cased on its own
    REQUIRE(f.size() == toks.size());
    for (std::size_t i = 0; i < toks.size(); ++i)
      CHECK(f[i] == (toks[i].kind == TokKind::kWord ? word_facts(lower_tok(text, toks[i], buf)) : 0));
  }
  const LowerCaseScope scope(text);
  const TokenFacts f(text, toks);
  for (std::size_t i = 0; i < toks.size(); ++i)
    CHECK(f[i] == (toks[i].kind == TokKind::kWord ? word_facts(lower_tok(text, toks[i], buf)) : 0));
  // Another token list of the same text has facts of its own.
  const std::vector<Token> head = tokenize(text, 0, 14);  // "The mayor said"
  const TokenFacts g(text, head);
  REQUIRE(g.size() == 3);
  CHECK((g[2] & kFactMayBeCue));
}

// The answers with facts come from running counts (token_facts.h): every range of a mixed text,
// with German words and name particles at its edges, must give the per-word answers.
TEST_CASE("reported de lang: running counts agree with the per-word loop on every range") {
  const std::string text =
      "Und so sagte Roe von der Leyen, man prüfe es. The port und the bridge sei open; "
      "Le maire a dit que oui. Мэр сказал нет, nicht wahr?";
  const std::vector<Token> toks = tokenize(text, 0, text.size());
  std::vector<Checks> plain;
  for (std::size_t a = 0; a <= toks.size(); ++a)
    for (std::size_t b = a; b <= toks.size(); ++b) plain.push_back(checks(text, toks, a, b));
  const LowerCaseScope scope(text);
  const TokenFacts facts(text, toks);
  std::size_t k = 0;
  for (std::size_t a = 0; a <= toks.size(); ++a)
    for (std::size_t b = a; b <= toks.size(); ++b, ++k) {
      const Checks c = checks(text, toks, a, b, &facts);
      CHECK(c.has == plain[k].has);
      CHECK(c.clearly == plain[k].clearly);
    }
  CHECK(plain[toks.size()].clearly);  // the whole text: a = 0, b = toks.size()
}
