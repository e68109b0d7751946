#include "html/removed_map.h"

#include <algorithm>

#include "html/element_path.h"

namespace pith::detail {
namespace {

// Finds where the k-th counted byte of the kept text is in the input. Calls come with k not
// decreasing (entries in text order), so the walk over nodes and bytes is linear overall.
class Locator {
 public:
  Locator(const KeptMap& m, std::string_view html) : m_(m), html_(html) {}

  // The node holding counted byte k; `at` gets its byte offset in the input when the node is
  // exact, else the node's start.
  std::size_t find(std::size_t k, std::uint32_t& at) {
    if (k < last_k_) reset();
    last_k_ = k;
    while (node_ < m_.texts.size() && m_.texts[node_].counted_end <= k) {
      ++node_;
      started_ = false;
    }
    if (node_ >= m_.texts.size()) return m_.texts.size();
    const KeptText& t = m_.texts[node_];
    if (!t.exact) {
      at = t.src_start;
      return node_;
    }
    if (!started_) {
      started_ = true;
      pos_ = t.src_start;
      seen_ = node_ > 0 ? m_.texts[node_ - 1].counted_end : 0;
    }
    const std::string_view s = html_.substr(0, t.src_end);
    while (pos_ < t.src_end) {
      if (is_counted(s, pos_)) {
        if (seen_ == k) break;
        ++seen_;
      }
      ++pos_;
    }
    at = static_cast<std::uint32_t>(pos_);
    return node_;
  }

 private:
  void reset() {
    node_ = 0;
    started_ = false;
  }
  const KeptMap& m_;
  std::string_view html_;
  std::size_t node_ = 0, pos_ = 0, seen_ = 0, last_k_ = 0;
  bool started_ = false;  // pos_/seen_ are set for node_
};

// Start tags from element `e` upwards (innermost first), at most kPathParts.
std::vector<std::uint32_t> tag_chain(const KeptMap& m, std::int32_t e) {
  std::vector<std::uint32_t> out;
  for (; e >= 0 && static_cast<int>(out.size()) < kPathParts; e = m.elements[static_cast<std::size_t>(e)].parent)
    out.push_back(m.elements[static_cast<std::size_t>(e)].tag_at);
  return out;
}

// The nearest element holding both (looked for a bounded way up; else a's).
std::int32_t common_parent(const KeptMap& m, std::int32_t a, std::int32_t b) {
  constexpr int kReach = 64;
  std::vector<std::int32_t> up;
  for (std::int32_t e = a; e >= 0 && static_cast<int>(up.size()) < kReach; e = m.elements[static_cast<std::size_t>(e)].parent)
    up.push_back(e);
  int steps = 0;
  for (std::int32_t e = b; e >= 0 && steps < kReach; e = m.elements[static_cast<std::size_t>(e)].parent, ++steps)
    if (std::find(up.begin(), up.end(), e) != up.end()) return e;
  return a;
}

// Counted bytes of `text` before each offset in `offsets` (sorted, unique).
std::vector<std::size_t> counted_before(std::string_view text, const std::vector<std::size_t>& offsets) {
  std::vector<std::size_t> out;
  out.reserve(offsets.size());
  std::size_t pos = 0, n = 0;
  for (std::size_t off : offsets) {
    const std::size_t stop = std::min(off, text.size());
    for (; pos < stop; ++pos) n += is_counted(text, pos);
    out.push_back(n);
  }
  return out;
}

// Places the text pass's entries. The kept map covers the block text as far as the log could
// match it to the markup (all of it, normally); entries past that keep no offsets.
void place_text_entries(const KeptMap& m, std::string_view block_text, std::string_view html,
                        std::vector<Removed>& removed) {
  std::vector<std::size_t> offsets;
  for (const Removed& r : removed) {
    if (r.start == kNoOffset || r.end == kNoOffset) continue;
    offsets.push_back(r.start);
    offsets.push_back(r.end);
  }
  std::sort(offsets.begin(), offsets.end());
  offsets.erase(std::unique(offsets.begin(), offsets.end()), offsets.end());
  const std::vector<std::size_t> counts = counted_before(block_text, offsets);
  auto count_at = [&](std::size_t off) {
    return counts[static_cast<std::size_t>(std::lower_bound(offsets.begin(), offsets.end(), off) - offsets.begin())];
  };
  // Entries come in text order (the moved title and subtitle last: the locator then starts
  // over, once or twice).
  Locator loc(m, html);
  for (Removed& r : removed) {
    if (r.start == kNoOffset || r.end == kNoOffset) continue;
    const std::size_t k0 = count_at(r.start), k1 = count_at(r.end);
    std::uint32_t a = 0, b = 0;
    std::size_t first = k1 > k0 ? loc.find(k0, a) : m.texts.size();
    std::size_t last = k1 > k0 ? loc.find(k1 - 1, b) : m.texts.size();
    if (first >= m.texts.size() || last >= m.texts.size()) {
      r.start = r.end = kNoOffset;
      continue;
    }
    const KeptText& lt = m.texts[last];
    r.start = a;
    r.end = lt.exact ? b + 1 : lt.src_end;
    // A counted byte may start a multi-byte character: end after the whole character.
    while (lt.exact && r.end < lt.src_end && (static_cast<unsigned char>(html[r.end]) & 0xC0) == 0x80) ++r.end;
    r.path = source_path(html, tag_chain(m, common_parent(m, m.texts[first].parent, lt.parent)));
  }
}

// `s` with whitespace runs collapsed to one space and trimmed, as the log's previews are.
std::string collapsed(std::string_view s) {
  std::string out;
  bool space = true;
  append_collapsed(s, out, space);
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

}  // namespace

void place_removed(RemovalLog& log, std::string_view block_text, std::string_view html,
                   std::vector<Removed>& removed) {
  place_text_entries(log.kept, block_text, html, removed);
  log.kept = KeptMap{};  // no longer needed: free it
  // The block stage reports a dropped caption without knowing where it was; the log found it.
  std::vector<std::string_view> captions;
  for (const HtmlRemoved& h : log.entries)
    if (h.reason == Drop::kCaptionWithoutImage) captions.push_back(h.text);
  if (!captions.empty()) {
    removed.erase(std::remove_if(removed.begin(), removed.end(), [&](const Removed& r) {
      return r.start == kNoOffset && r.reason == drop_reason_name(Drop::kCaptionWithoutImage) &&
             std::find(captions.begin(), captions.end(), collapsed(r.text)) != captions.end();
    }), removed.end());
  }
  removed.reserve(removed.size() + log.entries.size());
  for (HtmlRemoved& h : log.entries) {
    Removed r;
    r.text = std::move(h.text);
    r.reason = drop_reason_name(h.reason);
    r.start = h.start;
    r.end = h.end;
    r.path = std::move(h.path);
    removed.push_back(std::move(r));
  }
  std::vector<HtmlRemoved>().swap(log.entries);
  // Input order (entries without offsets last); ties keep their order. The keys are sorted and
  // the entries then permuted in place: less code in the wasm build, no second copy.
  std::vector<std::pair<std::size_t, std::uint32_t>> order;
  order.reserve(removed.size());
  for (std::size_t k = 0; k < removed.size(); ++k) order.emplace_back(removed[k].start, static_cast<std::uint32_t>(k));
  std::sort(order.begin(), order.end());
  std::vector<std::uint32_t> from(order.size());  // from[k]: where the entry for slot k is now
  for (std::size_t k = 0; k < order.size(); ++k) from[k] = order[k].second;
  std::vector<std::pair<std::size_t, std::uint32_t>>().swap(order);
  for (std::size_t i = 0; i < from.size(); ++i) {
    if (from[i] == i) continue;
    Removed held = std::move(removed[i]);
    std::size_t j = i;
    while (from[j] != i) {
      const std::size_t k = from[j];
      removed[j] = std::move(removed[k]);
      from[j] = static_cast<std::uint32_t>(j);
      j = k;
    }
    removed[j] = std::move(held);
    from[j] = static_cast<std::uint32_t>(j);
  }
}

}  // namespace pith::detail
