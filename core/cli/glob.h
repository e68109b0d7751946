// Globs for `pith clean 'pages/**/*.html'` when the shell did not expand them; the same rules as
// the Node CLI (bin/cli/glob.mjs):
//   *  any characters but "/"        ?  one character        [abc] [a-z] [!a]  one of / none of
//   ** any number of folders        {a,b}  either (expanded first, nested allowed)
// Names starting with "." are never matched by a wildcard.
#pragma once
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace pith::cli {

// Expanding {a,b} to more patterns than this is a usage error.
inline constexpr std::size_t kMaxBraceExpansions = 1024;

bool has_glob_chars(std::string_view s);

// "a/{b,c}/*.{html,txt}" -> four patterns, in the order written; nullopt past the cap.
std::optional<std::vector<std::string>> expand_braces(const std::string& pattern);

// One path segment against a segment pattern with *, ? and [...] (code points).
bool match_segment(std::string_view pat, std::string_view name);

// A relative path's segments against pattern segments, "**" being any number of segments.
bool match_path(const std::vector<std::string>& pat, const std::vector<std::string>& segs);

// The folder to walk (leading segments without wildcards) and the segments left to match;
// max_depth is the number of those segments, or unbounded (-1) with "**".
struct PatternSplit {
  std::string base;
  std::vector<std::string> rest;
  int max_depth = -1;
};
PatternSplit split_pattern(const std::string& brace_free_pattern);

}  // namespace pith::cli
