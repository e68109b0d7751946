#include <string>

#include "html/content.h"
#include "html/tag_tables.h"

namespace pith::detail {
namespace {

bool contains_ci(const std::string& s, std::string_view what) {
  std::string l(s);
  for (char& c : l)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
  std::string compact;
  for (char c : l)
    if (c != ' ') compact.push_back(c);
  return compact.find(what) != std::string::npos;
}

// style="display:none", hidden, aria-hidden="true": invisible in a browser, so not article
// text (an image fallback with aria-hidden is still kept, as Readability does).
bool is_hidden(const Node& n) {
  if (attr(n, "hidden")) return true;
  if (const std::string* s = attr(n, "style"))
    if (contains_ci(*s, "display:none") || contains_ci(*s, "visibility:hidden")) return true;
  if (const std::string* a = attr(n, "aria-hidden"))
    if (*a == "true") {
      const std::string* c = attr(n, "class");
      if (!c || c->find("fallback-image") == std::string::npos) return true;
    }
  return false;
}

enum : char { kInTable = 1, kInArticle = 2 };

bool is_unlikely_role(const std::string& r) {
  return r == "menu" || r == "menubar" || r == "complementary" || r == "navigation" ||
         r == "alert" || r == "alertdialog" || r == "dialog";
}

}  // namespace

void prune(Document& d, const SelectFlags& f, int byline_node) {
  const int n = static_cast<int>(d.nodes.size());
  // protected_[i]: inside a table or code block, where class names say little (Readability).
  std::vector<char> protect(static_cast<std::size_t>(n), 0);
  for (int i = 0; i < n; ++i) {
    Node& node = d.nodes[static_cast<std::size_t>(i)];
    node.removed = false;
    if (node.parent >= 0) {
      const Node& p = d.nodes[static_cast<std::size_t>(node.parent)];
      if (p.removed) {
        node.removed = true;
        continue;
      }
      char pr = protect[static_cast<std::size_t>(node.parent)];
      if (p.name == "table" || p.name == "code") pr |= kInTable;
      if (p.name == "article" || p.name == "main") pr |= kInArticle;
      protect[static_cast<std::size_t>(i)] = pr;
    }
    if (node.is_text || i == 0) continue;
    if (i == byline_node) { node.removed = true; continue; }
    if (is_pruned_element(node.name) || is_hidden(node) ||
        (f.prune_landmarks && is_landmark_element(node.name))) {
      node.removed = true;
      continue;
    }
    const std::string* role = attr(node, "role");
    if (role && *role == "navigation") { node.removed = true; continue; }
    const std::string* cls = attr(node, "class");
    const std::string* id = attr(node, "id");
    ClassVerdict v = classify_class_id(cls ? *cls : std::string(), id ? *id : std::string());
    bool structural = node.name == "body" || node.name == "html" || node.name == "a" ||
                      node.name == "article" || node.name == "main";
    if (v.prune && !structural) { node.removed = true; continue; }
    if (!f.strip_unlikely || structural || (protect[static_cast<std::size_t>(i)] & kInTable))
      continue;
    if (role && is_unlikely_role(*role)) { node.removed = true; continue; }
    // A site <header> (logo, menu) goes; an <article>'s own header holds its headline and
    // standfirst and stays.
    if (v.unlikely || (f.prune_landmarks && node.name == "header" &&
                       !(protect[static_cast<std::size_t>(i)] & kInArticle)))
      node.removed = true;
  }
}

}  // namespace pith::detail
