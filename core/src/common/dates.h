// Calendar dates in text and in markup, for both engines: the plain-text engine's datelines
// ("Published: 26 November 2026") and the HTML engine's meta tags, datetime attributes and
// visible header dates ("Last updated: Dec 12, 2025", "23.07.2025 · 6 min read").
#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace pith::detail {

// A word of a line as the date scanners see it.
struct DateToken {
  std::string text;  // lowercased
  int number = -1;   // value when all digits (up to 4 digits, or 1-2 digits + "st/nd/rd/th")
  bool capitalised = false;
  std::size_t begin = 0;  // byte offset in the scanned text
};

std::vector<DateToken> date_tokens(std::string_view s);

// 1-12 for a month name or abbreviation in one of six languages ("nov", "noviembre",
// "ноября"), else 0. `lower` is lowercased.
int month_number(std::string_view lower);

// Words that may sit between the parts of a date ("26 de noviembre de 2026").
bool is_date_filler(std::string_view lower);

// Words that say a date is a revision, not the first publication ("Updated", "aktualisiert").
bool is_update_word(std::string_view lower);

// Finds a calendar date anywhere in `text`: sets `iso` to "YYYY-MM-DD" (and `at`, when given, to
// the byte offset where the date starts) and returns true. "03/04/2026" is ambiguous (day or
// month first) and is not a date.
bool find_date(std::string_view text, std::string& iso, std::size_t* at = nullptr);

// A date written for machines: a datetime attribute, a meta tag's content, JSON-LD
// ("2025-09-04T12:50:36+00:00", "2024-05-09 00:00:00 +0000", "20250904",
// "Thu, 04 Sep 2025 19:24:33 GMT", "Feb 08, 2022"). `out` gets ISO 8601: the date alone, or the
// date and time with its offset when the offset is known (a time without a zone names no
// instant, and the reader wants the day).
bool parse_machine_date(std::string_view s, std::string& out);

}  // namespace pith::detail
