#include "html/page_meta.h"

#include "html/json_ld.h"
#include "html/meta_author.h"
#include "html/meta_date.h"
#include "html/meta_header.h"
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
  int heading = -1;
  m.title = choose_title(d, src, &heading);
  const ArticleHeader header = scan_header(d, heading);
  DateSources dates;
  dates.header_date = header.date;
  dates.ld_published = ld.published;
  dates.ld_modified = ld.modified;
  dates.page_published = page_published;
  dates.page_modified = page_modified;
  m.published = choose_published(d, dates);
  std::vector<std::string> sites = src.site_names;
  sites.push_back(host_label(src.host));
  const MarkupAuthor author = markup_author(d, ld.author, ld.author_organization, sites);
  m.byline = author.name;
  m.byline_weak = author.weak;
  m.header_byline = header.byline;
  m.description = meta_value(d, kDescriptionKeys);
  m.language = collapse(d.html_lang);
  if (m.language.empty()) m.language = collapse(ld.language);
  return m;
}

std::string choose_byline(const PageMeta& m, const std::string& dom_byline) {
  if (!m.byline.empty() && !m.byline_weak) return m.byline;
  if (!dom_byline.empty()) return dom_byline;
  if (!m.header_byline.empty()) return m.header_byline;
  return m.byline;
}

}  // namespace pith::detail
