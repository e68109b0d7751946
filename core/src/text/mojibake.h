// Mojibake of UTF-8 read as Windows-1252 ("cafÃ©" for "café", "donâ€™t" for "don’t"):
// detection over the whole text and decoding of one garbled sequence.
#pragma once
#include <cstddef>
#include <string_view>

namespace pith::detail {

// If a mojibake sequence starts at byte `i` of `s`, returns the code point it stands for and
// sets `len` to the bytes of `s` it spans; otherwise returns 0.
char32_t decode_mojibake(std::string_view s, std::size_t i, std::size_t& len);

// True when the text as a whole shows the pattern: several garbled sequences and no more
// correctly encoded non-ASCII characters than garbled ones. A single "Ã" in a Portuguese name
// among hundreds of correct accents is not mojibake.
bool text_shows_mojibake(std::string_view s);

}  // namespace pith::detail
