#include "common/utf8.h"

#include <cstdint>
#include <cstring>

namespace pith::detail {

char32_t decode_utf8_multibyte(std::string_view s, std::size_t i, std::size_t& len) {
  const auto b0 = static_cast<unsigned char>(s[i]);
  len = 1;
  if (b0 < 0x80) return b0;
  int need = 0;
  char32_t cp = 0;
  char32_t min = 0;
  if ((b0 & 0xE0) == 0xC0) { need = 1; cp = b0 & 0x1F; min = 0x80; }
  else if ((b0 & 0xF0) == 0xE0) { need = 2; cp = b0 & 0x0F; min = 0x800; }
  else if ((b0 & 0xF8) == 0xF0) { need = 3; cp = b0 & 0x07; min = 0x10000; }
  else return kReplacementChar;
  for (int k = 1; k <= need; ++k) {
    if (i + k >= s.size()) return kReplacementChar;
    const auto b = static_cast<unsigned char>(s[i + k]);
    if ((b & 0xC0) != 0x80) return kReplacementChar;
    cp = (cp << 6) | (b & 0x3F);
  }
  // Overlong forms, surrogates and values past U+10FFFF are invalid UTF-8.
  if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return kReplacementChar;
  len = static_cast<std::size_t>(need) + 1;
  return cp;
}

std::size_t prev_cp_start(std::string_view s, std::size_t i) {
  if (i == 0) return 0;
  std::size_t j = i - 1;
  int steps = 0;
  while (j > 0 && steps < 3 && (static_cast<unsigned char>(s[j]) & 0xC0) == 0x80) { --j; ++steps; }
  std::size_t len = 0;
  decode_utf8(s, j, len);
  return (j + len == i) ? j : i - 1;
}

void append_utf8(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out.push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

bool is_upper_non_ascii(char32_t c) {
  if (c < 0x80) return c >= 'A' && c <= 'Z';
  if (c >= 0xC0 && c <= 0xDE) return c != 0xD7;
  if (c >= 0x100 && c <= 0x17F) return (c % 2) == 0 ? c != 0x138 : false;  // Latin Extended-A pairs
  if (c >= 0x391 && c <= 0x3AB) return true;   // Greek capitals
  if (c >= 0x400 && c <= 0x42F) return true;   // Cyrillic capitals (incl. Ukrainian Є І Ї)
  if (c >= 0x460 && c <= 0x4FF) return (c % 2) == 0;
  return false;
}

bool is_lower_non_ascii(char32_t c) {
  if (c < 0x80) return c >= 'a' && c <= 'z';
  if (c >= 0xDF && c <= 0xFF) return c != 0xF7;
  if (c >= 0x100 && c <= 0x17F) return (c % 2) == 1 || c == 0x138;
  if (c >= 0x3AC && c <= 0x3CE) return true;
  if (c >= 0x430 && c <= 0x45F) return true;
  if (c >= 0x460 && c <= 0x4FF) return (c % 2) == 1;
  return false;
}

bool is_letter_non_ascii(char32_t c) {
  if (c < 0x80) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  if (c == 0xAA || c == 0xB5 || c == 0xBA) return true;
  if (c >= 0xC0 && c <= 0x24F) return c != 0xD7 && c != 0xF7;
  if (c >= 0x370 && c <= 0x3FF) return c != 0x37E && c != 0x387;
  if (c >= 0x400 && c <= 0x52F) return !(c >= 0x482 && c <= 0x489);
  if (c >= 0x531 && c <= 0x587) return true;   // Armenian
  if (c >= 0x5D0 && c <= 0x5EA) return true;   // Hebrew
  if (c >= 0x620 && c <= 0x64A) return true;   // Arabic
  if (c >= 0x1E00 && c <= 0x1FFF) return true;  // Latin/Greek extended
  if (c >= 0x3040 && c <= 0x30FF) return true;  // kana
  if (c >= 0x3400 && c <= 0x9FFF) return true;  // CJK
  if (c >= 0xAC00 && c <= 0xD7A3) return true;  // Hangul
  if (c >= 0xF900 && c <= 0xFAFF) return true;
  if (c >= 0x20000 && c <= 0x3FFFF) return true;
  return false;
}

bool is_space_non_ascii(char32_t c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v' || c == 0xA0 ||
         c == 0x1680 || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 ||
         c == 0x202F || c == 0x205F || c == 0x3000;
}

char32_t to_lower(char32_t c) {
  if (c < 0x80) return (c >= 'A' && c <= 'Z') ? c + 32 : c;
  if (c >= 0xC0 && c <= 0xDE && c != 0xD7) return c + 32;
  if (c >= 0x100 && c <= 0x17F && is_upper(c)) return c + 1;
  if (c >= 0x391 && c <= 0x3AB && c != 0x3A2) return c + 32;
  if (c >= 0x410 && c <= 0x42F) return c + 32;
  if (c >= 0x400 && c <= 0x40F) return c + 80;
  if (c >= 0x460 && c <= 0x4FF && (c % 2) == 0) return c + 1;
  return c;
}

char32_t to_upper(char32_t c) {
  if (c < 0x80) return (c >= 'a' && c <= 'z') ? c - 32 : c;
  if (c >= 0xE0 && c <= 0xFE && c != 0xF7) return c - 32;
  if (c >= 0x100 && c <= 0x17F && is_lower(c) && c != 0x138) return c - 1;
  if (c >= 0x3B1 && c <= 0x3CB && c != 0x3C2) return c - 32;
  if (c >= 0x430 && c <= 0x44F) return c - 32;
  if (c >= 0x450 && c <= 0x45F) return c - 80;
  if (c >= 0x460 && c <= 0x4FF && (c % 2) == 1) return c - 1;
  return c;
}

namespace {

// Code point by code point, for a mapping that would change a length.
std::string lower_utf8_appending(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size();) {
    std::size_t len = 0;
    const char32_t c = decode_utf8(s, i, len);
    if (c == kReplacementChar && len == 1 && static_cast<unsigned char>(s[i]) >= 0x80) {
      out.append(s.substr(i, 1));  // keep invalid bytes as they are: lowercasing must not repair
    } else {
      append_utf8(out, to_lower(c));
    }
    i += len;
  }
  return out;
}

}  // namespace

std::string lower_utf8(std::string_view s) {
  // Lower-casing keeps every code point's byte length (each mapped pair of to_lower() is
  // encoded in as many bytes; invalid bytes stay as they are), so the copy is lower-cased in
  // place: no per-character appends. Lower-cased tokens are asked for many times per word in
  // the quote engine, and whole texts once (common/names.h, LowerCaseScope).
  std::string out(s);
  constexpr std::uint64_t kOnes = 0x0101010101010101ull;
  constexpr std::uint64_t kHigh = 0x8080808080808080ull;
  for (std::size_t i = 0; i < s.size();) {
    // Eight ASCII bytes at a time (whole texts are lower-cased once for the quote engine): a
    // byte's high bit flags it >= 'A' after adding 0x80 - 'A', and > 'Z' after adding
    // 0x80 - 'Z' - 1; where exactly one is set, the letter gets its 0x20. No byte carries into
    // the next, as all are below 0x80.
    while (i + 8 <= s.size()) {
      std::uint64_t w = 0;
      std::memcpy(&w, s.data() + i, 8);
      if (w & kHigh) break;
      const std::uint64_t upper = ((w + kOnes * (0x80 - 'A')) ^ (w + kOnes * (0x80 - 'Z' - 1))) & kHigh;
      w += upper >> 2;
      std::memcpy(out.data() + i, &w, 8);
      i += 8;
    }
    if (i >= s.size()) break;
    const auto b = static_cast<unsigned char>(s[i]);
    if (b < 0x80) {
      if (b >= 'A' && b <= 'Z') out[i] = static_cast<char>(b + 32);
      ++i;
      continue;
    }
    std::size_t len = 0;
    const char32_t c = decode_utf8(s, i, len);
    const char32_t l = to_lower(c);
    if (l != c) {
      std::string enc;
      append_utf8(enc, l);
      if (enc.size() != len) return lower_utf8_appending(s);  // not reached with today's table
      out.replace(i, len, enc);
    }
    i += len;
  }
  return out;
}

std::size_t utf16_length(std::string_view s) {
  std::size_t n = 0;
  for (std::size_t i = 0; i < s.size();) {
    if (static_cast<unsigned char>(s[i]) < 0x80) { ++n; ++i; continue; }  // ASCII fast path
    std::size_t len = 0;
    const char32_t c = decode_utf8(s, i, len);
    n += c >= 0x10000 ? 2 : 1;
    i += len;
  }
  return n;
}

std::string plain_line(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size();) {
    std::size_t len = 0;
    const char32_t c = decode_utf8(s, i, len);
    if (c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f') out.push_back(' ');
    else if (c < 0x20 || c == 0x7F) {}  // control: dropped
    // C1 controls stay: in "JOHNSONâ\u0080\u0099S" they are the trace of a mojibake title.
    else if (c == kReplacementChar) append_utf8(out, kReplacementChar);
    else out.append(s.substr(i, len));
    i += len;
  }
  return out;
}

}  // namespace pith::detail
