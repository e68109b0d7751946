#include "text/normalize.h"

#include <algorithm>

#include "common/utf8.h"
#include "text/mojibake.h"

namespace pith::detail {

std::size_t Normalized::to_input(std::size_t pos) const {
  if (anchors.empty()) return pos;
  auto it = std::upper_bound(anchors.begin(), anchors.end(), pos,
                             [](std::size_t p, const auto& a) { return p < a.first; });
  if (it == anchors.begin()) return pos;
  --it;
  return it->second + (pos - it->first);
}

namespace {

// What happens to one input character.
enum class Action { kKeep, kDrop, kSpace, kNewline };

// Zero-width joiners are kept between non-ASCII characters: they build emoji sequences
// ("👨‍👩‍👧") and Persian or Indic spellings. Between ASCII letters they are paste debris.
bool ascii_or_edge(std::string_view s, std::size_t i) {
  return i >= s.size() || static_cast<unsigned char>(s[i]) < 0x80;
}

Action classify(char32_t c, std::string_view in, std::size_t i, std::size_t len) {
  if (c == '\n' || c == '\t') return Action::kKeep;
  if (c < 0x20 || c == 0x7F) {
    // Vertical tab and form feed separate lines in word-processor pastes ("line\vline").
    return (c == '\v' || c == '\f') ? Action::kNewline : Action::kDrop;
  }
  if (c < 0x80) return Action::kKeep;
  if (c == 0x85 || c == 0x2028 || c == 0x2029) return Action::kNewline;
  if (c >= 0x80 && c <= 0x9F) return Action::kDrop;  // C1 controls
  if (c == 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200A) || c == 0x202F || c == 0x205F ||
      c == 0x3000) {
    return Action::kSpace;
  }
  // Soft hyphen, zero-width space, word joiner, BOM / zero-width no-break space, Mongolian
  // vowel separator: invisible, and they break word matching ("cor\u00ADrespondent").
  if (c == 0xAD || c == 0x200B || c == 0x2060 || c == 0xFEFF || c == 0x180E) return Action::kDrop;
  if (c == 0x200C || c == 0x200D) {
    const bool ascii_before = i == 0 || static_cast<unsigned char>(in[i - 1]) < 0x80;
    return (ascii_before && ascii_or_edge(in, i + len)) ? Action::kDrop : Action::kKeep;
  }
  return Action::kKeep;
}

void hex_byte(std::string& out, unsigned char b) {
  static const char kHex[] = "0123456789ABCDEF";
  out += "\\x";
  out.push_back(kHex[b >> 4]);
  out.push_back(kHex[b & 15]);
}

// Copies text, writing invalid bytes as "\xNN" so an edit's `before` is always valid UTF-8.
void append_escaped(std::string& out, std::string_view s) {
  for (std::size_t i = 0; i < s.size();) {
    std::size_t len = 0;
    const char32_t c = decode_utf8(s, i, len);
    if (c == kReplacementChar && len == 1 && static_cast<unsigned char>(s[i]) >= 0x80) {
      hex_byte(out, static_cast<unsigned char>(s[i]));
    } else {
      out.append(s.substr(i, len));
    }
    i += len;
  }
}

// Past this many separate edits of one kind the text is in another encoding altogether (a
// Latin-1 file: every accent is an invalid byte) and listing each change helps nobody: later
// changes extend the last edit of that kind instead, gap included, so every change is still
// recorded and memory stays proportional to the input.
constexpr std::size_t kMaxSeparateEdits = 1000;

// Which edit a kind is currently growing, and where its output ends.
struct EditSlot {
  std::size_t index = static_cast<std::size_t>(-1);
  std::size_t out_end = 0;
  std::size_t count = 0;
};

class Builder {
 public:
  Builder(std::string_view in, Normalized& out) : in_(in), out_(out) {}

  // Emits `text` for input bytes [i, i + len). Changes in length move the identity shift, so an
  // anchor marks where the next character starts in both texts.
  void emit(std::string_view text, std::size_t i, std::size_t len) {
    out_.text.append(text);
    if (text.size() != len) out_.anchors.emplace_back(out_.text.size(), i + len);
  }

  // Records the change of input bytes [i, i + len) just emitted as `after`.
  void edit(EditSlot& slot, const char* kind, std::size_t i, std::size_t len,
            std::string_view before, std::string_view after) {
    const bool have = slot.index < out_.edits.size();
    // Adjacent changes of one kind ("cafÃ©" then "Ã¨") read better as one edit.
    if (have && (out_.edits[slot.index].input_end == i || slot.count >= kMaxSeparateEdits)) {
      Edit& e = out_.edits[slot.index];
      append_escaped(e.before, in_.substr(e.input_end, i - e.input_end));
      e.before.append(before);
      e.after.append(std::string_view(out_.text).substr(slot.out_end));
      e.input_end = i + len;
      slot.out_end = out_.text.size();
      return;
    }
    Edit e;
    e.kind = kind;
    e.before = std::string(before);
    e.after = std::string(after);
    e.input_start = i;
    e.input_end = i + len;
    slot.index = out_.edits.size();
    slot.out_end = out_.text.size();
    ++slot.count;
    out_.edits.push_back(std::move(e));
  }

 private:
  std::string_view in_;
  Normalized& out_;
};

}  // namespace

Normalized normalize_text(std::string_view input, const RepairOptions& options) {
  Normalized out;
  out.text.reserve(input.size());
  out.anchors.emplace_back(0, 0);
  Builder b(input, out);
  EditSlot invalid_slot, mojibake_slot;
  const bool fix_mojibake = options.mojibake && text_shows_mojibake(input);
  std::string scratch;
  for (std::size_t i = 0; i < input.size();) {
    const auto byte = static_cast<unsigned char>(input[i]);
    if (byte >= 0x20 && byte < 0x7F) {  // ASCII fast path
      std::size_t j = i + 1;
      while (j < input.size()) {
        const auto c = static_cast<unsigned char>(input[j]);
        if (c < 0x20 || c >= 0x7F) break;
        ++j;
      }
      out.text.append(input.substr(i, j - i));
      i = j;
      continue;
    }
    if (byte == '\r') {  // CRLF and lone CR become one LF
      const std::size_t len = (i + 1 < input.size() && input[i + 1] == '\n') ? 2 : 1;
      b.emit("\n", i, len);
      i += len;
      continue;
    }
    std::size_t len = 0;
    char32_t c = 0;
    bool repaired = false;
    if (fix_mojibake && byte == 0xC3) {
      c = decode_mojibake(input, i, len);
      repaired = c != 0;
    }
    if (!repaired) c = decode_utf8(input, i, len);
    if (c == kReplacementChar && len == 1 && byte >= 0x80) {
      // Invalid byte: shown as U+FFFD, and the edit log says which byte it was.
      scratch.clear();
      hex_byte(scratch, byte);
      b.emit("\xEF\xBF\xBD", i, 1);
      b.edit(invalid_slot, "invalid-utf8", i, 1, scratch, "\xEF\xBF\xBD");
      i += 1;
      continue;
    }
    const Action a = classify(c, input, i, len);
    scratch.clear();
    if (a == Action::kKeep) append_utf8(scratch, c);
    else if (a == Action::kSpace) scratch = " ";
    else if (a == Action::kNewline) scratch = "\n";
    if (repaired) {
      b.emit(scratch, i, len);
      b.edit(mojibake_slot, "mojibake", i, len, input.substr(i, len), scratch);
    } else {
      b.emit(scratch, i, len);
    }
    i += len;
  }
  return out;
}

}  // namespace pith::detail
