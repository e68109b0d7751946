// Helpers shared by the quote engine's unit tests: run the engine on a composed text and
// pick quotes out of the result.
#pragma once
#include <cstddef>
#include <string>

#include "quotes/quotes.h"

namespace pith::test {

inline QuoteResult run(const std::string& t) {
  return detail::find_quotes(t, detail::split_paragraphs(t));
}

// The quote whose text is exactly `text` (any type), or nullptr.
inline const Quote* quote_with(const QuoteResult& r, const std::string& text) {
  for (const auto& q : r.quotes)
    if (q.text == text) return &q;
  return nullptr;
}

// The first reported-speech item, or nullptr.
inline const Quote* reported(const QuoteResult& r) {
  for (const auto& q : r.quotes)
    if (q.type == QuoteType::kReported) return &q;
  return nullptr;
}

// The reported-speech item whose text is exactly `text`, or nullptr.
inline const Quote* reported_text(const QuoteResult& r, const std::string& text) {
  for (const auto& q : r.quotes)
    if (q.type == QuoteType::kReported && q.text == text) return &q;
  return nullptr;
}

// How many reported-speech items the result holds.
inline std::size_t reported_count(const QuoteResult& r) {
  std::size_t n = 0;
  for (const auto& q : r.quotes) n += q.type == QuoteType::kReported;
  return n;
}

}  // namespace pith::test
