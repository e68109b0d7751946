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
bool is_hidden(const Node& n, const SelectFlags& f) {
  if (f.honour_hidden && attr(n, "hidden")) return true;
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

// Why a node would go before the text it holds is weighed (see prune()).
enum class Verdict : char { kKeep, kLandmark, kPruneWord, kUnlikely };

// A node whose kept prose is at least this share of the page's, and that holds an <h1>, is a
// layout wrapper whatever its class says; at kWholePageShare an "unlikely" class word is
// overruled even without an <h1>.
constexpr double kWrapperShare = 0.5;
constexpr double kWholePageShare = 0.8;

void drop(Node& n, Drop why) {
  n.removed = true;
  n.reason = why;
}

// A word-matched element always gets a reason; the fallback is never reached with the table
// as it is.
Drop or_widget(Drop r) { return r == Drop::kNone ? Drop::kWidget : r; }

bool is_unlikely_role(const std::string& r) {
  return r == "menu" || r == "menubar" || r == "complementary" || r == "navigation" ||
         r == "alert" || r == "alertdialog" || r == "dialog";
}

int find_body_node(const Document& d) {
  for (std::size_t i = 0; i < d.nodes.size() && i < 4096; ++i)
    if (!d.nodes[i].is_text && d.nodes[i].name == "body") return static_cast<int>(i);
  return 0;
}

// nav, footer, aside, dialog, menu, header by their first letter (a cheap pre-test).
bool maybe_landmark(const std::string& n) {
  char c = n.empty() ? 0 : n[0];
  return c == 'n' || c == 'f' || c == 'a' || c == 'd' || c == 'm' || c == 'h';
}

// What the class, id, role and tag of a visible element say, before any text is weighed.
Verdict judge(const Node& node, const SelectFlags& f, char protect) {
  // Most elements have no class, id or role and are no landmark: nothing to say.
  if (node.attrs.empty() && !node.class_prune && !node.class_unlikely && !maybe_landmark(node.name))
    return Verdict::kKeep;
  // On a forum the thread is the page: class="comment-list" holds the posts.
  if (f.posts_are_content && node.class_post && !is_landmark_element(node.name)) return Verdict::kKeep;
  if (f.prune_landmarks && is_landmark_element(node.name)) return Verdict::kLandmark;
  const std::string* role = attr(node, "role");
  if (role && *role == "navigation") return Verdict::kLandmark;
  bool structural = node.name == "body" || node.name == "html" || node.name == "a" ||
                    node.name == "article" || node.name == "main";
  if (node.class_prune && !structural) return Verdict::kPruneWord;
  if (!f.strip_unlikely || structural || (protect & kInTable)) return Verdict::kKeep;
  if (role && is_unlikely_role(*role)) return Verdict::kUnlikely;
  // A site <header> (logo, menu) goes; an <article>'s own header holds its headline and
  // standfirst and stays.
  if (f.prune_landmarks && node.name == "header" && !(protect & kInArticle)) return Verdict::kLandmark;
  return node.class_unlikely ? Verdict::kUnlikely : Verdict::kKeep;
}

// Why an element judge() condemned goes (removed[].reason), in judge's order.
Drop verdict_reason(const Node& node, Verdict v, const SelectFlags& f) {
  const std::string* role = attr(node, "role");
  switch (v) {
    case Verdict::kLandmark:
      if (f.prune_landmarks && is_landmark_element(node.name)) return landmark_reason(node.name);
      return role && *role == "navigation" ? Drop::kNavigation : Drop::kHeader;
    case Verdict::kUnlikely:
      if (role && is_unlikely_role(*role)) return role_reason(*role);
      return or_widget(node.class_reason);
    case Verdict::kPruneWord: return or_widget(node.class_reason);
    case Verdict::kKeep: break;
  }
  return Drop::kNone;
}

// What a kept element looks like (its class/id words, tag or role), in case it ends up outside
// the article. The page-wide wrappers say nothing about the parts left out
// ("<body class=has-sidebar>").
Drop kept_reason(const Node& node) {
  if (node.name == "body" || node.name == "html") return Drop::kNone;
  if (node.class_reason != Drop::kNone) return node.class_reason;
  if (Drop r = landmark_reason(node.name); r != Drop::kNone) return r;
  const std::string* role = attr(node, "role");
  return role ? role_reason(*role) : Drop::kNone;
}

}  // namespace

void prune(Document& d, const SelectFlags& f, int byline_node, std::vector<Measure>* visible) {
  const std::size_t n = d.nodes.size();
  // 1. What a reader never sees (script, style, hidden nodes), and 2. what class words,
  // roles and landmarks say of each visible element. protect: inside a table or code block,
  // where class names say little (Readability), or inside an article.
  std::vector<Verdict> verdict(n, Verdict::kKeep);
  std::vector<char> protect(n, 0);
  std::size_t judged = 0;  // elements with a verdict other than kKeep
  d.nodes[0].removed = false;
  d.nodes[0].reason = Drop::kNone;
  for (std::size_t i = 1; i < n; ++i) {
    Node& node = d.nodes[i];
    const Node& p = d.nodes[static_cast<std::size_t>(node.parent)];
    node.removed = p.removed;
    node.reason = Drop::kNone;
    if (node.removed || node.is_text) continue;
    bool shown_noscript = d.noscript_markup && node.name == "noscript";
    if (is_pruned_element(node.name) && !shown_noscript) {
      drop(node, pruned_element_reason(node.name));
      continue;
    }
    if (is_hidden(node, f)) {
      drop(node, Drop::kHidden);
      continue;
    }
    char pr = protect[static_cast<std::size_t>(node.parent)];
    const char c = p.name.empty() ? 0 : p.name[0];
    if ((c == 't' && p.name == "table") || (c == 'c' && p.name == "code")) pr |= kInTable;
    if ((c == 'a' && p.name == "article") || (c == 'm' && p.name == "main")) pr |= kInArticle;
    protect[i] = pr;
    verdict[i] = judge(node, f, pr);
    if (verdict[i] != Verdict::kKeep) ++judged;
    if (!node.attrs.empty() || maybe_landmark(node.name)) node.reason = kept_reason(node);
  }
  if (byline_node > 0 && static_cast<std::size_t>(byline_node) < n) {
    if (!d.nodes[static_cast<std::size_t>(byline_node)].removed) ++judged;
  }
  if (judged == 0) return;
  // 3. Weigh each verdict against the prose it would remove, children first. A node's kept
  // prose leaves out descendants that go themselves, so the wrapper of a comment thread
  // (class="post-comments" around class="comment-list") is not mistaken for the page, while
  // class="container sidebar-right", "page-wrap sticky-footer" or "newsletter-email" around
  // the whole article only named what the page has, not what the node is.
  std::vector<Measure> own;
  if (!visible || visible->size() != n) (visible ? *visible : own) = measure(d);
  const std::vector<Measure>& m = visible ? *visible : own;
  const std::size_t body = static_cast<std::size_t>(find_body_node(d));
  const double page = m[body].text - m[body].link;
  std::vector<int> prose(n, 0);       // non-link characters in kept descendants
  std::vector<char> headline(n, 0);   // an <h1> among kept descendants
  for (std::size_t i = n; i-- > 1;) {
    const Node& node = d.nodes[i];
    if (node.removed) continue;
    if (node.is_text) prose[i] = m[i].text - m[i].link;
    else if (node.name == "h1") headline[i] = 1;
    if (verdict[i] != Verdict::kKeep && page > 0) {
      // An "unlikely" word on a node around nearly all the page's text (counted before
      // anything inside it is pruned) needs no <h1>: class="page_frame with_header".
      bool whole = verdict[i] == Verdict::kUnlikely && m[i].text - m[i].link >= kWholePageShare * page;
      if (prose[i] >= kWrapperShare * page && (headline[i] || whole)) verdict[i] = Verdict::kKeep;
    }
    if (verdict[i] != Verdict::kKeep) continue;  // goes: adds nothing to its parent
    std::size_t p = static_cast<std::size_t>(node.parent);
    prose[p] += prose[i];
    headline[p] |= headline[i];
  }
  // 4. Remove, top-down (a removed node's subtree goes with it).
  for (std::size_t i = 1; i < n; ++i) {
    Node& node = d.nodes[i];
    if (d.nodes[static_cast<std::size_t>(node.parent)].removed) {
      node.removed = true;
      node.reason = Drop::kNone;  // goes with its parent, for the parent's reason
    }
    if (node.removed || node.is_text) continue;
    if (static_cast<int>(i) == byline_node) drop(node, Drop::kByline);
    else if (verdict[i] != Verdict::kKeep) drop(node, verdict_reason(node, verdict[i], f));
  }
}

}  // namespace pith::detail
