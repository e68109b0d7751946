#include "html/page_signals.h"

#include <string>
#include <string_view>
#include <vector>

#include "html/tag_tables.h"

namespace pith::detail {
namespace {

#include "html/page_type_table.inc"

// A run of like siblings needs this many members to be a list of cards or posts.
constexpr int kMinRun = 3;
// Distinct (tag, first class) kinds followed per parent; more are ignored (bounded work on a
// hostile parent with thousands of differently named children).
constexpr std::size_t kMaxKinds = 32;
// A post holds prose: at least this many characters on average, little of it links
// (a teaser card's one line and a menu item's link are not posts).
constexpr int kMinPostChars = 120;
constexpr double kMaxPostLinkShare = 0.3;
// A price is a short text: "$19.99", "From 24,90 €" (a sentence that mentions a sum is not).
constexpr std::size_t kMaxPriceChars = 32;
// A paragraph of an article's body, not a teaser's line (see PageSignals::long_paragraphs).
constexpr int kLongParagraph = 200;

std::string lower(std::string_view s) {
  std::string l(s);
  for (char& c : l)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
  return l;
}

PageType ld_vote(std::string_view t) {
  // "https://schema.org/Product" and "schema:Product" name the type after the last / or :.
  const std::size_t cut = t.find_last_of("/:");
  if (cut != std::string_view::npos) t.remove_prefix(cut + 1);
  for (const LdTypeVote& v : kLdTypes)
    if (v.type == t) return v.vote;
  return PageType::kUnknown;
}

// Every "@type" value of a JSON-LD script: a string or an array of strings. A scan, not a
// parse: bad JSON still says what types it names.
void count_ld_types(std::string_view s, PageSignals& out) {
  for (std::size_t p = s.find("\"@type\""); p != std::string_view::npos; p = s.find("\"@type\"", p + 1)) {
    std::size_t k = p + 7;
    while (k < s.size() && (s[k] == ' ' || s[k] == '\n' || s[k] == '\r' || s[k] == '\t' || s[k] == ':' || s[k] == '['))
      ++k;
    // One string, or the strings of an array, up to its ']'.
    while (k < s.size() && s[k] == '"') {
      const std::size_t e = s.find('"', k + 1);
      if (e == std::string_view::npos) return;
      const std::string_view t = s.substr(k + 1, e - k - 1);
      const PageType v = ld_vote(t);
      if (v != PageType::kUnknown) ++out.ld[static_cast<std::size_t>(v)];
      if (t == "Product" || t.find("/Product") != std::string_view::npos) ++out.ld_products;
      k = e + 1;
      while (k < s.size() && (s[k] == ' ' || s[k] == ',' || s[k] == '\n' || s[k] == '\t')) ++k;
    }
  }
}

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// "$19.99", "19,99 €", "£ 5": a currency sign next to a digit (a space between allowed).
bool looks_like_price(std::string_view t) {
  if (t.size() > kMaxPriceChars) return false;
  for (std::string_view sign : kCurrencySigns) {
    for (std::size_t p = t.find(sign); p != std::string_view::npos; p = t.find(sign, p + 1)) {
      std::size_t a = p + sign.size();
      if (a < t.size() && t[a] == ' ') ++a;
      if (a < t.size() && is_digit(t[a])) return true;
      std::size_t b = p;
      if (b > 0 && t[b - 1] == ' ') --b;
      if (b > 0 && is_digit(t[b - 1])) return true;
    }
  }
  return false;
}

bool is_cart_text(const std::string& text) {
  if (text.empty() || text.size() > 60) return false;
  const std::string l = lower(text);
  for (std::string_view p : kCartPhrases)
    if (l.find(p) != std::string::npos) return true;
  return false;
}

bool names_post(const std::string& cls) {
  const std::string l = lower(cls);
  for (std::string_view w : kPostWords)
    if (l.find(w) != std::string::npos) return true;
  return false;
}

// What the subtree of each node holds, children before parents.
struct Facts {
  int text = 0, link = 0;
  bool linked = false, media = false, heading = false, price = false, timed = false;
};

void add_child(Facts& p, const Facts& c) {
  p.text += c.text;
  p.link += c.link;
  p.linked |= c.linked;
  p.media |= c.media;
  p.heading |= c.heading;
  p.price |= c.price;
  p.timed |= c.timed;
}

// The first class token, or "" (class="post odd" and class="post even" are one kind).
std::string_view first_class(const Node& n) {
  const std::string* c = attr(n, "class");
  if (!c) return {};
  std::string_view v(*c);
  const std::size_t b = v.find_first_not_of(' ');
  if (b == std::string_view::npos) return {};
  v.remove_prefix(b);
  return v.substr(0, v.find(' '));
}

struct Kind {
  std::string_view name, cls;
  int members = 0, cards = 0, priced = 0, text = 0, link = 0, first = -1;
  int attributed = 0;  // members with a link (the poster's name) or a <time>
};

// Runs of like children of one parent: cards (a link with a picture or heading) and posts.
void weigh_children(const Document& d, int parent, const std::vector<Facts>& f, PageSignals& out,
                    std::vector<Kind>& kinds, int& best_post_text, int& card_text, int& first_post) {
  kinds.clear();
  for (int c = d.nodes[static_cast<std::size_t>(parent)].first_child; c >= 0;
       c = d.nodes[static_cast<std::size_t>(c)].next_sibling) {
    const Node& cn = d.nodes[static_cast<std::size_t>(c)];
    if (cn.is_text) continue;
    const Facts& cf = f[static_cast<std::size_t>(c)];
    const std::string_view cls = first_class(cn);
    Kind* k = nullptr;
    for (Kind& x : kinds)
      if (x.name == cn.name && x.cls == cls) k = &x;
    if (!k) {
      if (kinds.size() >= kMaxKinds) continue;
      kinds.push_back(Kind{cn.name, cls});
      k = &kinds.back();
      k->first = c;
    }
    ++k->members;
    k->text += cf.text;
    k->link += cf.link;
    if (cf.linked && (cf.media || cf.heading)) ++k->cards;
    if (cf.price) ++k->priced;
    if (cf.linked || cf.timed) ++k->attributed;
  }
  for (const Kind& k : kinds) {
    if (k.members < kMinRun) continue;
    if (k.cards >= kMinRun && k.cards > out.cards) {
      out.cards = k.cards;
      out.priced_cards = k.priced;
      card_text = k.text;
    }
    // Each post says who wrote it or when: a bare list of long paragraphs is no thread.
    const bool prose = k.text >= kMinPostChars * k.members &&
                       k.link <= kMaxPostLinkShare * k.text && 2 * k.attributed >= k.members;
    if (prose && !k.cls.empty() && names_post(std::string(k.cls)) && k.text > best_post_text) {
      best_post_text = k.text;
      out.posts = k.members;
      first_post = k.first;
    }
  }
}

int first_heading(const Document& d) {
  for (std::size_t i = 1; i < d.nodes.size(); ++i)
    if (!d.nodes[i].is_text && d.nodes[i].name == "h1") return static_cast<int>(i);
  return -1;
}

// Non-link characters of the text nodes after node `from`'s subtree and before node `to`: an
// article's body between its headline and its comment thread; on a forum the thread follows
// its title at once ("Re: Which glue for oak?" then the first post).
int prose_between(const Document& d, const std::vector<Facts>& f, int from, int to) {
  if (from < 0 || to < 0 || to <= from) return 0;
  int prose = 0;
  for (int i = from == 0 ? 1 : subtree_end(d, from); i < to; ++i) {
    const Node& node = d.nodes[static_cast<std::size_t>(i)];
    if (!node.is_text) continue;
    // Inside a link? Links are short: look up at most a few ancestors.
    bool linked = false;
    int p = node.parent;
    for (int up = 0; up < 4 && p > 0; ++up, p = d.nodes[static_cast<std::size_t>(p)].parent)
      if (d.nodes[static_cast<std::size_t>(p)].name == "a") linked = true;
    if (!linked) prose += f[static_cast<std::size_t>(i)].text;
  }
  return prose;
}

}  // namespace

PageSignals read_page_signals(const Document& d) {
  PageSignals out;
  for (const std::string& s : d.scripts_ld_json) count_ld_types(s, out);
  for (const auto& [key, value] : d.metas) {
    if (key != "og:type") continue;
    const std::string v = lower(value);
    for (const OgTypeVote& o : kOgTypes)
      if (o.type == v) out.og = o.vote;
    break;
  }
  const std::size_t n = d.nodes.size();
  std::vector<Facts> f(n);
  for (std::size_t i = n; i-- > 1;) {
    const Node& node = d.nodes[i];
    Facts& me = f[i];
    if (node.is_text) {
      const Node& p = d.nodes[static_cast<std::size_t>(node.parent)];
      if (is_pruned_element(p.name)) continue;
      std::string t;
      bool space = true;
      append_collapsed(node.text, t, space);
      if (!t.empty() && t.back() == ' ') t.pop_back();
      me.text = static_cast<int>(t.size());
      me.price = looks_like_price(t);
      if (me.price) ++out.prices;
    } else if (!is_pruned_element(node.name)) {
      const std::string& t = node.name;
      // Its descendants came first (reverse document order): an <a>'s text is all link.
      if (t == "a") {
        me.linked = true;
        me.link = me.text;
      }
      if (t == "img" || t == "picture" || t == "svg") me.media = true;
      if (t.size() == 2 && t[0] == 'h' && t[1] >= '2' && t[1] <= '6') me.heading = true;
      if (t == "pre") ++out.pre;
      if (t == "code") ++out.code;
      if (t == "article") ++out.articles;
      if (t == "time") me.timed = true;
    } else {
      continue;
    }
    if (node.parent > 0) add_child(f[static_cast<std::size_t>(node.parent)], me);
  }
  // Then, parents before children: buy buttons, the page's text, runs of like children.
  std::vector<Kind> kinds;
  int best_post_text = 0, card_text = 0, first_post = -1;
  for (std::size_t i = 1; i < n; ++i) {
    const Node& node = d.nodes[i];
    if (node.is_text) continue;
    if ((node.name == "button" || node.name == "a") && f[i].text <= 60 &&
        is_cart_text(inner_text(d, static_cast<int>(i), 80)))
      ++out.cart;
    if (node.name == "input") {
      const std::string* v = attr(node, "value");
      if (v && is_cart_text(*v)) ++out.cart;
    }
    if (is_pruned_element(node.name)) continue;
    if (node.name == "body") out.page_text = f[i].text;
    if (node.name == "p" && f[i].text - f[i].link >= kLongParagraph) ++out.long_paragraphs;
    weigh_children(d, static_cast<int>(i), f, out, kinds, best_post_text, card_text, first_post);
  }
  // No <h1> (an old table layout): the prose before the posts counts from the top.
  const int h1 = first_heading(d);
  out.post_lead = prose_between(d, f, h1 >= 0 ? h1 : 0, first_post);
  if (out.page_text > 0) {
    out.post_share = static_cast<double>(best_post_text) / out.page_text;
    out.card_share = static_cast<double>(card_text) / out.page_text;
  }
  return out;
}

}  // namespace pith::detail
