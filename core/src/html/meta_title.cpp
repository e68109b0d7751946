#include "html/meta_title.h"

#include "html/meta_text.h"

namespace pith::detail {
namespace {

#include "html/meta_table.inc"

// Separators between a headline and the site name: "Storm closes port | The Daily Post".
constexpr std::string_view kSeparators[] = {
    " | ", " - ", " \xE2\x80\x93 ", " \xE2\x80\x94 ", " \\ ", " / ", " > ", " \xC2\xBB ",
    " \xC2\xB7 ", " \xE2\x80\xA2 ", " :: ", " ~ "};

bool separator_at(std::string_view t, std::size_t i, std::size_t& len) {
  for (std::string_view s : kSeparators)
    if (t.substr(i, s.size()) == s) {
      len = s.size();
      return true;
    }
  return false;
}

int word_count(std::string_view s) {
  int n = 0;
  bool in = false;
  for (char c : s) {
    const bool ws = c == ' ';
    if (!ws && !in) ++n;
    in = !ws;
  }
  return n;
}

std::string strip_separators(std::string_view t) {
  std::string out;
  for (std::size_t i = 0; i < t.size(); ++i) {
    std::size_t len = 0;
    if (separator_at(t, i, len)) {
      out.push_back(' ');
      i += len - 2;
      continue;
    }
    out.push_back(t[i]);
  }
  return out;
}

// Readability's title rule, for a <title> whose site name is unknown: cut after the last
// separator, unless that leaves fewer than three words ("Home | Weather"), then keep what
// follows the first one.
std::string readability_cut(const Document& d, const std::string& orig) {
  std::string cur = orig;
  std::size_t first = std::string::npos, last = std::string::npos, len = 0, first_len = 0;
  bool hierarchical = false;
  for (std::size_t i = 0; i < orig.size(); ++i) {
    if (separator_at(orig, i, len)) {
      if (first == std::string::npos) {
        first = i;
        first_len = len;
      }
      last = i;
      const char c = orig[i + 1];
      if (c == '\\' || c == '/' || c == '>' || static_cast<unsigned char>(c) == 0xC2) hierarchical = true;
    }
  }
  if (first != std::string::npos) {
    cur = orig.substr(0, last);
    if (word_count(cur) < 3) cur = orig.substr(first + first_len);
  } else if (orig.find(": ") != std::string::npos) {
    // Keep the whole title when a heading repeats it; else the part after the colon.
    bool heading_match = false;
    for (std::size_t i = 0; i < d.nodes.size() && !heading_match; ++i) {
      const Node& n = d.nodes[i];
      if (!n.is_text && (n.name == "h1" || n.name == "h2") &&
          inner_text(d, static_cast<int>(i), 400) == orig)
        heading_match = true;
    }
    if (!heading_match) {
      const std::size_t lc = orig.rfind(':');
      cur = collapse(orig.substr(lc + 1));
      if (word_count(cur) < 3) cur = collapse(orig.substr(orig.find(':') + 1));
      else if (word_count(orig.substr(0, orig.find(':'))) > 5) cur = orig;
    }
  } else if (orig.size() > 150 || orig.size() < 15) {
    int h1 = -1, count = 0;
    for (std::size_t i = 0; i < d.nodes.size(); ++i)
      if (!d.nodes[i].is_text && d.nodes[i].name == "h1") {
        ++count;
        h1 = static_cast<int>(i);
      }
    if (count == 1) cur = inner_text(d, h1, 400);
  }
  cur = collapse(cur);
  const int wc = word_count(cur);
  if (wc <= 4 && (!hierarchical || wc != word_count(collapse(strip_separators(orig))) - 1)) cur = orig;
  return cur;
}

// The parts of a title between separators.
std::vector<std::string_view> title_parts(std::string_view t) {
  std::vector<std::string_view> parts;
  std::size_t b = 0, len = 0;
  for (std::size_t i = 0; i < t.size(); ++i)
    if (separator_at(t, i, len)) {
      parts.push_back(t.substr(b, i - b));
      b = i + len;
      i = b - 1;
    }
  parts.push_back(t.substr(b));
  return parts;
}

// A declared title still made of parts once the site name is cut is a search-result title:
// "Affordable Movers | Low-Cost Moving Company in NJ | Acme". Its first part is the title, unless
// that is a single word ("Storm | Coast News": too little to be sure, the whole is kept).
// Measured on WCXB's <title>s of three or more parts: the first part is the page's title on 112
// of 183, all but the last on 4. A single-word first part: keeping the whole agrees with WCXB
// (78.4 %) and Readability (78.0 %) more than taking the longest part (78.2 %, 76.4 %).
std::string main_part(const std::string& t) {
  const std::vector<std::string_view> parts = title_parts(t);
  if (parts.size() < 2) return t;
  const std::string first = collapse(parts[0]);
  return word_count(first) <= 1 ? t : first;
}

// Whether `part` names the site: equal to a site name or the host's name, or (when `loose`, for
// the last part of a <title>) containing one or contained in one: "Google Cloud" on
// cloud.google.com, "Motley Fool" for the site "The Motley Fool". A first part must be the name
// itself: "Storm at Harbour Town: ..." is a headline on the site "Harbour Town".
bool names_site(std::string_view part, const TitleSources& src, bool loose) {
  const std::string k = fold_key(part);
  if (k.empty()) return false;
  const auto related = [&](const std::string& f) {
    if (f.empty()) return false;
    if (k == f) return true;
    return loose && ((f.size() >= 5 && k.find(f) != std::string::npos) ||
                     (k.size() >= 5 && f.find(k) != std::string::npos));
  };
  for (const std::string& s : src.site_names)
    if (related(fold_key(s))) return true;
  return related(host_label(src.host));
}

// Trailing permalink marks and spaces: "Advanced usage¶" -> "Advanced usage".
std::string strip_permalink(std::string t) {
  for (bool again = true; again;) {
    again = false;
    for (std::string_view m : kPermalinkMarks)
      if (t.size() > m.size() && t.compare(t.size() - m.size(), m.size(), m) == 0) {
        t.resize(t.size() - m.size());
        while (!t.empty() && t.back() == ' ') t.pop_back();
        again = true;
      }
  }
  return t;
}

// A heading's text as a title: permalink marks and soft hyphens out ("Home repair assis­tance
// program"), and a part after " | " cut: a visible headline "Best movers in 2025 | Top 19
// companies" or "Meditation rewires the brain | Opinion" carries a tagline or section there.
std::string heading_title(std::string t) {
  std::string out;
  for (std::size_t i = 0; i < t.size(); ++i) {
    if (t.compare(i, 2, "\xC2\xAD") == 0) {
      ++i;
      continue;
    }
    out.push_back(t[i]);
  }
  const std::size_t bar = out.find(" | ");
  if (bar != std::string::npos && word_count(out.substr(0, bar)) >= 2) out = collapse(out.substr(0, bar));
  return strip_permalink(out);
}

// A heading agrees with a declared title when at least half of its words (by length) are in it
// and it holds at least half of the declared title's own words (the site name cut): "Storm
// closes port" agrees with "Storm closes port, ferries wait | Daily Post"; a bare "Reviews" does
// not agree with "Reviews of our classes and retreats". Measured on WCXB (title equal to the
// truth): 0.75/0.5 76.4 %, 0.5/0.5 78.2 %, 0.5/0 78.0 %, 0.34/0.5 77.8 % (both halves alike);
// the truth is the visible headline more often than the declared title even when the two
// share only half their words.
bool agrees(const std::string& heading, const std::string& declared, const TitleSources& src) {
  return word_share(declared, heading) >= 0.5 && word_share(heading, cut_site_name(declared, src)) >= 0.5;
}

// Whether `heading` is a part of `title` after (or before) a separator that is not its longest
// part: the site's name ("Evolve: Shared History — evolve extension for Mercurial" with the
// heading "evolve extension for Mercurial" in the page's banner).
bool is_minor_part(const std::string& heading, const std::string& title) {
  const std::vector<std::string_view> parts = title_parts(title);
  if (parts.size() < 2) return false;
  std::size_t longest = 0;
  for (std::size_t k = 1; k < parts.size(); ++k)
    if (parts[k].size() > parts[longest].size()) longest = k;
  const std::string h = fold_key(heading);
  for (std::size_t k = 0; k < parts.size(); ++k)
    if (k != longest && fold_key(parts[k]) == h) return true;
  return false;
}

}  // namespace

std::string cut_site_name(const std::string& title, const TitleSources& src) {
  std::string t = title;
  // At most three parts are cut: "Storm | Region | News | Daily Post".
  for (int round = 0; round < 3; ++round) {
    std::size_t first = std::string::npos, first_len = 0, last = std::string::npos, last_len = 0, len = 0;
    for (std::size_t i = 0; i < t.size(); ++i)
      if (separator_at(t, i, len)) {
        if (first == std::string::npos) first = i, first_len = len;
        last = i, last_len = len;
      }
    if (first == std::string::npos) {
      // "Daily Post: Storm closes port".
      const std::size_t colon = t.find(": ");
      if (colon != std::string::npos && names_site(t.substr(0, colon), src, false)) t = collapse(t.substr(colon + 2));
      break;
    }
    if (names_site(std::string_view(t).substr(last + last_len), src, true)) {
      t = collapse(std::string_view(t).substr(0, last));
    } else if (names_site(std::string_view(t).substr(0, first), src, false)) {
      t = collapse(std::string_view(t).substr(first + first_len));
    } else {
      break;
    }
  }
  return t.empty() ? title : t;
}

std::string choose_title(const Document& d, const TitleSources& src, int* heading) {
  int unused = -1;
  if (!heading) heading = &unused;
  *heading = -1;
  const std::string tag = clean_value(d.title);
  std::string tag_title = cut_site_name(tag, src);
  if (title_parts(tag_title).size() > 1) tag_title = main_part(tag_title);
  else if (tag_title == tag) tag_title = readability_cut(d, tag);
  // JSON-LD "name" and "headline" should agree; when a site puts its own name in "name",
  // take the one that resembles the <title> (Readability's rule; "name" otherwise).
  const std::string name = clean_value(src.ld_name), headline = clean_value(src.ld_headline);
  std::string ld;
  if (!name.empty() && !headline.empty() && name != headline) {
    const bool name_like = word_share(name, tag_title) > 0.75;
    const bool headline_like = word_share(headline, tag_title) > 0.75;
    ld = headline_like && !name_like ? headline : name;
  } else {
    ld = !name.empty() ? name : headline;
  }
  const std::string og = meta_value(d, kTitleKeys);
  const std::string& first = !ld.empty() ? ld : og;
  const std::string declared = first.empty() ? tag_title : main_part(cut_site_name(first, src));
  // The main heading, when it agrees with what the markup declares: the reader sees it, the
  // declared titles are often written for search results ("Best rugs 2025 [Tested] | Shop").
  const std::string declared_all[] = {tag, og, ld};
  for (std::size_t i = 0; i < d.nodes.size(); ++i) {
    const Node& n = d.nodes[i];
    if (n.is_text || n.name != "h1") continue;
    const std::string h = heading_title(visible_text(d, static_cast<int>(i), 400));
    if (h.empty() || h.size() >= 400 || names_site(h, src, false) || is_minor_part(h, tag)) continue;
    if (*heading < 0) *heading = static_cast<int>(i);
    for (const std::string& t : declared_all)
      if (!t.empty() && agrees(h, t, src)) return *heading = static_cast<int>(i), h;
  }
  // The article's header starts at a heading that says the title, whatever its level
  // (a forum thread's <h2>, a blog's <h3 class="post-title">).
  const std::string want = fold_key(declared);
  for (std::size_t i = 0; i < d.nodes.size() && !want.empty(); ++i) {
    const Node& n = d.nodes[i];
    if (n.is_text || n.name.size() != 2 || n.name[0] != 'h' || n.name[1] < '1' || n.name[1] > '6') continue;
    if (fold_key(visible_text(d, static_cast<int>(i), 400)) == want) return *heading = static_cast<int>(i), declared;
  }
  return declared;
}

}  // namespace pith::detail
