#include "html/media.h"

#include <string>

#include "html/tokenizer.h"

namespace pith::detail {
namespace {

enum AttrKind { kSrc, kSrcset };
struct LazyAttr {
  std::string_view name;
  AttrKind kind;
};

#include "html/media_table.inc"

constexpr std::size_t kMaxCandidates = 16;
constexpr int kMaxDimension = 100000;

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
  return out;
}

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

bool placeholder(std::string_view src) {
  const std::string l = lower(src);
  if (l.rfind("data:", 0) == 0) return true;
  for (std::string_view w : kPlaceholderWords)
    if (l.find(w) != std::string::npos) return true;
  return false;
}

// "photo.jpg", "photo.JPG?w=640": an image file address.
bool looks_like_image_url(std::string_view v) {
  if (v.empty() || v.size() > 2048 || v.find(' ') != std::string_view::npos) return false;
  std::string l = lower(v);
  const std::size_t cut = l.find_first_of("?#");
  if (cut != std::string::npos) l.resize(cut);
  for (std::string_view e : kImageEndings)
    if (l.size() > e.size() && l.compare(l.size() - e.size(), e.size(), e) == 0) return true;
  return false;
}

// "640", "640px" -> 640; "auto", "100%" -> 0.
int dimension(const Node& n, const char* name) {
  const std::string* v = attr(n, name);
  if (!v) return 0;
  long x = 0;
  std::size_t i = 0;
  while (i < v->size() && is_space((*v)[i])) ++i;
  const std::size_t digits = i;
  while (i < v->size() && (*v)[i] >= '0' && (*v)[i] <= '9' && x <= kMaxDimension)
    x = x * 10 + ((*v)[i++] - '0');
  if (i == digits || (i < v->size() && (*v)[i] == '%')) return 0;
  return x > kMaxDimension ? 0 : static_cast<int>(x);
}

// A "640w" or "1.5x" descriptor; anything else is left out.
std::string clean_descriptor(std::string_view d) {
  while (!d.empty() && is_space(d.back())) d.remove_suffix(1);
  if (d.size() < 2) return {};
  const char unit = d.back();
  if (unit != 'w' && unit != 'x') return {};
  bool digit = false;
  for (std::size_t i = 0; i + 1 < d.size(); ++i) {
    const char c = d[i];
    if (c >= '0' && c <= '9') digit = true;
    else if (c != '.') return {};
  }
  return digit ? std::string(d) : std::string();
}

double descriptor_value(const std::string& d) {
  if (d.empty()) return 0;
  double v = 0, scale = 0;
  for (char c : d) {
    if (c == '.') scale = 1;
    else if (c >= '0' && c <= '9') {
      if (scale > 0) scale /= 10, v += (c - '0') * scale;
      else v = v * 10 + (c - '0');
    }
  }
  return d.back() == 'x' ? v * 1000 : v;  // 2x ranks like a 2000-pixel-wide candidate
}

std::string best_candidate(const std::vector<ImageCandidate>& c) {
  std::size_t best = 0;
  for (std::size_t k = 1; k < c.size(); ++k)
    if (descriptor_value(c[k].descriptor) > descriptor_value(c[best].descriptor)) best = k;
  return c.empty() ? std::string() : c[best].url;
}

bool truncated(const std::string& v) { return v.size() >= kMaxAttrValue; }

// Reads src, srcset, alt and size from one element's attributes (an <img>, or the <img> of a
// <noscript> fallback).
void from_attributes(const Node& n, const BaseUrl& base, Image& out) {
  const std::string* src = attr(n, "src");
  const std::string* cls = attr(n, "class");
  // A lazy loader leaves a placeholder (or nothing) in src and the address elsewhere.
  const bool lazy = !src || src->empty() || placeholder(*src) ||
                    (cls && lower(*cls).find("lazy") != std::string::npos);
  if (!lazy) out.src = resolve_url(base, *src, UrlUse::kImage);
  if (const std::string* ss = attr(n, "srcset"); ss && !placeholder(*ss))
    out.srcset = parse_srcset(*ss, base, truncated(*ss));
  if (lazy) {
    for (const LazyAttr& a : kLazyAttrs) {
      const std::string* v = attr(n, a.name);
      if (!v || v->empty()) continue;
      if (a.kind == kSrc && out.src.empty()) out.src = resolve_url(base, *v, UrlUse::kImage);
      if (a.kind == kSrcset && out.srcset.empty()) out.srcset = parse_srcset(*v, base, truncated(*v));
    }
    // Any other data-* attribute holding an image address.
    for (const auto& [k, v] : n.attrs) {
      if (!out.src.empty()) break;
      if (k.rfind("data-", 0) == 0 && looks_like_image_url(v))
        out.src = resolve_url(base, v, UrlUse::kImage);
    }
    if (out.src.empty() && src && !src->empty() && !placeholder(*src))
      out.src = resolve_url(base, *src, UrlUse::kImage);
  }
  if (const std::string* alt = attr(n, "alt")) out.alt = *alt;
  out.width = dimension(n, "width");
  out.height = dimension(n, "height");
}

// The candidates of the first <source> of a <picture> (its preferred format or size).
void from_picture(const Document& d, int picture, const BaseUrl& base, Image& out) {
  for (int c = d.nodes[static_cast<std::size_t>(picture)].first_child; c >= 0;
       c = d.nodes[static_cast<std::size_t>(c)].next_sibling) {
    const Node& s = d.nodes[static_cast<std::size_t>(c)];
    if (s.is_text || s.name != "source") continue;
    const std::string* ss = attr(s, "srcset");
    if (!ss || ss->empty() || placeholder(*ss)) ss = attr(s, "data-srcset");
    if (!ss || ss->empty()) continue;
    std::vector<ImageCandidate> cand = parse_srcset(*ss, base, truncated(*ss));
    if (cand.empty()) continue;
    out.srcset = std::move(cand);
    return;
  }
}

// The first <img> written inside a <noscript> (its content is raw text to the tokenizer).
bool noscript_image(const Document& d, int noscript, const BaseUrl& base, Image& out) {
  const Node& ns = d.nodes[static_cast<std::size_t>(noscript)];
  if (ns.first_child < 0) return false;
  const Node& body = d.nodes[static_cast<std::size_t>(ns.first_child)];
  if (!body.is_text || body.text.find("<img") == std::string::npos) return false;
  Tokenizer tk(body.text);
  HtmlToken t;
  while (tk.next(t)) {
    if (t.type != TokenType::kStartTag || t.name != "img") continue;
    Node n;
    n.name = "img";
    n.attrs = std::move(t.attrs);
    from_attributes(n, base, out);
    if (out.src.empty() && !out.srcset.empty()) out.src = best_candidate(out.srcset);
    return !out.src.empty();
  }
  return false;
}

// The sibling before `i`: the node just before i in document order is the last node of that
// sibling's subtree (or the parent itself). Climbs at most the tree depth.
int prev_sibling(const Document& d, int i) {
  const int parent = d.nodes[static_cast<std::size_t>(i)].parent;
  int j = i - 1;
  if (parent < 0 || j <= parent) return -1;
  while (d.nodes[static_cast<std::size_t>(j)].parent != parent)
    j = d.nodes[static_cast<std::size_t>(j)].parent;
  return j;
}

// The element sibling of `i` in direction `next`, skipping whitespace text (a few steps).
int element_sibling(const Document& d, int i, bool next) {
  int s = i;
  for (int step = 0; step < 4; ++step) {
    s = next ? d.nodes[static_cast<std::size_t>(s)].next_sibling : prev_sibling(d, s);
    if (s < 0) return -1;
    const Node& n = d.nodes[static_cast<std::size_t>(s)];
    if (!n.is_text) return s;
    if (n.text.find_first_not_of(" \t\n\r\f") != std::string::npos) return -1;
  }
  return -1;
}

bool is_element(const Document& d, int i, const char* name) {
  return i >= 0 && d.nodes[static_cast<std::size_t>(i)].name == name;
}

}  // namespace

std::vector<ImageCandidate> parse_srcset(std::string_view s, const BaseUrl& base, bool cut) {
  std::vector<ImageCandidate> out;
  std::size_t i = 0;
  while (i < s.size() && out.size() < kMaxCandidates) {
    while (i < s.size() && (is_space(s[i]) || s[i] == ',')) ++i;
    if (i >= s.size()) break;
    std::size_t u = i;
    while (i < s.size() && !is_space(s[i])) ++i;
    std::string_view url = s.substr(u, i - u);
    std::string_view desc;
    if (!url.empty() && url.back() == ',') {
      while (!url.empty() && url.back() == ',') url.remove_suffix(1);
    } else {
      while (i < s.size() && is_space(s[i])) ++i;
      const std::size_t d0 = i;
      int parens = 0;
      while (i < s.size() && (parens > 0 || s[i] != ',')) {
        if (s[i] == '(') ++parens;
        else if (s[i] == ')' && parens > 0) --parens;
        ++i;
      }
      desc = s.substr(d0, i - d0);
    }
    if (cut && i >= s.size()) break;  // the last entry was cut off mid-way
    std::string resolved = resolve_url(base, url, UrlUse::kImage);
    if (!resolved.empty()) out.push_back(ImageCandidate{std::move(resolved), clean_descriptor(desc)});
  }
  return out;
}

bool is_media_attribute(std::string_view element, std::string_view a) {
  const bool data = a.size() > 5 && a.substr(0, 5) == "data-";
  if (element == "figure") return data || a == "itemid";
  return (element == "img" || element == "source") && data;
}

bool read_figure_attribute_image(const Document& d, int figure, const BaseUrl& base, Image& out) {
  for (const auto& [k, v] : d.nodes[static_cast<std::size_t>(figure)].attrs) {
    if ((k != "itemid" && k.rfind("data-", 0) != 0) || !looks_like_image_url(v)) continue;
    out.src = resolve_url(base, v, UrlUse::kImage);
    if (!out.src.empty()) return true;
  }
  return false;
}

ImageRead read_image(const Document& d, int img, const BaseUrl& base, Image& out) {
  const Node& n = d.nodes[static_cast<std::size_t>(img)];
  from_attributes(n, base, out);
  if (out.srcset.empty() && is_element(d, n.parent, "picture")) from_picture(d, n.parent, base, out);
  if (out.src.empty() && !out.srcset.empty()) out.src = best_candidate(out.srcset);
  if (out.src.empty()) {
    // "<img class=lazy data-x=...><noscript><img src=real.jpg></noscript>", either order.
    for (bool next : {true, false}) {
      const int s = element_sibling(d, img, next);
      Image fallback;
      if (is_element(d, s, "noscript") && noscript_image(d, s, base, fallback)) {
        if (fallback.alt.empty()) fallback.alt = out.alt;
        out = std::move(fallback);
        break;
      }
    }
  }
  // Tracking pixels are not pictures.
  if (out.width == 1 || out.height == 1) return ImageRead::kNone;
  if (!out.src.empty()) return ImageRead::kImage;
  if (!base.valid) {
    const std::string* src = attr(n, "src");
    if (src && !src->empty() && !placeholder(*src)) return ImageRead::kUnresolved;
    for (const LazyAttr& a : kLazyAttrs)
      if (const std::string* v = attr(n, a.name); v && !v->empty()) return ImageRead::kUnresolved;
  }
  return ImageRead::kNone;
}

bool read_noscript_image(const Document& d, int noscript, const BaseUrl& base, Image& out) {
  // Beside an <img>, the fallback belongs to that image (read_image uses it).
  for (bool next : {true, false})
    if (is_element(d, element_sibling(d, noscript, next), "img")) return false;
  if (!noscript_image(d, noscript, base, out)) return false;
  return out.width != 1 && out.height != 1;
}

}  // namespace pith::detail
