#include "html/html_text.h"

namespace pith::detail {

// Minimal version: drops tags, breaks blocks at tags. The full HTML stage replaces this file.
HtmlText html_to_text(std::string_view html) {
  HtmlText out;
  bool in_tag = false;
  for (char c : html) {
    if (c == '<') { in_tag = true; out.text += "\n\n"; continue; }
    if (c == '>') { in_tag = false; continue; }
    if (!in_tag) out.text.push_back(c);
  }
  return out;
}

}  // namespace pith::detail
