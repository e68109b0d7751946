#include "html/page_type_flags.h"

namespace pith::detail {

void apply_page_type(SelectFlags& f, PageType type) {
  // A thread's posts sit in class="comment" / "replies" containers: boilerplate under an
  // article, the page itself on a forum.
  f.posts_are_content = type == PageType::kForum;
  // A listing or a shop's collection is its cards: link-heavy, one line each.
  f.cards_are_content = type == PageType::kListing || type == PageType::kCollection;
}

}  // namespace pith::detail
