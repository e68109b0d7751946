// Carousel and gallery captions: a slideshow repeats each caption (a collapsed "First
// words…" copy and the full one, or the same text for the thumbnail and the slide). Inside a
// figure or a gallery (three or more pictures with a line or two each) the repeats are
// dropped; the first full caption stays. Credit lines stay: the development sets' truth keeps
// them, even repeated ("Courtesy of X" under each picture).
#pragma once
#include <vector>

#include "html/tree.h"

namespace pith::detail {

void drop_repeated_captions(Document& d, const std::vector<int>& roots);

}  // namespace pith::detail
