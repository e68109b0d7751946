#include "quotes/quotes.h"

namespace pith::detail {

// Minimal version: no quotes. The full quote engine replaces this file.
QuoteResult find_quotes(std::string_view,
                        const std::vector<std::pair<std::size_t, std::size_t>>&) {
  return {};
}

std::vector<std::pair<std::size_t, std::size_t>> split_paragraphs(std::string_view text) {
  std::vector<std::pair<std::size_t, std::size_t>> out;
  std::size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && text[i] == '\n') ++i;
    if (i >= text.size()) break;
    std::size_t j = text.find('\n', i);
    if (j == std::string_view::npos) j = text.size();
    out.emplace_back(i, j);
    i = j;
  }
  return out;
}

}  // namespace pith::detail
