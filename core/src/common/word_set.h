// Constant-time membership in a constant word list. The quote engine asks "is this token a
// title / an org word / a stance verb?" for nearly every token it looks at, and a linear scan
// with a string compare per entry (lists of 30-150 words) was a fifth of its time. The list
// stays the data (a constexpr array of string_views in a *_table.inc); this is only its index,
// built once on first use. Keys point into the array, which lives for the whole program.
#pragma once
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <utility>
#include <vector>

namespace pith::detail {

// Length and the first two and last two bytes, mixed: constant time whatever the word's
// length (a byte-at-a-time hash was most of a look-up), and words that share all five still
// land in one probe run where the full compare tells them apart.
inline std::uint32_t word_hash(std::string_view w) {
  const std::size_t n = w.size();
  if (n == 0) return 0;
  const auto at = [w](std::size_t i) { return static_cast<std::uint32_t>(static_cast<unsigned char>(w[i])); };
  std::uint32_t h = static_cast<std::uint32_t>(n) * 0x9E3779B1u;
  h ^= at(0) | at(n > 1 ? 1 : 0) << 8 | at(n - 1) << 16 | at(n > 2 ? n - 2 : 0) << 24;
  h *= 0x85EBCA6Bu;
  h ^= h >> 16;
  h *= 0xC2B2AE35u;
  h ^= h >> 13;
  return h;
}

// Open addressing with linear probing, at most half full. Value is what the lookup returns for
// a present key (the first entry wins when a word is listed twice, as a linear scan would).
template <class Value>
class WordMap {
 public:
  WordMap() = default;

  void insert(std::string_view key, Value v) {
    if (2 * (count_ + 1) > slots_.size()) grow();
    place(key, std::move(v));
  }

  // The value of `key`, default-constructed when new. Valid until the next insertion.
  Value& get_or_add(std::string_view key) {
    if (2 * (count_ + 1) > slots_.size()) grow();
    return place(key, Value{});
  }

  // nullptr when absent.
  const Value* find(std::string_view key) const {
    if (slots_.empty() || key.size() > max_len_) return nullptr;
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t i = word_hash(key) & mask;; i = (i + 1) & mask) {
      const Slot& s = slots_[i];
      if (!s.used) return nullptr;
      if (s.key == key) return &s.value;
    }
  }

 private:
  struct Slot {
    std::string_view key;
    Value value{};
    bool used = false;
  };

  Value& place(std::string_view key, Value v) {
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t i = word_hash(key) & mask;; i = (i + 1) & mask) {
      Slot& s = slots_[i];
      if (!s.used) {
        s.key = key;
        s.value = std::move(v);
        s.used = true;
        ++count_;
        if (key.size() > max_len_) max_len_ = key.size();
        return s.value;
      }
      if (s.key == key) return s.value;  // keep the first value
    }
  }

  void grow() {
    std::vector<Slot> old;
    old.swap(slots_);
    slots_.assign(old.empty() ? 64 : old.size() * 2, Slot{});
    count_ = 0;
    for (Slot& s : old)
      if (s.used) place(s.key, std::move(s.value));
  }

  std::vector<Slot> slots_;
  std::size_t count_ = 0;
  std::size_t max_len_ = 0;
};

class WordSet {
 public:
  template <std::size_t N>
  explicit WordSet(const std::string_view (&table)[N]) {
    for (const auto& w : table) map_.insert(w, true);
  }
  bool contains(std::string_view w) const { return map_.find(w) != nullptr; }

 private:
  WordMap<bool> map_;
};

}  // namespace pith::detail
