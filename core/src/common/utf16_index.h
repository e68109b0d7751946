// Converts UTF-8 byte offsets of one string into UTF-16 code-unit offsets (what JavaScript's
// String indices are) in O(1) amortised: a checkpoint every 64 bytes, then a short walk.
#pragma once
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace pith::detail {

class Utf16Index {
 public:
  explicit Utf16Index(std::string_view s);
  // Byte offsets inside a code point round down to its start; past the end clamps to length.
  std::size_t operator()(std::size_t byte_offset) const;

 private:
  static constexpr std::size_t kStep = 64;
  std::string_view s_;
  std::vector<std::uint32_t> checkpoints_;  // UTF-16 units before byte k*kStep (cp-aligned)
  std::vector<std::uint32_t> aligned_;      // the cp-aligned byte where each checkpoint sits
};

}  // namespace pith::detail
