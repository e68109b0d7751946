// The pre-test before a word-table look-up (common/word_prefilter.h) must answer exactly what
// the plain look-up does: every word of the table passes, and the filtered look-ups agree with
// in_word_table on words in and out of the table, of any length and script, lower-cased from a
// token or given lower-cased.
#include <doctest/doctest.h>

#include <string>
#include <string_view>

#include "common/names.h"
#include "common/utf8.h"
#include "common/word_prefilter.h"

using namespace pith::detail;

namespace {

constexpr std::string_view kSmallTable[] = {"reportedly", "würde", "сказал", "dijo", "a", ""};
constexpr std::string_view kProbes[] = {
    "reportedly", "reportedlx", "reported", "würde", "würden", "wurde", "сказал", "сказала",
    "dijo", "dice", "a", "b", "", "an", "allegedly", "a-very-long-word-that-runs-past-sixty-three-"
    "bytes-of-text-and-then-some-more"};
constexpr std::string_view kLong[] = {
    "supercalifragilisticexpialidocious-and-a-long-tail-of-more-words-here"};

}  // namespace

TEST_CASE("word prefilter: every table word passes, the filtered look-up agrees") {
  const WordPrefilter f = make_word_prefilter(kSmallTable);
  for (std::string_view w : kSmallTable) CHECK(prefilter_passes(f, w));
  for (std::string_view w : kProbes)
    CHECK(in_word_table_filtered<kSmallTable>(w) == in_word_table<kSmallTable>(w));
  // A length no table word has is rejected by the pre-test alone.
  CHECK_FALSE(prefilter_passes(f, "reported"));
  CHECK_FALSE(prefilter_passes(f, "dice!"));
  CHECK_FALSE(prefilter_passes(f, "bb"));
  CHECK(prefilter_passes(make_word_prefilter(kLong), kLong[0]));
  CHECK(in_word_table_filtered<kLong>(kLong[0]));
  CHECK_FALSE(in_word_table_filtered<kLong>("s-------------------------------------------------------------------e"));
}

TEST_CASE("word prefilter: tokens, capitalised or not, with and without a lower-case scope") {
  const std::string t =
      "Reportedly the plan WÜRDE fail, Сказал he; DIJO ella. A reportedlyy x Würden reportedly";
  const auto toks = tokenize(t, 0, t.size());
  auto check_all = [&] {
    std::string buf, buf2;
    for (const Token& k : toks) {
      const std::string lower = lower_utf8(t.substr(k.start, k.end - k.start));
      CHECK(tok_in_word_table<kSmallTable>(t, k, buf) == in_word_table<kSmallTable>(lower));
    }
  };
  check_all();
  {
    LowerCaseScope scope(t);
    check_all();
  }
  std::string buf;
  std::size_t hits = 0;
  for (const Token& k : toks) hits += tok_in_word_table<kSmallTable>(t, k, buf);
  CHECK(hits == 6);  // Reportedly, WÜRDE, Сказал, DIJO, A, reportedly
}
