#include <doctest/doctest.h>

#include <string>

#include "common/dates.h"

using namespace pith::detail;

TEST_CASE("find_date: written dates in six languages and numeric forms") {
  struct Case {
    const char* in;
    const char* iso;
  };
  const Case cases[] = {
      {"Last updated: Dec 12, 2025", "2025-12-12"},
      {"Posted on September 1st, 2023 by the editors", "2023-09-01"},
      {"the 3rd of May 2024", "2024-05-03"},
      {"23.07.2025 · 6 min read", "2025-07-23"},
      {"13-05-2024", "2024-05-13"},
      {"Posted on: 08-17-2012", "2012-08-17"},
      {"2025/12/09", "2025-12-09"},
      {"2025年12月9日", "2025-12-09"},
      {"Thu, 09/25/2025 - 11:38", "2025-09-25"},
      {"13/11/2025 09:21:40", "2025-11-13"},
      {"am 4. März 2025", "2025-03-04"},
  };
  for (const Case& c : cases) {
    std::string v;
    INFO(c.in);
    CHECK(find_date(c.in, v));
    CHECK(v == c.iso);
  }
}

TEST_CASE("find_date: no date is invented") {
  std::string v;
  CHECK_FALSE(find_date("03/04/2026", v));      // day or month first: unknown
  CHECK_FALSE(find_date("12-05-2024", v));
  CHECK_FALSE(find_date("version 1.2.30", v));  // no year
  CHECK_FALSE(find_date("May 40, 2024", v));
  CHECK_FALSE(find_date("2025-11-26123", v));   // part of a longer number
  CHECK_FALSE(find_date("Top 10 picks for 2025", v));
}

TEST_CASE("parse_machine_date: ISO 8601 keeps the time only with its offset") {
  struct Case {
    const char* in;
    const char* out;
  };
  const Case cases[] = {
      {"2025-09-04T12:50:36+00:00", "2025-09-04T12:50:36+00:00"},
      {"2024-05-09 00:00:00 +0000", "2024-05-09T00:00:00+00:00"},
      {"2015-04-06T13:52:00.000-04:00", "2015-04-06T13:52:00-04:00"},
      {"2024-11-22T22:28:12.769Z", "2024-11-22T22:28:12Z"},
      {"2025-11-25 08:33:24", "2025-11-25"},
      {"2025-01-01T03:00:00", "2025-01-01"},
      {"2024-03-05", "2024-03-05"},
      {"20250904", "2025-09-04"},
      {"Thu, 04 Sep 2025 19:24:33 GMT", "2025-09-04"},
      {"Feb 08, 2022", "2022-02-08"},
      {"  2024-04-05T00:00:00-0400", "2024-04-05T00:00:00-04:00"},
  };
  for (const Case& c : cases) {
    std::string v;
    INFO(c.in);
    CHECK(parse_machine_date(c.in, v));
    CHECK(v == c.out);
  }
  std::string v;
  CHECK_FALSE(parse_machine_date("yesterday", v));
  CHECK_FALSE(parse_machine_date("2025-13-45", v));
  CHECK_FALSE(parse_machine_date("", v));
}

TEST_CASE("tokens, months and update words") {
  const auto t = date_tokens("Updated 1st Nov.");
  REQUIRE(t.size() == 3);
  CHECK(t[0].capitalised);
  CHECK(t[1].number == 1);
  CHECK(month_number(t[2].text) == 11);
  CHECK(is_update_word("updated"));
  CHECK(is_update_word("aktualisiert"));
  CHECK_FALSE(is_update_word("published"));
  CHECK(month_number("ноября") == 11);
  CHECK(month_number("novel") == 0);
}
