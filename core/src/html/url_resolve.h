// URL references of a page made absolute (RFC 3986 section 5 with the WHATWG URL standard's
// leniencies: tabs and newlines removed, backslashes read as slashes). Only the schemes a
// reader can safely follow survive: links http, https and mailto, images http and https.
// Anything else ("javascript:alert(1)", "data:", "tel:") resolves to "".
#pragma once
#include <string>
#include <string_view>

namespace pith::detail {

// An absolute http(s) URL split into its parts; `valid` false when the text is not one.
struct BaseUrl {
  bool valid = false;
  std::string scheme;     // "http" | "https"
  std::string authority;  // "example.com:8080" (host lower-cased, default port dropped)
  std::string path;       // "/a/b.html" (never empty)
  std::string query;      // "?x=1" or ""
};

BaseUrl parse_base_url(std::string_view absolute);

enum class UrlUse { kLink, kImage };

// `ref` resolved against `base` (which may be invalid: then only absolute references resolve).
// Returns "" for a scheme `use` does not allow, an empty reference (no target at all), or a
// reference that cannot be resolved. "#" is the page itself, as in a browser.
std::string resolve_url(const BaseUrl& base, std::string_view ref, UrlUse use);

// The document's base: `<base href>` resolved against the page address, else the page address.
BaseUrl document_base(std::string_view page_url, std::string_view base_href);

}  // namespace pith::detail
