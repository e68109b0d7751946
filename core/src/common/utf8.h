// UTF-8 helpers shared by every stage: decoding, character classes for the scripts Pith
// handles (Latin, Greek, Cyrillic; CJK counted as letters), and UTF-16 length arithmetic.
#pragma once
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

namespace pith::detail {

inline constexpr char32_t kReplacementChar = 0xFFFD;

// Decodes the code point at s[i]; sets `len` to the bytes consumed (>= 1). Invalid or truncated
// sequences decode as U+FFFD with len 1, so a scan always advances.
// ASCII is decoded inline: every scanner of every stage calls this once per character.
char32_t decode_utf8_multibyte(std::string_view s, std::size_t i, std::size_t& len);
inline char32_t decode_utf8(std::string_view s, std::size_t i, std::size_t& len) {
  const auto b0 = static_cast<unsigned char>(s[i]);
  if (b0 < 0x80) {
    len = 1;
    return b0;
  }
  return decode_utf8_multibyte(s, i, len);
}

// Start of the code point that ends just before byte `i` (i > 0).
std::size_t prev_cp_start(std::string_view s, std::size_t i);

void append_utf8(std::string& out, char32_t cp);

// The classes answer ASCII inline and ask the out-of-line tables (utf8.cpp) for the rest.
bool is_letter_non_ascii(char32_t c);
bool is_upper_non_ascii(char32_t c);
bool is_lower_non_ascii(char32_t c);
bool is_space_non_ascii(char32_t c);

inline bool is_letter(char32_t c) {
  if (c < 0x80) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  return is_letter_non_ascii(c);
}
inline bool is_upper(char32_t c) { return c < 0x80 ? (c >= 'A' && c <= 'Z') : is_upper_non_ascii(c); }
inline bool is_lower(char32_t c) { return c < 0x80 ? (c >= 'a' && c <= 'z') : is_lower_non_ascii(c); }
inline bool is_digit(char32_t c) { return c >= '0' && c <= '9'; }  // ASCII digits only
// Letter, digit, combining mark.
inline bool is_word_char(char32_t c) {
  return is_letter(c) || is_digit(c) || (c >= 0x300 && c <= 0x36F);
}
// Any Unicode space separator, tab, newline.
inline bool is_space(char32_t c) {
  if (c < 0x80) return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
  return is_space_non_ascii(c);
}
// The first byte from `i` (before `end`) that is non-ASCII or one of `Stops`, eight bytes at a
// time: the scanners that skip plain text between the few bytes they care about (sentence ends,
// quotation marks) run over every byte of the text. Eight bytes hold none of them when each
// test below is zero (the classic has-a-zero-byte test on w ^ stop).
template <char... Stops>
std::size_t skip_ascii_until(std::string_view s, std::size_t i, std::size_t end) {
  constexpr std::uint64_t kOnes = 0x0101010101010101ull;
  constexpr std::uint64_t kHigh = 0x8080808080808080ull;
  while (i + 8 <= end) {
    std::uint64_t w = 0;
    std::memcpy(&w, s.data() + i, 8);
    std::uint64_t hit = w & kHigh;
    for (const char c : {Stops...}) {
      const std::uint64_t x = w ^ (kOnes * static_cast<unsigned char>(c));
      hit |= (x - kOnes) & ~x & kHigh;
    }
    if (hit) break;
    i += 8;
  }
  while (i < end) {
    const auto b = static_cast<unsigned char>(s[i]);
    if (b >= 0x80) break;
    bool stop = false;
    for (const char c : {Stops...}) stop = stop || b == static_cast<unsigned char>(c);
    if (stop) break;
    ++i;
  }
  return i;
}

char32_t to_lower(char32_t c);
char32_t to_upper(char32_t c);

// Lower-cases Latin, Greek and Cyrillic letters; leaves other bytes as they are.
std::string lower_utf8(std::string_view s);

// One line of plain text from bytes a page wrote as they are (a <title>, a meta content): invalid
// UTF-8 becomes U+FFFD, tab/newline/CR/VT/FF a space, other C0 controls and DEL go.
std::string plain_line(std::string_view s);

// Number of UTF-16 code units the UTF-8 string occupies (what JS .length reports).
std::size_t utf16_length(std::string_view s);

}  // namespace pith::detail
