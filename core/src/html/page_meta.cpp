#include "html/page_meta.h"

#include <vector>

#include "html/json_ld.h"

namespace pith::detail {
namespace {

std::string lower_key(const std::string& k) {
  std::string out;
  for (char c : k) {
    if (c == ' ' || c == '\t' || c == '\n') continue;
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
    if (c == '.') c = ':';
    out.push_back(c);
  }
  return out;
}

std::string collapse(const std::string& s) {
  std::string out;
  bool space = true;
  append_collapsed(s, out, space);
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

std::string meta_value(const Document& d, std::initializer_list<const char*> keys) {
  // The last tag with a key wins ("DC.creator" then property "dc:creator": the property).
  for (const char* k : keys)
    for (std::size_t i = d.metas.size(); i-- > 0;)
      if (lower_key(d.metas[i].first) == k && !collapse(d.metas[i].second).empty())
        return collapse(d.metas[i].second);
  return "";
}

int word_count(std::string_view s) {
  int n = 0;
  bool in = false;
  for (char c : s) {
    bool ws = c == ' ';
    if (!ws && !in) ++n;
    in = !ws;
  }
  return n;
}

// Separators between a headline and the site name: "Storm closes port | The Daily Post".
bool is_separator_at(std::string_view t, std::size_t i, std::size_t& len) {
  static const char* kSeps[] = {" | ", " - ", " \xE2\x80\x93 ", " \xE2\x80\x94 ", " \\ ", " / ",
                                " > ", " \xC2\xBB "};
  for (const char* s : kSeps) {
    std::string_view sv(s);
    if (t.substr(i, sv.size()) == sv) {
      len = sv.size();
      return true;
    }
  }
  return false;
}

std::string strip_separators(std::string_view t) {
  std::string out;
  for (std::size_t i = 0; i < t.size(); ++i) {
    std::size_t len = 0;
    if (is_separator_at(t, i, len)) {
      out.push_back(' ');
      i += len - 2;
      continue;
    }
    out.push_back(t[i]);
  }
  return out;
}

// Readability's title rule: cut the site name after the last separator, unless that leaves
// fewer than three words ("Home | Weather"), then keep what follows the first one.
std::string title_from_title_tag(const Document& d, const std::string& orig) {
  std::string cur = orig;
  std::size_t first = std::string::npos, last = std::string::npos, len = 0, first_len = 0,
              last_len = 0;
  bool hierarchical = false;
  for (std::size_t i = 0; i < orig.size(); ++i) {
    if (is_separator_at(orig, i, len)) {
      if (first == std::string::npos) { first = i; first_len = len; }
      last = i;
      last_len = len;
      char c = orig[i + 1];
      if (c == '\\' || c == '/' || c == '>' || static_cast<unsigned char>(c) == 0xC2) hierarchical = true;
    }
  }
  if (first != std::string::npos) {
    cur = orig.substr(0, last);
    if (word_count(cur) < 3) cur = orig.substr(first + first_len);
  } else if (orig.find(": ") != std::string::npos) {
    // Keep the whole title when a heading repeats it; else the part after the colon.
    bool heading_match = false;
    for (std::size_t i = 0; i < d.nodes.size() && !heading_match; ++i) {
      const Node& n = d.nodes[i];
      if (!n.is_text && (n.name == "h1" || n.name == "h2") && inner_text(d, static_cast<int>(i), 400) == orig)
        heading_match = true;
    }
    if (!heading_match) {
      std::size_t lc = orig.rfind(':');
      cur = collapse(orig.substr(lc + 1));
      if (word_count(cur) < 3) cur = collapse(orig.substr(orig.find(':') + 1));
      else if (word_count(orig.substr(0, orig.find(':'))) > 5) cur = orig;
    }
  } else if (orig.size() > 150 || orig.size() < 15) {
    int h1 = -1, count = 0;
    for (std::size_t i = 0; i < d.nodes.size(); ++i)
      if (!d.nodes[i].is_text && d.nodes[i].name == "h1") { ++count; h1 = static_cast<int>(i); }
    if (count == 1) cur = inner_text(d, h1, 400);
  }
  cur = collapse(cur);
  int wc = word_count(cur);
  if (wc <= 4 && (!hierarchical || wc != word_count(collapse(strip_separators(orig))) - 1)) cur = orig;
  (void)last_len;
  return cur;
}

std::vector<std::string> word_tokens(std::string_view s) {
  std::vector<std::string> out;
  std::string cur;
  for (char c : s) {
    unsigned char u = static_cast<unsigned char>(c);
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

// 1 - (length of b's words missing from a) / (length of all b's words).
double similarity(std::string_view a, std::string_view b) {
  std::vector<std::string> ta = word_tokens(a), tb = word_tokens(b);
  if (ta.empty() || tb.empty()) return 0;
  std::size_t all = 0, missing = 0;
  for (const auto& w : tb) {
    all += w.size() + 1;
    bool found = false;
    for (const auto& x : ta) found = found || x == w;  // titles are short: O(n*m) is fine
    if (!found) missing += w.size() + 1;
  }
  return 1.0 - static_cast<double>(missing) / static_cast<double>(all);
}

bool is_byline_hint(const Node& n) {
  const std::string* rel = attr(n, "rel");
  if (rel && *rel == "author") return true;
  const std::string* ip = attr(n, "itemprop");
  if (ip && ip->find("author") != std::string::npos) return true;
  std::string s;
  if (const std::string* c = attr(n, "class")) s += *c;
  s.push_back(' ');
  if (const std::string* i = attr(n, "id")) s += *i;
  for (char& c : s)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
  for (const char* k : {"byline", "author", "dateline", "writtenby", "p-author"})
    if (s.find(k) != std::string::npos) return true;
  return false;
}

}  // namespace

PageMeta read_page_meta(const Document& d) {
  PageMeta m;
  JsonLdArticle ld;
  for (const auto& s : d.scripts_ld_json)
    if (read_json_ld(s, ld)) break;
  std::string doc_title = collapse(d.title);
  std::string tag_title = title_from_title_tag(d, doc_title);
  // JSON-LD "name" and "headline" should agree; when a site puts its own name in "name",
  // take the one that resembles the <title> (Readability's rule; "name" otherwise).
  std::string name = collapse(ld.name), headline = collapse(ld.headline);
  if (!name.empty() && !headline.empty() && name != headline) {
    bool name_like = similarity(name, tag_title) > 0.75;
    bool headline_like = similarity(headline, tag_title) > 0.75;
    m.title = headline_like && !name_like ? headline : name;
  } else {
    m.title = !name.empty() ? name : headline;
  }
  if (m.title.empty())
    m.title = meta_value(d, {"dc:title", "dcterm:title", "og:title", "weibo:article:title",
                             "weibo:webpage:title", "title", "twitter:title", "parsely-title"});
  if (m.title.empty()) m.title = tag_title;
  m.byline = collapse(ld.author);
  if (m.byline.empty())
    m.byline = meta_value(d, {"dc:creator", "dcterm:creator", "author", "parsely-author"});
  m.site_name = collapse(ld.publisher);
  if (m.site_name.empty()) m.site_name = meta_value(d, {"og:site_name"});
  m.published = collapse(ld.published);
  if (m.published.empty())
    m.published = meta_value(d, {"article:published_time", "parsely-pub-date", "datepublished"});
  m.description = meta_value(d, {"dc:description", "dcterm:description", "og:description",
                                 "weibo:article:description", "weibo:webpage:description",
                                 "description", "twitter:description"});
  m.language = collapse(d.html_lang);
  if (m.language.empty()) m.language = collapse(ld.language);
  m.url = d.canonical;
  if (m.url.empty()) m.url = meta_value(d, {"og:url"});
  // A <time datetime> or itemprop="datePublished" when the head says nothing.
  if (m.published.empty()) {
    for (std::size_t i = 0; i < d.nodes.size(); ++i) {
      const Node& n = d.nodes[i];
      if (n.is_text) continue;
      const std::string* ip = attr(n, "itemprop");
      const std::string* dt = attr(n, "datetime");
      if ((n.name == "time" || (ip && *ip == "datePublished")) && dt && !dt->empty()) {
        m.published = collapse(*dt);
        break;
      }
    }
  }
  return m;
}

int find_byline_node(const Document& d, std::string& byline) {
  // The first visible short element that calls itself one (class="byline", rel=author);
  // run after pruning so a comment's "comment-author" is never taken.
  for (int i = 0; i >= 0 && i < static_cast<int>(d.nodes.size());) {
    const Node& n = d.nodes[static_cast<std::size_t>(i)];
    if (n.removed) {
      i = next_node(d, i, true);
      continue;
    }
    if (!n.is_text && is_byline_hint(n)) {
      std::string t = inner_text(d, i, 200);
      if (!t.empty() && t.size() < 100) {
        // <div class="byline">By <span itemprop="name">Ann Lee</span> 5 May</div>: the
        // name alone.
        int end = subtree_end(d, i);
        for (int j = i + 1; j < end; ++j) {
          const Node& c = d.nodes[static_cast<std::size_t>(j)];
          const std::string* ip = c.is_text ? nullptr : attr(c, "itemprop");
          if (ip && ip->find("name") != std::string::npos) {
            std::string name = inner_text(d, j, 200);
            if (!name.empty()) t = name;
            break;
          }
        }
        if (byline.empty()) byline = t;
        return i;
      }
    }
    i = next_node(d, i, false);
  }
  return -1;
}

}  // namespace pith::detail
