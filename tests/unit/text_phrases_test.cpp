// Phrase tables of the plain-text engine (text/phrases.cpp, text/boilerplate_table.inc): lines
// that are boilerplate in any supported language, and prose that only looks like it.
#include <doctest/doctest.h>

#include <string>

#include "text/phrases.h"
#include "text/segment.h"

using namespace pith::detail;

namespace {
std::string reason(const char* line) {
  unsigned words = 0;
  for (const TextLine& l : segment_lines(line)) words += l.words;
  const PhraseMatch m = match_phrase(line, line_key(line), words);
  return m.reason ? m.reason : "";
}
}  // namespace

TEST_CASE("phrases: the heading of a blog's comment list names the post") {
  CHECK(reason("14 Responses to “Why the harbour ferry runs late”") == "comments");
  CHECK(reason("One thought on “A winter of bread baking”") == "comments");
  CHECK(reason("3 comments on Notes from the allotment") == "comments");
  CHECK(reason("2 Kommentare zu „Die neue Fahrradbrücke“") == "comments");
  CHECK(reason("5 commentaires sur « Le marché du samedi »") == "comments");
  CHECK(reason("7 comentarios en “El puerto de noche”") == "comments");
  CHECK(reason("12 комментариев к «Метро»") == "comments");
}

TEST_CASE("phrases: a count in prose is not a comment heading") {
  CHECK(reason("Responses to the survey were mixed, the council said.") == "");
  CHECK(reason("There were 12 responses to the consultation by Friday.") == "");
  CHECK(reason("One thought on the matter kept returning to her.") == "");
}
