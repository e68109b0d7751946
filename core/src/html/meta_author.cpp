#include "html/meta_author.h"

#include "common/dates.h"
#include "common/utf8.h"
#include "common/word_set.h"
#include "html/meta_text.h"
#include "text/metadata.h"  // parse_byline: the text engine's byline lines, one parser for both
#include "text/segment.h"   // line_key

namespace pith::detail {
namespace {

#include "html/meta_table.inc"

constexpr std::size_t kMaxBylineBytes = 100;
constexpr std::size_t kMaxNameWords = 8;
constexpr std::size_t kNameLinesFromDate = 1;
constexpr std::string_view kNameEnds[] = {"|", ",", "\xC2\xB7", "\xE2\x80\xA2", " - ", " \xE2\x80\x93 "};

bool is_byline_hint(const Node& n) {
  const std::string* rel = attr(n, "rel");
  if (rel && *rel == "author") return true;
  const std::string* ip = attr(n, "itemprop");
  if (ip && ip->find("author") != std::string::npos) return true;
  std::string s;
  if (const std::string* c = attr(n, "class")) s += *c;
  s.push_back(' ');
  if (const std::string* i = attr(n, "id")) s += *i;
  for (char& c : s)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
  for (std::string_view k : kBylineHints)
    if (s.find(k) != std::string::npos) return true;
  return false;
}

// "kffnirmitap", "ann.lee", "@AnnLee", "user_123": a login, not the name a reader sees.
bool is_handle(std::string_view name) {
  if (name.find(' ') != std::string_view::npos) return false;
  bool upper = false;
  for (char c : name) {
    if (c == '.' || c == '_' || c == '@' || (c >= '0' && c <= '9')) return true;
    upper = upper || (c >= 'A' && c <= 'Z');
  }
  return !upper && !name.empty() && static_cast<unsigned char>(name[0]) < 0x80;
}

bool is_site_name(std::string_view name, const std::vector<std::string>& site_names) {
  const std::string k = fold_key(name);
  for (const std::string& s : site_names)
    if (!k.empty() && fold_key(s) == k) return true;
  return false;
}

// "https://www.facebook.com/annlee": article:author is often a profile URL.
bool is_url(std::string_view s) {
  return s.substr(0, 7) == "http://" || s.substr(0, 8) == "https://" || s.substr(0, 4) == "www.";
}

// Where the name part of a byline ends: "Ann Lee | 5 min read", "Ann Lee, MD", "Ann Lee · Editor".
bool is_name_end(std::string_view rest) {
  for (std::string_view m : kNameEnds)
    if (rest.substr(0, m.size()) == m) return true;
  return false;
}

std::string twitter_author(const Document& d) {
  for (const auto& m : d.metas) {
    const std::string key = fold_key(m.first);  // "twitter:label1" -> "twitterlabel1"
    if (key.size() < 13 || key.compare(0, 12, "twitterlabel") != 0) continue;
    const std::string label = collapse(line_key(m.second));
    if (!in_word_table<kAuthorLabels>(label)) continue;
    const std::string data = "twitterdata" + key.substr(12);
    for (const auto& x : d.metas)
      if (fold_key(x.first) == data) return clean_value(x.second);
  }
  return "";
}

}  // namespace

MarkupAuthor markup_author(const Document& d, const std::string& ld_author, bool organization,
                           const std::vector<std::string>& site_names) {
  MarkupAuthor out;
  out.name = clean_value(ld_author);
  if (out.name.empty() || is_url(out.name)) {
    organization = false;
    out.name = meta_value(d, kAuthorKeys);
    if (is_url(out.name)) out.name.clear();
  }
  if (out.name.empty()) out.name = twitter_author(d);
  out.weak = organization || is_handle(out.name) || is_site_name(out.name, site_names);
  return out;
}

// Whether token k starts the date part of a byline: a number, "Updated", "Published", a weekday
// or a month name before a number ("Jan van der Berg" is a name, "Jan 5" a date).
bool date_starts(const std::vector<DateToken>& w, std::size_t k) {
  if (w[k].number >= 0 || is_update_word(w[k].text) || in_word_table<kDateLabels>(w[k].text)) return true;
  return month_number(w[k].text) && k + 1 < w.size() && w[k + 1].number >= 0;
}

bool starts_like_date(std::string_view s) {
  const std::vector<DateToken> w = date_tokens(s);
  return !w.empty() && date_starts(w, 0);
}

// "byAnn Lee", "Written byAnn Lee": inline elements without a space between them in the source.
std::string unglue_prefix(std::string t) {
  for (std::string_view p : {std::string_view("by"), std::string_view("By")}) {
    const std::size_t i = t.find(p);
    if (i == std::string::npos || i + 2 >= t.size() || (i > 0 && t[i - 1] != ' ')) continue;
    const char next = t[i + 2];
    if (next >= 'A' && next <= 'Z') t.insert(i + 2, " ");
  }
  return t;
}

std::string byline_name(std::string_view text) {
  const std::string t = unglue_prefix(collapse(text));
  if (t.empty() || t.size() > kMaxBylineBytes) return "";
  // "Dec. 19, 2025", "5 min read", "Updated January 08": a date line, not a name; "How we
  // reviewed this article:" is a heading.
  if (starts_like_date(t) || t.back() == ':' || t.back() == '?') return "";
  std::string name;
  if (parse_byline(t, name)) return collapse(name);
  if (in_word_table<kBylineLabels>(collapse(line_key(t)))) return "";
  // "Author: Ann Lee", "Ann Lee | 5 min read", "Ann Lee": the text up to a separator.
  std::string_view v(t);
  const std::size_t colon = v.find(": ");
  if (colon != std::string_view::npos && in_word_table<kBylineLabels>(collapse(line_key(v.substr(0, colon)))))
    v.remove_prefix(colon + 2);
  std::size_t end = 0;
  while (end < v.size() && !is_name_end(v.substr(end))) ++end;
  std::string head = collapse(v.substr(0, end));
  // "Stacy Edgar December 4", "Ann Lee Updated 3 hours ago": the name ends where a date begins.
  const std::vector<DateToken> tokens = date_tokens(head);
  for (std::size_t k = 1; k < tokens.size(); ++k)
    if (date_starts(tokens, k)) {
      head = collapse(head.substr(0, tokens[k].begin));
      break;
    }
  std::string iso;
  std::size_t words = 0;
  for (char c : head) words += c == ' ';
  if (head.empty() || words + 1 > kMaxNameWords || find_date(head, iso)) return "";
  const char last = head.back();
  if (last == '.' && words >= 4) return "";  // a sentence
  return head;
}

namespace {

// "By Ann Lee" anywhere in a line: after a label word ("Written by", "Author", "Contributors:").
std::string labelled_name(std::string_view line) {
  std::string name;
  if (parse_byline(line, name)) return collapse(name);
  const std::vector<DateToken> w = date_tokens(line);
  for (std::size_t k = 0; k + 1 < w.size(); ++k) {
    if (!in_word_table<kNameLabels>(w[k].text) || !w[k + 1].capitalised) continue;
    std::string_view rest = line.substr(w[k + 1].begin);
    name = byline_name(rest);
    if (!name.empty()) return name;
  }
  return "";
}

// "Ann Lee", "Ann K. Lee", "Jan van der Berg": two to four words, each capitalised (lower-case
// name particles between), no digits.
bool looks_like_name(std::string_view s) {
  const std::vector<DateToken> w = date_tokens(s);
  if (w.size() < 2 || w.size() > 4 || s.size() > 40) return false;
  // Letters, spaces, initials' dots, hyphens and apostrophes only: "Home » Posts" is a trail.
  for (std::size_t i = 0; i < s.size();) {
    std::size_t len = 1;
    const char32_t c = decode_utf8(s, i, len);
    const bool digit = c >= '0' && c <= '9';
    if ((!is_word_char(c) || digit) && c != ' ' && c != '.' && c != '-' && c != '\'' && c != 0x2019)
      return false;
    i += len;
  }
  // "ELITE MEMBER": a badge; a bare name is written in capitalised words.
  bool lower = false;
  for (char c : s) lower = lower || (c >= 'a' && c <= 'z');
  if (!lower) return false;
  for (std::size_t k = 0; k < w.size(); ++k) {
    const bool inner = k > 0 && k + 1 < w.size();
    if (!w[k].capitalised && !(inner && in_word_table<kNameParticles>(w[k].text))) return false;
    if (is_update_word(w[k].text) || in_word_table<kDateLabels>(w[k].text) ||
        in_word_table<kBylineLabels>(w[k].text))
      return false;
  }
  return true;
}

// The name before or after the date in a dated line: "Ann Lee 23.07.2025 · 6 min read",
// "2025-12-17 · Ann Lee".
std::string name_by_date(std::string_view line) {
  std::string iso;
  std::size_t at = 0;
  if (!find_date(line, iso, &at)) return "";
  const std::string before = collapse(line.substr(0, at));
  if (looks_like_name(before)) return before;
  // After the date and a separator.
  std::string_view rest = line.substr(at);
  for (std::string_view m : kNameEnds) {
    const std::size_t p = rest.find(m);
    if (p == std::string_view::npos) continue;
    const std::string after = byline_name(rest.substr(p + m.size()));
    if (looks_like_name(after)) return after;
  }
  return "";
}

}  // namespace

std::string header_byline(const std::vector<HeaderLine>& lines) {
  for (std::size_t k = 0; k < lines.size(); ++k) {
    const std::string name = labelled_name(lines[k].text);
    if (!name.empty()) return name;
    // "Written by" in one element, the name in the next.
    if (k + 1 < lines.size() && in_word_table<kBylineLabels>(collapse(line_key(lines[k].text)))) {
      const std::string next = byline_name(lines[k + 1].text);
      if (!next.empty()) return next;
    }
  }
  // No labelled byline: a name shown with the date, in its line or in the line before or after.
  for (std::size_t k = 0; k < lines.size(); ++k) {
    if (!lines[k].dated) continue;
    std::string name = name_by_date(lines[k].text);
    if (!name.empty()) return name;
    // "Dec 17, 2025 / Ann K. Lee": the line before or after.
    for (std::size_t dist = 1; dist <= kNameLinesFromDate; ++dist) {
      if (k >= dist && !lines[k - dist].dated && looks_like_name(lines[k - dist].text))
        return collapse(lines[k - dist].text);
      if (k + dist < lines.size() && !lines[k + dist].dated && looks_like_name(lines[k + dist].text))
        return collapse(lines[k + dist].text);
    }
  }
  return "";
}

int find_byline_node(const Document& d, std::string& name) {
  // The first visible short element that calls itself one (class="byline", rel=author) is the
  // byline node (Readability's rule; it leaves the article text). Its name, or when it holds
  // only a label or a sentence ("About the author", "Click here to see more about Jo"), the
  // name in the next such element. Run after pruning so a comment's "comment-author" is never
  // taken.
  int node = -1;
  for (int i = 0; i >= 0 && i < static_cast<int>(d.nodes.size());) {
    const Node& n = d.nodes[static_cast<std::size_t>(i)];
    if (n.removed) {
      i = next_node(d, i, true);
      continue;
    }
    if (!n.is_text && is_byline_hint(n)) {
      const std::string t = visible_text(d, i, 200);
      if (!t.empty() && t.size() < kMaxBylineBytes) {
        if (node < 0) node = i;
        // <div class="byline">By <span itemprop="name">Ann Lee</span> 5 May</div>: the
        // name alone.
        const int end = subtree_end(d, i);
        std::string found;
        for (int j = i + 1; j < end && found.empty(); ++j) {
          const Node& c = d.nodes[static_cast<std::size_t>(j)];
          const std::string* ip = c.is_text ? nullptr : attr(c, "itemprop");
          if (ip && ip->find("name") != std::string::npos) found = visible_text(d, j, 200);
        }
        if (found.empty()) found = byline_name(t);
        if (!found.empty()) {
          name = found;
          return node;
        }
      }
    }
    i = next_node(d, i, false);
  }
  return node;
}

}  // namespace pith::detail
