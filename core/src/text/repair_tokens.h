// Tokens of a block for the repairs: words, runs of spaces, line breaks and single marks, with
// byte offsets. Shared by the context builder and the block repairs.
#pragma once
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace pith::detail {

enum class TokKind { kWord, kSpace, kNewline, kMark };

// Offsets are 32-bit: blocks are capped far below 4 GiB (Options::max_input_bytes), and a
// 32 MiB one-line paste makes millions of tokens.
struct Tok {
  TokKind kind = TokKind::kMark;
  std::uint32_t start = 0;
  std::uint32_t end = 0;
  bool has_digit = false;   // words only
  bool has_joiner = false;  // words only: an inner apostrophe, hyphen or period ("O'Neill")
};

// Words are runs of letters, digits and combining marks, joined across one inner apostrophe,
// hyphen or period between word characters ("O'Neill", "Baden-Baden", "e.g"). Spaces are runs
// of ' ' and '\t'.
std::vector<Tok> tokenize_block(std::string_view s);

// Word shape helpers on one token's text.
bool is_lowercase_word(std::string_view w);    // every letter lowercase, no digits
bool is_capitalised_word(std::string_view w);  // upper first letter, the rest lowercase
std::size_t count_code_points(std::string_view w);
char32_t first_cp(std::string_view w);
char32_t last_cp(std::string_view w);

}  // namespace pith::detail
