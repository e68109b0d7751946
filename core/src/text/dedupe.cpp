#include "text/dedupe.h"

#include <algorithm>
#include <unordered_map>

#include "common/utf8.h"

namespace pith::detail {

namespace {

std::uint64_t mix(std::uint64_t x) {
  x ^= x >> 33;
  x *= 0xff51afd7ed558ccdull;
  x ^= x >> 33;
  x *= 0xc4ceb9fe1a85ec53ull;
  x ^= x >> 33;
  return x;
}

// Candidates per bucket are capped so a page of thousands of similar lines stays linear.
constexpr std::size_t kBucketCap = 6;
constexpr int kBands = 4;

}  // namespace

std::vector<std::uint64_t> word_set(std::string_view s) {
  std::vector<std::uint64_t> out;
  std::uint64_t h = 1469598103934665603ull;
  bool in = false;
  std::size_t i = 0;
  while (i <= s.size()) {
    std::size_t len = 1;
    const char32_t c = i < s.size() ? decode_utf8(s, i, len) : U' ';
    if (is_word_char(c)) {
      const char32_t l = to_lower(c);
      h = (h ^ static_cast<std::uint64_t>(l)) * 1099511628211ull;
      in = true;
    } else if (in) {
      out.push_back(h);
      h = 1469598103934665603ull;
      in = false;
    }
    i += len;
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

double jaccard(const std::vector<std::uint64_t>& a, const std::vector<std::uint64_t>& b) {
  if (a.empty() && b.empty()) return 1.0;
  std::size_t i = 0, j = 0, inter = 0;
  while (i < a.size() && j < b.size()) {
    if (a[i] == b[j]) ++inter, ++i, ++j;
    else if (a[i] < b[j]) ++i;
    else ++j;
  }
  return static_cast<double>(inter) / static_cast<double>(a.size() + b.size() - inter);
}

bool is_title_duplicate(const std::vector<std::uint64_t>& title_words, std::string_view line) {
  if (title_words.empty()) return false;
  const std::vector<std::uint64_t> w = word_set(line);
  if (w.size() * 2 < title_words.size() || w.size() > title_words.size() * 2) return false;
  if (jaccard(title_words, w) >= kTitleDuplicate) return true;
  // One headline contains the other: "Winter came early" and "Winter came early: snow falls".
  const std::size_t small = std::min(w.size(), title_words.size());
  if (small < 4) return false;
  std::size_t i = 0, j = 0, inter = 0;
  while (i < w.size() && j < title_words.size()) {
    if (w[i] == title_words[j]) ++inter, ++i, ++j;
    else if (w[i] < title_words[j]) ++i;
    else ++j;
  }
  return inter * 10 >= small * 9;
}

void mark_duplicates(std::string_view text, std::vector<TextLine>& lines) {
  std::unordered_map<std::uint64_t, std::size_t> exact;  // hash -> first line
  std::unordered_map<std::uint64_t, std::vector<std::size_t>> buckets;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    TextLine& ln = lines[i];
    if (ln.label == LineLabel::kRemoved || ln.words < 4) continue;
    auto [it, fresh] = exact.emplace(ln.hash, i);
    if (!fresh && ln.label == LineLabel::kBody && lines[it->second].label != LineLabel::kBody) {
      ln.label = LineLabel::kRemoved;
      ln.reason = "duplicate";
      continue;
    }
    if (!fresh || ln.words < 8) continue;
    const std::vector<std::uint64_t> ws = word_set(text.substr(ln.start, ln.end - ln.start));
    std::uint64_t keys[kBands];
    for (int b = 0; b < kBands; ++b) {
      std::uint64_t best = ~0ull;
      for (std::uint64_t h : ws) best = std::min(best, mix(h + 0x9e3779b97f4a7c15ull * (b + 1)));
      keys[b] = best ^ static_cast<std::uint64_t>(b);
    }
    bool dup = false;
    for (int b = 0; b < kBands && !dup; ++b) {
      auto f = buckets.find(keys[b]);
      if (f == buckets.end()) continue;
      for (std::size_t j : f->second) {
        const TextLine& o = lines[j];
        if (ln.label == LineLabel::kBody && o.label != LineLabel::kBody &&
            jaccard(ws, word_set(text.substr(o.start, o.end - o.start))) >= kNearDuplicate) {
          dup = true;
          break;
        }
      }
    }
    if (dup) {
      ln.label = LineLabel::kRemoved;
      ln.reason = "duplicate";
      continue;
    }
    for (int b = 0; b < kBands; ++b) {
      auto& v = buckets[keys[b]];
      if (v.size() < kBucketCap) v.push_back(i);
    }
  }
}

}  // namespace pith::detail
