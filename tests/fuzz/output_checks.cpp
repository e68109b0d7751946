#include "output_checks.h"

#include <vector>

namespace pith::fuzz {
namespace {

bool in(std::string_view x, std::initializer_list<std::string_view> list) {
  for (std::string_view s : list)
    if (x == s) return true;
  return false;
}

// What an article (and its coming links, images, figures and tables) may be made of. Anything
// else (script, style, iframe, object, embed, form, svg, math, base, meta, link...) fails.
bool allowed_element(std::string_view n) {
  return in(n, {"article", "section", "header", "footer", "div", "span", "p", "h1", "h2", "h3",
                "h4", "h5", "h6", "em", "strong", "b", "i", "u", "s", "sub", "sup", "small",
                "mark", "code", "pre", "br", "hr", "blockquote", "q", "cite", "abbr", "del",
                "ins", "ul", "ol", "li", "dl", "dt", "dd", "figure", "figcaption", "img", "a",
                "table", "caption", "thead", "tbody", "tfoot", "tr", "th", "td", "time"});
}

bool void_element(std::string_view n) { return in(n, {"br", "hr", "img"}); }

bool url_attribute(std::string_view a) { return in(a, {"href", "src", "cite"}); }

// No event handlers, no style (CSS url(javascript:...)), no id (DOM clobbering), no srcdoc,
// formaction, xlink:href...: only these, each on the elements it belongs to.
bool allowed_attribute(std::string_view el, std::string_view a) {
  if (in(a, {"class", "title", "lang", "dir"})) return true;
  if (el == "a") return in(a, {"href", "rel", "hreflang"});
  if (el == "img") return in(a, {"src", "srcset", "alt", "width", "height", "loading", "decoding"});
  if (el == "blockquote" || el == "q" || el == "del" || el == "ins") return a == "cite";
  if (el == "td" || el == "th") return in(a, {"colspan", "rowspan", "scope"});
  if (el == "time") return a == "datetime";
  if (el == "ol") return in(a, {"start", "reversed"});
  return false;
}

bool is_name_char(char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); }

// The only character references the renderer writes. Returns the bytes consumed, 0 if none.
std::size_t entity_at(std::string_view s, std::size_t i, char* decoded) {
  static constexpr std::pair<std::string_view, char> kRefs[] = {
      {"&amp;", '&'}, {"&lt;", '<'}, {"&gt;", '>'}, {"&quot;", '"'}, {"&#39;", '\''}};
  for (const auto& [ref, c] : kRefs) {
    if (s.compare(i, ref.size(), ref) == 0) {
      if (decoded) *decoded = c;
      return ref.size();
    }
  }
  return 0;
}

std::string at(const char* what, std::size_t i) { return std::string(what) + " at byte " + std::to_string(i); }

// "url 1x, url 2x": every candidate's URL must pass.
bool allowed_srcset(std::string_view v) {
  std::size_t b = 0;
  while (b <= v.size()) {
    std::size_t e = v.find(',', b);
    if (e == std::string_view::npos) e = v.size();
    std::string_view cand = v.substr(b, e - b);
    std::size_t s = cand.find_first_not_of(" \t\n\r\f");
    if (s == std::string_view::npos) return false;
    std::size_t t = cand.find_first_of(" \t\n\r\f", s);
    if (!allowed_url(cand.substr(s, t == std::string_view::npos ? std::string_view::npos : t - s)))
      return false;
    b = e + 1;
  }
  return true;
}

}  // namespace

bool allowed_url(std::string_view url) {
  // What a URL parser does first: strip leading/trailing C0 controls and spaces, drop every
  // tab and newline ("jav&#x09;ascript:" decodes to "jav\tascript:", which runs).
  std::string u;
  for (char c : url)
    if (c != '\t' && c != '\n' && c != '\r') u.push_back(c);
  std::size_t b = 0, e = u.size();
  while (b < e && static_cast<unsigned char>(u[b]) <= 0x20) ++b;
  while (e > b && static_cast<unsigned char>(u[e - 1]) <= 0x20) --e;
  std::string_view v(u.data() + b, e - b);
  if (!v.empty() && v[0] == '#') return true;
  auto starts = [&](std::string_view p) {
    if (v.size() < p.size()) return false;
    for (std::size_t k = 0; k < p.size(); ++k) {
      char c = v[k];
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
      if (c != p[k]) return false;
    }
    return true;
  };
  return starts("http://") || starts("https://") || starts("mailto:");
}

std::string check_html_output(std::string_view s) {
  std::vector<std::string> open;
  std::size_t i = 0;
  while (i < s.size()) {
    const char c = s[i];
    if (c == '>' || c == '"') return at("unescaped '>' or '\"' in text", i);
    if (c == '&') {
      std::size_t n = entity_at(s, i, nullptr);
      if (n == 0) return at("a character reference the renderer never writes", i);
      i += n;
      continue;
    }
    if (c != '<') {
      ++i;
      continue;
    }
    const bool end = i + 1 < s.size() && s[i + 1] == '/';
    std::size_t j = i + 1 + (end ? 1 : 0);
    const std::size_t name_at = j;
    while (j < s.size() && is_name_char(s[j])) ++j;
    const std::string name(s.substr(name_at, j - name_at));
    if (name.empty()) return at("'<' that opens no element (comment, doctype, bogus tag)", i);
    if (!allowed_element(name)) return at(("element <" + name + "> is not allowed").c_str(), i);
    if (end) {
      if (j >= s.size() || s[j] != '>') return at("malformed end tag", i);
      if (open.empty() || open.back() != name) return at(("mis-nested </" + name + ">").c_str(), i);
      open.pop_back();
      i = j + 1;
      continue;
    }
    bool self_closed = false;
    while (true) {
      if (j >= s.size()) return at("unterminated tag", i);
      if (s[j] == '>') break;
      if (s.compare(j, 3, " />") == 0 && void_element(name)) {
        self_closed = true;
        j += 2;
        break;
      }
      if (s[j] != ' ') return at("malformed tag", j);
      std::size_t a = ++j;
      while (j < s.size() && (is_name_char(s[j]) || s[j] == '-')) ++j;
      const std::string attr(s.substr(a, j - a));
      if (!allowed_attribute(name, attr))
        return at(("attribute " + attr + " on <" + name + "> is not allowed").c_str(), a);
      if (s.compare(j, 2, "=\"") != 0) return at("attribute without a quoted value", j);
      j += 2;
      std::string value;
      while (j < s.size() && s[j] != '"') {
        if (s[j] == '<' || s[j] == '>') return at("'<' or '>' in an attribute value", j);
        if (s[j] == '&') {
          char d = 0;
          std::size_t n = entity_at(s, j, &d);
          if (n == 0) return at("a character reference the renderer never writes", j);
          value.push_back(d);
          j += n;
          continue;
        }
        value.push_back(s[j++]);
      }
      if (j >= s.size()) return at("unterminated attribute value", a);
      ++j;
      if (url_attribute(attr) && !allowed_url(value)) return at(("URL scheme not allowed: " + value).c_str(), a);
      if (attr == "srcset" && !allowed_srcset(value)) return at(("srcset not allowed: " + value).c_str(), a);
    }
    if (!void_element(name) && !self_closed) open.push_back(name);
    i = j + 1;
  }
  if (!open.empty()) return "unclosed <" + open.back() + ">";
  return "";
}

std::string check_markdown_output(std::string_view md) {
  char fence = 0;
  std::size_t fence_len = 0;
  std::size_t line_start = 0;
  while (line_start <= md.size()) {
    std::size_t line_end = md.find('\n', line_start);
    if (line_end == std::string_view::npos) line_end = md.size();
    std::string_view line = md.substr(line_start, line_end - line_start);
    const std::size_t base = line_start;
    line_start = line_end + 1;
    std::size_t ind = 0;
    while (ind < line.size() && ind < 4 && line[ind] == ' ') ++ind;
    std::size_t run = 0;
    const char f = ind < 4 && ind < line.size() ? line[ind] : 0;
    while ((f == '`' || f == '~') && ind + run < line.size() && line[ind + run] == f) ++run;
    if (fence) {
      // Inside a code block everything is text, up to a closing fence at least as long.
      if (f == fence && run >= fence_len &&
          line.find_first_not_of(" \t", ind + run) == std::string_view::npos) {
        fence = 0;
      }
      continue;
    }
    if (run >= 3) {
      fence = f;
      fence_len = run;
      continue;
    }
    for (std::size_t k = 0; k < line.size(); ++k) {
      const char c = line[k];
      if (c == '\\' && k + 1 < line.size()) {
        ++k;  // an escaped character is text
        continue;
      }
      if (c == '<') return at("unescaped '<' (raw HTML or an autolink)", base + k);
      if (c == ']' && k + 1 < line.size() && line[k + 1] == ':')
        return at("a link reference definition", base + k);
      if (c == ']' && k + 1 < line.size() && line[k + 1] == '(') {
        std::size_t e = line.find_first_of(" )", k + 2);
        std::string_view dest = line.substr(k + 2, e == std::string_view::npos ? std::string_view::npos : e - k - 2);
        if (!allowed_url(dest)) return at(("link to a scheme that is not allowed: " + std::string(dest)).c_str(), base + k);
      }
    }
  }
  return "";
}

}  // namespace pith::fuzz
