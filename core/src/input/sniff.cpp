#include "input/sniff.h"

#include <cctype>
#include <string>

namespace pith::detail {

namespace {
bool starts_with_ci(std::string_view s, std::size_t i, std::string_view word) {
  if (i + word.size() > s.size()) return false;
  for (std::size_t k = 0; k < word.size(); ++k) {
    if (std::tolower(static_cast<unsigned char>(s[i + k])) != word[k]) return false;
  }
  return true;
}
}  // namespace

bool looks_like_html(std::string_view s) {
  std::size_t i = 0;
  if (s.substr(0, 3) == "\xEF\xBB\xBF") i = 3;
  // Skip whitespace and leading comments (<!-- saved from url=... -->), a bounded number of times.
  for (int guard = 0; guard < 16; ++guard) {
    while (i < s.size() && std::isspace(static_cast<unsigned char>(s[i]))) ++i;
    if (starts_with_ci(s, i, "<!--")) {
      std::size_t e = s.find("-->", i + 4);
      if (e == std::string_view::npos) return false;
      i = e + 3;
      continue;
    }
    break;
  }
  if (i >= s.size() || s[i] != '<') return false;
  for (std::string_view tag : {"<!doctype html", "<html", "<head", "<body", "<?xml", "<meta",
                               "<title", "<div", "<article", "<p>", "<p ", "<section"}) {
    if (starts_with_ci(s, i, tag)) return true;
  }
  return false;
}

}  // namespace pith::detail
