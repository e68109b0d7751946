#include <doctest/doctest.h>

#include "input/sniff.h"

using pith::detail::looks_like_html;

TEST_CASE("documents that start like HTML are HTML") {
  CHECK(looks_like_html("<!DOCTYPE html><html><body><p>x</p></body></html>"));
  CHECK(looks_like_html("\xEF\xBB\xBF  \n<html lang=\"de\">"));
  CHECK(looks_like_html("<!-- saved from url=(0040)https://example.org/ -->\n<html>"));
  CHECK(looks_like_html("<div class=\"article\"><p>Body</p></div>"));
  CHECK(looks_like_html("<p>Just a fragment</p>"));
}

TEST_CASE("pasted text that merely mentions markup stays text") {
  CHECK_FALSE(looks_like_html("How to write <p> tags: a beginner's guide\n\nThe <p> element..."));
  CHECK_FALSE(looks_like_html("Headline\n\n<html> is the root element of a page."));
  CHECK_FALSE(looks_like_html(""));
  CHECK_FALSE(looks_like_html("<3 this article about hearts"));
  CHECK_FALSE(looks_like_html("<!-- an unterminated comment"));
}
