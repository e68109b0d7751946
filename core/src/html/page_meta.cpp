#include "html/page_meta.h"

#include "html/json_ld.h"
#include "html/meta_date.h"
#include "html/meta_text.h"
#include "html/meta_title.h"

namespace pith::detail {
namespace {

#include "html/meta_table.inc"

// "https://www.example.com/a/b" -> "www.example.com".
std::string host_of(std::string_view url) {
  const std::size_t scheme = url.find("://");
  if (scheme == std::string_view::npos) return "";
  url.remove_prefix(scheme + 3);
  const std::size_t end = url.find_first_of("/?#:");
  return std::string(url.substr(0, end));
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
  std::string page_published, page_modified;
  for (const auto& s : d.scripts_ld_json) {
    const bool article = read_json_ld(s, ld);
    if (page_published.empty()) page_published = ld.page_published, page_modified = ld.page_modified;
    if (article) break;
  }
  m.url = d.canonical;
  if (m.url.empty()) m.url = meta_value(d, kUrlKeys);
  m.site_name = clean_value(ld.publisher);
  if (m.site_name.empty()) m.site_name = meta_value(d, kSiteNameKeys);
  TitleSources src;
  src.ld_name = ld.name;
  src.ld_headline = ld.headline;
  src.host = host_of(m.url);
  for (const std::string& s : {clean_value(ld.publisher), meta_value(d, kSiteNameKeys)})
    if (!s.empty()) src.site_names.push_back(s);
  DateSources dates;
  m.title = choose_title(d, src, &dates.heading);
  dates.ld_published = ld.published;
  dates.ld_modified = ld.modified;
  dates.page_published = page_published;
  dates.page_modified = page_modified;
  m.published = choose_published(d, dates);
  m.byline = collapse(ld.author);
  if (m.byline.empty())
    m.byline = meta_value(d, kAuthorKeys);
  m.description = meta_value(d, kDescriptionKeys);
  m.language = collapse(d.html_lang);
  if (m.language.empty()) m.language = collapse(ld.language);
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
