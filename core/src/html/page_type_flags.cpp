#include "html/page_type_flags.h"

namespace pith::detail {

void apply_page_type(SelectFlags& f, PageType type) {
  // A thread's posts sit in class="comment" / "replies" containers: boilerplate under an
  // article, the page itself on a forum.
  f.posts_are_content = type == PageType::kForum;
}

}  // namespace pith::detail
