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

// Open addressing with linear probing, at most a quarter full. Value is what the lookup returns
// for a present key (the first entry wins when a word is listed twice, as a linear scan would).
// Slots hold only the hash and an index (8 bytes): a look-up of a word that is not in the table
// (most look-ups) touches one small array that stays in cache, not the keys. A quarter, not a
// half: a miss then mostly ends at its first slot (a 300-word list takes 2,048 slots, 16 KiB), and
// misses are most of the quote engine's per-token look-ups ("the" asked of the stance verbs).
template <class Value>
class WordMap {
 public:
  WordMap() = default;

  void insert(std::string_view key, Value v) { place(key, std::move(v)); }

  // The value of `key`, default-constructed when new. Valid until the next insertion.
  Value& get_or_add(std::string_view key) { return place(key, Value{}); }

  // nullptr when absent.
  const Value* find(std::string_view key) const {
    if (slots_.empty() || key.size() > max_len_) return nullptr;
    const std::uint32_t h = word_hash(key);
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t i = h & mask;; i = (i + 1) & mask) {
      const Slot& s = slots_[i];
      if (s.index == 0) return nullptr;
      if (s.hash == h && keys_[s.index - 1] == key) return &values_[s.index - 1];
    }
  }

 private:
  struct Slot {
    std::uint32_t hash = 0;
    std::uint32_t index = 0;  // 1 + position in keys_/values_; 0 = empty
  };

  Value& place(std::string_view key, Value v) {
    if (4 * (keys_.size() + 1) > slots_.size()) grow();
    const std::uint32_t h = word_hash(key);
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t i = h & mask;; i = (i + 1) & mask) {
      Slot& s = slots_[i];
      if (s.index == 0) {
        keys_.push_back(key);
        values_.push_back(std::move(v));
        s.hash = h;
        s.index = static_cast<std::uint32_t>(keys_.size());
        if (key.size() > max_len_) max_len_ = key.size();
        return values_.back();
      }
      if (s.hash == h && keys_[s.index - 1] == key) return values_[s.index - 1];  // first wins
    }
  }

  void grow() {
    slots_.assign(slots_.empty() ? 64 : slots_.size() * 2, Slot{});
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t k = 0; k < keys_.size(); ++k) {
      const std::uint32_t h = word_hash(keys_[k]);
      std::size_t i = h & mask;
      while (slots_[i].index != 0) i = (i + 1) & mask;
      slots_[i] = {h, static_cast<std::uint32_t>(k + 1)};
    }
  }

  std::vector<Slot> slots_;
  std::vector<std::string_view> keys_;
  std::vector<Value> values_;
  std::size_t max_len_ = 0;
};

class WordSet {
 public:
  template <std::size_t N>
  explicit WordSet(const std::string_view (&table)[N]) {
    for (const auto& w : table) map_.insert(w, 1);
  }
  bool contains(std::string_view w) const { return map_.find(w) != nullptr; }

 private:
  WordMap<unsigned char> map_;  // not bool: values live in a std::vector
};

// Membership in one constant word table (a constexpr array of string_views with static storage):
// each table gets its own index, built on first use. The one look-up every stage shares.
template <const auto& Table>
bool in_word_table(std::string_view w) {
  static const WordSet set(Table);
  return set.contains(w);
}

}  // namespace pith::detail
