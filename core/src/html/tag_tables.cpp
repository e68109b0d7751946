#include "html/tag_tables.h"

#include <iterator>
#include <string>
#include <vector>

namespace pith::detail {
namespace {

bool in(std::string_view n, std::initializer_list<std::string_view> list) {
  for (auto s : list)
    if (n == s) return true;
  return false;
}

enum : unsigned { kUnlikely = 1, kMaybe = 2, kPositive = 4, kNegative = 8, kPrune = 16, kToken = 32, kWhole = 64, kPost = 128 };

struct ClassPattern {
  std::string_view text;
  unsigned flags;
  Drop reason = Drop::kNone;
};

constexpr ClassPattern kClassPatterns[] = {
#include "html/class_weight_table.inc"
};

bool is_token_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
}

// Patterns by their first byte, so one pass over the class string finds every match
// (70 patterns searched one by one were a sixth of the HTML path's time).
struct PatternIndex {
  std::vector<unsigned char> by_first[256];
  PatternIndex() {
    for (std::size_t k = 0; k < std::size(kClassPatterns); ++k)
      by_first[static_cast<unsigned char>(kClassPatterns[k].text[0])].push_back(static_cast<unsigned char>(k));
  }
};

// Whether a match of `p` at [b, e) of `s` counts: substrings always; kToken needs a
// non-alphanumeric byte (or the end) on both sides ("ad" in "ad-slot top" but not in "head");
// kWhole needs a space (or the end): "widget" in class="widget sidebar-box", not in
// "elementor-widget-container" or "c-product-widget".
bool counts(const ClassPattern& p, std::string_view s, std::size_t b, std::size_t e) {
  if (p.flags & kWhole) return (b == 0 || s[b - 1] == ' ') && (e >= s.size() || s[e] == ' ');
  if (p.flags & kToken) return (b == 0 || !is_token_char(s[b - 1])) && (e >= s.size() || !is_token_char(s[e]));
  return true;
}

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
  return out;
}

unsigned match_flags(const std::string& s, int& weight, Drop& reason) {
  static const PatternIndex index;
  static_assert(std::size(kClassPatterns) < 256, "pattern ids are bytes");
  unsigned all = 0;
  bool hit[std::size(kClassPatterns)] = {};
  for (std::size_t b = 0; b < s.size(); ++b) {
    for (unsigned char k : index.by_first[static_cast<unsigned char>(s[b])]) {
      const ClassPattern& p = kClassPatterns[k];
      if (hit[k] || s.compare(b, p.text.size(), p.text) != 0) continue;
      if (counts(p, s, b, b + p.text.size())) hit[k] = true;
    }
  }
  bool pos = false, neg = false;
  for (std::size_t k = 0; k < std::size(kClassPatterns); ++k) {
    if (!hit[k]) continue;
    const ClassPattern& p = kClassPatterns[k];
    all |= p.flags;
    if (p.reason != Drop::kNone && (reason == Drop::kNone || p.reason < reason)) reason = p.reason;
    if (p.flags & kPositive) pos = true;
    if (p.flags & kNegative) neg = true;
  }
  weight += (pos ? 25 : 0) - (neg ? 25 : 0);
  return all;
}

}  // namespace

bool is_void_element(std::string_view n) {
  return in(n, {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
                "param", "source", "track", "wbr", "keygen", "basefont", "bgsound", "frame"});
}

bool is_kept_attribute(std::string_view n) {
  return in(n, {"id", "class", "style", "hidden", "aria-hidden", "role", "rel", "itemprop",
                "datetime", "href", "type", "content", "name", "property", "src", "srcset",
                "alt", "width", "height", "colspan", "rowspan"});
}

bool closes_paragraph(std::string_view n) {
  return in(n, {"address", "article", "aside", "blockquote", "center", "details", "dialog",
                "dir", "div", "dl", "fieldset", "figcaption", "figure", "footer", "form", "h1",
                "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "main", "menu", "nav",
                "ol", "p", "pre", "section", "summary", "table", "ul", "li", "dd", "dt"});
}

bool is_block_element(std::string_view n) {
  return closes_paragraph(n) ||
         in(n, {"br", "td", "th", "tr", "tbody", "thead", "tfoot", "caption", "body", "html",
                "#root", "option", "select", "textarea", "li", "iframe", "video", "audio",
                "picture", "canvas", "object"});
}

bool is_pruned_element(std::string_view n) {
  return in(n, {"script", "style", "noscript", "template", "svg", "math", "button", "select",
                "textarea", "input", "iframe", "object", "embed", "canvas", "head", "title",
                "meta", "link", "noembed", "noframes"});
}

bool breaks_out_of_foreign(std::string_view n) {
  return in(n, {"b", "big", "blockquote", "body", "br", "center", "code", "dd", "div", "dl", "dt",
                "em", "embed", "h1", "h2", "h3", "h4", "h5", "h6", "head", "hr", "i", "img",
                "li", "listing", "menu", "meta", "nobr", "ol", "p", "pre", "ruby", "s", "small",
                "span", "strong", "strike", "sub", "sup", "table", "tt", "u", "ul", "var"});
}

bool is_html_integration_point(std::string_view n) {
  return in(n, {"foreignobject", "desc", "title", "mi", "mo", "mn", "ms", "mtext", "annotation-xml"});
}

bool is_landmark_element(std::string_view n) {
  return in(n, {"nav", "footer", "aside", "dialog", "menu"});
}

ClassVerdict classify_class_id(std::string_view cls, std::string_view id) {
  ClassVerdict v;
  if (cls.empty() && id.empty()) return v;
  std::string c = lower(cls), i = lower(id);
  unsigned fc = c.empty() ? 0 : match_flags(c, v.weight, v.reason);
  unsigned fi = i.empty() ? 0 : match_flags(i, v.weight, v.reason);
  unsigned f = fc | fi;
  v.unlikely = (f & kUnlikely) && !(f & kMaybe);
  // A post container lists its tags as classes ("hentry tag-sharing tag-cookies"): words
  // that name the article win over widget words.
  v.prune = (f & kPrune) && !(f & (kMaybe | kPositive));
  v.post = (f & kPost) != 0;
  return v;
}

}  // namespace pith::detail
