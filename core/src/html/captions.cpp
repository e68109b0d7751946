#include "html/captions.h"

#include <string>
#include <string_view>
#include <unordered_map>

#include "html/content.h"

namespace pith::detail {
namespace {

// A gallery: an element holding at least this many pictures (a carousel, a slideshow).
constexpr int kGalleryImages = 3;
// A gallery's text per picture at most: captions, not paragraphs.
constexpr int kMaxCharsPerImage = 300;
// A repeated line shorter than this is a label or a credit ("link", "Courtesy of X"), which
// a page may well repeat; a repeated caption is longer.
constexpr std::size_t kMinRepeatedCaption = 40;
// How far up a caption looks for its figure or gallery.
constexpr int kGalleryReach = 6;
// A collapsed caption is matched to its full copy by this many leading bytes.
constexpr std::size_t kStemKey = 20;
constexpr int kMaxCompared = 8;

// "A long caption that goes on…" / "...goes on...": the collapsed copy of a caption.
std::string_view truncated_stem(std::string_view t) {
  if (t.size() >= 3 && t.substr(t.size() - 3) == "\xE2\x80\xA6") t.remove_suffix(3);  // …
  else if (t.size() >= 3 && t.substr(t.size() - 3) == "...") t.remove_suffix(3);
  else return {};
  while (!t.empty() && t.back() == ' ') t.remove_suffix(1);
  return t;
}

bool is_caption_unit(const std::string& t) {
  return t == "figcaption" || t == "p" || t == "div" || t == "li" || t == "dd" || t == "dt" ||
         t == "cite";
}

// Pictures with a line or two each, not an article with pictures in it.
bool is_gallery(const Measure& m) {
  return m.img >= kGalleryImages && m.p <= 3 * m.img && m.text <= kMaxCharsPerImage * m.img;
}

// The figure or gallery a node sits in (nearest within kGalleryReach), or -1.
int gallery_of(const Document& d, const std::vector<Measure>& m, int i, int root) {
  int a = d.nodes[static_cast<std::size_t>(i)].parent;
  for (int k = 0; k < kGalleryReach && a >= root && a >= 0; ++k) {
    const Node& n = d.nodes[static_cast<std::size_t>(a)];
    if (n.name == "figure" || is_gallery(m[static_cast<std::size_t>(a)])) return a;
    a = n.parent;
  }
  return -1;
}

}  // namespace

void drop_repeated_captions(Document& d, const std::vector<int>& roots) {
  const std::vector<Measure> m = measure(d);
  struct Caption {
    int node, gallery;
    std::string text;
  };
  std::vector<Caption> captions;
  std::unordered_map<std::string, int> seen;  // gallery + text -> first node holding it
  for (int root : roots) {
    const int end = subtree_end(d, root);
    for (int i = root + 1; i < end;) {
      const Node& n = d.nodes[static_cast<std::size_t>(i)];
      const Measure& me = m[static_cast<std::size_t>(i)];
      if (n.removed) { i = subtree_end(d, i); continue; }
      // A caption unit: a caption, paragraph or box holding text and no block of its own
      // (not a link or span inside a paragraph).
      if (n.is_text || me.block_child || me.text == 0 || !is_caption_unit(n.name)) { ++i; continue; }
      int g = gallery_of(d, m, i, root);
      if (g >= 0) {
        std::string text = inner_text(d, i, 2000);
        if (text.size() >= kMinRepeatedCaption && !seen.emplace(std::to_string(g) + '\n' + text, i).second) {
          d.nodes[static_cast<std::size_t>(i)].removed = true;
          d.nodes[static_cast<std::size_t>(i)].reason = Drop::kDuplicateCaption;
        }
        else
          captions.push_back(Caption{i, g, std::move(text)});
      }
      i = subtree_end(d, i);
    }
  }
  // Collapsed copies: "First words of the caption…" when the full caption is in the same
  // gallery. Full captions are looked up by gallery and their first kStemKey bytes; at most
  // kMaxCompared of them are compared, so a page of identical captions stays linear.
  std::unordered_multimap<std::string, std::size_t> by_start;
  for (std::size_t k = 0; k < captions.size(); ++k)
    if (captions[k].text.size() > kStemKey)
      by_start.emplace(std::to_string(captions[k].gallery) + '\n' + captions[k].text.substr(0, kStemKey), k);
  for (const Caption& c : captions) {
    std::string_view stem = truncated_stem(c.text);
    if (stem.size() < kStemKey) continue;
    auto range = by_start.equal_range(std::to_string(c.gallery) + '\n' + std::string(stem.substr(0, kStemKey)));
    int compared = 0;
    for (auto it = range.first; it != range.second && compared < kMaxCompared; ++it, ++compared) {
      const Caption& full = captions[it->second];
      if (full.node == c.node || full.text.size() <= stem.size()) continue;
      if (std::string_view(full.text).substr(0, stem.size()) == stem) {
        d.nodes[static_cast<std::size_t>(c.node)].removed = true;
        d.nodes[static_cast<std::size_t>(c.node)].reason = Drop::kDuplicateCaption;
        break;
      }
    }
  }
}

}  // namespace pith::detail
