// Segmentation of the normalised text into lines (the unit the classifier labels) grouped into
// blank-line paragraphs, with the per-line features every later stage reads.
#pragma once
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace pith::detail {

// Final label of a line, decided by classify/dedupe/metadata.
enum class LineLabel { kBody, kTitle, kSubtitle, kRemoved };

struct TextLine {
  std::size_t start = 0;  // byte offsets into the normalised text, trimmed of spaces
  std::size_t end = 0;
  std::uint32_t group = 0;     // index of the blank-line paragraph holding the line
  std::uint32_t words = 0;     // runs of word characters
  std::uint32_t stop_words = 0;  // function words of any supported language ("the", "und", "и")
  std::uint32_t capitalised = 0;  // words starting with an upper-case letter
  bool terminal = false;   // ends like a sentence: . ! ? … possibly followed by a closing quote
  bool bullet = false;     // starts with a list marker ("• ", "- ", "1. ")
  bool has_lower = false;  // contains at least one lower-case letter
  // Looks like code or a text table: indented by two or more spaces in the paste, or dense in
  // code punctuation and box-drawing characters ("FROM t WHERE a = 1;", "404 │ 2 │ 0.3").
  bool code_like = false;
  // Mostly raw HTML markup: a tracking pixel or an ad slot printed as text ("<div><a
  // href=...><img src=...>"), or a comment form's list of allowed tags. Never prose.
  bool markup = false;
  // Classification results.
  LineLabel label = LineLabel::kBody;
  const char* reason = "";  // reason code when removed (docs/schema.md)
  std::uint64_t hash = 0;   // hash of the lowercased word sequence (0 when no words)
};

// Splits `text` into non-empty lines with features. Linear in the text size.
std::vector<TextLine> segment_lines(std::string_view text);

// Lowercased words of a line, joined by single spaces ("Hello, World!" -> "hello world").
std::string line_key(std::string_view line);

// True when `w` (lowercase) is a function word in one of the supported languages.
bool is_stop_word(std::string_view lower_word);

}  // namespace pith::detail
