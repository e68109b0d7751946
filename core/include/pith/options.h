// Options: every default and limit of the engine in one place. JSON names are the camelCase
// spelling of each field (see docs/schema.md); the codec rejects unknown names.
#pragma once
#include <cstddef>
#include <string>

namespace pith {

enum class InputFormat { kAuto, kText, kHtml };

// One switch per repair kind so a user can turn off a repair they disagree with.
struct RepairOptions {
  bool split_glued_words = true;      // "BidenXi" -> "Biden Xi"
  bool space_before_punctuation = true;  // "and , perhaps" -> "and, perhaps"
  bool collapse_spaces = true;        // "a   b" -> "a b"
  bool stray_letter = true;           // "wanted b to see" -> "wanted to see"
  bool doubled_word = true;           // "the the" -> "the"
  bool mojibake = true;               // "â€™" -> "’" when the whole text shows the pattern
};

// The largest max_input_bytes the engine accepts (the JSON option's ceiling too): its internal
// offsets are 32-bit, and the 2 GiB wasm memory could not hold more input and working copies.
inline constexpr std::size_t kMaxInputBytesLimit = std::size_t{1} << 30;

struct Options {
  InputFormat input_format = InputFormat::kAuto;
  bool markdown = false;  // formats: ["markdown"]
  bool html = false;      // formats: ["html"]
  bool quotes = true;     // run the quote engine inside clean()
  // 32 MiB: far above any real article, far below wasm's 2 GiB memory ceiling.
  // Never above kMaxInputBytesLimit (1 GiB): the engine's offsets are 32-bit.
  std::size_t max_input_bytes = 32u * 1024u * 1024u;
  RepairOptions repairs;
  std::string url;  // the page address, when the caller knows it (extension, CLI --url)
};

}  // namespace pith
