#include "html/page_type.h"

#include <array>

namespace pith {

const char* page_type_name(PageType type) {
  switch (type) {
    case PageType::kArticle: return "article";
    case PageType::kForum: return "forum";
    case PageType::kProduct: return "product";
    case PageType::kCollection: return "collection";
    case PageType::kListing: return "listing";
    case PageType::kDocumentation: return "documentation";
    case PageType::kService: return "service";
    case PageType::kUnknown: break;
  }
  return "";
}

}  // namespace pith

namespace pith::detail {
namespace {

// Points each signal gives its type; the type with most points wins, above kMinPoints.
// Declared types weigh most (JSON-LD, og:type); structure next. Weights and cut-offs were set
// on WCXB's seven types (both halves agree: see the commit) and say, for example:
// three or more <pre> blocks or fifteen <code> elements are documentation unless the page
// declares an article; four cards with a price are a shop's collection.
constexpr double kMinPoints = 1.0;
constexpr int kMinPosts = 3;
constexpr double kMinPostShare = 0.25;   // of the page's text in the posts
constexpr int kMaxPostLead = 1000;       // more prose before the posts: an article's comments
constexpr int kMinListingCards = 8;
// Cards beside this many long paragraphs are an article's related-stories grid, not a listing.
constexpr int kMaxListingParagraphs = 5;
constexpr double kMinCardShare = 0.3;    // of the page's text in the cards
constexpr int kMinPricedCards = 4;
constexpr int kMinPre = 3;
constexpr int kMinCode = 15;
constexpr int kMaxOneProductTypes = 3;   // more Product objects: a collection
constexpr int kMinCollectionProducts = 3;

std::size_t at(PageType t) { return static_cast<std::size_t>(t); }

}  // namespace

PageType guess_page_type(const PageSignals& s, bool dated, bool signed_by_author) {
  std::array<double, kPageTypeCount> pts{};
  auto ld = [&](PageType t) { return s.ld[at(t)] > 0; };
  auto give = [&](PageType t, double p) { pts[at(t)] += p; };
  if (ld(PageType::kArticle)) give(PageType::kArticle, 2);
  if (s.og == PageType::kArticle) give(PageType::kArticle, 1);
  if (dated) give(PageType::kArticle, 1);
  if (signed_by_author) give(PageType::kArticle, 1);
  if (ld(PageType::kForum)) give(PageType::kForum, 5);
  if (s.posts >= kMinPosts && s.post_share >= kMinPostShare && s.post_lead < kMaxPostLead) give(PageType::kForum, 4);
  if (s.ld_products >= 1 && s.ld_products < kMinCollectionProducts &&
      s.ld[at(PageType::kProduct)] <= kMaxOneProductTypes)
    give(PageType::kProduct, 4);
  if (s.og == PageType::kProduct) give(PageType::kProduct, 3);
  if (s.cart > 0) give(PageType::kProduct, 1.5);
  if (s.ld_products >= kMinCollectionProducts) give(PageType::kCollection, 3);
  if (s.og == PageType::kCollection) give(PageType::kCollection, 4);
  const bool prose_page = s.long_paragraphs >= kMaxListingParagraphs;
  if (s.priced_cards >= kMinPricedCards && !prose_page) give(PageType::kCollection, 4);
  if (ld(PageType::kListing)) give(PageType::kListing, 1.5);
  if (s.cards >= kMinListingCards && s.card_share >= kMinCardShare && s.priced_cards < kMinPricedCards &&
      !prose_page)
    give(PageType::kListing, 3);
  if (ld(PageType::kDocumentation)) give(PageType::kDocumentation, 4);
  if (s.pre >= kMinPre) give(PageType::kDocumentation, 2);
  if (s.code >= kMinCode) give(PageType::kDocumentation, 2);
  if (ld(PageType::kService)) give(PageType::kService, 1.5);
  // Ties go to the first type in PageType order (article first).
  std::size_t best = at(PageType::kArticle);
  for (std::size_t t = best + 1; t < kPageTypeCount; ++t)
    if (pts[t] > pts[best]) best = t;
  // Nothing declared, no structure: a dated or signed page is an article, else a service page
  // (a company's "what we do", a pricing or contact page).
  if (pts[best] <= kMinPoints)
    return dated || signed_by_author ? PageType::kArticle : PageType::kService;
  return static_cast<PageType>(best);
}

}  // namespace pith::detail
