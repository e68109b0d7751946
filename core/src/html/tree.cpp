#include "html/tree.h"

#include <algorithm>
#include <array>
#include <unordered_map>

#include "html/media.h"
#include "html/tag_tables.h"
#include "html/tokenizer.h"

namespace pith::detail {

const std::string* attr(const Node& n, std::string_view name) {
  for (const auto& a : n.attrs)
    if (a.first == name) return &a.second;
  return nullptr;
}

int next_node(const Document& d, int i, bool skip_children) {
  const Node& n = d.nodes[static_cast<std::size_t>(i)];
  if (!skip_children && n.first_child >= 0) return n.first_child;
  while (i >= 0) {
    const Node& m = d.nodes[static_cast<std::size_t>(i)];
    if (m.next_sibling >= 0) return m.next_sibling;
    i = m.parent;
  }
  return -1;
}

namespace {

constexpr std::size_t kImpliedEndReach = 48;

class Builder {
 public:
  explicit Builder(Document& d) : d_(d) {
    Node root;
    root.name = "#root";
    d_.nodes.push_back(std::move(root));
    stack_.push_back(0);
  }

  void start(HtmlToken& t) {
    const std::string& n = t.name;
    at_ = static_cast<std::uint32_t>(t.start);  // elements this tag closes end where it starts
    if (n == "html" && d_.html_lang.empty()) {
      if (const std::string* l = find_attr(t, "lang")) d_.html_lang = *l;
      else if (const std::string* x = find_attr(t, "xml:lang")) d_.html_lang = *x;
    }
    if (n == "meta") {
      const std::string* content = find_attr(t, "content");
      const std::string* key = find_attr(t, "property");
      if (!key) key = find_attr(t, "name");
      if (!key) key = find_attr(t, "itemprop");
      // property="dc:creator og:title" names two keys at once.
      if (content && key && d_.metas.size() < 512) {
        std::size_t b = 0;
        while (b < key->size()) {
          std::size_t e = key->find(' ', b);
          if (e == std::string::npos) e = key->size();
          if (e > b) d_.metas.emplace_back(key->substr(b, e - b), *content);
          b = e + 1;
        }
      }
    }
    if (n == "link" && d_.canonical.empty()) {
      const std::string* rel = find_attr(t, "rel");
      const std::string* href = find_attr(t, "href");
      if (rel && href && *rel == "canonical") d_.canonical = *href;
    }
    if (n == "script") {
      const std::string* type = find_attr(t, "type");
      ld_json_ = type && type->find("ld+json") != std::string::npos;
    }
    if (n == "html" || n == "head" || n == "body") {
      // Only one of each; a second <body> merely adds attributes in a browser.
      if (seen(n)) return;
    }
    if (d_.nodes.size() >= kMaxNodes) return;
    // A title holds no elements: markup ends an unclosed one (see the tokenizer).
    if (top_name() == "title") pop();
    // "<head><title>x</title><div>..." : body content ends an unclosed head.
    if (is_open("head") && !is_head_content(n)) close_nearest("head", {});
    if (in_foreign_ > 0 && breaks_out_of_foreign(n)) leave_foreign();
    implied_end(n);
    implied_table_parts(n);
    bool foreign = in_foreign_ > 0;
    int idx = append(make_element(t));
    Node& e = d_.nodes[static_cast<std::size_t>(idx)];
    e.src_start = static_cast<std::uint32_t>(t.start);
    e.src_end = static_cast<std::uint32_t>(t.end);  // until it is closed
    bool is_void = is_void_element(n) || (foreign && t.self_closing);
    if (is_void) return;
    if (static_cast<int>(stack_.size()) > kMaxDepth) return;  // flatten: never opened
    stack_.push_back(idx);
    ++open_count_[n];
    if (n == "svg" || n == "math") ++in_foreign_;
  }

  void end(const HtmlToken& t) {
    const std::string& n = t.name;
    if (n == "br") {  // "</br>" is a <br> in every browser
      HtmlToken b;
      b.name = "br";
      b.start = t.start;
      b.end = t.end;
      start(b);
      return;
    }
    // "</body>" and "</html>" close nothing in a browser: content after them (a page whose
    // markup closes the body early, then holds the article) still lands in the body.
    if (n == "body" || n == "html") return;
    auto it = open_count_.find(n);
    if (it == open_count_.end() || it->second == 0) return;  // stray end tag: ignored
    // Each pop is paid for by its push, so closing is amortised linear. Elements left open
    // inside end where this end tag starts; the matching one ends after it.
    at_ = static_cast<std::uint32_t>(t.start);
    while (stack_.size() > 1) {
      bool match = d_.nodes[static_cast<std::size_t>(stack_.back())].name == n;
      if (match) at_ = static_cast<std::uint32_t>(t.end);
      pop();
      if (match) break;
    }
  }

  void text(HtmlToken& t) {
    if (ld_json_) {
      if (d_.scripts_ld_json.size() < 32) d_.scripts_ld_json.push_back(t.text);
      ld_json_ = false;
    }
    if (d_.title.empty() && top_name() == "title") d_.title = t.text;
    Node& top = d_.nodes[static_cast<std::size_t>(stack_.back())];
    if (top.last_child >= 0 && d_.nodes[static_cast<std::size_t>(top.last_child)].is_text) {
      Node& last = d_.nodes[static_cast<std::size_t>(top.last_child)];
      last.text += t.text;
      last.src_end = static_cast<std::uint32_t>(t.end);
      return;
    }
    if (d_.nodes.size() >= kMaxNodes) return;  // build_tree stops first; kept as a guard
    Node tn;
    tn.is_text = true;
    tn.text = std::move(t.text);
    tn.src_start = static_cast<std::uint32_t>(t.start);
    tn.src_end = static_cast<std::uint32_t>(t.end);
    append(std::move(tn));
  }

  // Closes what is still open at the end of the input.
  void finish(std::size_t input_size) {
    for (int i : stack_) d_.nodes[static_cast<std::size_t>(i)].src_end = static_cast<std::uint32_t>(input_size);
  }

 private:
  bool seen(const std::string& n) {
    bool& s = n == "html" ? seen_html_ : n == "head" ? seen_head_ : seen_body_;
    bool was = s;
    s = true;
    return was;
  }
  const std::string& top_name() const { return d_.nodes[static_cast<std::size_t>(stack_.back())].name; }

  Node make_element(HtmlToken& t) {
    Node e;
    e.name = t.name;
    for (auto& a : t.attrs)
      if (is_kept_attribute(a.first) || is_media_attribute(t.name, a.first))
        e.attrs.emplace_back(std::move(a.first), std::move(a.second));
    const std::string* cls = attr(e, "class");
    const std::string* id = attr(e, "id");
    if (cls || id) {
      ClassVerdict v = classify_class_id(cls ? *cls : std::string_view(), id ? *id : std::string_view());
      e.class_weight = static_cast<short>(v.weight);
      e.class_unlikely = v.unlikely;
      e.class_prune = v.prune;
      e.class_reason = v.reason;
      e.class_post = v.post;
    }
    return e;
  }

  int append(Node&& node) {
    int idx = static_cast<int>(d_.nodes.size());
    int parent = stack_.back();
    node.parent = parent;
    d_.nodes.push_back(std::move(node));
    Node& p = d_.nodes[static_cast<std::size_t>(parent)];
    if (p.last_child >= 0) d_.nodes[static_cast<std::size_t>(p.last_child)].next_sibling = idx;
    else p.first_child = idx;
    p.last_child = idx;
    return idx;
  }

  void pop() {
    d_.nodes[static_cast<std::size_t>(stack_.back())].src_end = at_;
    const std::string& n = d_.nodes[static_cast<std::size_t>(stack_.back())].name;
    --open_count_[n];
    if (n == "svg" || n == "math") --in_foreign_;
    stack_.pop_back();
  }

  static bool is_head_content(const std::string& n) {
    return n == "meta" || n == "link" || n == "title" || n == "script" || n == "style" ||
           n == "base" || n == "noscript" || n == "template";
  }

  bool is_open(const char* n) {
    auto it = open_count_.find(n);
    return it != open_count_.end() && it->second > 0;
  }

  // Pops up to and including the nearest open `n`, unless a `barrier` element comes first.
  // The walk looks at most kImpliedEndReach elements up, so "<p><button>" followed by
  // thousands of nested tags and <div>s stays linear.
  void close_nearest(const char* n, std::initializer_list<const char*> barriers) {
    if (!is_open(n)) return;
    std::size_t floor = stack_.size() > kImpliedEndReach ? stack_.size() - kImpliedEndReach : 1;
    for (std::size_t k = stack_.size(); k-- > floor;) {
      const std::string& name = d_.nodes[static_cast<std::size_t>(stack_[k])].name;
      if (name == n) {
        while (stack_.size() > k) pop();
        return;
      }
      for (const char* b : barriers)
        if (name == b) return;
    }
  }

  // An HTML element inside <svg>/<math> closes them, as a browser does: an unclosed
  // "<svg onload=...>" in a page's <head> swallowed the whole article, which was then pruned
  // with the <svg> (the attack set's 19-json-ld.html). Inside foreignObject, desc, mtext... the
  // content is HTML and stays. The look up is bounded like close_nearest.
  void leave_foreign() {
    while (in_foreign_ > 0) {
      const std::size_t floor = stack_.size() > kImpliedEndReach ? stack_.size() - kImpliedEndReach : 1;
      std::size_t at = 0;
      for (std::size_t k = stack_.size(); k-- > floor;) {
        const std::string& name = d_.nodes[static_cast<std::size_t>(stack_[k])].name;
        if (is_html_integration_point(name)) return;
        if (name == "svg" || name == "math") {
          at = k;
          break;
        }
      }
      if (at == 0) return;  // further up than the reach: left as it is
      while (stack_.size() > at) pop();
    }
  }

  // The end tags HTML lets authors omit: "<p>one<p>two", "<li>a<li>b", "<td>1<td>2".
  void implied_end(const std::string& n) {
    if (closes_paragraph(n)) close_nearest("p", {"td", "th", "button", "table", "li", "blockquote"});
    if (n == "li") close_nearest("li", {"ul", "ol", "menu"});
    if (n == "dt" || n == "dd") {
      close_nearest("dt", {"dl"});
      close_nearest("dd", {"dl"});
    }
    if (n == "option") close_nearest("option", {"select"});
    if (n == "tr") close_nearest("tr", {"table"});
    if (n == "td" || n == "th") {
      close_nearest("td", {"tr", "table"});
      close_nearest("th", {"tr", "table"});
    }
    if (n == "a") close_nearest("a", {"div", "p", "li", "td"});
    if (n.size() == 2 && n[0] == 'h' && n[1] >= '1' && n[1] <= '6') {
      const std::string& t = top_name();
      if (t.size() == 2 && t[0] == 'h' && t[1] >= '1' && t[1] <= '6') pop();
    }
  }

  // The table parts HTML lets authors omit: "<table><tr><td>" builds table > tbody > tr > td
  // in a browser. Without the implied <tbody>, scores a cell passes up reach the page-level
  // <table> one generation sooner than in a browser, so an old table-layout page's whole
  // table outscored the cell holding its article.
  void implied_table_parts(const std::string& n) {
    if (n == "tbody" || n == "thead" || n == "tfoot") {
      close_nearest("tbody", {"table"});
      close_nearest("thead", {"table"});
      close_nearest("tfoot", {"table"});
      return;
    }
    if (in_foreign_ > 0) return;
    bool cell = n == "td" || n == "th";
    if ((n == "tr" || cell) && top_name() == "table") open_implied("tbody");
    const std::string& t = top_name();
    if (cell && (t == "tbody" || t == "thead" || t == "tfoot")) open_implied("tr");
  }

  void open_implied(const char* name) {
    if (d_.nodes.size() >= kMaxNodes || static_cast<int>(stack_.size()) > kMaxDepth) return;
    Node e;
    e.name = name;
    e.src_start = e.src_end = at_;  // implied where the tag that implies it starts
    stack_.push_back(append(std::move(e)));
    ++open_count_[name];
  }

  Document& d_;
  std::vector<int> stack_;
  std::unordered_map<std::string, int> open_count_;
  int in_foreign_ = 0;
  std::uint32_t at_ = 0;  // where elements popped now end in the input
  bool ld_json_ = false;
  bool seen_html_ = false, seen_head_ = false, seen_body_ = false;
};

}  // namespace

Document build_tree(std::string_view html, bool noscript_markup) {
  Document d;
  d.noscript_markup = noscript_markup;
  d.nodes.reserve(html.size() / 40 + 16);
  Builder b(d);
  Tokenizer tk(html, noscript_markup);
  HtmlToken t;
  while (true) {
    // Past the node cap the page is pathological (10^6 tags): stop rather than glue the rest
    // of its text into one node, and let the caller report what was not read.
    if (d.nodes.size() >= kMaxNodes) {
      d.cut_at = tk.position();
      break;
    }
    if (!tk.next(t)) break;
    switch (t.type) {
      case TokenType::kStartTag: b.start(t); break;
      case TokenType::kEndTag: b.end(t); break;
      case TokenType::kText: b.text(t); break;
      default: break;
    }
  }
  b.finish(std::min(html.size(), d.cut_at));
  // A subtree is a contiguous index range; its end is its last child's end.
  d.ends.resize(d.nodes.size());
  for (std::size_t i = d.nodes.size(); i-- > 0;) {
    int last = d.nodes[i].last_child;
    d.ends[i] = last >= 0 ? d.ends[static_cast<std::size_t>(last)] : static_cast<int>(i) + 1;
  }
  return d;
}

}  // namespace pith::detail

namespace pith::detail {

namespace {
// Per byte: 1 for ASCII whitespace, 2 for 0xC2 (U+00A0 no-break space is C2 A0 and renders as
// a space), else 0.
constexpr std::array<std::uint8_t, 256> kSpaceByte = [] {
  std::array<std::uint8_t, 256> k{};
  for (unsigned char c : {' ', '\n', '\t', '\r', '\f'}) k[c] = 1;
  k[0xC2] = 2;
  return k;
}();

// Length of the whitespace at s[k] (0 if none).
std::size_t space_at(std::string_view s, std::size_t k) {
  const std::uint8_t t = kSpaceByte[static_cast<unsigned char>(s[k])];
  if (t == 2) return k + 1 < s.size() && s[k + 1] == '\xA0' ? 2 : 0;
  return t;
}
}  // namespace

void append_collapsed(std::string_view s, std::string& out, bool& space) {
  // Runs of visible bytes are copied whole; a run of spaces becomes one.
  std::size_t k = 0;
  while (k < s.size()) {
    const std::size_t b = k;
    while (k < s.size() && (kSpaceByte[static_cast<unsigned char>(s[k])] == 0 || space_at(s, k) == 0)) ++k;
    if (k > b) {
      out.append(s.data() + b, k - b);
      space = false;
    }
    if (k >= s.size()) break;
    for (std::size_t w; k < s.size() && (w = space_at(s, k)) != 0;) k += w;
    if (!space && !out.empty()) out.push_back(' ');
    space = true;
  }
}

int subtree_end(const Document& d, int i) { return d.ends[static_cast<std::size_t>(i)]; }

std::string inner_text(const Document& d, int i, std::size_t cap) {
  std::string out;
  bool space = true;
  // A subtree is a contiguous index range: nodes are stored in document order.
  int end = subtree_end(d, i);
  const std::size_t unbounded = static_cast<std::size_t>(-1);
  std::size_t nodes = cap == unbounded ? unbounded : cap * kTextWalkNodesPerByte + 64;
  for (int j = i; j < end && out.size() < cap && nodes-- > 0;) {
    const Node& n = d.nodes[static_cast<std::size_t>(j)];
    if (n.removed && j != i) {
      j = subtree_end(d, j);
      continue;
    }
    if (n.is_text) append_collapsed(n.text, out, space);
    ++j;
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

}  // namespace pith::detail
