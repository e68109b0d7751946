// Pairing of quotation marks into spans, per paragraph, for every convention Pith reads:
// “…” ‘…’ "…" '…' „…“ „…” ‚…‘ »…« «…» ›…‹ ‹…› 「…」 『…』.
#pragma once
#include <cstddef>
#include <string_view>
#include <utility>
#include <vector>

namespace pith::detail {

struct MarkSpan {
  std::size_t open = 0;       // byte offset of the opening mark
  std::size_t open_end = 0;   // first byte after it = content start
  std::size_t close = 0;      // byte offset of the closing mark (= content end)
  std::size_t close_end = 0;  // first byte after the closing mark (= close when unclosed)
  std::size_t paragraph = 0;  // index into the paragraph list
  bool closed = true;         // false: ran to the end of its paragraph
  bool continues = false;     // left open because the next paragraph reopens it
  bool continuation = false;  // reopens a quote left open at the end of the previous paragraph
};

// Top-level quotation spans (nested quotes stay inside their outer span), in text order.
// Linear: each mark is looked at once, the stack is at most kMaxDepth deep, and an opening
// mark older than kMaxQuoteBytes is dropped, so no quote ever spans a whole long text.
std::vector<MarkSpan> pair_marks(std::string_view text,
                                 const std::vector<std::pair<std::size_t, std::size_t>>& paragraphs);

// Whether the code point is any quotation mark Pith pairs.
bool is_quote_mark(char32_t c);

}  // namespace pith::detail
