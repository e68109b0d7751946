// Why the HTML stage dropped a node: one byte per node (Node::reason), turned into a reason
// name only when a removal entry is written (the names are listed in docs/schema.md).
#pragma once
#include <cstdint>
#include <string_view>

namespace pith::detail {

// The order is the priority when several class/id words of one element name a reason
// (class="sidebar-comments" is a comment section): lower values win.
enum class Drop : std::uint8_t {
  kNone = 0,
  kCookieNotice,
  kNewsletter,
  kComments,
  kAdvertisement,
  kSocial,
  kRelatedLink,
  kNavigation,
  kSidebar,
  kHeader,
  kFooter,
  kWidget,
  kHidden,
  kByline,          // the byline element: its text becomes the `byline` field
  kDuplicateTitle,  // the headline repeated at the top of the article container
  kDuplicateCaption,  // a gallery's repeated or collapsed copy of a caption (html/captions)
  kLinkList,        // mostly link text (link density)
  kLongList,        // over a hundred list items more than paragraphs: a grid, an index, a menu
  kLowScore,        // too little text, or too many list items, to be article text
  kOutsideArticle,  // not inside the selected content, no more specific sign
  kLimit,           // the page past the tree's node cap (Document::cut_at), never read
  kCaptionWithoutImage,  // the block stage dropped a figure's caption: its image is gone
  kInvisible,       // never rendered (script, style, template, head...): never reported
};

const char* drop_reason_name(Drop r);

// Elements that are never article text (tag_tables.h's is_pruned_element): form controls,
// embeds and graphics are widgets; script, style, template, head... are invisible.
Drop pruned_element_reason(std::string_view name);
// nav, menu, footer, aside, dialog, header.
Drop landmark_reason(std::string_view name);
// ARIA roles that mark page furniture: navigation, menu(bar), complementary, alert, dialog.
Drop role_reason(std::string_view role);

}  // namespace pith::detail
