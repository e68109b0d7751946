#include "html/code_blocks.h"

#include <string_view>

namespace pith::detail {
namespace {

#include "html/code_table.inc"

constexpr std::size_t kMaxLanguage = 32;

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
  return out;
}

bool language_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' || c == '#' || c == '-' ||
         c == '_' || c == '.';
}

std::string language_of(const Node& n) {
  const std::string* cls = attr(n, "class");
  if (!cls) return {};
  const std::string l = lower(*cls);
  for (std::size_t i = 0; i < l.size();) {
    std::size_t e = l.find(' ', i);
    if (e == std::string::npos) e = l.size();
    const std::string_view tok = std::string_view(l).substr(i, e - i);
    for (std::string_view p : kLanguagePrefixes) {
      if (tok.size() <= p.size() || tok.substr(0, p.size()) != p) continue;
      std::string lang;
      for (char c : tok.substr(p.size())) {
        if (!language_char(c) || lang.size() >= kMaxLanguage) break;
        lang.push_back(c);
      }
      if (!lang.empty()) return lang;
    }
    i = e + 1;
  }
  return {};
}

// The first element inside `pre` (a <code> wrapping the whole block), within a few nodes.
int first_element(const Document& d, int pre) {
  const int end = subtree_end(d, pre);
  for (int i = pre + 1; i < end && i < pre + 4; ++i)
    if (!d.nodes[static_cast<std::size_t>(i)].is_text) return i;
  return -1;
}

}  // namespace

bool is_code_pre(const Document& d, int pre) {
  const int end = subtree_end(d, pre);
  for (int i = pre + 1; i < end; ++i)
    if (!d.nodes[static_cast<std::size_t>(i)].is_text && d.nodes[static_cast<std::size_t>(i)].name == "code")
      return true;
  const Node& n = d.nodes[static_cast<std::size_t>(pre)];
  if (!language_of(n).empty()) return true;
  const std::string* cls = attr(n, "class");
  if (!cls) return false;
  const std::string l = lower(*cls);
  for (std::string_view w : kCodeClassWords)
    if (l.find(w) != std::string::npos) return true;
  return false;
}

std::string code_language(const Document& d, int pre) {
  std::string lang = language_of(d.nodes[static_cast<std::size_t>(pre)]);
  if (!lang.empty()) return lang;
  const int c = first_element(d, pre);
  return c >= 0 ? language_of(d.nodes[static_cast<std::size_t>(c)]) : std::string();
}

}  // namespace pith::detail
