#include "html/meta_text.h"

#include "html/entities.h"
#include "html/tag_tables.h"

namespace pith::detail {
namespace {

// "DC.Creator" and "dc:creator" are one key.
std::string meta_key(std::string_view k) {
  std::string out;
  for (char c : k) {
    if (c == ' ' || c == '\t' || c == '\n') continue;
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
    if (c == '.') c = ':';
    out.push_back(c);
  }
  return out;
}

bool breaks_words(const Node& n) { return n.name == "br" || is_block_element(n.name); }

}  // namespace

std::string collapse(std::string_view s) {
  std::string out;
  bool space = true;
  append_collapsed(s, out, space);
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

std::string clean_value(std::string_view raw) {
  if (raw.find('&') == std::string_view::npos) return collapse(raw);
  return collapse(decode_entities(raw));
}

std::string meta_value(const Document& d, const std::string_view* keys, std::size_t count) {
  // The last tag with a key wins ("DC.creator" then property "dc:creator": the property).
  std::vector<std::string> folded;
  folded.reserve(d.metas.size());
  for (const auto& m : d.metas) folded.push_back(meta_key(m.first));
  for (std::size_t k = 0; k < count; ++k)
    for (std::size_t i = d.metas.size(); i-- > 0;)
      if (folded[i] == keys[k]) {
        std::string v = clean_value(d.metas[i].second);
        if (!v.empty()) return v;
      }
  return "";
}

std::string visible_text(const Document& d, int i, std::size_t cap) {
  std::string out;
  bool space = true;
  const auto gap = [&] {
    if (!space) out.push_back(' ');
    space = true;
  };
  // Ends of the open block elements: the end of a block separates words too
  // ("<p>By Ann Lee</p>Published May 5" is "By Ann Lee Published May 5").
  std::vector<int> block_ends;
  const int end = subtree_end(d, i);
  // A cap in bytes never stops a walk over empty elements: each of 200 <h1> nested over 10^5
  // '<i></i>' walked the whole subtree (3.8 s per MB). At most kTextWalkNodesPerByte nodes per
  // byte of the cap are visited, as inner_text does.
  std::size_t nodes = cap * kTextWalkNodesPerByte + 64;
  for (int j = i; j < end && out.size() < cap && nodes-- > 0;) {
    while (!block_ends.empty() && j >= block_ends.back()) {
      block_ends.pop_back();
      gap();
    }
    const Node& n = d.nodes[static_cast<std::size_t>(j)];
    if (!n.is_text && j != i && (n.removed || is_pruned_element(n.name))) {
      j = subtree_end(d, j);
      continue;
    }
    if (n.is_text) {
      append_collapsed(n.text, out, space);
    } else if (j != i && breaks_words(n)) {
      gap();
      block_ends.push_back(subtree_end(d, j));
    }
    ++j;
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

std::string fold_key(std::string_view s) {
  std::string out;
  for (char c : s) {
    const unsigned char u = static_cast<unsigned char>(c);
    if (c >= 'A' && c <= 'Z') out.push_back(static_cast<char>(c + 32));
    else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || u >= 0x80) out.push_back(c);
  }
  return out;
}

std::string host_label(std::string_view host) {
  std::string best;
  std::size_t b = 0;
  for (std::size_t i = 0; i <= host.size(); ++i) {
    if (i == host.size() || host[i] == '.') {
      std::string_view l = host.substr(b, i - b);
      if (l != "www" && l.size() > best.size()) best = std::string(l);
      b = i + 1;
    }
  }
  return fold_key(best);
}

std::vector<std::string> word_tokens(std::string_view s) {
  std::vector<std::string> out;
  std::string cur;
  for (char c : s) {
    const unsigned char u = static_cast<unsigned char>(c);
    if (u >= 0x80 || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || c == '_') {
      cur.push_back(c);
    } else if (c >= 'A' && c <= 'Z') {
      cur.push_back(static_cast<char>(c + 32));
    } else if (!cur.empty()) {
      out.push_back(cur);
      cur.clear();
    }
  }
  if (!cur.empty()) out.push_back(cur);
  return out;
}

double word_share(std::string_view a, std::string_view b) {
  const std::vector<std::string> ta = word_tokens(a), tb = word_tokens(b);
  if (ta.empty() || tb.empty()) return 0;
  std::size_t all = 0, found_len = 0;
  for (const auto& w : tb) {
    all += w.size() + 1;
    bool found = false;
    for (const auto& x : ta) found = found || x == w;  // titles are short: O(n*m) is fine
    if (found) found_len += w.size() + 1;
  }
  return static_cast<double>(found_len) / static_cast<double>(all);
}

}  // namespace pith::detail
