// Sentence boundaries in plain text, aware of abbreviations ("Mr.", "U.S.", initials) and of
// opaque ranges (quotations) that are never split.
#pragma once
#include <cstddef>
#include <string_view>
#include <utility>
#include <vector>

namespace pith::detail {

using ByteRange = std::pair<std::size_t, std::size_t>;

// True when the '.', '!', '?' or '…' at byte `pos` ends a sentence: not an abbreviation or
// initial, followed by white space (or the end) and then not by a lower-case letter.
bool ends_sentence(std::string_view text, std::size_t pos, std::size_t end);

// Sentences [start, end) inside [begin, end) of `text`, leading/trailing spaces trimmed. A line
// break always ends a sentence. `opaque` (sorted, non-overlapping byte ranges) are skipped
// whole; a range ending in . ! ? and followed by an upper-case word ends the sentence after it.
std::vector<ByteRange> split_sentences(std::string_view text, std::size_t begin, std::size_t end,
                                       const std::vector<ByteRange>& opaque = {});

}  // namespace pith::detail
