#include "html/html_text.h"

#include "html/content.h"
#include "html/meta_author.h"
#include "html/page_meta.h"
#include "html/tree.h"

namespace pith::detail {
namespace {

// Below this many characters an attempt is thought to have missed the article and the next,
// more permissive attempt runs (Readability's charThreshold).
constexpr std::size_t kMinArticleChars = 500;
constexpr double kMaxRetryLinkShare = 0.15;

std::size_t text_size(const std::vector<Block>& blocks) {
  std::size_t n = 0;
  for (const auto& b : blocks) n += b.text.size();
  return n;
}

// Share of link text in the chosen nodes after cleaning.
double link_share(const Document& d, const std::vector<int>& roots) {
  std::vector<Measure> m = measure(d);
  double text = 0, link = 0;
  for (int r : roots) {
    text += m[static_cast<std::size_t>(r)].text;
    link += m[static_cast<std::size_t>(r)].link;
  }
  return text > 0 ? link / text : 0;
}

// The href of the document's first <base> element ("" when none).
std::string base_href(const Document& d) {
  for (std::size_t i = 0; i < d.nodes.size() && i < 4096; ++i) {
    const Node& n = d.nodes[i];
    if (n.is_text || n.name != "base") continue;
    if (const std::string* h = attr(n, "href")) return *h;
  }
  return {};
}

}  // namespace

HtmlText html_to_text(std::string_view html, std::string_view page_url) {
  HtmlText out;
  Document d = build_tree(html);
  PageMeta meta = read_page_meta(d);
  // The byline is looked for as Readability does: before landmarks (aside, header) go,
  // since a byline often sits in the article's <header>.
  SelectFlags byline_pass;
  byline_pass.prune_landmarks = false;
  prune(d, byline_pass, -1);
  std::string dom_byline;
  const int byline_node = find_byline_node(d, dom_byline);
  if (dom_byline.empty()) {
    // No name there: the article's own header may carry an unlikely class ("entry-header"), so
    // look again with only the never-content parts (comments, share bars) pruned. The node found
    // first stays the one that leaves the text.
    byline_pass.strip_unlikely = false;
    prune(d, byline_pass, -1);
    find_byline_node(d, dom_byline);
  }
  out.title = meta.title;
  out.byline = choose_byline(meta, dom_byline);
  out.published = meta.published;
  out.site_name = meta.site_name;
  out.language = meta.language;
  out.url = meta.url;
  out.description = meta.description;
  const bool have_page = parse_base_url(page_url).valid;
  const BaseUrl base = document_base(have_page ? page_url : std::string_view(meta.url), base_href(d));

  // Each retry relaxes one more rule; the longest result wins if none reaches the minimum.
  const SelectFlags attempts[] = {{true, true, true, true}, {false, true, true, true},
                                  {false, false, true, true}, {false, false, false, true}};
  RenderedBlocks best;
  bool first = true;
  for (const SelectFlags& f : attempts) {
    prune(d, f, byline_node);
    std::vector<Measure> m = measure(d);
    std::vector<int> roots = select_content(d, m, f);
    clean_content(d, roots, f, out.title);
    RenderedBlocks blocks = render_blocks(d, roots, base);
    std::size_t size = text_size(blocks.blocks);
    // A relaxed attempt that only finds more by taking in menus (link-heavy text) is worse
    // than a short post: "Brief note. 200 characters" beats a 4,000-character link list.
    if (!first && !best.blocks.empty() && link_share(d, roots) > kMaxRetryLinkShare) size = 0;
    first = false;
    if (size > text_size(best.blocks)) best = std::move(blocks);
    if (size >= kMinArticleChars) break;
  }
  out.blocks = std::move(best.blocks);
  for (Block& c : best.dropped_captions) {
    Removed r;
    r.text = std::move(c.text);
    r.reason = "caption-without-image";
    out.removed.push_back(std::move(r));
  }
  for (const auto& b : out.blocks) {
    if (b.text.empty()) continue;
    if (!out.text.empty()) out.text += "\n\n";
    out.text += b.text;
  }
  return out;
}

}  // namespace pith::detail
