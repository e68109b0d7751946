#include "html/element_path.h"

#include <algorithm>

#include "html/tokenizer.h"

namespace pith::detail {
namespace {

constexpr std::size_t kPartChars = 24;  // per tag name, id and class

bool css_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
         c == '_';
}

// The leading identifier characters of `s`, at most kPartChars; empty when it would not be a
// CSS identifier (it starts with a digit).
std::string_view ident(std::string_view s) {
  std::size_t n = 0;
  while (n < s.size() && n < kPartChars && css_char(s[n])) ++n;
  if (n == 0 || (s[0] >= '0' && s[0] <= '9') || (s[0] == '-' && n > 1 && s[1] >= '0' && s[1] <= '9'))
    return {};
  return s.substr(0, n);
}

std::string_view first_class(std::string_view cls) {
  std::size_t b = cls.find_first_not_of(" \t\n\r\f");
  if (b == std::string_view::npos) return {};
  std::size_t e = cls.find_first_of(" \t\n\r\f", b);
  return cls.substr(b, e == std::string_view::npos ? std::string_view::npos : e - b);
}


}  // namespace

void append_path_part(std::string_view name, std::string_view id, std::string_view cls,
                      std::string& out) {
  std::string_view tag = ident(name);
  out.append(tag.empty() ? std::string_view("*") : tag);
  std::string_view i = ident(id);
  if (!i.empty()) out.append("#").append(i);
  std::string_view c = ident(first_class(cls));
  if (!c.empty()) out.append(".").append(c);
}

std::string node_path(const Document& d, int i) {
  int chain[kPathParts];  // innermost first
  int n = 0;
  if (i > 0 && d.nodes[static_cast<std::size_t>(i)].is_text) i = d.nodes[static_cast<std::size_t>(i)].parent;
  for (; i > 0 && n < kPathParts; i = d.nodes[static_cast<std::size_t>(i)].parent) {
    if (d.nodes[static_cast<std::size_t>(i)].name == "html") break;
    chain[n++] = i;
  }
  std::string out;
  while (n-- > 0) {
    const Node& e = d.nodes[static_cast<std::size_t>(chain[n])];
    std::string_view id, cls;
    for (const auto& a : e.attrs) {
      if (a.first == "id") id = a.second;
      else if (a.first == "class") cls = a.second;
    }
    if (!out.empty()) out += '>';
    append_path_part(e.name, id, cls, out);
  }
  return out;
}

std::string source_path(std::string_view html, const std::vector<std::uint32_t>& tags_at) {
  std::vector<std::string> parts;  // innermost first
  HtmlToken t;
  for (std::uint32_t at : tags_at) {
    if (static_cast<int>(parts.size()) >= kPathParts || at >= html.size()) break;
    Tokenizer tk(html.substr(at));
    if (!tk.next(t) || t.type != TokenType::kStartTag || t.name == "html") break;
    const std::string* id = find_attr(t, "id");
    const std::string* cls = find_attr(t, "class");
    parts.emplace_back();
    append_path_part(t.name, id ? std::string_view(*id) : std::string_view(),
                     cls ? std::string_view(*cls) : std::string_view(), parts.back());
  }
  std::string out;
  for (std::size_t k = parts.size(); k-- > 0;) {
    if (!out.empty()) out += '>';
    out += parts[k];
  }
  return out;
}

}  // namespace pith::detail
