#include "input/decode.h"

#include <algorithm>

#include "common/utf8.h"

namespace pith::detail {
namespace {

// Without a byte-order mark, UTF-16 text in a Latin script shows itself by its NULs: "Hi" is
// 48 00 69 00 in UTF-16LE. Look at the first kSample bytes; real UTF-8 text has no NULs.
constexpr std::size_t kSample = 1024;

InputEncoding sniff_nul_pattern(std::string_view s) {
  const std::size_t pairs = std::min(s.size(), kSample) / 2;
  if (pairs < 2) return InputEncoding::kUtf8;
  std::size_t zero_even = 0, zero_odd = 0;
  for (std::size_t k = 0; k < pairs; ++k) {
    zero_even += s[2 * k] == '\0';
    zero_odd += s[2 * k + 1] == '\0';
  }
  // Mostly one side NUL (ASCII in UTF-16), the other side almost never (U+0100, U+2000...).
  auto pattern = [&](std::size_t many, std::size_t few) { return many * 10 >= pairs * 4 && few * 20 <= pairs; };
  if (pattern(zero_odd, zero_even)) return InputEncoding::kUtf16Le;
  if (pattern(zero_even, zero_odd)) return InputEncoding::kUtf16Be;
  return InputEncoding::kUtf8;
}

std::string utf16_to_utf8(std::string_view s, bool little) {
  std::string out;
  out.reserve(s.size() + s.size() / 2);
  const std::size_t units = s.size() / 2;
  auto unit = [&](std::size_t k) -> char32_t {
    const auto a = static_cast<unsigned char>(s[2 * k]), b = static_cast<unsigned char>(s[2 * k + 1]);
    return little ? static_cast<char32_t>(a | (b << 8)) : static_cast<char32_t>((a << 8) | b);
  };
  for (std::size_t k = 0; k < units; ++k) {
    char32_t c = unit(k);
    if (c >= 0xD800 && c <= 0xDBFF && k + 1 < units) {
      const char32_t lo = unit(k + 1);
      if (lo >= 0xDC00 && lo <= 0xDFFF) {
        append_utf8(out, 0x10000 + ((c - 0xD800) << 10) + (lo - 0xDC00));
        ++k;
        continue;
      }
    }
    if (c >= 0xD800 && c <= 0xDFFF) c = kReplacementChar;  // unpaired surrogate
    append_utf8(out, c);
  }
  if (s.size() % 2) append_utf8(out, kReplacementChar);  // a byte short of a code unit
  return out;
}

}  // namespace

DecodedInput decode_input(std::string_view bytes) {
  DecodedInput d;
  d.text = bytes;
  const auto b = [&](std::size_t i) { return i < bytes.size() ? static_cast<unsigned char>(bytes[i]) : 0x100u; };
  if ((b(0) == 0xFF && b(1) == 0xFE && b(2) == 0 && b(3) == 0) ||
      (b(0) == 0 && b(1) == 0 && b(2) == 0xFE && b(3) == 0xFF)) {
    d.utf32 = true;
    return d;
  }
  if (b(0) == 0xFF && b(1) == 0xFE) d.encoding = InputEncoding::kUtf16Le;
  else if (b(0) == 0xFE && b(1) == 0xFF) d.encoding = InputEncoding::kUtf16Be;
  else d.encoding = sniff_nul_pattern(bytes);
  if (d.encoding == InputEncoding::kUtf8) return d;
  d.storage = utf16_to_utf8(bytes, d.encoding == InputEncoding::kUtf16Le);
  d.text = d.storage;
  return d;
}

}  // namespace pith::detail
