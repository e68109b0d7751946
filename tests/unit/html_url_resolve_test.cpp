#include <doctest/doctest.h>

#include "html/url_resolve.h"

using namespace pith::detail;

TEST_CASE("url_resolve: relative references against a page (RFC 3986 examples)") {
  const BaseUrl b = parse_base_url("http://a.example/b/c/d;p?q");
  REQUIRE(b.valid);
  struct Case { const char* ref; const char* want; };
  const Case cases[] = {
      {"g", "http://a.example/b/c/g"},
      {"./g", "http://a.example/b/c/g"},
      {"g/", "http://a.example/b/c/g/"},
      {"/g", "http://a.example/g"},
      {"//g.example/x", "http://g.example/x"},
      {"?y", "http://a.example/b/c/d;p?y"},
      {"g?y", "http://a.example/b/c/g?y"},
      {"#s", "http://a.example/b/c/d;p?q#s"},
      {"g#s", "http://a.example/b/c/g#s"},
      {"..", "http://a.example/b/"},
      {"../g", "http://a.example/b/g"},
      {"../../../g", "http://a.example/g"},
      {"g/./h/../i", "http://a.example/b/c/g/i"},
      {"HTTPS://Other.Example:443/Path", "https://other.example/Path"},
      {"http://x.example:8080", "http://x.example:8080/"},
  };
  for (const Case& c : cases) {
    INFO("ref: ", c.ref);
    CHECK(resolve_url(b, c.ref, UrlUse::kLink) == c.want);
  }
}

TEST_CASE("url_resolve: only http, https and mailto survive") {
  const BaseUrl b = parse_base_url("https://news.example/story/1.html");
  CHECK(resolve_url(b, "javascript:alert(1)", UrlUse::kLink).empty());
  CHECK(resolve_url(b, " JaVaScRiPt:alert(1)", UrlUse::kLink).empty());
  CHECK(resolve_url(b, "java\nscript:alert(1)", UrlUse::kLink).empty());
  CHECK(resolve_url(b, "data:image/png;base64,AAAA", UrlUse::kImage).empty());
  CHECK(resolve_url(b, "vbscript:x", UrlUse::kLink).empty());
  CHECK(resolve_url(b, "tel:+15551234", UrlUse::kLink).empty());
  CHECK(resolve_url(b, "mailto:desk@news.example", UrlUse::kLink) == "mailto:desk@news.example");
  CHECK(resolve_url(b, "mailto:desk@news.example", UrlUse::kImage).empty());
  CHECK(resolve_url(b, "", UrlUse::kLink).empty());
  CHECK(resolve_url(b, "#", UrlUse::kLink) == "https://news.example/story/1.html#");
}

TEST_CASE("url_resolve: characters that could break out of markup are percent-encoded") {
  const BaseUrl b = parse_base_url("https://news.example/a/");
  CHECK(resolve_url(b, "x y.png", UrlUse::kImage) == "https://news.example/a/x%20y.png");
  CHECK(resolve_url(b, "q?a=\"><script>", UrlUse::kLink) ==
        "https://news.example/a/q?a=%22%3E%3Cscript%3E");
  CHECK(resolve_url(b, "caf\xC3\xA9.html", UrlUse::kLink) == "https://news.example/a/caf%C3%A9.html");
  CHECK(resolve_url(b, "https://bad host/x", UrlUse::kLink).empty());
  CHECK(resolve_url(b, "\\img\\a.png", UrlUse::kImage) == "https://news.example/img/a.png");
  CHECK(resolve_url(b, "  /wrapped\n/path  ", UrlUse::kLink) == "https://news.example/wrapped/path");
}

TEST_CASE("url_resolve: without a page address only absolute references resolve") {
  const BaseUrl none = parse_base_url("");
  CHECK_FALSE(none.valid);
  CHECK(resolve_url(none, "/a.png", UrlUse::kImage).empty());
  CHECK(resolve_url(none, "https://x.example/a.png", UrlUse::kImage) == "https://x.example/a.png");
  CHECK(resolve_url(none, "//cdn.example/a.png", UrlUse::kImage) == "https://cdn.example/a.png");
}

TEST_CASE("url_resolve: <base href> is resolved against the page, then used") {
  const BaseUrl b = document_base("http://site.example/test/page.html", "base/");
  REQUIRE(b.valid);
  CHECK(resolve_url(b, "foo/bar.png", UrlUse::kImage) == "http://site.example/test/base/foo/bar.png");
  CHECK(resolve_url(b, "/foo/bar.png", UrlUse::kImage) == "http://site.example/foo/bar.png");
  CHECK(resolve_url(b, "#top", UrlUse::kLink) == "http://site.example/test/base/#top");
  const BaseUrl bad = document_base("http://site.example/p.html", "javascript:void(0)");
  CHECK(resolve_url(bad, "x.html", UrlUse::kLink) == "http://site.example/x.html");
}

TEST_CASE("url_resolve: a byte that is not UTF-8 becomes U+FFFD, never passes through raw") {
  const BaseUrl b = parse_base_url("https://news.example/story/1.html");
  // In the host: kept as the browser's U+FFFD (valid UTF-8), in the path percent-encoded.
  CHECK(resolve_url(b, "https://e\xC8" "ample.org/a", UrlUse::kLink) == "https://e\xEF\xBF\xBD" "ample.org/a");
  CHECK(resolve_url(b, "/caf\xE9", UrlUse::kLink) == "https://news.example/caf%EF%BF%BD");
  // Valid UTF-8 is unchanged: an IDN host stays, a path is encoded as before.
  CHECK(resolve_url(b, "https://b\xC3\xBC" "cher.example/\xC3\xA9t\xC3\xA9", UrlUse::kLink) ==
        "https://b\xC3\xBC" "cher.example/%C3%A9t%C3%A9");
}
