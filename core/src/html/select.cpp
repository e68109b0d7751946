#include <algorithm>
#include <unordered_map>

#include "html/content.h"
#include "html/tag_tables.h"

namespace pith::detail {
namespace {

constexpr double kMaxSiblingLinkDensity = 0.33;

// Readability's starting score per tag: a <div> is a likely container, a list or a heading
// is not.
double tag_base_score(const std::string& t) {
  if (t == "div" || t == "article" || t == "main") return 5;
  if (t == "pre" || t == "td" || t == "blockquote") return 3;
  if (t == "address" || t == "ol" || t == "ul" || t == "dl" || t == "dd" || t == "dt" ||
      t == "li" || t == "form")
    return -3;
  if ((t.size() == 2 && t[0] == 'h' && t[1] >= '1' && t[1] <= '6') || t == "th") return -5;
  return 0;
}

bool is_heading(const std::string& n) {
  return n.size() == 2 && n[0] == 'h' && n[1] >= '1' && n[1] <= '6';
}

// Elements whose own text is scored as one paragraph. On a listing, a list item is one entry
// of the list ("Compilers by language (12)") and counts too.
bool is_scored_unit(const Node& n, const Measure& m, bool cards) {
  const std::string& t = n.name;
  if (cards && t == "li") return true;
  if (t == "p" || t == "pre" || t == "td" || t == "section" || (is_heading(t) && t != "h1")) return true;
  // A <div> (or <section>) holding only phrasing content is a paragraph in disguise.
  if ((t == "div" || t == "section") && !m.block_child) return true;
  return false;
}

struct Scorer {
  const Document& d;
  const std::vector<Measure>& m;
  const SelectFlags& f;
  std::unordered_map<int, double> score;

  double& candidate(int i) {
    auto it = score.find(i);
    if (it != score.end()) return it->second;
    const Node& n = d.nodes[static_cast<std::size_t>(i)];
    double s = tag_base_score(n.name);
    if (f.weight_classes) s += class_weight(n, f);
    return score.emplace(i, s).first->second;
  }

  // Adds a paragraph's score to five generations of ancestors: full to the parent, half to
  // the grandparent, then score / (level * 3).
  void add_unit(int first_ancestor, int text, int commas) {
    if (text < 25) return;
    double s = 1 + commas + std::min(text / 100, 3);
    int a = first_ancestor;
    for (int level = 0; level < 5 && a > 0; ++level) {
      const Node& an = d.nodes[static_cast<std::size_t>(a)];
      // <html> is never a candidate (Readability stops below it too): paragraphs placed
      // straight in <body> scored their grandparent <html>, which could win and take the page.
      if (an.parent < 0 || an.name == "html") break;
      double div = level == 0 ? 1 : level == 1 ? 2 : level * 3;
      candidate(a) += s / div;
      a = an.parent;
    }
  }
};

// Runs of phrasing content directly inside a container, split at block children and at
// "<br><br>" ("First para.<br><br>Second para." in an old blog post is two paragraphs, as
// Readability's br replacement makes it). Returns false when there was nothing to split.
struct Run {
  int text = 0, commas = 0;
};
bool phrasing_runs(const Document& d, const std::vector<Measure>& m, int i, std::vector<Run>& runs) {
  runs.clear();
  Run cur;
  bool split = false;
  int brs = 0;  // consecutive <br> seen, whitespace between them ignored
  auto flush = [&] {
    if (cur.text > 0) runs.push_back(cur);
    cur = Run{};
  };
  for (int c = d.nodes[static_cast<std::size_t>(i)].first_child; c >= 0;
       c = d.nodes[static_cast<std::size_t>(c)].next_sibling) {
    const Node& cn = d.nodes[static_cast<std::size_t>(c)];
    if (cn.removed) continue;
    const Measure& cm = m[static_cast<std::size_t>(c)];
    if (!cn.is_text && cn.name == "br") {
      if (++brs == 2) {
        flush();
        split = true;
      }
      continue;
    }
    if (cn.is_text && cm.text <= 1) continue;  // whitespace between <br>s
    brs = 0;
    if (!cn.is_text && is_block_element(cn.name)) {
      flush();
      split = true;
      continue;
    }
    cur.text += cm.text;
    cur.commas += cm.commas;
  }
  flush();
  return split;
}

// The parent of `i` when `i` is one of a run of like siblings (same tag and class, three or
// more): a listing's card; else `i`.
int card_grid(const Document& d, int i) {
  const Node& n = d.nodes[static_cast<std::size_t>(i)];
  if (n.parent <= 0) return i;
  const std::string* cls = attr(n, "class");
  int like = 0;
  for (int c = d.nodes[static_cast<std::size_t>(n.parent)].first_child; c >= 0;
       c = d.nodes[static_cast<std::size_t>(c)].next_sibling) {
    const Node& cn = d.nodes[static_cast<std::size_t>(c)];
    if (cn.is_text || cn.removed || cn.name != n.name) continue;
    const std::string* cc = attr(cn, "class");
    if ((cls == nullptr) == (cc == nullptr) && (!cls || *cls == *cc)) ++like;
  }
  return like >= 3 && d.nodes[static_cast<std::size_t>(n.parent)].name != "body" ? n.parent : i;
}

int find_body(const Document& d) {
  for (std::size_t i = 0; i < d.nodes.size() && i < 4096; ++i)
    if (!d.nodes[i].is_text && d.nodes[i].name == "body") return static_cast<int>(i);
  return 0;
}

}  // namespace

std::vector<int> select_content(const Document& d, const std::vector<Measure>& m,
                                const SelectFlags& f) {
  Scorer sc{d, m, f, {}};
  std::vector<Run> runs;
  const int n = static_cast<int>(d.nodes.size());
  for (int i = 1; i < n;) {
    const Node& node = d.nodes[static_cast<std::size_t>(i)];
    if (node.removed) {
      i = subtree_end(d, i);
      continue;
    }
    if (!node.is_text) {
      const Measure& me = m[static_cast<std::size_t>(i)];
      bool container = node.name == "div" || node.name == "article";
      bool split = container && phrasing_runs(d, m, i, runs);
      if (split) {
        for (const Run& r : runs) sc.add_unit(i, r.text, r.commas);
      } else if (is_scored_unit(node, me, f.cards_are_content)) {
        sc.add_unit(node.parent, me.text, me.commas);
      }
    }
    ++i;
  }
  int body = find_body(d);
  // Final score: scaled down by how much of the candidate is link text.
  std::vector<std::pair<double, int>> ranked;
  ranked.reserve(sc.score.size());
  // A listing is links: there they weigh half.
  const double link_weight = f.cards_are_content ? 0.5 : 1.0;
  for (auto& [idx, s] : sc.score) {
    s *= 1.0 - link_weight * link_density(m[static_cast<std::size_t>(idx)]);
    ranked.emplace_back(s, idx);
  }
  std::sort(ranked.begin(), ranked.end(), [](const auto& a, const auto& b) {
    return a.first > b.first || (a.first == b.first && a.second < b.second);
  });
  if (ranked.empty()) return {body};
  int top = ranked[0].second;
  double top_score = ranked[0].first;
  if (top == body || top <= 0) return {body};

  auto parent_of = [&](int i) { return d.nodes[static_cast<std::size_t>(i)].parent; };
  // Several near-equal candidates under one ancestor (an article split into sections):
  // take the ancestor that holds at least three of them.
  std::vector<int> alts;
  for (std::size_t k = 1; k < ranked.size() && k < 5; ++k)
    if (ranked[k].first / top_score >= 0.75) alts.push_back(ranked[k].second);
  if (alts.size() >= 3) {
    for (int p = parent_of(top); p > 0 && p != body; p = parent_of(p)) {
      int holders = 0;
      for (int a : alts)
        for (int q = a; q > 0; q = parent_of(q))
          if (q == p) { ++holders; break; }
      if (holders >= 3) { top = p; break; }
    }
  }
  auto score_of = [&](int i) {
    auto it = sc.score.find(i);
    return it == sc.score.end() ? -1e9 : it->second;
  };
  // Climb while the parent scores higher (the candidate was one section of the article).
  {
    double last = score_of(top);
    if (last < -1e8) last = top_score;
    double threshold = last / 3;
    for (int p = parent_of(top); p > 0 && p != body; p = parent_of(p)) {
      double ps = score_of(p);
      if (ps < -1e8) continue;
      if (ps < threshold) break;
      if (ps > last) { top = p; break; }
      last = ps;
    }
  }
  // An only child says nothing on its own: use the parent.
  for (int p = parent_of(top); p > 0 && p != body; p = parent_of(top)) {
    const Node& pn = d.nodes[static_cast<std::size_t>(p)];
    int elements = 0;
    for (int c = pn.first_child; c >= 0; c = d.nodes[static_cast<std::size_t>(c)].next_sibling) {
      const Node& cn = d.nodes[static_cast<std::size_t>(c)];
      if (cn.removed) continue;
      if (!cn.is_text) ++elements;
      else if (m[static_cast<std::size_t>(c)].text > 1) elements += 2;
    }
    if (elements != 1) break;
    top = p;
  }
  // On a listing the best candidate is often one card of many: take the grid that holds them.
  if (f.cards_are_content) top = card_grid(d, top);
  top_score = std::max(score_of(top), top_score);
  // Siblings that look like more of the same article.
  std::vector<int> out;
  int parent = parent_of(top);
  if (parent < 0) return {top};
  double threshold = std::max(10.0, top_score * 0.2);
  const std::string* top_cls = attr(d.nodes[static_cast<std::size_t>(top)], "class");
  for (int c = d.nodes[static_cast<std::size_t>(parent)].first_child; c >= 0;
       c = d.nodes[static_cast<std::size_t>(c)].next_sibling) {
    const Node& cn = d.nodes[static_cast<std::size_t>(c)];
    if (cn.removed || cn.is_text) continue;
    if (c == top) { out.push_back(c); continue; }
    double bonus = 0;
    const std::string* cls = attr(cn, "class");
    if (top_cls && cls && !cls->empty() && *cls == *top_cls) bonus = top_score * 0.2;
    double s = score_of(c);
    const Measure& me = m[static_cast<std::size_t>(c)];
    // A sibling that is mostly links is a "more stories" box, not more of the article.
    bool append = s > -1e8 && s + bonus >= threshold && link_density(me) < kMaxSiblingLinkDensity;
    if (!append && cn.name == "p") {
      double ld = link_density(me);
      if (me.text > 80 && ld < 0.25) append = true;
      else if (me.text < 80 && me.text > 0 && ld == 0) {
        std::string t = inner_text(d, c, 400);
        append = t.find(". ") != std::string::npos || (!t.empty() && t.back() == '.');
      }
    }
    if (append) out.push_back(c);
  }
  return out;
}

}  // namespace pith::detail
