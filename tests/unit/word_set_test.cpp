// The speed-ups of the shared infrastructure must answer exactly what the plain versions did:
// hashed word tables, the in-place lower-casing, and token look-ups through a LowerCaseScope.
#include <doctest/doctest.h>

#include <string>
#include <string_view>

#include "common/names.h"
#include "common/utf8.h"
#include "common/word_set.h"

using namespace pith::detail;

namespace {

constexpr std::string_view kWords[] = {"said", "sagte", "a", "", "according", "заявил", "dit",
                                       "dijo", "said"};

// The reference: lower-casing code point by code point, as before the in-place version.
std::string lower_reference(std::string_view s) {
  std::string out;
  for (std::size_t i = 0; i < s.size();) {
    std::size_t len = 0;
    const char32_t c = decode_utf8(s, i, len);
    if (c == kReplacementChar && len == 1 && static_cast<unsigned char>(s[i]) >= 0x80)
      out.append(s.substr(i, 1));
    else
      append_utf8(out, to_lower(c));
    i += len;
  }
  return out;
}

}  // namespace

TEST_CASE("WordSet answers membership like a scan of its table") {
  const WordSet set(kWords);
  for (const auto w : kWords) CHECK(set.contains(w));
  CHECK_FALSE(set.contains("says"));
  CHECK_FALSE(set.contains("sai"));
  CHECK_FALSE(set.contains("Said"));  // tables are lower-case; callers lower-case first
  CHECK_FALSE(set.contains("заявила"));
  CHECK_FALSE(set.contains("a much longer word than any in the table"));
}

TEST_CASE("WordMap keeps the first value of a word listed twice, and grows") {
  WordMap<int> m;
  m.insert("er", 1);
  m.insert("er", 2);
  CHECK(*m.find("er") == 1);
  CHECK(m.find("es") == nullptr);
  // Many keys force several rehashes; every one must still be found with its own value.
  static std::string keys[300];
  for (int i = 0; i < 300; ++i) {
    keys[i] = "w" + std::to_string(i);
    m.insert(keys[i], i);
  }
  for (int i = 0; i < 300; ++i) CHECK(*m.find(keys[i]) == i);
  m.get_or_add("er") += 10;
  CHECK(*m.find("er") == 11);
}

TEST_CASE("lower_utf8 lower-cases in place exactly as code point by code point") {
  for (const std::string_view s :
       {std::string_view("Der Bundeskanzler SAGTE"), std::string_view("ÉLYSÉE Ünal Øre"),
        std::string_view("Президент ЗАЯВИВ Їжак Єва"), std::string_view("ΑΘΗΝΑ Ωμέγα"),
        std::string_view("Łódź ŻÓŁW Ÿ"), std::string_view("bad \xC3 byte \xE2\x80 end \xFF"),
        std::string_view("😀 Emoji THEN ASCII"), std::string_view("")}) {
    CHECK(lower_utf8(s) == lower_reference(s));
    CHECK(lower_utf8(s).size() == s.size());  // byte offsets survive lower-casing
  }
}

TEST_CASE("lower_tok reads the scope's copy for its own text, lower-cases otherwise") {
  const std::string text = "Die MINISTERIN sagte: „Nein“. Олена ЗАЯВИЛА";
  const std::vector<Token> toks = tokenize(text, 0, text.size());
  std::string buf;
  std::vector<std::string> outside;
  for (const auto& t : toks) outside.emplace_back(lower_tok(text, t, buf));
  {
    const LowerCaseScope scope(text);
    for (std::size_t i = 0; i < toks.size(); ++i) {
      std::string b2;
      CHECK(std::string(lower_tok(text, toks[i], b2)) == outside[i]);
      CHECK(b2.empty());  // served from the scope, nothing lower-cased again
    }
    // Another text (even an equal copy) is not the scope's: computed, same answer.
    const std::string copy = text;
    std::string b3;
    CHECK(std::string(lower_tok(copy, toks[1], b3)) == "ministerin");
    CHECK(b3 == "ministerin");
  }
  CHECK(outside[1] == "ministerin");
  CHECK(outside.back() == "заявила");
}
