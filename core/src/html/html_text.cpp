#include "html/html_text.h"

#include <cctype>

#include "common/utf8.h"
#include "html/captions.h"
#include "html/content.h"
#include "html/meta_author.h"
#include "html/page_meta.h"
#include "html/page_type.h"
#include "html/page_type_flags.h"
#include "html/tag_tables.h"
#include "html/tree.h"

namespace pith::detail {
namespace {

// Below this many characters an attempt is thought to have missed the article and the next,
// more permissive attempt runs (Readability's charThreshold).
constexpr std::size_t kMinArticleChars = 500;
constexpr double kMaxRetryLinkShare = 0.15;
// Below this many characters the page is thought to hide its text (see fallback_blocks).
constexpr std::size_t kFallbackChars = 200;

std::size_t text_size(const std::vector<Block>& blocks) {
  std::size_t n = 0;
  for (const auto& b : blocks) n += b.text.size();
  return n;
}

// The page's address unless it names another scheme than http(s): a canonical
// "javascript:alert(1)" is nothing to offer a reader as a link. Relative addresses
// ("/blog/post", "//host/path") stay as the page wrote them.
std::string web_url(const std::string& url) {
  const std::string u = plain_line(url);
  const std::size_t b = u.find_first_not_of(' ');
  if (b == std::string::npos) return "";
  // A scheme is letters, digits, + - . before the first ':' (and before any / ? #).
  std::size_t k = b;
  while (k < u.size() && (std::isalnum(static_cast<unsigned char>(u[k])) || u[k] == '+' || u[k] == '-' || u[k] == '.')) ++k;
  if (k < u.size() && u[k] == ':' && k > b) {
    std::string scheme = u.substr(b, k - b);
    for (char& c : scheme) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (scheme != "http" && scheme != "https") return "";
  }
  return u.substr(b, u.find_last_not_of(' ') + 1 - b);
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

// The attempt whose blocks are kept, and what the removal log needs of it.
struct Selection {
  RenderedBlocks blocks;
  std::vector<int> roots;           // its selected content
  std::vector<std::uint8_t> drops;  // its prune/clean marks (save_drops), when a later run may prune again
  bool live = false;                // the document still holds its marks
};

// Each retry relaxes one more rule; the longest result wins if none reaches the minimum.
Selection select_blocks(Document& d, const std::string& title, int byline_node,
                        bool honour_hidden, const BaseUrl& base, PageType type,
                        std::vector<Measure> visible = {}) {
  SelectFlags attempts[] = {{true, true, true, true}, {false, true, true, true},
                            {false, false, true, true}, {false, false, false, true}};
  Selection best;
  bool first = true;
  for (SelectFlags& f : attempts) {
    f.honour_hidden = honour_hidden;
    apply_page_type(f, type);
    prune(d, f, byline_node, &visible);  // `visible`: the same for every attempt
    std::vector<Measure> m = measure(d);
    std::vector<int> roots = select_content(d, m, f);
    clean_content(d, roots, f, title);
    // Captions repeat only where there are pictures.
    int pictures = 0;
    for (int r : roots) pictures += m[static_cast<std::size_t>(r)].img;
    if (pictures > 0) drop_repeated_captions(d, roots);
    RenderedBlocks blocks = render_blocks(d, roots, base);
    std::size_t size = text_size(blocks.blocks);
    // A relaxed attempt that only finds more by taking in menus (link-heavy text) is worse
    // than a short post: "Brief note. 200 characters" beats a 4,000-character link list.
    if (!first && !best.blocks.blocks.empty() && link_share(d, roots) > kMaxRetryLinkShare) size = 0;
    // The removal log follows the attempt whose blocks are kept: the first one until one finds
    // more. Its marks are saved when another run may prune again (a short result).
    best.live = first || size > text_size(best.blocks.blocks);
    if (best.live) {
      best.roots = std::move(roots);
      if (size < kMinArticleChars) best.drops = save_drops(d);
    }
    first = false;
    if (size > text_size(best.blocks.blocks)) best.blocks = std::move(blocks);
    if (size >= kMinArticleChars) break;
  }
  return best;
}

// Bytes of text inside elements with the hidden attribute (outermost ones only).
std::size_t hidden_text(const Document& d) {
  std::size_t n = 0;
  for (int i = 1; i < static_cast<int>(d.nodes.size());) {
    const Node& node = d.nodes[static_cast<std::size_t>(i)];
    if (!node.is_text && attr(node, "hidden")) {
      // Whatever pruning marked: the text a browser would show once the script reveals it.
      for (int j = i + 1; j < subtree_end(d, i); ++j) {
        const Node& t = d.nodes[static_cast<std::size_t>(j)];
        if (t.is_text && !is_pruned_element(d.nodes[static_cast<std::size_t>(t.parent)].name))
          n += t.text.size();
      }
      if (n >= kFallbackChars) return n;
      i = subtree_end(d, i);
      continue;
    }
    ++i;
  }
  return n;
}

// When every attempt comes back (nearly) empty, the page may keep its text where a reader
// with scripts on never sees it in the markup we read: in <noscript> (a forum's crawler
// view of the thread) or in hidden="" elements that a script moves into place (streamed
// server rendering: <div hidden id="S:0">...the article...</div>). Those are read as a last
// resort, and kept only when they hold a page's worth of text more. A <noscript> reading is a
// second Document `nd` of the same input (its byte ranges index `html` too); `from_nd` says
// which document the result's roots and marks belong to.
Selection fallback_blocks(std::string_view html, Document& d, Document& nd, bool& from_nd,
                          const std::string& title, int byline_node, const BaseUrl& base,
                          PageType type, Selection best) {
  const std::size_t before = text_size(best.blocks.blocks);
  if (html.find("<noscript") != std::string_view::npos ||
      html.find("<NOSCRIPT") != std::string_view::npos) {
    nd = build_tree(html, /*noscript_markup=*/true);
    std::string byline;
    Selection s = select_blocks(nd, title, find_byline_node(nd, byline), true, base, type);
    if (text_size(s.blocks.blocks) >= before + kFallbackChars) {
      best = std::move(s);
      from_nd = true;
    }
  }
  if (text_size(best.blocks.blocks) < kFallbackChars && hidden_text(d) >= kFallbackChars) {
    Selection s = select_blocks(d, title, byline_node, false, base, type);
    if (text_size(s.blocks.blocks) >= before + kFallbackChars) {
      best = std::move(s);
      from_nd = false;
    } else if (!from_nd) {
      best.live = false;  // d holds this run's marks now; the kept result's were saved
    }
  }
  return best;
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
  std::vector<Measure> visible;  // the same for every prune of this document (see prune)
  prune(d, byline_pass, -1, &visible);
  std::string dom_byline;
  const int byline_node = find_byline_node(d, dom_byline);
  if (dom_byline.empty()) {
    // No name there: the article's own header may carry an unlikely class ("entry-header"), so
    // look again with only the never-content parts (comments, share bars) pruned. The node found
    // first stays the one that leaves the text.
    byline_pass.strip_unlikely = false;
    prune(d, byline_pass, -1, &visible);
    find_byline_node(d, dom_byline);
  }
  // Metadata is read from attribute values and <title> as the page wrote them; the body goes
  // through the text engine's normaliser, these fields get the minimum here (a fuzzer found
  // "<title>Library\x9b\x9b…" returned with its invalid bytes, NULs too).
  out.title = plain_line(meta.title);
  out.byline = plain_line(choose_byline(meta, dom_byline));
  out.published = plain_line(meta.published);
  out.site_name = plain_line(meta.site_name);
  out.language = plain_line(meta.language);
  out.url = web_url(meta.url);
  out.description = plain_line(meta.description);
  out.page_type = guess_page_type(read_page_signals(d), !out.published.empty(), !out.byline.empty());
  // Links resolve against the page's address when given, else the canonical URL as written
  // (document_base accepts only an absolute http(s) base).
  const bool have_page = parse_base_url(page_url).valid;
  const BaseUrl base = document_base(have_page ? page_url : std::string_view(meta.url), base_href(d));

  Selection best = select_blocks(d, out.title, byline_node, true, base, out.page_type,
                                 std::move(visible));
  Document nd;
  bool from_nd = false;
  if (text_size(best.blocks.blocks) < kFallbackChars)
    best = fallback_blocks(html, d, nd, from_nd, out.title, byline_node, base,
                           out.page_type, std::move(best));
  out.blocks = std::move(best.blocks.blocks);
  for (Block& c : best.blocks.dropped_captions) {
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
  // The log reads the document the kept result came from, with that result's marks.
  Document& logged = from_nd ? nd : d;
  if (!best.live) restore_drops(logged, best.drops);
  out.removal = log_removed(logged, best.roots, html, out.text);
  return out;
}

}  // namespace pith::detail
