// Stage 1 of the plain-text engine: make the raw input valid, uniform UTF-8 (invalid bytes,
// BOM, line endings, exotic spaces, invisible characters, mojibake) and remember where every
// byte came from so later stages can report offsets into the original input.
#pragma once
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "pith/article.h"
#include "pith/options.h"

namespace pith::detail {

struct Normalized {
  std::string text;
  // Anchors (normalized offset, input offset), sorted by both; between anchors the mapping is
  // the identity shift. Used by to_input().
  std::vector<std::pair<std::size_t, std::size_t>> anchors;
  // Visible changes, input_* offsets set, start/end left kNoOffset for the pipeline:
  //   "invalid-utf8": before = the bytes as "\xNN" escapes, after = one U+FFFD per byte;
  //                   a run of adjacent invalid bytes is one edit.
  //   "mojibake":     before = the garbled text ("â€™"), after = the character it stood for;
  //                   adjacent repairs are one edit ("Ã©Ã¨" -> "éè").
  // Invisible changes (BOM, CRLF/CR, Unicode spaces, zero-width characters, soft hyphens,
  // control characters) are not edits; the anchors keep their offsets exact.
  std::vector<Edit> edits;

  std::size_t to_input(std::size_t normalized_offset) const;
};

Normalized normalize_text(std::string_view input, const RepairOptions& options);

}  // namespace pith::detail
