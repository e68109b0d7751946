#include "html/tokenizer.h"

#include <cstring>

#include "html/entities.h"

namespace pith::detail {
namespace {

bool is_space(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f'; }
bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
char lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c; }

bool starts_with_ci(std::string_view s, std::size_t at, std::string_view prefix) {
  if (at + prefix.size() > s.size()) return false;
  for (std::size_t i = 0; i < prefix.size(); ++i)
    if (lower(s[at + i]) != prefix[i]) return false;
  return true;
}

// Elements whose content is not markup. noscript is here because scripts are off for us
// and its content is an alternative we drop anyway.
bool is_raw_text(std::string_view n) {
  return n == "script" || n == "style" || n == "xmp" || n == "iframe" || n == "noembed" ||
         n == "noframes" || n == "noscript" || n == "plaintext";
}
bool is_rcdata(std::string_view n) { return n == "title" || n == "textarea"; }

// "<" that opens a tag, an end tag or a comment ("<p", "</div", "<!--"); "a < b" is text.
bool starts_markup(std::string_view s, std::size_t lt) {
  if (lt + 2 >= s.size()) return false;
  char n = s[lt + 1];
  return is_alpha(n) || n == '!' || (n == '/' && is_alpha(s[lt + 2]));
}

}  // namespace

const std::string* find_attr(const HtmlToken& t, std::string_view name) {
  for (const auto& a : t.attrs)
    if (a.first == name) return &a.second;
  return nullptr;
}

bool Tokenizer::raw_text(HtmlToken& t) {
  // Find "</name" followed by a delimiter; everything before it is text.
  // A <title> also ends at the first markup it cannot hold, as a recovering parser (lxml)
  // ends it: in "<title>Storm news<meta charset=utf-8></head><body><p>..." with no
  // "</title>", a browser would make the whole document the title and show an empty page.
  const bool title = raw_end_ == "title";
  std::size_t i = pos_;
  std::size_t end = in_.size();
  while (true) {
    std::size_t lt = in_.find(title ? "<" : "</", i);
    if (lt == std::string_view::npos) break;
    std::size_t after = lt + 2 + raw_end_.size();
    if (lt + 1 < in_.size() && in_[lt + 1] == '/' && starts_with_ci(in_, lt + 2, raw_end_) &&
        (after >= in_.size() || is_space(in_[after]) || in_[after] == '>' || in_[after] == '/')) {
      end = lt;
      break;
    }
    if (title && starts_markup(in_, lt)) {
      end = lt;
      break;
    }
    i = lt + (title ? 1 : 2);
  }
  t.type = TokenType::kText;
  t.text.clear();
  if (raw_decode_) append_decoded(in_.substr(pos_, end - pos_), false, t.text);
  else t.text.assign(in_.substr(pos_, end - pos_));
  pos_ = end;
  raw_end_.clear();
  return true;
}

void Tokenizer::tag(HtmlToken& t, bool end) {
  t.type = end ? TokenType::kEndTag : TokenType::kStartTag;
  std::size_t i = pos_ + (end ? 2 : 1);
  while (i < in_.size() && !is_space(in_[i]) && in_[i] != '/' && in_[i] != '>')
    t.name.push_back(lower(in_[i++]));
  // Attributes: name[=value], values quoted or bare. An unterminated quote runs to the end
  // of the input, as in a browser.
  while (i < in_.size()) {
    char c = in_[i];
    if (c == '>') { ++i; break; }
    if (is_space(c)) { ++i; continue; }
    if (c == '/') {
      if (i + 1 < in_.size() && in_[i + 1] == '>') { t.self_closing = true; i += 2; break; }
      ++i;
      continue;
    }
    std::string name;
    while (i < in_.size() && !is_space(in_[i]) && in_[i] != '/' && in_[i] != '>' &&
           (in_[i] != '=' || name.empty()))
      name.push_back(lower(in_[i++]));
    while (i < in_.size() && is_space(in_[i])) ++i;
    std::string value;
    if (i < in_.size() && in_[i] == '=') {
      ++i;
      while (i < in_.size() && is_space(in_[i])) ++i;
      std::size_t vs = i, ve;
      if (i < in_.size() && (in_[i] == '"' || in_[i] == '\'')) {
        char q = in_[i];
        vs = i + 1;
        ve = in_.find(q, vs);
        if (ve == std::string_view::npos) ve = in_.size();
        i = ve < in_.size() ? ve + 1 : ve;
      } else {
        while (i < in_.size() && !is_space(in_[i]) && in_[i] != '>') ++i;
        ve = i;
      }
      std::size_t len = ve - vs;
      if (len > kMaxAttrValue) len = kMaxAttrValue;
      if (!end) append_decoded(in_.substr(vs, len), true, value);
    }
    if (!end && !name.empty() && t.attrs.size() < 64) t.attrs.emplace_back(std::move(name), std::move(value));
  }
  pos_ = i;
  if (!end && !t.self_closing) {
    if (is_raw_text(t.name) && !(noscript_markup_ && t.name == "noscript")) {
      raw_end_ = t.name;
      raw_decode_ = false;
    }
    else if (is_rcdata(t.name)) { raw_end_ = t.name; raw_decode_ = true; }
    if (t.name == "plaintext") raw_end_ = std::string(1, '\0');  // never closes
  }
}

bool Tokenizer::next(HtmlToken& t) {
  // Every return below leaves pos_ after the token: the guard records where it ended.
  struct End {
    HtmlToken& t;
    const std::size_t& pos;
    ~End() { t.end = pos; }
  } guard{t, pos_};
  t.start = pos_;
  t.name.clear();
  t.attrs.clear();
  t.self_closing = false;
  t.text.clear();
  if (pos_ >= in_.size()) { t.type = TokenType::kEnd; return false; }
  if (!raw_end_.empty()) return raw_text(t);
  const char* base = in_.data();
  while (true) {
    const void* p = std::memchr(base + pos_, '<', in_.size() - pos_);
    std::size_t lt = p ? static_cast<std::size_t>(static_cast<const char*>(p) - base) : in_.size();
    // Text run up to the next '<' that starts markup; a lone '<' ("a < b") is text.
    std::size_t scan = lt;
    while (scan < in_.size()) {
      char n = scan + 1 < in_.size() ? in_[scan + 1] : '\0';
      if (is_alpha(n) || n == '/' || n == '!' || n == '?') break;
      const void* q = std::memchr(base + scan + 1, '<', in_.size() - scan - 1);
      scan = q ? static_cast<std::size_t>(static_cast<const char*>(q) - base) : in_.size();
    }
    if (scan > pos_) {
      t.type = TokenType::kText;
      append_decoded(in_.substr(pos_, scan - pos_), false, t.text);
      pos_ = scan;
      return true;
    }
    break;
  }
  // in_[pos_] == '<' and markup follows.
  char n = in_[pos_ + 1];
  if (n == '!') {
    if (starts_with_ci(in_, pos_, "<!--")) {
      std::size_t e = in_.find("-->", pos_ + 4);
      std::size_t stop = e == std::string_view::npos ? in_.size() : e;
      t.type = TokenType::kComment;
      t.text.assign(in_.substr(pos_ + 4, stop - pos_ - 4));
      pos_ = e == std::string_view::npos ? in_.size() : e + 3;
      return true;
    }
    if (starts_with_ci(in_, pos_, "<![cdata[")) {
      // Outside SVG/MathML a CDATA section is a bogus comment in HTML5; browsers do not show
      // its content, so neither do we.
      std::size_t e = in_.find("]]>", pos_ + 9);
      t.type = TokenType::kComment;
      std::size_t stop = e == std::string_view::npos ? in_.size() : e;
      t.text.assign(in_.substr(pos_ + 9, stop - pos_ - 9));
      pos_ = e == std::string_view::npos ? in_.size() : e + 3;
      return true;
    }
    std::size_t e = in_.find('>', pos_);
    std::size_t stop = e == std::string_view::npos ? in_.size() : e;
    t.type = starts_with_ci(in_, pos_, "<!doctype") ? TokenType::kDoctype : TokenType::kComment;
    t.text.assign(in_.substr(pos_ + 2, stop - pos_ - 2));
    pos_ = e == std::string_view::npos ? in_.size() : e + 1;
    return true;
  }
  if (n == '?') {
    std::size_t e = in_.find('>', pos_);
    t.type = TokenType::kComment;
    pos_ = e == std::string_view::npos ? in_.size() : e + 1;
    return true;
  }
  if (n == '/') {
    if (pos_ + 2 < in_.size() && is_alpha(in_[pos_ + 2])) {
      tag(t, true);
      return true;
    }
    // "</>" or "</ 3": a bogus comment up to '>'.
    std::size_t e = in_.find('>', pos_);
    t.type = TokenType::kComment;
    pos_ = e == std::string_view::npos ? in_.size() : e + 1;
    return true;
  }
  tag(t, false);
  return true;
}

}  // namespace pith::detail
