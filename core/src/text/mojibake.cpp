#include "text/mojibake.h"

#include "common/utf8.h"

namespace pith::detail {
namespace {

#include "text/mojibake_table.inc"

// The Windows-1252 byte a code point came from, or -1 when it is not one of its characters.
int cp1252_byte(char32_t c) {
  if (c < 0x80) return static_cast<int>(c);
  if (c <= 0xFF) return static_cast<int>(c);  // Latin-1 range and undefined bytes as C1
  for (const auto& e : kCp1252High) {
    if (e.code_point == c) return e.byte;
  }
  return -1;
}

}  // namespace

char32_t decode_mojibake(std::string_view s, std::size_t i, std::size_t& len) {
  const auto b0 = static_cast<unsigned char>(s[i]);
  // Every UTF-8 lead byte 0xC2-0xF4 read as Windows-1252 is one of U+00C2..U+00F4, which UTF-8
  // encodes as 0xC3 0x82..0xB4: a garbled sequence always starts with byte 0xC3.
  if (b0 != 0xC3) return 0;
  std::size_t n = 0;
  const char32_t lead = decode_utf8(s, i, n);
  const int lb = cp1252_byte(lead);
  int need = 0;
  if (lb >= 0xC2 && lb <= 0xDF) need = 1;
  else if (lb >= 0xE0 && lb <= 0xEF) need = 2;
  else if (lb >= 0xF0 && lb <= 0xF4) need = 3;
  else return 0;
  char bytes[4] = {static_cast<char>(lb), 0, 0, 0};
  std::size_t pos = i + n;
  for (int k = 1; k <= need; ++k) {
    if (pos >= s.size()) return 0;
    std::size_t m = 0;
    const char32_t c = decode_utf8(s, pos, m);
    const int b = cp1252_byte(c);
    if (b < 0x80 || b > 0xBF) return 0;
    bytes[k] = static_cast<char>(b);
    pos += m;
  }
  std::size_t dl = 0;
  const char32_t out = decode_utf8(std::string_view(bytes, static_cast<std::size_t>(need) + 1), 0, dl);
  if (out == kReplacementChar || dl != static_cast<std::size_t>(need) + 1) return 0;
  len = pos - i;
  return out;
}

bool text_shows_mojibake(std::string_view s) {
  std::size_t garbled = 0, clean = 0;
  for (std::size_t i = 0; i < s.size();) {
    const auto b = static_cast<unsigned char>(s[i]);
    if (b < 0x80) { ++i; continue; }
    std::size_t len = 0;
    if (decode_mojibake(s, i, len) != 0) {
      ++garbled;
      i += len;
      continue;
    }
    const char32_t c = decode_utf8(s, i, len);
    if (c != kReplacementChar && !is_space(c) && c != 0xFEFF) ++clean;
    i += len;
  }
  // Two sequences at least: one "Ã©" can be a real pair of characters ("SÃO" is not garbled, but
  // a lone "Â©" in a list of symbols could be).
  return garbled >= 2 && clean <= garbled;
}

}  // namespace pith::detail
