// The article's author: JSON-LD, <meta> names (table), the Twitter "Written by" pair, and the
// page's visible byline (an element whose class says so, or a "By Ann Lee" line in the header).
// A markup author that is a user handle ("kffnirmitap", "ann.lee") or the site's own name is
// weak: a visible byline replaces it.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "html/tree.h"

namespace pith::detail {

struct MarkupAuthor {
  std::string name;
  bool weak = false;
};

// `ld_author` is JSON-LD's author ("A, B"), `organization` whether it is an Organization.
MarkupAuthor markup_author(const Document& d, const std::string& ld_author, bool organization,
                           const std::vector<std::string>& site_names);

// The name in a byline's text: "By Ann Lee · Published on July 18, 2025" -> "Ann Lee",
// "Ann Lee" -> "Ann Lee"; "" for a label alone ("About the author") or a sentence.
std::string byline_name(std::string_view text);

// A short block of text in the article's header, and whether it shows a date.
struct HeaderLine {
  std::string text;
  bool dated = false;
};

// The author named in the header's lines: a byline line ("By Ann Lee", "Last updated May 4,
// 2025 Written by Ann Lee", "Author Ann Lee"), else a name right next to the date ("Ann Lee
// 23.07.2025 · 6 min read", "Dec 17, 2025" then "Ann K. Lee"); "" if none.
std::string header_byline(const std::vector<HeaderLine>& lines);

// The first short element, among nodes not removed, that calls itself a byline (class="byline",
// rel=author, itemprop=author): returns it, or -1. `name` gets the name it holds, or the name in
// the next such element when it holds only a label ("About the author"); "" if none.
int find_byline_node(const Document& d, std::string& name);

}  // namespace pith::detail
