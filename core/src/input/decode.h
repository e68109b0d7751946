// The input's encoding: UTF-16 (little or big endian, found by its byte-order mark or, without
// one, by the NUL bytes every other byte of mostly-Latin UTF-16 text has) is decoded to UTF-8;
// everything else is taken as UTF-8 (invalid bytes are the normaliser's to replace and report).
// A UTF-16 file read as UTF-8 lost every non-ASCII character and said nothing.
#pragma once
#include <string>
#include <string_view>

#include "pith/article.h"

namespace pith::detail {

struct DecodedInput {
  std::string storage;    // the UTF-8 text when the input had to be decoded
  std::string_view text;  // what the engine reads: `storage`, or the input itself
  InputEncoding encoding = InputEncoding::kUtf8;
  bool utf32 = false;     // a UTF-32 byte-order mark: not decoded (an error for the caller)
};

// The byte-order mark stays in the text as U+FEFF (the normaliser drops it from the body), so
// input offsets of UTF-16 input are its byte offsets halved. Unpaired surrogates and an odd
// last byte become U+FFFD, as in a browser's TextDecoder.
DecodedInput decode_input(std::string_view bytes);

}  // namespace pith::detail
