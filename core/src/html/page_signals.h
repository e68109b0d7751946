// What a page's markup says about its kind, counted in one pass over the light DOM before any
// pruning: JSON-LD types, og:type, code blocks, prices and buy buttons, repeated sibling cards
// and repeated posts. The guess itself is page_type's.
#pragma once
#include <array>

#include "html/tree.h"
#include "pith/article.h"

namespace pith::detail {

inline constexpr std::size_t kPageTypeCount = 8;  // PageType values, kUnknown included

struct PageSignals {
  std::array<int, kPageTypeCount> ld{};  // JSON-LD "@type" votes per PageType
  int ld_products = 0;                   // Product objects among them
  PageType og = PageType::kUnknown;      // what og:type says
  int pre = 0;           // <pre> blocks with text
  int code = 0;          // <code> elements
  int prices = 0;        // short text nodes that are an amount with a currency sign
  int cart = 0;          // buy buttons ("Add to cart")
  int cards = 0;         // largest run of like siblings, each a link with a picture or heading
  int priced_cards = 0;  // cards of that run holding a price
  double card_share = 0; // that run's share of the page's text
  int posts = 0;         // largest run of like siblings named as posts, holding prose
  double post_share = 0; // that run's share of the page's text
  int post_lead = 0;     // prose between the <h1> and the first post (an article's body)
  int articles = 0;      // <article> elements
  int long_paragraphs = 0;  // <p> with kLongParagraph characters of prose or more
  int page_text = 0;     // characters of visible text
};

PageSignals read_page_signals(const Document& d);

}  // namespace pith::detail
