// The scanners skip plain ASCII eight bytes at a time (skip_ascii_until, common/utf8.h): every
// sentence end, line break, quotation mark and non-ASCII character is still seen wherever it
// falls in those eight bytes (sentences.cpp, quotes/marks.cpp).
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "common/sentences.h"
#include "common/utf8.h"
#include "quotes/spans/marks.h"

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

TEST_CASE("skip_ascii_until: stops at each stop byte and non-ASCII byte, at every offset") {
  for (std::size_t at = 0; at < 20; ++at) {
    for (const char stop : {'.', '!', '?', '\n', '\xC3'}) {
      std::string s(24, 'x');
      s[at] = stop;
      CHECK(skip_ascii_until<'.', '!', '?', '\n'>(s, 0, s.size()) == at);
      CHECK(skip_ascii_until<'.', '!', '?', '\n'>(s, 0, at) == at);  // the limit is respected
    }
  }
  CHECK(skip_ascii_until<'"'>(std::string(19, 'y'), 0, 19) == 19);
}

TEST_CASE("pair_marks: a quotation found at every offset of the eight-byte word") {
  for (std::size_t pad = 0; pad < 10; ++pad) {
    const std::string text = "She said " + std::string(pad, 'a') + " \"the port will close\" today.";
    const auto spans = pair_marks(text, {{0, text.size()}});
    REQUIRE(spans.size() == 1);
    CHECK(spans[0].open == text.find('"'));
    CHECK(spans[0].close == text.rfind('"'));
  }
}
