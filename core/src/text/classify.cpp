#include "text/classify.h"

#include <algorithm>
#include <unordered_map>

#include "common/utf8.h"
#include "text/dedupe.h"
#include "text/metadata.h"
#include "text/phrases.h"
#include "text/region.h"

namespace pith::detail {

namespace {

// Lines at the top of the text where a repeat of a known (markup) title is looked for.
constexpr std::size_t kKnownTitleLines = 6;

std::string_view view(std::string_view text, const TextLine& ln) {
  return text.substr(ln.start, ln.end - ln.start);
}

void remove(TextLine& ln, const char* reason) {
  ln.label = LineLabel::kRemoved;
  ln.reason = reason;
}

// A headline-shaped line: a few words, no sentence end ("Markets rally as rates fall").
bool headline_shaped(const TextLine& ln) { return ln.words >= 2 && ln.words <= 30 && !ln.terminal; }

// Headings of tag lists ("Tags", "Topics", "Filed under", "Schlagwörter", "Темы").
constexpr std::string_view kTagHeadings[] = {
    "tags", "tagged", "topics", "categories", "filed under", "keywords", "themen", "schlagworte",
    "schlagwörter", "mots clés", "sujets", "etiquetas", "temas", "теги", "темы", "теми", "мітки",
    "ключевые слова"};

bool is_tag_heading(std::string_view line) {
  const std::string key = line_key(line.substr(0, std::min<std::size_t>(line.size(), 64)));
  for (std::string_view h : kTagHeadings)
    if (key == h) return true;
  return false;
}

// A sentence of at most 45 words right under a teaser headline already removed, in its paragraph.
bool is_teaser_summary(const std::vector<TextLine>& lines, std::size_t k) {
  const TextLine& ln = lines[k];
  return k > 0 && ln.terminal && ln.words <= 45 && lines[k - 1].group == ln.group &&
         lines[k - 1].label == LineLabel::kRemoved && headline_shaped(lines[k - 1]);
}

// Picks the title among the lines before the article region: a headline-shaped line close to
// the region, preferably followed by a byline or dateline, or repeated elsewhere on the page
// (pages print the headline in the breadcrumb and again above the text).
// Marks of menus, breadcrumbs, table rows and photo credits, never of a headline:
// "News > World > Europe", "Home | About", "Archives<TAB>Calendar", "Photo: J. Doe/Agency".
int separator_marks(std::string_view s) {
  int n = 0;
  for (char c : s) n += c == '\t' || c == '|' || c == '>' || c == '/';
  return n;
}

// "« Previous post title", "Next post title →": links to the neighbouring posts.
bool pager_arrow(std::string_view s) {
  static constexpr std::string_view kArrows[] = {"\xC2\xAB", "\xC2\xBB", "\xE2\x86\x90",
                                                 "\xE2\x86\x92", "\xE2\x80\xB9",
                                                 "\xE2\x80\xBA"};  // « » ← → ‹ ›
  for (std::string_view a : kArrows)
    if (s.size() >= a.size() && (s.compare(0, a.size(), a) == 0 ||
                                 s.compare(s.size() - a.size(), a.size(), a) == 0))
      return true;
  return false;
}

long pick_title(std::string_view text, const std::vector<TextLine>& lines,
                const std::vector<LineFacts>& facts, std::size_t a,
                const std::unordered_map<std::uint64_t, int>& repeats) {
  long best = -1;
  double best_score = 0.0;
  const std::size_t from = a > 30 ? a - 30 : 0;
  double distance = 0.0;
  for (std::size_t k = a; k-- > from;) {
    const TextLine& ln = lines[k];
    const LineFacts& f = facts[k];
    distance += 1.0;
    if (f.phrase || f.date || f.byline || f.source || f.comment_meta || ln.bullet) continue;
    if (ln.words < 2 || ln.words > 30 || !ln.has_lower) continue;
    if (separator_marks(view(text, ln)) >= 2) continue;  // a breadcrumb or a menu row
    double score = std::min<double>(ln.words, 14.0) - 0.8 * distance;
    if (ln.terminal) score -= 6.0;
    if (ln.words <= 2) score -= 2.0;
    score -= 4.0 * separator_marks(view(text, ln));
    if (pager_arrow(view(text, ln))) score -= 8.0;
    // The headline sits right above its byline or dateline ("Binomial trick / by Jo on May 2").
    for (std::size_t n = k + 1; n < std::min(lines.size(), k + 4); ++n)
      if (facts[n].date || facts[n].byline) {
        score += n == k + 1 ? 10.0 : 6.0;
        break;
      }
    auto it = repeats.find(ln.hash);
    if (it != repeats.end() && it->second > 1 && ln.words >= 3) score += 5.0;
    if (score > best_score) {
      best_score = score;
      best = static_cast<long>(k);
    }
  }
  return best;
}

std::size_t count_words(std::string_view s) {
  const std::string key = line_key(s);
  return key.empty() ? 0 : static_cast<std::size_t>(std::count(key.begin(), key.end(), ' ')) + 1;
}

void take_meta(std::string_view text, const LineFacts& f, TextLine& ln, TextMeta& meta) {
  const std::string_view s = view(text, ln);
  std::string value;
  if (f.source) {
    if (meta.source.empty() && parse_source_line(s, value)) meta.source = value;
    remove(ln, "source-line");
  } else if (f.byline) {
    if (meta.byline.empty() && parse_byline(s, value)) meta.byline = value;
    if (meta.published.empty() && find_date(s, value)) meta.published = value;
    remove(ln, "byline");
  } else if (f.date) {
    if (meta.published.empty() && parse_date_line(s, value)) meta.published = value;
    remove(ln, "date");
  }
}

}  // namespace

TextMeta classify_lines(std::string_view text, std::vector<TextLine>& lines, bool preselected,
                        std::string_view known_title) {
  TextMeta meta;
  if (lines.empty()) return meta;
  std::vector<LineFacts> facts = line_facts(text, lines);
  std::unordered_map<std::uint64_t, int> repeats;
  for (const TextLine& ln : lines)
    if (ln.hash) ++repeats[ln.hash];

  // On the HTML path the region search dropped real article text the content selection had
  // kept (measured: readability-html recall 0.978 -> 0.917), so it is skipped there.
  TextRegion r = preselected ? TextRegion{0, lines.size(), lines.size()} : find_region(lines, facts);
  const std::size_t a = r.begin, b = r.end;  // [a, b)

  // Title and the header between it and the body.
  const bool known = !known_title.empty();
  long t = known ? -1 : pick_title(text, lines, facts, a, repeats);
  // No headline above the text: the region may open with it ("Council backs plan / Posted by
  // Jo Roe / The council voted...", printed as one paragraph).
  if (!known && t < 0 && a < b && headline_shaped(lines[a]) && lines[a].words >= 3 && !facts[a].phrase &&
      !facts[a].date && !facts[a].byline && !facts[a].source && lines[a].has_lower &&
      separator_marks(view(text, lines[a])) == 0)
    t = static_cast<long>(a);
  std::vector<std::uint64_t> title_words;
  if (t >= 0) {
    // The first of two versions of the headline is the title ("Museum returns painting after
    // eighty years" / "Museum returns the painting after 80 years").
    title_words = word_set(view(text, lines[t]));
    for (long k = t - 1; k >= 0 && k + 8 >= t; --k) {
      if (facts[k].phrase || lines[k].words < 2) continue;
      if (is_title_duplicate(title_words, view(text, lines[k]))) t = k;
    }
    meta.title = t;
    lines[t].label = LineLabel::kTitle;
    title_words = word_set(view(text, lines[t]));
  }
  std::size_t title_len = t >= 0 ? lines[static_cast<std::size_t>(t)].words : 0;
  if (known) {
    title_words = word_set(known_title);
    title_len = count_words(known_title);
  }
  const bool has_title = t >= 0 || known;
  auto is_dup_title = [&](std::size_t k) {
    const TextLine& ln = lines[k];
    if (!has_title || static_cast<long>(k) == t) return false;
    // A title from the markup is repeated in the header, not further down: "How about you? Do
    // you know what beliefs support your philosophy?" near the end shares its words by chance.
    if (known && k >= a + kKnownTitleLines) return false;
    if (ln.words * 2 + 1 < title_len || ln.words > title_len * 2 + 1) return false;
    return is_title_duplicate(title_words, view(text, ln));
  };

  // Outside the region: everything is removed, with the most specific reason.
  for (std::size_t k = 0; k < lines.size(); ++k) {
    if (k >= a && k < b) continue;
    if (static_cast<long>(k) == t) continue;
    TextLine& ln = lines[k];
    const LineFacts& f = facts[k];
    if (f.source || f.byline || f.date) {
      // Metadata counts only near the article: a date in a sidebar list is not the article's.
      const bool near = (k < a && k + 12 >= a) || (k >= b && k < b + 8);
      if (near) {
        take_meta(text, f, ln, meta);
        continue;
      }
    }
    if (is_dup_title(k)) remove(ln, "duplicate-title");
    else if (f.phrase) remove(ln, f.phrase);
    else if (k >= b && r.comments_from <= k) remove(ln, "comments");
    else if (f.comment_meta) remove(ln, "comments");
    else if (f.date) remove(ln, "date");
    else if (ln.words <= 5 && !ln.terminal) remove(ln, "navigation");
    else remove(ln, "outside-article");
  }
  // A standfirst between the title and the region ("Title / One-sentence summary. / By X").
  if (t >= 0) {
    for (std::size_t k = static_cast<std::size_t>(t) + 1; k < a; ++k) {
      const TextLine& ln = lines[k];
      if (ln.reason == std::string_view("outside-article") && ln.terminal && ln.words >= 6 &&
          ln.words <= 60) {
        meta.subtitle = static_cast<long>(k);
        lines[k].label = LineLabel::kSubtitle;
        lines[k].reason = "";
        break;
      }
    }
  }

  // Inside the region.
  bool related_list = false, tag_list = false;
  for (std::size_t k = a; k < b; ++k) {
    TextLine& ln = lines[k];
    const LineFacts& f = facts[k];
    // The one- to four-word lines under a tag heading ("Topics / Schools / Island life"). Only on
    // pasted text: on the HTML path the selection has already dropped tag boxes.
    if (tag_list && ln.words >= 1 && ln.words <= 4 && !ln.terminal && !f.phrase) {
      remove(ln, "navigation");
      continue;
    }
    tag_list = false;
    if (related_list && headline_shaped(ln) && !f.phrase) {
      remove(ln, "related-link");
      continue;
    }
    // A teaser's one-sentence summary under its headline, in the same paragraph ("Bakery on
    // Mill Street closes / The owners said rising rents made it impossible to carry on.").
    if (related_list && is_teaser_summary(lines, k)) {
      remove(ln, "related-link");
      continue;
    }
    related_list = false;
    // "Newsletter" followed by its pitch in the same paragraph ("Get our picks every Friday.").
    if (k > a && ln.group == lines[k - 1].group && ln.words <= 30 &&
        lines[k - 1].reason == std::string_view("newsletter") && !f.phrase) {
      remove(ln, "newsletter");
      continue;
    }
    if (is_dup_title(k)) {
      remove(ln, "duplicate-title");
    } else if (f.source) {
      take_meta(text, f, ln, meta);
    } else if ((f.byline || f.date) && k < a + 6) {
      take_meta(text, f, ln, meta);
    } else if (f.phrase) {
      remove(ln, f.phrase);
      // "Related stories" followed by a list of headlines.
      related_list = f.phrase_mode == kWhole && std::string_view(f.phrase) == "related-link";
      tag_list = !preselected && is_tag_heading(view(text, ln));
    } else if (f.comment_meta) {
      // "Harbour Press – 12.05.2025, 14:30" in the article's header is its dateline (an agency
      // and a time look like a comment's "Jane Roe May 12, 2025 at 2:30 pm"); further down,
      // after the text, such a line heads a reader comment.
      std::string date;
      if (k < a + 6 && find_date(view(text, ln), date)) {
        if (meta.published.empty()) meta.published = date;
        remove(ln, "date");
      } else {
        remove(ln, "comments");
      }
    }
  }
  // The header at the top of the region: a sentence directly followed by the repeated
  // headline, a byline or a dateline is the standfirst ("Title / Summary. / Title again").
  if (t >= 0 && meta.subtitle < 0) {
    for (std::size_t j = a + 1; j < std::min(b, a + 4); ++j) {
      const char* why = lines[j].reason;
      const bool header = lines[j].label == LineLabel::kRemoved &&
                          (std::string_view(why) == "duplicate-title" ||
                           std::string_view(why) == "byline" || std::string_view(why) == "date");
      if (!header) continue;
      for (std::size_t k = a; k < j; ++k) {
        TextLine& ln = lines[k];
        if (ln.label == LineLabel::kBody && ln.terminal && ln.words <= 60) {
          ln.label = LineLabel::kSubtitle;
          meta.subtitle = static_cast<long>(k);
          break;
        }
      }
      break;
    }
  }
  // Reader comments can still follow the article inside the region.
  for (std::size_t k = r.comments_from; k < b; ++k)
    if (lines[k].label == LineLabel::kBody) remove(lines[k], "comments");
  mark_duplicates(text, lines);
  return meta;
}

}  // namespace pith::detail
