#include <string>

#include "html/content.h"
#include "html/tables.h"
#include "html/tag_tables.h"

namespace pith::detail {
namespace {

constexpr double kArticleShare = 0.5;

void sub(Measure& a, const Measure& b) {
  a.text -= b.text; a.link -= b.link; a.commas -= b.commas; a.p -= b.p; a.img -= b.img;
  a.li -= b.li; a.input -= b.input; a.embed -= b.embed; a.rows -= b.rows;
  a.heading_text -= b.heading_text; a.list_text -= b.list_text;
}
void add(Measure& a, const Measure& b) {
  a.text += b.text; a.link += b.link; a.commas += b.commas; a.p += b.p; a.img += b.img;
  a.li += b.li; a.input += b.input; a.embed += b.embed; a.rows += b.rows;
  a.heading_text += b.heading_text; a.list_text += b.list_text;
}

// Readability's "clean conditionally": a container inside the article goes when it looks
// like navigation or a widget: mostly links ("More stories: A | B | C"), more list items
// than paragraphs, an image strip, a form, or a bare embed. Returns why, or kNone to keep it.
Drop removal_reason(const Node& n, const Measure& m, const ClassVerdict& v, bool in_figure, bool cards) {
  const int weight = v.weight;
  if (weight < 0) return v.reason == Drop::kNone ? Drop::kWidget : v.reason;
  // A listing's cards are links with a picture and a line: only forms and embeds go.
  if (cards) {
    if (m.input > m.p / 3 || (m.embed == 1 && m.text < 75) || m.embed > 1) return Drop::kWidget;
    return Drop::kNone;
  }
  if (m.commas >= 10) return Drop::kNone;
  bool is_list = n.name == "ul" || n.name == "ol";
  if (!is_list && m.text > 0 && static_cast<double>(m.list_text) / m.text > 0.9) is_list = true;
  int li = m.li - 100;
  double ld = link_density(m);
  double heading_density = m.text > 0 ? static_cast<double>(m.heading_text) / m.text : 0;
  if (!in_figure && m.img > 1 && m.img > 0 && static_cast<double>(m.p) / m.img < 0.5)
    return Drop::kWidget;  // an image strip
  if (!is_list && li > m.p) return ld >= 0.5 ? Drop::kLinkList : Drop::kLongList;
  if (m.input > m.p / 3) return Drop::kWidget;  // a form
  if (!is_list && heading_density < 0.9 && m.text < 25 && (m.img == 0 || m.img > 2) && !in_figure)
    return Drop::kLowScore;
  if ((!is_list && weight < 25 && ld > 0.2) || (weight >= 25 && ld > 0.5)) return Drop::kLinkList;
  if ((m.embed == 1 && m.text < 75) || m.embed > 1) return Drop::kWidget;
  return Drop::kNone;
}

// Most of the chosen prose, little of it links: the article's own wrapper, never a widget.
bool holds_article(const Measure& m, double root_prose) {
  double prose = m.text - m.link;
  return root_prose > 0 && prose >= kArticleShare * root_prose;
}

bool is_cleanable(const std::string& t) {
  return t == "form" || t == "fieldset" || t == "table" || t == "ul" || t == "div" ||
         t == "section";
}

bool has_share_token(const Node& n) {
  for (const char* a : {"class", "id"}) {
    const std::string* v = attr(n, a);
    if (!v) continue;
    std::string l = *v;
    for (char& c : l)
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
    for (std::size_t p = l.find("share"); p != std::string::npos; p = l.find("share", p + 1)) {
      bool left = p == 0 || l[p - 1] == ' ' || l[p - 1] == '_' || l[p - 1] == '-';
      std::size_t e = p + 5;
      if (l.compare(e, 5, "daddy") == 0) e += 5;
      bool right = e >= l.size() || l[e] == ' ' || l[e] == '_' || l[e] == '-';
      if (left && right) return true;
    }
  }
  return false;
}

std::string simplify(const std::string& s) {
  std::string out;
  for (char c : s) {
    unsigned char u = static_cast<unsigned char>(c);
    if (u >= 0x80 || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z')) out.push_back(c);
    else if (c >= 'A' && c <= 'Z') out.push_back(static_cast<char>(c + 32));
  }
  return out;
}

}  // namespace

// The verdict worked out when the element was built (tree.cpp make_element).
ClassVerdict class_verdict(const Node& n, const SelectFlags& f) {
  ClassVerdict v;
  v.weight = class_weight(n, f);
  v.unlikely = n.class_unlikely;
  v.prune = n.class_prune;
  v.reason = n.class_reason;
  return v;
}

int class_weight(const Node& n, const SelectFlags& f) {
  if (f.posts_are_content && n.class_post && n.class_weight < 0) return 0;
  return n.class_weight;
}

void clean_content(Document& d, const std::vector<int>& roots, const SelectFlags& f,
                   const std::string& title) {
  std::vector<Measure> m = measure(d);
  std::string want = simplify(title);
  bool title_dropped = false;
  // A container holding most of the chosen text is the article's own wrapper: the class
  // words and densities below are weighed against the prose it would take away.
  double root_prose = 0;
  for (int root : roots) root_prose += m[static_cast<std::size_t>(root)].text - m[static_cast<std::size_t>(root)].link;
  for (int root : roots) {
    int end = subtree_end(d, root);
    // Ancestor context inside this root: figure / code / data table protect their content.
    std::vector<char> protect(static_cast<std::size_t>(end - root), 0);
    // Data tables keep their cells: the test the block stage uses (html/tables.cpp), once per table.
    std::vector<signed char> data(static_cast<std::size_t>(end - root), -1);
    auto is_data = [&](int t) {
      signed char& v = data[static_cast<std::size_t>(t - root)];
      if (v < 0) v = is_data_table(d, t) ? 1 : 0;
      return v == 1;
    };
    for (int i = root + 1; i < end; ++i) {
      const Node& n = d.nodes[static_cast<std::size_t>(i)];
      int p = n.parent;
      char pr = p > root ? protect[static_cast<std::size_t>(p - root)] : 0;
      const Node& pn = d.nodes[static_cast<std::size_t>(p)];
      if (pn.name == "figure") pr |= 1;
      if (pn.name == "code" || pn.name == "pre") pr |= 2;
      if (pn.name == "table" && p >= root && is_data(p)) pr |= 2;
      protect[static_cast<std::size_t>(i - root)] = pr;
      // The article's own headline repeated at the top of the body.
      if (!title_dropped && !want.empty() && !n.removed && (n.name == "h1" || n.name == "h2") &&
          simplify(inner_text(d, i, 1000)) == want) {
        d.nodes[static_cast<std::size_t>(i)].removed = true;
        d.nodes[static_cast<std::size_t>(i)].reason = Drop::kDuplicateTitle;
        title_dropped = true;
      }
    }
    // Children before parents; `lost` carries what removed descendants took away.
    std::vector<Measure> lost(static_cast<std::size_t>(end - root));
    for (int i = end - 1; i >= root; --i) {
      Node& n = d.nodes[static_cast<std::size_t>(i)];
      std::size_t k = static_cast<std::size_t>(i - root);
      Measure eff = m[static_cast<std::size_t>(i)];
      sub(eff, lost[k]);
      Drop why = Drop::kNone;
      if (!n.is_text && !n.removed && i != root) {
        char pr = protect[k];
        ClassVerdict v;
        if (f.weight_classes) v = class_verdict(n, f);
        if ((n.name == "h1" || n.name == "h2") && v.weight < 0)
          why = v.reason == Drop::kNone ? Drop::kWidget : v.reason;
        else if (has_share_token(n) && eff.text < 500) why = Drop::kSocial;
        else if (f.clean_conditionally && is_cleanable(n.name) && !(pr & 2) &&
                 !(n.name == "table" && is_data(i)) && !holds_article(eff, root_prose))
          why = removal_reason(n, eff, v, pr & 1, f.cards_are_content);
      }
      if (i == root) break;
      std::size_t pk = static_cast<std::size_t>(n.parent - root);
      if (why != Drop::kNone) {
        n.removed = true;
        // A bare measure (too short, too many links) says less than the element's own words
        // (class="site-menu" read by prune): those name what went.
        if (n.reason == Drop::kNone ||
            (why != Drop::kLowScore && why != Drop::kLinkList && why != Drop::kLongList))
          n.reason = why;
        add(lost[pk], eff);
        add(lost[pk], lost[k]);
      } else {
        add(lost[pk], lost[k]);
      }
    }
  }
}

}  // namespace pith::detail
