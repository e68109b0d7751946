// Page metadata from markup, in Readability's order of trust: JSON-LD, then <meta>
// (OpenGraph, Dublin Core, Twitter, Parse.ly), then the DOM (<title> with its site-name
// suffix cut, a byline element, a <time datetime>).
#pragma once
#include <string>

#include "html/tree.h"

namespace pith::detail {

struct PageMeta {
  std::string title, byline, published, site_name, language, url, description;
  int byline_node = -1;  // the element the byline came from (dropped from the body)
};

PageMeta read_page_meta(const Document& d);

}  // namespace pith::detail
