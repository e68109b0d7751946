// Metadata lines of a pasted article: datelines ("26 November 2026", "Nov. 26, 2026",
// "2026-11-26", "26.11.2026", "3 hours ago"), bylines ("By Jane Doe") and source lines
// ("Source: ZN"). Each parser looks at one line and never at its neighbours.
#pragma once
#include <string>
#include <string_view>

#include "common/dates.h"  // find_date: calendar dates, shared with the HTML engine

namespace pith::detail {

// True when the whole line is a dateline (a date plus only date words: "Published: Monday,
// 26 November 2026, 14:30"), or a relative time ("3 hours ago"). `value` gets the ISO date when
// parseable, else the line text.
bool parse_date_line(std::string_view line, std::string& value);

// True when the first word of the line belongs to a date ("Monday", "26", "Nov", "Published"),
// false for a name ("Jane Roe July 14, 2026 at 9:52 pm" is a comment header, not a dateline).
bool starts_with_date_word(std::string_view line);

// True when the line is a byline ("By Jane Doe", "by Jane Doe on July 21, 2026",
// "Von Max Muster | 26.11.2026"); `name` gets the author part.
bool parse_byline(std::string_view line, std::string& name);

// True when the line is a source line ("Source: ZN", "Quelle: dpa"); `source` gets the value.
bool parse_source_line(std::string_view line, std::string& source);

}  // namespace pith::detail
