#include <doctest/doctest.h>

#include <string>

#include "common/utf16_index.h"
#include "common/utf8.h"

using namespace pith::detail;

TEST_CASE("decode_utf8 decodes valid sequences and flags invalid ones as U+FFFD, len 1") {
  std::size_t len = 0;
  CHECK(decode_utf8("é", 0, len) == 0xE9);
  CHECK(len == 2);
  CHECK(decode_utf8("😀", 0, len) == 0x1F600);
  CHECK(len == 4);
  CHECK(decode_utf8("\xC3", 0, len) == kReplacementChar);  // truncated
  CHECK(len == 1);
  CHECK(decode_utf8("\xC0\xAF", 0, len) == kReplacementChar);  // overlong '/'
  CHECK(decode_utf8("\xED\xA0\x80", 0, len) == kReplacementChar);  // surrogate
}

TEST_CASE("character classes cover Latin, Cyrillic and Greek") {
  CHECK(is_upper(U'Ж'));
  CHECK(is_lower(U'ж'));
  CHECK(to_lower(U'Ї') == U'ї');
  CHECK(to_upper(U'é') == U'É');
  CHECK(is_letter(U'中'));
  CHECK_FALSE(is_letter(U'–'));
  CHECK(is_space(0x202F));
  CHECK(lower_utf8("ÄBC Київ") == "äbc київ");
}

TEST_CASE("Utf16Index maps byte offsets to JS string indices") {
  const std::string s = "a😀é中b";  // bytes: a(1) 😀(4) é(2) 中(3) b(1)
  Utf16Index u(s);
  CHECK(u(0) == 0);
  CHECK(u(1) == 1);
  CHECK(u(5) == 3);   // after the emoji: surrogate pair counts 2
  CHECK(u(7) == 4);
  CHECK(u(10) == 5);
  CHECK(u(11) == 6);
  CHECK(u(3) == 1);   // inside the emoji rounds down
  CHECK(utf16_length(s) == 6);
  std::string long_text;
  for (int i = 0; i < 100; ++i) long_text += "ж😀";
  Utf16Index v(long_text);
  CHECK(v(long_text.size()) == 300);
  CHECK(v(6 * 50) == 150);
}
