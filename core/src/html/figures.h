// Figures of HTML input: a <figure> becomes a figure block holding its images, followed by its
// caption blocks (figcaption), each pointing back at it; credit lines ("Photo: J. Doe/Agency",
// an element whose class or itemprop says credit or copyright) are caption blocks marked
// credit. A figure without an image gives its captions to its other content (a table, a
// quotation), or, with nothing else, drops them with the reason "caption-without-image".
#pragma once
#include <cstddef>
#include <vector>

#include "html/tree.h"
#include "pith/article.h"

namespace pith::detail {

// The element's class, id or itemprop says it holds a credit or copyright line.
bool is_credit_element(const Node& n);
// The element's class or id says caption ("wp-caption-text", "image-caption").
bool is_caption_element(const Node& n);

// Finishes the figure whose placeholder block is blocks[fig]; blocks after it were written
// inside the figure. Captions not yet attached are attached (and credits split off); an empty
// figure's placeholder goes. Captions that describe nothing are moved to `dropped`, except when
// the figure held an image the reader cannot load (`unresolved`: no page address to resolve
// its relative source): the image exists, so its caption stays as a paragraph.
void close_figure(std::vector<Block>& blocks, std::size_t fig, std::vector<Image>&& images,
                  bool unresolved, std::vector<Block>& dropped);

// Attaches the unattached captions in blocks[from..] to blocks[target] (an image just before
// them: "<img><p class=caption>...</p>"), splitting off credits.
void attach_captions(std::vector<Block>& blocks, std::size_t from, std::size_t target);

// "A boat at dawn. Photo: J. Doe/Agency" -> the caption and the credit (byte offset of the
// credit, 0 when the whole text is a credit, npos when there is none).
std::size_t credit_start(std::string_view caption);

}  // namespace pith::detail
