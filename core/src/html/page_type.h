// The page-type guess: article, forum, product, collection, listing, documentation or service,
// from the signals page_signals counts (JSON-LD and og:type first, then the page's structure:
// posts, cards, prices, code) and whether the page is dated and signed.
#pragma once
#include "html/page_signals.h"
#include "pith/article.h"

namespace pith::detail {

PageType guess_page_type(const PageSignals& s, bool dated, bool signed_by_author);

}  // namespace pith::detail
