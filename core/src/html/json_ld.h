// JSON-LD (<script type="application/ld+json">): the article's headline, authors, publisher
// and dates. A small iterative JSON reader (explicit stack, depth cap); bad JSON yields
// nothing rather than an error.
#pragma once
#include <string>
#include <string_view>

namespace pith::detail {

struct JsonLdArticle {
  std::string headline, name, author, publisher, published, modified, language;
  // Dates of any object when none is an article (a WebPage with datePublished).
  std::string page_published, page_modified;
  bool author_organization = false;  // an author is an Organization, not a Person
};

// Reads the first object (top level, inside an array, or in "@graph") whose "@type" names an
// article-like type (NewsArticle, BlogPosting, Article, Report...). Returns false if none; the
// dates of the first object that has one (WebPage...) are kept in `page_*` all the same.
bool read_json_ld(std::string_view json, JsonLdArticle& out);

}  // namespace pith::detail
