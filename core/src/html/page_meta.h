// Page metadata from markup, in Readability's order of trust: JSON-LD, then <meta>
// (OpenGraph, Dublin Core, Twitter, Parse.ly), then the DOM (<title> with its site-name
// suffix cut, a byline element, a <time datetime>).
#pragma once
#include <string>

#include "html/tree.h"

namespace pith::detail {

struct PageMeta {
  std::string title, byline, published, site_name, language, url, description;
};

PageMeta read_page_meta(const Document& d);

// The element holding the byline, among nodes not removed; fills `byline` when empty.
// Returns -1 if none.
int find_byline_node(const Document& d, std::string& byline);

}  // namespace pith::detail
