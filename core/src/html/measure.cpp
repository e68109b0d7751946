#include <string>

#include "html/content.h"

namespace pith::detail {
namespace {

enum : unsigned char { kInA = 1, kInHeading = 2, kInList = 4 };

// Characters of a text node with whitespace runs counted once (UTF-8 continuation bytes
// are not characters).
int collapsed_length(const std::string& s, int& commas) {
  int n = 0;
  bool space = false;
  for (std::size_t k = 0; k < s.size(); ++k) {
    unsigned char c = static_cast<unsigned char>(s[k]);
    if ((c & 0xC0) == 0x80) continue;
    bool ws = c == ' ' || c == '\n' || c == '\t' || c == '\r';
    if (ws) {
      if (!space) ++n;
      space = true;
      continue;
    }
    space = false;
    ++n;
    if (c == ',') ++commas;
    // Full-width and Arabic commas: "，" U+FF0C, "،" U+060C.
    if (c == 0xEF && k + 2 < s.size() && static_cast<unsigned char>(s[k + 1]) == 0xBC &&
        static_cast<unsigned char>(s[k + 2]) == 0x8C)
      ++commas;
    if (c == 0xD8 && k + 1 < s.size() && static_cast<unsigned char>(s[k + 1]) == 0x8C) ++commas;
  }
  return n;
}

bool is_heading(const std::string& n) {
  return n.size() == 2 && n[0] == 'h' && n[1] >= '1' && n[1] <= '6';
}

}  // namespace

double link_density(const Measure& m) {
  return m.text > 0 ? static_cast<double>(m.link) / m.text : 0.0;
}

std::vector<Measure> measure(const Document& d) {
  const std::size_t n = d.nodes.size();
  std::vector<unsigned char> ctx(n, 0);
  for (std::size_t i = 1; i < n; ++i) {
    const Node& node = d.nodes[i];
    const Node& p = d.nodes[static_cast<std::size_t>(node.parent)];
    unsigned char c = ctx[static_cast<std::size_t>(node.parent)];
    if (p.name == "a") c |= kInA;
    if (is_heading(p.name)) c |= kInHeading;
    if (p.name == "ul" || p.name == "ol") c |= kInList;
    ctx[i] = c;
  }
  std::vector<Measure> m(n);
  // Children have larger indices than parents: one reverse sweep adds each node into its
  // parent after all of its own descendants were added.
  for (std::size_t i = n; i-- > 1;) {
    const Node& node = d.nodes[i];
    if (node.removed) continue;
    Measure& me = m[i];
    if (node.is_text) {
      int len = collapsed_length(node.text, me.commas);
      me.text = len;
      if (ctx[i] & kInA) me.link = len;
      if (ctx[i] & kInHeading) me.heading_text = len;
      if (ctx[i] & kInList) me.list_text = len;
    } else {
      const std::string& t = node.name;
      if (t == "p") ++me.p;
      else if (t == "img") ++me.img;
      else if (t == "li") ++me.li;
      else if (t == "input") ++me.input;
      else if (t == "embed" || t == "object" || t == "iframe") ++me.embed;
      else if (t == "tr") ++me.rows;
      else if (t == "th" || t == "thead" || t == "caption") me.data_table_part = true;
    }
    Measure& pm = m[static_cast<std::size_t>(node.parent)];
    pm.text += me.text;
    pm.link += me.link;
    pm.commas += me.commas;
    pm.p += me.p;
    pm.img += me.img;
    pm.li += me.li;
    pm.input += me.input;
    pm.embed += me.embed;
    pm.rows += me.rows;
    pm.heading_text += me.heading_text;
    pm.list_text += me.list_text;
    pm.data_table_part = pm.data_table_part || me.data_table_part;
    if (!node.is_text) {
      const std::string& t = node.name;
      if (me.block_child || t == "blockquote" || t == "dl" || t == "div" || t == "img" ||
          t == "ol" || t == "p" || t == "pre" || t == "table" || t == "ul" || t == "section" ||
          t == "article")
        pm.block_child = true;
    }
  }
  return m;
}

}  // namespace pith::detail
