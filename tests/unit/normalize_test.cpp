#include <doctest/doctest.h>

#include <string>

#include "common/utf8.h"
#include "text/normalize.h"

using namespace pith;
using namespace pith::detail;

namespace {

Normalized norm(const std::string& s) { return normalize_text(s, RepairOptions{}); }

// Every character boundary of the output maps back to the input byte where that character
// came from: compare the character at both places.
void check_round_trip(const std::string& in, const Normalized& n, const std::string& needle) {
  const std::size_t at = n.text.find(needle);
  REQUIRE(at != std::string::npos);
  const std::size_t src = n.to_input(at);
  CHECK(in.compare(src, needle.size(), needle) == 0);
}

}  // namespace

TEST_CASE("clean text comes back unchanged, with no edits") {
  const std::string s = "Die Regierung hat am Montag entschieden.\n\nЦе тест. Ceci est un test.\t«Oui».";
  const Normalized n = norm(s);
  CHECK(n.text == s);
  CHECK(n.edits.empty());
  for (std::size_t i = 0; i <= s.size(); ++i) CHECK(n.to_input(i) == i);
}

TEST_CASE("BOM, CRLF and CR are removed invisibly and offsets stay exact") {
  const std::string in = "\xEF\xBB\xBFTitle line\r\nSecond\rThird\r\n\r\nBody text";
  const Normalized n = norm(in);
  CHECK(n.text == "Title line\nSecond\nThird\n\nBody text");
  CHECK(n.edits.empty());
  check_round_trip(in, n, "Title");
  check_round_trip(in, n, "Second");
  check_round_trip(in, n, "Third");
  check_round_trip(in, n, "Body text");
  CHECK(n.to_input(n.text.size()) == in.size());
}

TEST_CASE("Unicode spaces become plain spaces; zero-width and soft hyphens go") {
  const std::string in =
      "a\xC2\xA0"                  // NBSP
      "b\xE2\x80\xAF"              // narrow NBSP
      "c\xE3\x80\x80"              // ideographic space
      "cor\xC2\xAD" "respondent "  // soft hyphen
      "zero\xE2\x80\x8Bwidth";     // ZWSP
  const Normalized n = norm(in);
  CHECK(n.text == "a b c correspondent zerowidth");
  CHECK(n.edits.empty());
  check_round_trip(in, n, "respondent");
  check_round_trip(in, n, "width");
}

TEST_CASE("zero-width joiners inside emoji sequences stay; control characters go") {
  const std::string family = "\xF0\x9F\x91\xA8\xE2\x80\x8D\xF0\x9F\x91\xA9";  // man ZWJ woman
  const std::string in = "x\x01y\x7F" + family + "\tz\n";
  const Normalized n = norm(in);
  CHECK(n.text == "xy" + family + "\tz\n");
  check_round_trip(in, n, family);
  check_round_trip(in, n, "z");
}

TEST_CASE("invalid UTF-8 bytes become U+FFFD, each recorded") {
  const std::string in = "caf\xE9 ok \xFF\xFE end \xE2\x82";
  const Normalized n = norm(in);
  CHECK(n.text ==
        "caf\xEF\xBF\xBD ok \xEF\xBF\xBD\xEF\xBF\xBD end \xEF\xBF\xBD\xEF\xBF\xBD");
  REQUIRE(n.edits.size() == 3);  // adjacent invalid bytes are one edit
  CHECK(n.edits[0].kind == "invalid-utf8");
  CHECK(n.edits[0].before == "\\xE9");
  CHECK(n.edits[0].input_start == 3);
  CHECK(n.edits[0].input_end == 4);
  CHECK(n.edits[0].start == kNoOffset);
  CHECK(n.edits[1].before == "\\xFF\\xFE");
  CHECK(n.edits[1].after == "\xEF\xBF\xBD\xEF\xBF\xBD");
  CHECK(n.edits[2].input_end == in.size());
  check_round_trip(in, n, " ok ");
  check_round_trip(in, n, " end ");
}

TEST_CASE("mojibake is repaired when the whole text shows it") {
  const std::string in = "Le caf\xC3\x83\xC2\xA9 est fermÃ©, dit-il. Itâ€™s closed.";
  const Normalized n = norm(in);
  CHECK(n.text == "Le café est fermé, dit-il. It’s closed.");
  REQUIRE(n.edits.size() == 3);
  CHECK(n.edits[0].kind == "mojibake");
  CHECK(n.edits[0].before == "Ã©");
  CHECK(n.edits[0].after == "é");
  CHECK(n.edits[2].before == "â€™");
  CHECK(n.edits[2].after == "’");
  CHECK(in.substr(n.edits[2].input_start, n.edits[2].input_end - n.edits[2].input_start) ==
        "â€™");
  check_round_trip(in, n, " closed.");
}

TEST_CASE("mojibake is left alone when the text is mostly correct, or when switched off") {
  // One "Ã©" among many correct accents is not the pattern of a mis-decoded page.
  const std::string mixed = "Crème brûlée, déjà vu, naïve, façade, rôle: cafÃ©.";
  CHECK(norm(mixed).text == mixed);
  // Portuguese capitals are not mojibake: "Ã" followed by a letter.
  const std::string pt = "SÃO PAULO e MARANHÃO";
  CHECK(norm(pt).text == pt);
  RepairOptions off;
  off.mojibake = false;
  const std::string garbled = "Itâ€™s cafÃ© time.";
  CHECK(normalize_text(garbled, off).text == garbled);
}

TEST_CASE("emoji, CJK and Cyrillic pass through and map back exactly") {
  const std::string in = "\xEF\xBB\xBF\xE4\xB8\xAD\xE6\x96\x87\xC2\xA0\xF0\x9F\x98\x80\r\nКиїв\r\n";
  const Normalized n = norm(in);
  CHECK(n.text == "中文 😀\nКиїв\n");
  check_round_trip(in, n, "😀");
  check_round_trip(in, n, "Київ");
}

TEST_CASE("offsets round-trip on composed inputs mixing every kind of change") {
  // Pieces with their normalized form; the input is a pseudo-random sequence of them, and the
  // start of every piece in the output must map back to the start of the piece in the input.
  struct Piece {
    const char* in;
    const char* out;
  };
  const Piece pieces[] = {
      {"word", "word"},         {"\r\n", "\n"},           {"\r", "\n"},
      {"\xC2\xA0", " "},        {"\xE2\x80\x8B", ""},     {"\xC2\xAD", ""},
      {"\xFF", "\xEF\xBF\xBD"}, {"\x01", ""},             {"Київ", "Київ"},
      {"😀", "😀"},             {"中文", "中文"},         {"\xE2\x80\x83", " "},
      {"\xEF\xBB\xBF", ""},     {"\t", "\t"},             {"é", "é"},
  };
  const std::size_t n_pieces = sizeof(pieces) / sizeof(pieces[0]);
  unsigned seed = 12345;
  for (int round = 0; round < 50; ++round) {
    std::string in, expected;
    std::vector<std::pair<std::size_t, std::size_t>> starts;  // (output, input) per piece
    for (int k = 0; k < 40; ++k) {
      seed = seed * 1103515245u + 12345u;
      const Piece& p = pieces[(seed >> 16) % n_pieces];
      // A "\r" piece followed by a "\n"-starting piece would merge into CRLF: keep them apart.
      if (!in.empty() && in.back() == '\r' && p.in[0] == '\n') continue;
      if (std::string(p.out).size() > 0) starts.emplace_back(expected.size(), in.size());
      in += p.in;
      expected += p.out;
    }
    const Normalized n = norm(in);
    REQUIRE(n.text == expected);
    for (const auto& [out_at, in_at] : starts) CHECK(n.to_input(out_at) == in_at);
    CHECK(n.to_input(n.text.size()) == in.size());
  }
}

TEST_CASE("a text in a legacy encoding gives a bounded number of edits, all bytes recorded") {
  std::string in;
  for (int k = 0; k < 3000; ++k) in += "caf\xE9 ";
  const Normalized n = norm(in);
  REQUIRE(n.edits.size() == 1000);
  const Edit& last = n.edits.back();
  CHECK(last.input_end == in.size() - 1);
  // The last edit spans the rest: its before is the input with escapes, its after the output.
  CHECK(last.before.substr(0, 4) == "\\xE9");
  CHECK(last.before.size() == (in.size() - 1 - last.input_start) + 2001 * 3);
  const std::size_t out_start = n.text.size() - 1 - last.after.size();
  CHECK(n.to_input(out_start) == last.input_start);
}

TEST_CASE("Cyrillic mojibake (UTF-8 read as Windows-1252) is repaired word by word") {
  const std::string in = "ÐŸÑ€Ð¸Ð²ÐµÑ‚, Ð¼Ð¸Ñ€!";  // "Привет, мир!" garbled
  const Normalized n = norm(in);
  CHECK(n.text == "Привет, мир!");
  REQUIRE(n.edits.size() == 2);  // adjacent characters merge into one edit per word
  CHECK(n.edits[0].after == "Привет");
  CHECK(n.edits[1].after == "мир");
  check_round_trip(in, n, ", ");
}

TEST_CASE("random bytes: output is valid UTF-8 and offsets stay inside the input") {
  unsigned seed = 99;
  for (int round = 0; round < 200; ++round) {
    std::string in;
    for (int k = 0; k < 64; ++k) {
      seed = seed * 1103515245u + 12345u;
      in.push_back(static_cast<char>((seed >> 16) & 0xFF));
    }
    const Normalized n = norm(in);
    for (std::size_t i = 0; i < n.text.size();) {
      std::size_t len = 0;
      const char32_t c = pith::detail::decode_utf8(n.text, i, len);
      // Every U+FFFD in the output is a real one (3 bytes), never a raw invalid byte.
      CHECK((c != pith::detail::kReplacementChar || len == 3));
      CHECK(n.to_input(i) <= in.size());
      i += len;
    }
    CHECK(n.to_input(n.text.size()) == in.size());
  }
}
