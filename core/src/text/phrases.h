// Boilerplate phrase tables (boilerplate_table.inc) and the matcher that labels one line with a
// reason code ("Also read: ..." -> related-link, "Share" -> widget).
#pragma once
#include <string_view>

namespace pith::detail {

enum PhraseMode { kWhole, kLead, kStart, kContains, kCount, kCountLead };

struct PhraseMatch {
  const char* reason = nullptr;  // nullptr: no phrase matched
  PhraseMode mode = kWhole;
};

// `key` is line_key(line) (lowercased words joined by single spaces); `words` its word count.
PhraseMatch match_phrase(std::string_view line, std::string_view key, unsigned words);

}  // namespace pith::detail
