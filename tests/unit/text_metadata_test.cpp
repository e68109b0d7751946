#include <doctest/doctest.h>

#include <string>

#include "text/metadata.h"

using namespace pith::detail;

TEST_CASE("dates in many formats become ISO 8601") {
  struct Case {
    const char* in;
    const char* iso;
  };
  const Case cases[] = {
      {"26 November 2026", "2026-11-26"},
      {"Nov. 26, 2026", "2026-11-26"},
      {"November 26, 2026", "2026-11-26"},
      {"2026-11-26", "2026-11-26"},
      {"26.11.2026", "2026-11-26"},
      {"26/11/2026", "2026-11-26"},
      {"Published: Monday 3 February 2025, 14:30 GMT", "2025-02-03"},
      {"26. November 2026", "2026-11-26"},
      {"Publié le 26 novembre 2025", "2025-11-26"},
      {"26 de noviembre de 2025", "2025-11-26"},
      {"26 ноября 2025 г.", "2025-11-26"},
      {"26 листопада 2025 року", "2025-11-26"},
  };
  for (const Case& c : cases) {
    std::string v;
    INFO(c.in);
    CHECK(parse_date_line(c.in, v));
    CHECK(v == c.iso);
  }
}

TEST_CASE("relative dates stay as text; ambiguous or impossible dates are not invented") {
  std::string v;
  CHECK(parse_date_line("3 hours ago", v));
  CHECK(v == "3 hours ago");
  CHECK(parse_date_line("vor 2 Stunden", v));
  CHECK(parse_date_line("5 годин тому", v));
  std::string iso;
  CHECK_FALSE(find_date("03/04/2026", iso));  // day or month first? unknown
  CHECK_FALSE(find_date("31.13.2026", iso));
}

TEST_CASE("a sentence that mentions a date is not a dateline") {
  std::string v;
  CHECK_FALSE(parse_date_line("The council will meet again on 26 November 2026 to decide.", v));
  CHECK_FALSE(parse_date_line("Home News Sport", v));
}

TEST_CASE("bylines in several languages") {
  struct Case {
    const char* in;
    const char* name;
  };
  const Case cases[] = {
      {"By Jane Doe", "Jane Doe"},
      {"by Paul Smith on July 21, 2026", "Paul Smith"},
      {"By Priya Nair, Health Correspondent", "Priya Nair"},
      {"Von Anna Becker | 26.11.2025", "Anna Becker"},
      {"Par Claire Dubois", "Claire Dubois"},
      {"Por Lucía Fernández", "Lucía Fernández"},
      {"Автор: Иван Петров", "Иван Петров"},
      {"Авторка: Олена Коваль", "Олена Коваль"},
      {"By Jo Roe on 10.29.12 | Photo by Acme", "Jo Roe"},
  };
  for (const Case& c : cases) {
    std::string name;
    INFO(c.in);
    CHECK(parse_byline(c.in, name));
    CHECK(name == c.name);
  }
  std::string name;
  CHECK_FALSE(parse_byline("By the time the polls closed, most people had already gone home.", name));
  CHECK_FALSE(parse_byline("Bylines are rare", name));
  CHECK_FALSE(parse_byline("By Christmas, most families had left the town.", name));
}

TEST_CASE("source lines give the source value") {
  std::string s;
  CHECK(parse_source_line("Source: ZN", s));
  CHECK(s == "ZN");
  CHECK(parse_source_line("Quelle: dpa", s));
  CHECK(s == "dpa");
  CHECK(parse_source_line("Source : AFP", s));
  CHECK(s == "AFP");
  CHECK(parse_source_line("Джерело: Укрінформ", s));
  CHECK(s == "Укрінформ");
  CHECK_FALSE(parse_source_line("Sources close to the minister said the plan would change: nobody "
                                "expected it to pass this year.",
                                s));
}
