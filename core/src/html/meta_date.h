// The page's publication date, ISO 8601: JSON-LD datePublished, then <meta> (OpenGraph article,
// Parse.ly, Dublin Core...), then the date shown in the article's header under its headline
// ("Posted on Nov 21, 2018 · Updated Dec 10, 2025": the first, not the revision), then a
// modification date when nothing else says when the page was written.
#pragma once
#include <string>

#include "html/tree.h"

namespace pith::detail {

struct DateSources {
  std::string ld_published, ld_modified;      // JSON-LD datePublished / dateModified of the article
  std::string page_published, page_modified;  // the same of another object (a WebPage)
  std::string header_date;  // the date shown in the article's header (meta_header)
};

std::string choose_published(const Document& d, const DateSources& src);

}  // namespace pith::detail
