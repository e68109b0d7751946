// Page metadata from markup: JSON-LD, then <meta> (OpenGraph, Dublin Core, Twitter, Parse.ly),
// then the DOM (a byline element, a <time datetime>). The title is chosen by meta_title (the
// visible headline when it agrees with the declared title).
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
