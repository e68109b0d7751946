// What each page type changes in content selection (html/page_type guesses the type): on a
// forum the posts are the content, so post class words ("comment", "replies") weigh nothing.
#pragma once
#include "html/content.h"
#include "pith/article.h"

namespace pith::detail {

// Sets the type's rules on one selection attempt's flags (the relaxing retries keep them).
void apply_page_type(SelectFlags& f, PageType type);

}  // namespace pith::detail
