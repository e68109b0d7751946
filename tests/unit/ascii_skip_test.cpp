// The sentence splitter skips plain ASCII eight bytes at a time (sentences.cpp): every sentence
// end, line break and non-ASCII character is still seen wherever it falls in those eight bytes.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "common/sentences.h"

using namespace pith::detail;

namespace {
std::vector<std::string> sents(const std::string& t) {
  std::vector<std::string> out;
  for (const auto& r : split_sentences(t, 0, t.size())) out.push_back(t.substr(r.first, r.second - r.first));
  return out;
}
}  // namespace

TEST_CASE("sentences: ends at every offset of an eight-byte word are found") {
  // Sentences of 6 to 21 bytes, so their full stops fall on every offset modulo eight.
  std::string text;
  std::vector<std::string> want;
  for (int n = 1; n <= 16; ++n) {
    std::string s = "We" + std::string(static_cast<std::size_t>(n), 'a') + " go.";
    want.push_back(s);
    text += s;
    text += ' ';
  }
  CHECK(sents(text) == want);
}

TEST_CASE("sentences: question marks, line breaks and non-ASCII inside long plain runs") {
  CHECK(sents("Where did the long road to the harbour go? Nobody here knows.") ==
        std::vector<std::string>{"Where did the long road to the harbour go?", "Nobody here knows."});
  CHECK(sents("A line without any end at all\nand another one after it") ==
        std::vector<std::string>{"A line without any end at all", "and another one after it"});
  // The ellipsis character and a closing curly quote are non-ASCII: the slow path decides.
  CHECK(sents("Die Stadt wartet noch immer\xE2\x80\xA6 Dann kam der Bus.") ==
        std::vector<std::string>{"Die Stadt wartet noch immer\xE2\x80\xA6", "Dann kam der Bus."});
  CHECK(sents("Она сказала, что всё хорошо. Потом ушла домой!") ==
        std::vector<std::string>{"Она сказала, что всё хорошо.", "Потом ушла домой!"});
}
