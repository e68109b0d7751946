// Shared by the Markdown and HTML renderers: inline marks of a block turned into properly
// nested open/close events (crossing ranges are closed and reopened), and the URL check that
// lets only http(s) images and http(s)/mailto links into the output.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "pith/article.h"

namespace pith::detail {

class InlineSink {
 public:
  virtual ~InlineSink() = default;
  virtual void text(std::string_view s) = 0;
  virtual void open(const Mark& m, std::string_view content) = 0;  // content: the mark's text
  virtual void close(const Mark& m) = 0;
};

// Walks `text`, which sits at byte `offset` of Article::text, with marks in Article::text
// offsets (marks outside the text or empty are ignored). Events are always properly nested.
void walk_inline(std::string_view text, std::size_t offset, const std::vector<Mark>& marks,
                 InlineSink& sink);

// The marks of `marks` (sorted by start) that lie in [s, e), from index `k` on; `k` moves past
// them, so walking a table's cells in order looks at each mark once.
std::vector<Mark> marks_in(const std::vector<Mark>& marks, std::size_t& k, std::size_t s, std::size_t e);

// True when `url` may be written into the output as it is: "http://", "https://" (and, for
// links, "mailto:"), no space, control character, quote, angle bracket or backslash.
bool safe_url(std::string_view url, bool link);

}  // namespace pith::detail
