// Duplicate detection in linear time: exact repeats by the hash of the word sequence, near
// repeats by word-set Jaccard similarity over candidates found through min-hash buckets (no
// all-pairs comparison).
#pragma once
#include <cstdint>
#include <string_view>
#include <vector>

#include "text/segment.h"

namespace pith::detail {

// Two lines are near duplicates when the Jaccard similarity of their word sets is at least
// this. 0.8 tolerates one or two changed words in a ten-word sentence ("on" for "regarding").
inline constexpr double kNearDuplicate = 0.8;
// A headline repeated with small wording changes ("...talks on Ukraine" after "...talks
// regarding Ukraine"): the looser bar applies only when comparing against the chosen title.
inline constexpr double kTitleDuplicate = 0.6;

// Sorted, unique hashes of the lowercased words of `s`.
std::vector<std::uint64_t> word_set(std::string_view s);
double jaccard(const std::vector<std::uint64_t>& a, const std::vector<std::uint64_t>& b);

// True when `line` repeats the title: word counts within a factor of two and either word-set
// Jaccard >= kTitleDuplicate or the smaller set (>= 4 words) lies 90% inside the larger.
bool is_title_duplicate(const std::vector<std::uint64_t>& title_words, std::string_view line);

// Marks body lines that repeat an earlier header line (title, standfirst) exactly (>= 4 words)
// or nearly (>= 8 words, Jaccard >= kNearDuplicate) as removed with reason "duplicate": a page
// prints its summary above the article and again as the lead ("Summary. / By X / Summary.").
// Repeats between two body lines are kept: measured on the Readability pages they are the
// author's (code listings, refrains, repeated table rows), and removing them cost 5 points of
// recall.
void mark_duplicates(std::string_view text, std::vector<TextLine>& lines);

}  // namespace pith::detail
