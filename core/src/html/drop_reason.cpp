#include "html/drop_reason.h"

namespace pith::detail {

const char* drop_reason_name(Drop r) {
  switch (r) {
    case Drop::kNone: return "";
    case Drop::kCookieNotice: return "cookie-notice";
    case Drop::kNewsletter: return "newsletter";
    case Drop::kComments: return "comments";
    case Drop::kAdvertisement: return "advertisement";
    case Drop::kSocial: return "social";
    case Drop::kRelatedLink: return "related-link";
    case Drop::kNavigation: return "navigation";
    case Drop::kSidebar: return "sidebar";
    case Drop::kHeader: return "header";
    case Drop::kFooter: return "footer";
    case Drop::kWidget: return "widget";
    case Drop::kHidden: return "hidden";
    case Drop::kByline: return "byline";
    case Drop::kDuplicateTitle: return "duplicate-title";
    case Drop::kDuplicateCaption: return "duplicate-caption";
    case Drop::kLinkList: return "link-list";
    case Drop::kLongList: return "long-list";
    case Drop::kLowScore: return "low-score";
    case Drop::kOutsideArticle: return "outside-article";
    case Drop::kLimit: return "node-limit";
    case Drop::kCaptionWithoutImage: return "caption-without-image";
    case Drop::kInvisible: return "";
  }
  return "";
}

Drop pruned_element_reason(std::string_view n) {
  if (n == "button" || n == "select" || n == "textarea" || n == "input" || n == "object" ||
      n == "embed" || n == "canvas" || n == "svg" || n == "math")
    return Drop::kWidget;
  return Drop::kInvisible;
}

Drop landmark_reason(std::string_view n) {
  if (n == "nav" || n == "menu") return Drop::kNavigation;
  if (n == "footer") return Drop::kFooter;
  if (n == "aside") return Drop::kSidebar;
  if (n == "header") return Drop::kHeader;
  if (n == "dialog") return Drop::kWidget;
  return Drop::kNone;
}

Drop role_reason(std::string_view r) {
  if (r == "navigation" || r == "menu" || r == "menubar") return Drop::kNavigation;
  if (r == "complementary") return Drop::kSidebar;
  if (r == "banner") return Drop::kHeader;
  if (r == "contentinfo") return Drop::kFooter;
  if (r == "alert" || r == "alertdialog" || r == "dialog") return Drop::kWidget;
  return Drop::kNone;
}

}  // namespace pith::detail
