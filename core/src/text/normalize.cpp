#include "text/normalize.h"

#include <algorithm>

namespace pith::detail {

std::size_t Normalized::to_input(std::size_t pos) const {
  if (anchors.empty()) return pos;
  auto it = std::upper_bound(anchors.begin(), anchors.end(), pos,
                             [](std::size_t p, const auto& a) { return p < a.first; });
  if (it == anchors.begin()) return pos;
  --it;
  return it->second + (pos - it->first);
}

// Minimal version: CRLF/CR to LF only. The full normaliser replaces this file.
Normalized normalize_text(std::string_view input, const RepairOptions&) {
  Normalized out;
  out.text.reserve(input.size());
  out.anchors.emplace_back(0, 0);
  for (std::size_t i = 0; i < input.size(); ++i) {
    if (input[i] == '\r') {
      out.text.push_back('\n');
      if (i + 1 < input.size() && input[i + 1] == '\n') {
        ++i;
        out.anchors.emplace_back(out.text.size(), i + 1);
      }
      continue;
    }
    out.text.push_back(input[i]);
  }
  return out;
}

}  // namespace pith::detail
