// Inline marks of HTML input: which elements format a range of a block's text (links,
// emphasis, strong, code) and the link target, resolved to an absolute URL. A link whose
// target is not http, https or mailto ("javascript:void(0)") gives no mark; its text stays.
#pragma once
#include <string>
#include <vector>

#include "html/tree.h"
#include "html/url_resolve.h"
#include "pith/article.h"

namespace pith::detail {

// True when element `n` formats its text; sets `kind` and, for a usable link, `href`.
// An <a> without a usable target returns false.
bool inline_mark(const Node& n, const BaseUrl& base, MarkKind& kind, std::string& href);

// The whole subtree of `node` as one line of text with its marks (a table cell, a table
// caption): line breaks and block boundaries become spaces. Images met are appended to
// `images` (with the link around them). The Block is empty when the subtree has no text.
Block inline_block(const Document& d, int node, const BaseUrl& base, std::vector<Image>& images);

}  // namespace pith::detail
