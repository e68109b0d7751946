// UTF-8 helpers shared by every stage: decoding, character classes for the scripts Pith
// handles (Latin, Greek, Cyrillic; CJK counted as letters), and UTF-16 length arithmetic.
#pragma once
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace pith::detail {

inline constexpr char32_t kReplacementChar = 0xFFFD;

// Decodes the code point at s[i]; sets `len` to the bytes consumed (>= 1). Invalid or truncated
// sequences decode as U+FFFD with len 1, so a scan always advances.
char32_t decode_utf8(std::string_view s, std::size_t i, std::size_t& len);

// Start of the code point that ends just before byte `i` (i > 0).
std::size_t prev_cp_start(std::string_view s, std::size_t i);

void append_utf8(std::string& out, char32_t cp);

bool is_letter(char32_t c);
bool is_upper(char32_t c);
bool is_lower(char32_t c);
bool is_digit(char32_t c);  // ASCII digits only
bool is_word_char(char32_t c);  // letter, digit, combining mark
bool is_space(char32_t c);      // any Unicode space separator, tab, newline
char32_t to_lower(char32_t c);
char32_t to_upper(char32_t c);

// Lower-cases Latin, Greek and Cyrillic letters; leaves other bytes as they are.
std::string lower_utf8(std::string_view s);

// Number of UTF-16 code units the UTF-8 string occupies (what JS .length reports).
std::size_t utf16_length(std::string_view s);

}  // namespace pith::detail
