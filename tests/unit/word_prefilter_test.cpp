// The pre-test before a word-table look-up (quotes/word_prefilter.h) must answer exactly what
// the plain look-up does: every word of the table passes, and the filtered look-up agrees with
// in_word_table on words in and out of the table, of any length and script.
#include <doctest/doctest.h>

#include <string_view>

#include "quotes/word_prefilter.h"

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
  // Words no table entry shares first byte and length with are rejected by the pre-test alone.
  CHECK_FALSE(prefilter_passes(f, "reported"));
  CHECK_FALSE(prefilter_passes(f, "dice!"));
  CHECK_FALSE(prefilter_passes(f, "b"));
}

TEST_CASE("word prefilter: long words share the last length bit") {
  const WordPrefilter f = make_word_prefilter(kLong);
  CHECK(prefilter_passes(f, kLong[0]));
  // Another long word with the same first byte passes the pre-test; the look-up still says no.
  CHECK(prefilter_passes(f, "s-------------------------------------------------------------------"));
  CHECK_FALSE(in_word_table_filtered<kLong>("s-------------------------------------------------------------------"));
}
