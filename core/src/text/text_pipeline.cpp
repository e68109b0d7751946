#include "text/text_pipeline.h"

#include "text/normalize.h"
#include "text/repair.h"

namespace pith::detail {

// Minimal version: every blank-line paragraph is body. The full engine replaces this file.
void clean_plain_text(std::string_view input, const Options& options, Article& out) {
  Normalized norm = normalize_text(input, options.repairs);
  out.edits = norm.edits;
  const std::string& t = norm.text;
  std::size_t i = 0;
  while (i < t.size()) {
    while (i < t.size() && (t[i] == '\n' || t[i] == ' ' || t[i] == '\t')) ++i;
    if (i >= t.size()) break;
    std::size_t j = t.find("\n\n", i);
    if (j == std::string::npos) j = t.size();
    std::size_t e = j;
    while (e > i && (t[e - 1] == ' ' || t[e - 1] == '\n' || t[e - 1] == '\t')) --e;
    if (!out.text.empty()) out.text += "\n\n";
    Block b;
    b.text = t.substr(i, e - i);
    b.start = out.text.size();
    out.text += b.text;
    b.end = out.text.size();
    out.blocks.push_back(std::move(b));
    i = j;
  }
}

}  // namespace pith::detail
