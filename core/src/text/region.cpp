#include "text/region.h"

#include <algorithm>

namespace pith::detail {

namespace {

// Words of prose the best region must hold before a comment marker may end the search
// (a 30-word post followed by "12 Comments" and 2,000 words of replies).
// 20 cut too many short articles on the development sets (dragnet-pasted 0.834 -> 0.820).
constexpr double kArticleBeforeComments = 40.0;
// Runs of four or more non-prose lines cost double: dragnet-pasted 0.838 -> 0.860 (menus and
// link lists between two prose regions stop bridging them); golden en-list-in-body keeps its
// three-item list because typed bullets count as prose.
constexpr std::size_t kRun = 4;
constexpr float kRunFactor = 2.0f;

// A comment-section marker is confirmed by what follows: reader comments carry headers ("Jane
// says:", "Reply", a clock time) or a run of dates. "Comments (5 posted)" between two articles
// of a one-page edition is followed by the next article, which has none of these.
bool is_comment_marker(const std::vector<LineFacts>& facts, std::size_t i) {
  if (!is_comment_phrase(facts[i])) return false;
  unsigned dates = 0;
  for (std::size_t k = i + 1; k < facts.size() && k <= i + 150; ++k) {
    if (facts[k].comment_meta || is_comment_phrase(facts[k])) return true;
    if (facts[k].date || facts[k].byline) ++dates;
  }
  return dates >= 3 || i + 3 >= facts.size();
}

// Prose a toolbar link must have after it (words of prose, as region weight), and how much more
// than the best region before it. dragnet-pasted: 100-200 and 1.5-2.5 give the same pages; 1.0
// lets a footer of teasers after a real "Comments" heading win (readability heise, tmz-1).
constexpr double kToolbarProse = 150.0;
constexpr double kToolbarOverBefore = 2.0;

// A short post (a photo and two sentences) followed by a long comment thread: a marker whose
// comment headers or form start within a few lines ("{ 17 comments... } / Jane July 18 at 10:16
// pm", "No comments yet / Leave a comment") ends the search after this much prose.
constexpr double kShortArticle = 5.0;
constexpr std::size_t kCloseEvidence = 6;

// A count in the post's own header line ("August 6, 2012 by Jo Roe 2 Comments") is not one.
bool opens_comment_section(const std::vector<LineFacts>& facts, std::size_t i) {
  if (facts[i].dated) return false;
  for (std::size_t k = i + 1; k < facts.size() && k <= i + kCloseEvidence; ++k)
    if (facts[k].comment_meta || is_comment_phrase(facts[k])) return true;
  return false;
}

// The text line just above a comment marker (at most three lines up, past form and widget
// lines): 8 or more words with two function words, no phrase or metadata. `i` when none.
std::size_t post_line_before(const std::vector<TextLine>& lines,
                             const std::vector<LineFacts>& facts, std::size_t i) {
  for (std::size_t k = i; k-- > 0 && k + 3 >= i;) {
    const LineFacts& f = facts[k];
    if (f.phrase || f.byline || f.date || f.source || f.comment_meta) continue;
    if (lines[k].words >= 8 && lines[k].stop_words >= 2) return k;
  }
  return i;
}

// Lines that head a reader comment or a post: "Jane says:", "Posted by: Jo | May 2 at 9:14",
// a date line, another comment marker ("Reply").
bool comment_header(const LineFacts& f) {
  return f.comment_meta || f.byline || f.date || is_comment_phrase(f);
}

// A comment count or link in the toolbar above the article ("Comments", "View Comments",
// "4 Comments" next to the byline) rather than the start of the comment section: the prose run
// right after it, up to a second header line (the article has one byline or dateline, a comment
// section repeats them), is long and outweighs everything before it (a welcome blurb, an author
// bio, a teaser list).
bool is_toolbar_marker(const std::vector<float>& w, const std::vector<LineFacts>& facts,
                       std::size_t i, double best) {
  double cur = 0.0, run = 0.0;
  unsigned headers = 0;
  // Linear overall: a scan ends at the second header after it, and markers are headers.
  for (std::size_t k = i + 1; k < facts.size() && k <= i + 300; ++k) {
    if (comment_header(facts[k]) && ++headers >= 2) break;
    cur = std::max(0.0, cur + w[k]);
    run = std::max(run, cur);
  }
  return run >= kToolbarProse && run >= kToolbarOverBefore * best;
}

// Footer boilerplate that only ever follows the article ("© 2026 Example Media. All rights
// reserved.", a cookie banner rendered at the bottom, a newsletter box, a site notice, a
// "Related stories" heading over teasers with summary sentences).
bool footer_phrase(const LineFacts& f) {
  if (!f.phrase) return false;
  const std::string_view p(f.phrase);
  return p == "copyright" || p == "cookie-notice" || p == "newsletter" || p == "site-notice" ||
         (p == "related-link" && f.phrase_mode == kWhole);
}

// A news ticker after an article of its own (150 words of prose before it) ends the region; a
// live blog starts its entries near the top and keeps them (dragnet R465 lost them at 80).
void trim_ticker(const std::vector<LineFacts>& facts, TextRegion& r) {
  double before = 0.0;
  for (std::size_t i = r.begin; i < r.end; ++i) {
    if (facts[i].ticker && before >= 150.0) {
      // with its heading ("Liveticker", "Direct")
      r.end = i;
      while (r.end > r.begin + 1 && facts[r.end - 1].weight < 0) --r.end;
      return;
    }
    if (facts[i].weight > 0) before += facts[i].weight;
  }
}

// Prose after a footer line is page furniture ("Your privacy is important to us..."), unless
// it is a large part of the region. Cuts the region at the first footer line that has less
// than a fifth of the region's prose after it.
void trim_footer(const std::vector<LineFacts>& facts, TextRegion& r) {
  double total = 0.0;
  for (std::size_t i = r.begin; i < r.end; ++i)
    if (facts[i].weight > 0) total += facts[i].weight;
  double after = 0.0;
  std::size_t cut = r.end;
  for (std::size_t i = r.end; i-- > r.begin;) {
    if (footer_phrase(facts[i]) && after < 0.2 * total) cut = i;
    if (facts[i].weight > 0) after += facts[i].weight;
    if (after >= 0.2 * total) break;
  }
  r.end = cut;
}

}  // namespace

TextRegion find_region(const std::vector<TextLine>& lines, const std::vector<LineFacts>& facts) {
  TextRegion r;
  const std::size_t n = lines.size();
  r.comments_from = n;
  // Runs of non-prose lines are menus and link lists; a lone heading or caption inside the
  // article is not. Lines in a run of kRun or more cost kRunFactor times as much.
  std::vector<float> w(n);
  for (std::size_t i = 0; i < n;) {
    std::size_t j = i;
    while (j < n && facts[j].weight < 0 && !lines[j].code_like) ++j;
    const float factor = j - i >= kRun ? kRunFactor : 1.0f;
    for (std::size_t k = i; k < j; ++k) w[k] = facts[k].weight * factor;
    if (j < n) w[j] = facts[j].weight;
    i = j + 1;
  }
  // Maximum-sum subarray (Kadane). The first comment-section marker after a substantial best
  // region ends the search: a short post followed by long reader comments is still the post.
  double best = 0.0, cur = 0.0;
  std::size_t cur_begin = 0;
  bool found = false;
  for (std::size_t i = 0; i < n; ++i) {
    const bool stop = best >= kArticleBeforeComments ||
                      (best >= kShortArticle && opens_comment_section(facts, i));
    if (stop && is_comment_phrase(facts[i]) && !is_toolbar_marker(w, facts, i, best)) {
      r.comments_from = i;
      break;
    }
    // A post of one unfinished sentence right above its comment section ("You know me, I love
    // pixels... / Comments (0) / No comments yet / Leave a comment"): nothing scored before it.
    if (best < kShortArticle && opens_comment_section(facts, i) && is_comment_phrase(facts[i]) &&
        !is_toolbar_marker(w, facts, i, best)) {
      const std::size_t k = post_line_before(lines, facts, i);
      if (k < i) {
        r.begin = k;
        r.end = i;
        r.comments_from = i;
        found = true;
        break;
      }
    }
    if (cur <= 0.0) {
      cur = 0.0;
      cur_begin = i;
    }
    cur += w[i];
    if (cur > best) {
      best = cur;
      r.begin = cur_begin;
      r.end = i + 1;
      found = true;
    }
  }
  if (!found) {
    // No prose at all (a list, a poem, a table): keep every line.
    r.begin = 0;
    r.end = n;
  }
  trim_footer(facts, r);
  trim_ticker(facts, r);
  // The comment section: a marker line ("12 Comments", "Leave a Reply") after enough article
  // text ends the article even when the comments are long prose.
  double before = 0.0, total = 0.0;
  for (std::size_t i = r.begin; i < r.end; ++i)
    if (facts[i].weight > 0) total += facts[i].weight;
  for (std::size_t i = r.begin; i < r.end; ++i) {
    const bool marker = is_comment_marker(facts, i) && !is_toolbar_marker(w, facts, i, before);
    if (marker && (before >= 80.0 || before >= 0.3 * total)) {
      r.end = i;
      r.comments_from = i;
      break;
    }
    if (facts[i].weight > 0) before += facts[i].weight;
  }
  if (r.comments_from == n) {
    for (std::size_t i = r.end; i < n && i < r.end + 15; ++i) {
      if (is_comment_marker(facts, i)) {
        r.comments_from = i;
        break;
      }
    }
  }
  return r;
}

}  // namespace pith::detail
