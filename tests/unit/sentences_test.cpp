#include <doctest/doctest.h>

#include <string>

#include "common/sentences.h"

using namespace pith::detail;

namespace {
std::vector<std::string> sents(const std::string& t, const std::vector<ByteRange>& opaque = {}) {
  std::vector<std::string> out;
  for (const auto& r : split_sentences(t, 0, t.size(), opaque)) out.push_back(t.substr(r.first, r.second - r.first));
  return out;
}
}  // namespace

TEST_CASE("sentences: abbreviations and initials do not split") {
  CHECK(sents("Mr. Smith met Dr. J. Brown in the U.S. today. They talked.") ==
        std::vector<std::string>{"Mr. Smith met Dr. J. Brown in the U.S. today.", "They talked."});
}

TEST_CASE("sentences: lower-case after a stop does not split, a line break does") {
  CHECK(sents("It cost 3.5 million. e.g. this one\nNext line") ==
        std::vector<std::string>{"It cost 3.5 million. e.g. this one", "Next line"});
}

TEST_CASE("sentences: a quotation is opaque, and ends its sentence when it ends in a stop") {
  const std::string t = "He said “Stop. Now.” Then he left.";
  const std::size_t a = t.find("“"), b = t.find("”") + 3;
  CHECK(sents(t, {{a, b}}) == std::vector<std::string>{"He said “Stop. Now.”", "Then he left."});
}

TEST_CASE("sentences: German ordinals and dates do not split, years and counts still do") {
  CHECK(sents("Die Sendung läuft im 1. Kanal. Der 3. Platz ging an Bonn.") ==
        std::vector<std::string>{"Die Sendung läuft im 1. Kanal.", "Der 3. Platz ging an Bonn."});
  CHECK(sents("Die Wahl ist am 12. Oktober. Sie feierte ihren 100. Geburtstag.") ==
        std::vector<std::string>{"Die Wahl ist am 12. Oktober.", "Sie feierte ihren 100. Geburtstag."});
  CHECK(sents("The plant closed in 1990. The town shrank.") ==
        std::vector<std::string>{"The plant closed in 1990.", "The town shrank."});
  CHECK(sents("Sie gewannen 3. Dann kam der Regen.") ==
        std::vector<std::string>{"Sie gewannen 3.", "Dann kam der Regen."});
}
