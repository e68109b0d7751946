#include "common/utf16_index.h"

#include "common/utf8.h"

namespace pith::detail {

Utf16Index::Utf16Index(std::string_view s) : s_(s) {
  checkpoints_.reserve(s.size() / kStep + 1);
  aligned_.reserve(s.size() / kStep + 1);
  std::size_t units = 0;
  std::size_t i = 0;
  for (std::size_t k = 0; k * kStep <= s.size(); ++k) {
    const std::size_t target = k * kStep;
    while (i < target && i < s.size()) {
      if (static_cast<unsigned char>(s[i]) < 0x80) { ++units; ++i; continue; }  // ASCII fast path
      std::size_t len = 0;
      const char32_t c = decode_utf8(s, i, len);
      units += c >= 0x10000 ? 2 : 1;
      i += len;
    }
    checkpoints_.push_back(static_cast<std::uint32_t>(units));
    aligned_.push_back(static_cast<std::uint32_t>(i));
  }
}

std::size_t Utf16Index::operator()(std::size_t byte_offset) const {
  if (byte_offset > s_.size()) byte_offset = s_.size();
  std::size_t k = byte_offset / kStep;
  while (k > 0 && aligned_[k] > byte_offset) --k;  // checkpoint overshot inside a code point
  std::size_t i = aligned_[k];
  std::size_t units = checkpoints_[k];
  while (i < byte_offset) {
    std::size_t len = 0;
    const char32_t c = decode_utf8(s_, i, len);
    if (i + len > byte_offset) break;  // offset inside a code point: round down
    units += c >= 0x10000 ? 2 : 1;
    i += len;
  }
  return units;
}

}  // namespace pith::detail
