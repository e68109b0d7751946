// Iterative HTML tokenizer: start/end tags with attributes, text, comments, doctype. Raw-text
// elements (script, style...) are scanned to their end tag so "</div>" inside a script string
// stays script text. One pass, no backtracking: linear in the input.
#pragma once
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace pith::detail {

enum class TokenType { kStartTag, kEndTag, kText, kComment, kDoctype, kEnd };

// Not "Token": common/names.h's word token lives in this namespace too, and two classes of one
// name break the one-definition rule: the linker keeps one copy of each std::vector<Token>
// member, so code built for one layout ran on the other (an -Os wasm build crashed on every
// second HTML page).
struct HtmlToken {
  TokenType type = TokenType::kEnd;
  std::string name;  // lower-case tag name
  std::vector<std::pair<std::string, std::string>> attrs;  // lower-case names, decoded values
  bool self_closing = false;
  std::string text;  // kText: decoded text (raw for script/style); kComment: comment body
  std::size_t start = 0, end = 0;  // the token's bytes in the input: [start, end)
};

// Attribute values longer than this are cut: only class, id, style and meta content are
// read, and a 10 MB data: URI must not be copied around.
inline constexpr std::size_t kMaxAttrValue = 16 * 1024;

class Tokenizer {
 public:
  // noscript_markup: parse <noscript> content as markup (as a browser with scripting off
  // does) instead of raw text.
  explicit Tokenizer(std::string_view html, bool noscript_markup = false)
      : in_(html), noscript_markup_(noscript_markup) {}
  // Fills `t` with the next token; returns false at the end of the input.
  bool next(HtmlToken& t);
  // Byte offset of the next token's start.
  std::size_t position() const { return pos_; }

 private:
  bool raw_text(HtmlToken& t);
  void tag(HtmlToken& t, bool end);
  std::string_view in_;
  std::size_t pos_ = 0;
  std::string raw_end_;  // when non-empty: inside a raw-text element with this name
  bool raw_decode_ = false;  // title/textarea: text with references but no tags
  bool noscript_markup_ = false;
};

const std::string* find_attr(const HtmlToken& t, std::string_view name);

}  // namespace pith::detail
