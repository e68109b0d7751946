// Images of HTML input: <img> with its srcset, the lazy-loading attributes pages use instead
// of src (data-src, data-lazy-src, data-original... listed in lazy_image_table.inc), the
// <source>s of an enclosing <picture>, and the <noscript> fallback written for readers
// without scripts. URLs are resolved; only http(s) images are kept.
#pragma once
#include <string_view>
#include <vector>

#include "html/tree.h"
#include "html/url_resolve.h"
#include "pith/article.h"

namespace pith::detail {

enum class ImageRead {
  kNone,        // no image: no source at all, a placeholder only, a 1x1 tracking pixel
  kUnresolved,  // a relative source, but the page's address is unknown (no url option,
                // canonical or <base>): an image the reader cannot load, though it exists
  kImage,
};

// Reads element `img` into `out` (usable when kImage).
ImageRead read_image(const Document& d, int img, const BaseUrl& base, Image& out);

// A <noscript> that stands alone (no <img> beside it) and holds an image: that image.
bool read_noscript_image(const Document& d, int noscript, const BaseUrl& base, Image& out);

// A <figure> with no <img> whose attribute names its image (a script builds the <img>:
// itemid="https://.../photo.jpg", data-src="..."), as Readability reads it.
bool read_figure_attribute_image(const Document& d, int figure, const BaseUrl& base, Image& out);

// "a.jpg 640w, b.jpg 1280w" (srcset syntax; URLs may hold commas) with URLs resolved.
// `truncated`: the attribute was cut at the tokenizer's limit, so its last entry is dropped.
std::vector<ImageCandidate> parse_srcset(std::string_view s, const BaseUrl& base,
                                         bool truncated = false);

// Attributes the tree keeps beyond the common ones: every data-* attribute of <img>, <source>
// and <figure>, where lazy loaders put the real address, and a <figure>'s itemid.
bool is_media_attribute(std::string_view element, std::string_view attr);

}  // namespace pith::detail
