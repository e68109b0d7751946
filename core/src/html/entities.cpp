#include "html/entities.h"

#include "common/utf8.h"

#include <array>
#include <cstdint>
#include <iterator>

namespace pith::detail {
namespace {

struct Entity {
  std::string_view name;
  std::string_view value;
};

// The table as written (name/value pairs); only read at compile time, to build kPacked.
constexpr Entity kEntities[] = {
#include "html/entity_table.inc"
};
constexpr std::size_t kCount = std::size(kEntities);

constexpr std::size_t packed_bytes() {
  std::size_t n = 0;
  for (const Entity& e : kEntities) n += e.name.size() + e.value.size();
  return n;
}
constexpr std::size_t kBytes = packed_bytes();
static_assert(kBytes < 65536, "entity offsets are 16-bit");

// What the binary carries: every name followed by its value in one block of bytes, a 16-bit
// offset per entry and the name's length. As an array of string_view pairs the table took
// 2,231 x 16 bytes of pointers and lengths besides the text, 35 KiB of the wasm's data.
struct PackedEntities {
  std::array<char, kBytes> bytes{};
  std::array<std::uint16_t, kCount + 1> at{};  // entry k is bytes[at[k], at[k + 1])
  std::array<std::uint8_t, kCount> name_len{};
};

constexpr PackedEntities pack() {
  PackedEntities p;
  std::size_t n = 0;
  for (std::size_t k = 0; k < kCount; ++k) {
    p.at[k] = static_cast<std::uint16_t>(n);
    p.name_len[k] = static_cast<std::uint8_t>(kEntities[k].name.size());
    for (const char c : kEntities[k].name) p.bytes[n++] = c;
    for (const char c : kEntities[k].value) p.bytes[n++] = c;
  }
  p.at[kCount] = static_cast<std::uint16_t>(n);
  return p;
}
constexpr PackedEntities kPacked = pack();

std::string_view entity_name(std::size_t k) {
  return {kPacked.bytes.data() + kPacked.at[k], kPacked.name_len[k]};
}

std::string_view entity_value(std::size_t k) {
  const std::size_t from = kPacked.at[k] + kPacked.name_len[k];
  return {kPacked.bytes.data() + from, kPacked.at[k + 1] - from};
}

// Windows-1252 meanings of the C1 range: "&#150;" in old pages means an en dash.
constexpr std::uint16_t kC1[32] = {0x20AC, 0x81,   0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
                                   0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D,   0x017D, 0x8F,
                                   0x90,   0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
                                   0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D,   0x017E, 0x0178};

// The entry named `name` (the table is sorted by name), or kCount.
std::size_t find_entity(std::string_view name) {
  std::size_t lo = 0, hi = kCount;
  while (lo < hi) {
    const std::size_t mid = lo + (hi - lo) / 2;
    if (entity_name(mid) < name) lo = mid + 1;
    else hi = mid;
  }
  return lo < kCount && entity_name(lo) == name ? lo : kCount;
}

void append_code_point(std::uint32_t cp, std::string& out) {
  if (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) cp = 0xFFFD;
  if (cp >= 0x80 && cp <= 0x9F) cp = kC1[cp - 0x80];
  append_utf8(out, static_cast<char32_t>(cp));
}

bool is_alnum(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

// Decodes the reference starting at in[i] == '&'; returns the bytes consumed (0 = not one).
std::size_t decode_one(std::string_view in, std::size_t i, bool in_attribute, std::string& out) {
  std::size_t j = i + 1;
  if (j < in.size() && in[j] == '#') {
    ++j;
    bool hex = j < in.size() && (in[j] == 'x' || in[j] == 'X');
    if (hex) ++j;
    std::uint32_t cp = 0;
    std::size_t digits = 0;
    for (; j < in.size(); ++j, ++digits) {
      char c = in[j];
      int d = -1;
      if (c >= '0' && c <= '9') d = c - '0';
      else if (hex && c >= 'a' && c <= 'f') d = c - 'a' + 10;
      else if (hex && c >= 'A' && c <= 'F') d = c - 'A' + 10;
      if (d < 0) break;
      if (cp <= 0x10FFFF) cp = cp * (hex ? 16 : 10) + static_cast<std::uint32_t>(d);
    }
    if (digits == 0) return 0;
    if (j < in.size() && in[j] == ';') ++j;
    append_code_point(cp, out);
    return j - i;
  }
  // Longest HTML5 name is 32 characters ("&CounterClockwiseContourIntegral;").
  std::size_t end = j;
  while (end < in.size() && end - j < 32 && is_alnum(in[end])) ++end;
  if (end == j) return 0;
  if (end < in.size() && in[end] == ';') {
    if (const std::size_t e = find_entity(in.substr(j, end + 1 - j)); e < kCount) {
      out.append(entity_value(e));
      return end + 1 - i;
    }
  }
  // Legacy references without ';': the longest prefix that is one ("&notit" -> "¬it").
  for (std::size_t len = end - j; len >= 2; --len) {
    const std::size_t e = find_entity(in.substr(j, len));
    if (e == kCount) continue;
    if (in_attribute && j + len < in.size() && (is_alnum(in[j + len]) || in[j + len] == '='))
      return 0;
    out.append(entity_value(e));
    return len + 1;
  }
  return 0;
}

}  // namespace

void append_decoded(std::string_view in, bool in_attribute, std::string& out) {
  std::size_t i = 0;
  while (i < in.size()) {
    std::size_t amp = in.find('&', i);
    if (amp == std::string_view::npos) {
      out.append(in.substr(i));
      return;
    }
    out.append(in.substr(i, amp - i));
    std::size_t used = decode_one(in, amp, in_attribute, out);
    if (used == 0) {
      out.push_back('&');
      used = 1;
    }
    i = amp + used;
  }
}

std::string decode_entities(std::string_view in, bool in_attribute) {
  std::string out;
  out.reserve(in.size());
  append_decoded(in, in_attribute, out);
  return out;
}

}  // namespace pith::detail
