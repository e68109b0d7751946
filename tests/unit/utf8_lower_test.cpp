// lower_utf8 lower-cases ASCII eight bytes at a time (utf8.cpp): every ASCII byte, at every
// offset, next to non-ASCII letters, comes out as lower-casing one byte at a time would.
#include <doctest/doctest.h>

#include <string>

#include "common/utf8.h"

using namespace pith::detail;

TEST_CASE("lower_utf8: every ASCII byte at every offset of the eight-byte word") {
  for (std::size_t pad = 0; pad < 8; ++pad) {
    std::string in(pad, 'Q');
    for (int b = 1; b < 128; ++b) in += static_cast<char>(b);
    std::string want;
    for (const char c : in) want += (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c;
    CHECK(lower_utf8(in) == want);
  }
}

TEST_CASE("lower_utf8: ASCII runs around Latin, Cyrillic and German letters") {
  CHECK(lower_utf8("THE MAYOR SAID ÉTÉ AND ÜBER, THEN LEFT TOWN") ==
        "the mayor said été and über, then left town");
  CHECK(lower_utf8("ПРЕЗИДЕНТ SAID: «МИР» AND THE CROWD CHEERED") ==
        "президент said: «мир» and the crowd cheered");
  CHECK(lower_utf8("Ab") == "ab");  // shorter than eight bytes
  CHECK(lower_utf8("@[`{ AZaz") == "@[`{ azaz");  // the bytes around the letter ranges
}
