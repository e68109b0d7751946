#include "html/url_resolve.h"

#include <vector>

#include "common/utf8.h"

namespace pith::detail {
namespace {

bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_digit(char c) { return c >= '0' && c <= '9'; }
char lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c; }

// Leading/trailing C0 controls and spaces go; tabs and newlines anywhere go (a URL wrapped
// over two lines in the markup: "https://example.com/a\n  /b"). A byte that is not UTF-8
// becomes U+FFFD, as a browser decoding the page would make it: a fuzzer's
// href="https://e\xC8ample.org/" otherwise left an invalid host in the Markdown and HTML.
std::string strip_ref(std::string_view s) {
  std::size_t b = 0, e = s.size();
  while (b < e && static_cast<unsigned char>(s[b]) <= 0x20) ++b;
  while (e > b && static_cast<unsigned char>(s[e - 1]) <= 0x20) --e;
  std::string out;
  out.reserve(e - b);
  for (std::size_t i = b; i < e;) {
    const char c = s[i];
    if (static_cast<unsigned char>(c) < 0x80) {
      if (c != '\t' && c != '\n' && c != '\r') out.push_back(c);
      ++i;
      continue;
    }
    std::size_t len = 1;
    const char32_t cp = decode_utf8(s.substr(0, e), i, len);
    if (len == 1) append_utf8(out, cp);  // invalid: U+FFFD
    else out.append(s.substr(i, len));
    i += len;
  }
  return out;
}

// The scheme of `s` lower-cased, or "" when it has none ("/a:b" and "a/b:c" have none).
std::string scheme_of(std::string_view s, std::size_t& colon) {
  if (s.empty() || !is_alpha(s[0])) return {};
  for (std::size_t i = 1; i < s.size() && i < 32; ++i) {
    const char c = s[i];
    if (c == ':') {
      colon = i;
      std::string out;
      for (std::size_t k = 0; k < i; ++k) out.push_back(lower(s[k]));
      return out;
    }
    if (!is_alpha(c) && !is_digit(c) && c != '+' && c != '-' && c != '.') return {};
  }
  return {};
}

// Bytes a URL may not carry as they are: controls, space, quotes and angle brackets (which
// would end an HTML attribute or a Markdown link), backtick, and every non-ASCII byte (the
// WHATWG serialisation percent-encodes them as UTF-8).
bool must_encode(unsigned char c, bool path) {
  if (c <= 0x20 || c >= 0x7F) return true;
  if (c == '"' || c == '<' || c == '>' || c == '`' || c == '\\' || c == '^' || c == '|') return true;
  return path && (c == '{' || c == '}');
}

void append_encoded(std::string& out, std::string_view s, bool path) {
  static const char kHex[] = "0123456789ABCDEF";
  for (char ch : s) {
    const auto c = static_cast<unsigned char>(ch);
    if (!must_encode(c, path)) {
      out.push_back(ch);
      continue;
    }
    out.push_back('%');
    out.push_back(kHex[c >> 4]);
    out.push_back(kHex[c & 15]);
  }
}

// RFC 3986 5.2.4 over "/"-separated segments, with an explicit vector (no recursion).
std::string remove_dot_segments(std::string_view path) {
  std::vector<std::string_view> segs;
  std::size_t i = 0;
  const bool absolute = !path.empty() && path[0] == '/';
  if (absolute) i = 1;
  bool trailing_slash = false;
  while (i <= path.size()) {
    std::size_t e = path.find('/', i);
    if (e == std::string_view::npos) e = path.size();
    std::string_view seg = path.substr(i, e - i);
    const bool last = e == path.size();
    if (seg == ".") {
      trailing_slash = last;
    } else if (seg == "..") {
      if (!segs.empty()) segs.pop_back();
      trailing_slash = last;
    } else {
      segs.push_back(seg);
      trailing_slash = false;
    }
    i = e + 1;
  }
  std::string out = absolute ? "/" : "";
  for (std::size_t k = 0; k < segs.size(); ++k) {
    if (k) out.push_back('/');
    out.append(segs[k]);
  }
  if (trailing_slash && (out.empty() || out.back() != '/')) out.push_back('/');
  return out;
}

// "user@Example.COM:443" -> "user@example.com" for https; false when the host is unusable.
bool normalize_authority(std::string_view a, const std::string& scheme, std::string& out) {
  out.clear();
  std::size_t at = a.rfind('@');
  std::string_view host = at == std::string_view::npos ? a : a.substr(at + 1);
  if (at != std::string_view::npos) append_encoded(out, a.substr(0, at + 1), false);
  std::string_view port;
  const std::size_t colon = host.rfind(':');
  if (colon != std::string_view::npos && host.find(']', colon) == std::string_view::npos) {
    port = host.substr(colon + 1);
    host = host.substr(0, colon);
    for (char c : port)
      if (!is_digit(c)) return false;
  }
  if (host.empty()) return false;
  for (char c : host) {
    const auto u = static_cast<unsigned char>(c);
    const bool ok = u >= 0x80 || is_alpha(c) || is_digit(c) || c == '-' || c == '.' || c == '_' ||
                    c == '~' || c == '%' || c == '[' || c == ']' || c == ':';
    if (!ok) return false;
    out.push_back(lower(c));
  }
  const bool default_port = port.empty() || (scheme == "http" && port == "80") ||
                            (scheme == "https" && port == "443");
  if (!default_port) {
    out.push_back(':');
    out.append(port);
  }
  return true;
}

// Splits "path?query#fragment" (any part may be empty).
void split_tail(std::string_view s, std::string_view& path, std::string_view& query,
                std::string_view& fragment) {
  const std::size_t hash = s.find('#');
  fragment = hash == std::string_view::npos ? std::string_view() : s.substr(hash);
  s = s.substr(0, hash == std::string_view::npos ? s.size() : hash);
  const std::size_t q = s.find('?');
  query = q == std::string_view::npos ? std::string_view() : s.substr(q);
  path = s.substr(0, q == std::string_view::npos ? s.size() : q);
}

std::string assemble(const std::string& scheme, const std::string& authority,
                     std::string_view path, std::string_view query, std::string_view fragment) {
  std::string out = scheme + "://" + authority;
  const std::string clean = remove_dot_segments(path);
  if (clean.empty() || clean[0] != '/') out.push_back('/');
  append_encoded(out, clean, true);
  append_encoded(out, query, false);
  append_encoded(out, fragment, false);
  return out;
}

// "//host/path?q#f" (after the scheme) into an absolute URL; "" when the host is unusable.
std::string from_network_path(const std::string& scheme, std::string_view rest) {
  std::size_t i = 0;
  while (i < rest.size() && rest[i] == '/') ++i;  // "http:///x" and "http:/x" as browsers do
  rest = rest.substr(i);
  std::size_t e = 0;
  while (e < rest.size() && rest[e] != '/' && rest[e] != '?' && rest[e] != '#') ++e;
  std::string authority;
  if (!normalize_authority(rest.substr(0, e), scheme, authority)) return {};
  std::string_view path, query, fragment;
  split_tail(rest.substr(e), path, query, fragment);
  return assemble(scheme, authority, path, query, fragment);
}

std::string mailto(std::string_view rest) {
  if (rest.empty()) return {};
  std::string out = "mailto:";
  append_encoded(out, rest, false);
  return out;
}

// A reference without a scheme, against a valid base.
std::string relative(const BaseUrl& b, std::string_view ref) {
  if (ref.size() >= 2 && ref[0] == '/' && ref[1] == '/') return from_network_path(b.scheme, ref);
  std::string_view path, query, fragment;
  split_tail(ref, path, query, fragment);
  if (path.empty()) {
    // "?page=2" keeps the base path; "#notes" keeps path and query.
    return assemble(b.scheme, b.authority, b.path, query.empty() && ref[0] == '#' ? b.query : query,
                    fragment);
  }
  if (path[0] == '/') return assemble(b.scheme, b.authority, path, query, fragment);
  const std::size_t slash = b.path.rfind('/');
  std::string merged = b.path.substr(0, slash == std::string::npos ? 0 : slash + 1);
  merged.append(path);
  return assemble(b.scheme, b.authority, merged, query, fragment);
}

}  // namespace

BaseUrl parse_base_url(std::string_view absolute) {
  BaseUrl b;
  std::string s = strip_ref(absolute);
  for (char& c : s)
    if (c == '\\') c = '/';
  std::size_t colon = 0;
  const std::string scheme = scheme_of(s, colon);
  if (scheme != "http" && scheme != "https") return b;
  const std::string_view rest = std::string_view(s).substr(colon + 1);
  if (rest.size() < 2 || rest[0] != '/' || rest[1] != '/') return b;
  const std::string full = from_network_path(scheme, rest);
  if (full.empty()) return b;
  // Split the normalised form back into parts (the fragment is not part of a base).
  const std::string_view v(full);
  const std::size_t auth_start = scheme.size() + 3;
  std::size_t e = v.find('/', auth_start);
  b.scheme = scheme;
  b.authority = std::string(v.substr(auth_start, e - auth_start));
  std::string_view path, query, fragment;
  split_tail(v.substr(e), path, query, fragment);
  b.path = std::string(path);
  b.query = std::string(query);
  b.valid = true;
  return b;
}

std::string resolve_url(const BaseUrl& base, std::string_view ref_in, UrlUse use) {
  std::string ref = strip_ref(ref_in);
  if (ref.empty()) return {};
  std::size_t colon = 0;
  const std::string scheme = scheme_of(ref, colon);
  if (scheme == "mailto") return use == UrlUse::kLink ? mailto(std::string_view(ref).substr(colon + 1)) : "";
  if (!scheme.empty() && scheme != "http" && scheme != "https") return {};
  for (char& c : ref)
    if (c == '\\') c = '/';
  if (!scheme.empty()) {
    const std::string_view rest = std::string_view(ref).substr(colon + 1);
    if (rest.size() >= 2 && rest[0] == '/' && rest[1] == '/') return from_network_path(scheme, rest);
    // "http:page.html": relative to a base of the same scheme, else an authority (WHATWG).
    if (base.valid && base.scheme == scheme && !rest.empty()) return relative(base, rest);
    return from_network_path(scheme, rest);
  }
  if (base.valid) return relative(base, ref);
  // No page address known: a scheme-relative reference still names its host.
  if (ref.size() > 2 && ref[0] == '/' && ref[1] == '/') return from_network_path("https", ref);
  return {};
}

BaseUrl document_base(std::string_view page_url, std::string_view base_href) {
  BaseUrl page = parse_base_url(page_url);
  if (base_href.empty()) return page;
  const std::string resolved = resolve_url(page, base_href, UrlUse::kImage);
  BaseUrl b = parse_base_url(resolved);
  return b.valid ? b : page;
}

}  // namespace pith::detail
