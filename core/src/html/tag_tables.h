// Element and attribute vocabularies: which tags are void, which break paragraphs, which
// are pruned, and the class/id weights used to find the article container.
#pragma once
#include <string_view>

#include "html/drop_reason.h"

namespace pith::detail {

bool is_void_element(std::string_view name);
bool is_kept_attribute(std::string_view name);
bool closes_paragraph(std::string_view name);  // a start tag that ends an open <p>
bool is_block_element(std::string_view name);  // starts a new output block / not phrasing
bool is_pruned_element(std::string_view name);  // never article content (script, style...)
// HTML start tags that end open <svg>/<math> content, as in a browser ("<svg><p>" puts the <p>
// after the <svg>), and the SVG/MathML elements whose content is HTML again (foreignObject...).
bool breaks_out_of_foreign(std::string_view name);
bool is_html_integration_point(std::string_view name);
bool is_landmark_element(std::string_view name);  // page furniture (nav, aside, footer...)

struct ClassVerdict {
  int weight = 0;         // +25 per positive, -25 per negative (class and id counted apart)
  bool unlikely = false;  // matches an unlikely pattern and no "maybe" pattern
  bool prune = false;     // a widget that is dropped outright
  Drop reason = Drop::kNone;  // what the words say the element is ("comments", "sidebar")
  bool post = false;      // names a reader's post ("comment"): the content on a forum
};
ClassVerdict classify_class_id(std::string_view cls, std::string_view id);

}  // namespace pith::detail
