#include "html/meta_header.h"

#include <algorithm>
#include <vector>

#include "common/dates.h"
#include "html/meta_text.h"
#include "html/tag_tables.h"
#include "html/meta_author.h"

namespace pith::detail {
namespace {

// The header: from a little text before the main heading (a "Category · Dec 3, 2025" line above
// it), to the body. A block longer than a dateline is prose: a date in it is what the article
// talks about, not when it was written. The body has begun after the second such block (the
// first may be a standfirst, with the byline and date under it), or after this much text.
constexpr std::size_t kBeforeBytes = 160;
constexpr int kBeforeNodes = 200;
constexpr std::size_t kDatelineBytes = 160;
constexpr std::size_t kDatelineWords = 9;
constexpr std::size_t kWordsAfterDate = 2;
constexpr int kProseBlocks = 2;
constexpr std::size_t kHeaderBytes = 1500;
constexpr int kHeaderNodes = 3000;
constexpr std::size_t kMaxHeaderLines = 40;

struct Found {
  std::string iso;
  bool revision = false;
};

// Whether one of the (up to three) words before byte `at` of `text` says "updated".
bool after_update_word(std::string_view text, std::size_t at) {
  const std::vector<DateToken> w = date_tokens(text.substr(0, at));
  for (std::size_t k = w.size(), seen = 0; k-- > 0 && seen < 3; ++seen)
    if (is_update_word(w[k].text)) return true;
  return false;
}

// "The council meets again on March 3, 2026 to decide on the pier." is prose, not a dateline: it
// ends a sentence, has more words than a dateline, and goes on after the date. "Discussion
// started by Kim, May 11, 2024." is a dateline.
bool is_sentence(std::string_view block, std::size_t date_at) {
  const char last = block.empty() ? ' ' : block.back();
  if (last != '.' && last != '!' && last != '?') return false;
  const std::vector<DateToken> w = date_tokens(block);
  std::size_t after = 0;
  for (const DateToken& t : w) after += t.begin > date_at ? 1 : 0;
  // The date's own tokens ("March 3, 2026") follow its start: three at most.
  return w.size() > kDatelineWords && after > 3 + kWordsAfterDate;
}

std::string machine(std::string_view s) {
  std::string out;
  return parse_machine_date(s, out) ? out : "";
}

class HeaderScan {
 public:
  explicit HeaderScan(const Document& d) : d_(d) {}

  ArticleHeader run(int heading) {
    int j = header_start(heading);
    const int stop = std::min(static_cast<int>(d_.nodes.size()), subtree_end(d_, heading) + kHeaderNodes);
    std::vector<int> block_ends;
    while (j < stop && !done_) {
      while (!block_ends.empty() && j >= block_ends.back()) {
        block_ends.pop_back();
        flush();
      }
      const Node& n = d_.nodes[static_cast<std::size_t>(j)];
      if (!n.is_text && (is_pruned_element(n.name) || is_landmark_element(n.name))) {
        j = subtree_end(d_, j);
        continue;
      }
      if (n.is_text) {
        if (block_.empty()) block_in_heading_ = j >= heading && j < subtree_end(d_, heading);
        append_collapsed(n.text, block_, space_);
      } else if (n.name == "time") {
        // <span>Updated <time datetime="2025-10-08">Oct 8</time></span>: the label is the text
        // before the element in its block.
        if (const std::string* dt = attr(n, "datetime")) {
          const std::string iso = machine(*dt);
          if (!iso.empty()) found_.push_back({iso, after_update_word(block_, block_.size())});
        }
      } else if (n.name == "br" || is_block_element(n.name)) {
        flush();
        block_ends.push_back(subtree_end(d_, j));
      }
      ++j;
    }
    flush();
    ArticleHeader out;
    out.byline = header_byline(lines_);
    for (const Found& f : found_)
      if (!f.revision) {
        out.date = f.iso;
        return out;
      }
    if (!found_.empty()) out.date = found_.front().iso;
    return out;
  }

 private:
  // The node where about kBeforeBytes of text before the heading begin (text inside scripts
  // and styles does not count).
  int header_start(int heading) const {
    std::size_t seen = 0;
    int j = heading;
    for (int steps = 0; j > 0 && steps < kBeforeNodes && seen < kBeforeBytes; ++steps) {
      --j;
      const Node& n = d_.nodes[static_cast<std::size_t>(j)];
      if (!n.is_text) continue;
      if (n.parent >= 0 && is_pruned_element(d_.nodes[static_cast<std::size_t>(n.parent)].name)) continue;
      seen += n.text.size();
    }
    return j;
  }

  void flush() {
    if (block_.empty()) return;
    std::string iso;
    std::size_t at = 0;
    if (block_.size() > kDatelineBytes) {
      ++prose_;
    } else {
      const bool dated = find_date(block_, iso, &at) && !is_sentence(block_, at);
      if (dated) found_.push_back({iso, after_update_word(block_, at)});
      if (!block_in_heading_ && lines_.size() < kMaxHeaderLines) lines_.push_back({block_, dated});
    }
    total_ += block_.size();
    if (prose_ >= kProseBlocks || total_ >= kHeaderBytes) done_ = true;
    block_.clear();
    space_ = true;
  }

  const Document& d_;
  std::string block_;
  bool space_ = true;
  bool done_ = false;
  int prose_ = 0;
  std::size_t total_ = 0;
  std::vector<Found> found_;
  std::vector<HeaderLine> lines_;  // the short blocks, for the byline
  bool block_in_heading_ = false;
};

}  // namespace

ArticleHeader scan_header(const Document& d, int heading) {
  if (heading < 0 || heading >= static_cast<int>(d.nodes.size())) return {};
  return HeaderScan(d).run(heading);
}

}  // namespace pith::detail
