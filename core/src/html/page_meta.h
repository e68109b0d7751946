// Page metadata from markup: JSON-LD, then <meta> (OpenGraph, Dublin Core, Twitter, Parse.ly),
// then the DOM. The title is chosen by meta_title (the visible headline when it agrees with the
// declared title), the date by meta_date, the author by meta_author; meta_header reads the lines
// under the headline for both.
#pragma once
#include <string>

#include "html/tree.h"

namespace pith::detail {

struct PageMeta {
  std::string title, byline, published, site_name, language, url, description;
  bool byline_weak = false;   // the markup's author is a handle or the site's name
  std::string header_byline;  // the name on a "By Ann Lee" line under the headline
};

PageMeta read_page_meta(const Document& d);

// The author a reader sees: the markup's, unless it is weak or missing and the page shows a
// byline (`dom_byline`: a byline element's name, see find_byline_node; else the header's).
std::string choose_byline(const PageMeta& m, const std::string& dom_byline);

}  // namespace pith::detail
