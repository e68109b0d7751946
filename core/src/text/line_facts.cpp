#include "text/line_facts.h"

#include <algorithm>

#include "common/utf8.h"
#include "text/metadata.h"

namespace pith::detail {

namespace {

// Endings of the line that introduces a reader comment ("Jane Roe says:", "Max schreibt:").
constexpr std::string_view kCommentIntro[] = {"says", "said", "wrote", "schreibt", "sagt",
                                              "a écrit", "dice", "escribió", "пишет", "пише"};

// "10:42", "9.30pm": a clock time, which comment headers carry and article text rarely does on
// a short line of its own.
bool has_clock(std::string_view s) {
  for (std::size_t i = 1; i + 2 < s.size(); ++i) {
    if (s[i] == ':' && s[i - 1] >= '0' && s[i - 1] <= '9' && s[i + 1] >= '0' && s[i + 1] <= '5' &&
        s[i + 2] >= '0' && s[i + 2] <= '9')
      return true;
  }
  return false;
}

// "Jane Roe says:", "Jane Roe said...", "Jane Roe said…"
bool comment_intro(std::string_view line, std::string_view key) {
  const bool colon = !line.empty() && line.back() == ':';
  const bool dots = line.size() >= 3 && (line.compare(line.size() - 3, 3, "...") == 0 ||
                                         line.compare(line.size() - 3, 3, "\xE2\x80\xA6") == 0);
  if (!colon && !dots) return false;
  for (std::string_view w : kCommentIntro) {
    if (key.size() >= w.size() && key.compare(key.size() - w.size(), w.size(), w) == 0)
      return true;
  }
  return false;
}

// Score of one line for the region search. Prose counts its words; everything else costs a
// little, so a subheading inside the article is bridged but a long menu is not.
// `numbered`: the line starts with a digit ("1. ..."); numbered lists on pages are mostly
// "most read" rankings, so only symbol bullets count as an author's list.
double weight_of(const TextLine& ln, const LineFacts& f, bool prose_group, bool numbered,
                 bool bullet_run, bool teaser, bool lone) {
  if (f.phrase) return std::string_view(f.phrase) == "comments" ? -20.0 : -8.0;
  if (f.comment_meta) return -15.0;
  if (f.source || f.byline || f.date) return -3.0;
  // A cut-off teaser ("Ever Wondered What The Housewives Looked Like Before Th...") is a
  // headline, whatever its length: its "..." is not a sentence end.
  if (teaser) return -(1.5 + 0.25 * std::min<unsigned>(ln.words, 30));
  // Raw HTML printed as text is page furniture (heise's ad slots "<div><a href=...>" scored as
  // 60-word prose lines and outweighed the article after a toolbar marker).
  if (ln.markup) return -0.5;
  if (ln.words >= 4 && ln.terminal && (ln.stop_words >= 1 || ln.words >= 10))
    return static_cast<double>(ln.words);
  if (ln.words >= 20 && ln.stop_words >= 2) return 0.7 * ln.words;
  // A line of a verse or of a list written in sentences ("I wander often from the way,").
  if (prose_group && ln.words >= 3 && ln.stop_words >= 1) return 0.5 * ln.words;
  // A typed list item in prose ("- brake pads, which wear quickly"): innerText never prints
  // bullets for menus, so a written marker means an author's list. Three or more items with the
  // same marker are a list whatever their words ("- Gold: $2,915 an ounce"): an article made of
  // lists must not lose to a disclaimer paragraph.
  if (ln.bullet && !numbered && ln.words >= 3 && ln.stop_words >= 1) return 0.5 * ln.words;
  if (bullet_run && ln.words >= 2) return 0.5 * ln.words;
  // A long paragraph of its own between blank lines, without a final stop or function words we
  // know: a paragraph in a language without spaces ("一波波接續性低溫寒流報到 已將新竹尖石鄉...")
  // or without our stop words. Title Case lines are headlines.
  if (lone && ln.words >= 20 && ln.capitalised * 10 < ln.words * 7) return 0.5 * ln.words;
  // Code listings and text tables inside an article: nearly neutral, so they neither start a
  // region nor break one.
  if (ln.code_like) return -0.5;
  // Tuned on the pasted development sets (readability, dragnet): 1.0-2.0 and 0.1-0.4 all
  // score within 0.003 F1; golden fixture en-related-list needs a five-line headline list to
  // cost more than a short closing paragraph earns.
  return -(1.5 + 0.25 * ln.words);
}

// A paragraph of several lines that reads as prose taken together (stop words, punctuation at
// line ends): the lines of a poem, a list of sentence fragments. A menu has neither.
std::vector<bool> prose_groups(std::string_view text, const std::vector<TextLine>& lines) {
  std::vector<bool> prose;
  std::size_t i = 0;
  while (i < lines.size()) {
    std::size_t j = i;
    unsigned words = 0, stops = 0, punct = 0;
    while (j < lines.size() && lines[j].group == lines[i].group) {
      words += lines[j].words;
      stops += lines[j].stop_words;
      const char last = text[lines[j].end - 1];
      if (lines[j].terminal || last == ',' || last == ':') ++punct;
      ++j;
    }
    const bool p = j - i >= 2 && words >= 15 && stops * 5 >= words && punct * 3 >= (j - i);
    for (std::size_t k = i; k < j; ++k) prose.push_back(p);
    i = j;
  }
  return prose;
}

// True when the line is a paragraph of its own: innerText puts blank lines around <p>, single
// line breaks between list items and menu entries.
bool lone_line(const std::vector<TextLine>& lines, std::size_t i) {
  return (i == 0 || lines[i - 1].group != lines[i].group) &&
         (i + 1 == lines.size() || lines[i + 1].group != lines[i].group);
}

// Lines in a run of three or more typed list items with the same marker ("- ", "• ", "+ "),
// numbered items aside (mostly "most read" rankings), unless a boilerplate heading stands right
// above the run ("Most Read / Past Month / + Our differences unite us / + ...").
std::vector<bool> bullet_runs(std::string_view text, const std::vector<TextLine>& lines,
                              const std::vector<LineFacts>& facts) {
  std::vector<bool> in_run(lines.size(), false);
  auto marker = [&](std::size_t k) {
    std::size_t len = 1;
    return decode_utf8(text, lines[k].start, len);
  };
  std::size_t i = 0;
  while (i < lines.size()) {
    const char32_t m = marker(i);
    if (!lines[i].bullet || (m >= '0' && m <= '9')) {
      ++i;
      continue;
    }
    std::size_t j = i + 1;
    while (j < lines.size() && lines[j].bullet && marker(j) == m) ++j;
    auto heading = [&](std::size_t k) {
      const std::string_view p = facts[k].phrase ? facts[k].phrase : "";
      return p == "related-link" || p == "navigation";
    };
    const bool headed = (i >= 1 && heading(i - 1)) ||
                        (i >= 2 && lines[i - 1].words <= 3 && heading(i - 2));
    if (j - i >= 3 && !headed)
      for (std::size_t k = i; k < j; ++k) in_run[k] = true;
    i = j;
  }
  return in_run;
}

// True when the line ends in "..." or "…", closing quotes and brackets aside, or in an ellipsis
// and an author.
bool ends_with_ellipsis(std::string_view s) {
  while (!s.empty() && (s.back() == ' ' || s.back() == '"' || s.back() == ')' || s.back() == ']'))
    s.remove_suffix(1);
  auto ends = [&](std::string_view e) {
    return s.size() >= e.size() && s.compare(s.size() - e.size(), e.size(), e) == 0;
  };
  if (ends("...") || ends("\xE2\x80\xA6")) return true;
  // A snippet of a recent comment and its author: "...go get em. Any bets on how long that
  // would last... by Amir Saad".
  const std::size_t by = s.rfind(" by ");
  if (by == std::string_view::npos || s.size() - by > 40) return false;
  std::string_view head = s.substr(0, by);
  while (!head.empty() && head.back() == ' ') head.remove_suffix(1);
  return head.size() >= 3 && (head.compare(head.size() - 3, 3, "...") == 0 ||
                              head.compare(head.size() - 3, 3, "\xE2\x80\xA6") == 0);
}

// Teaser lists cut their lines short: a line ending in an ellipsis with two more such lines
// within four lines of it ("Read more" links may sit between them). Prose rarely ends three
// paragraphs in a row that way (on the development sets such runs are 96% outside the article;
// a window of three lines gives the same scores less one page).
std::vector<bool> teaser_runs(std::string_view text, const std::vector<TextLine>& lines) {
  const std::size_t n = lines.size();
  std::vector<bool> ell(n), teaser(n, false);
  for (std::size_t i = 0; i < n; ++i)
    ell[i] = ends_with_ellipsis(text.substr(lines[i].start, lines[i].end - lines[i].start));
  for (std::size_t i = 0; i < n; ++i) {
    if (!ell[i]) continue;
    unsigned near = 0;
    for (std::size_t j = i >= 4 ? i - 4 : 0; j < n && j <= i + 4; ++j) near += j != i && ell[j];
    teaser[i] = near >= 2;
  }
  return teaser;
}

// "14:44 Storm closes the port", "9.30 pm Ferry cancelled": a clock time, then a headline.
bool time_led(std::string_view s) {
  std::size_t d = 0;
  while (d < s.size() && d < 2 && s[d] >= '0' && s[d] <= '9') ++d;
  if (d == 0 || d + 3 >= s.size() || (s[d] != ':' && s[d] != '.' && s[d] != 'h')) return false;
  if (!(s[d + 1] >= '0' && s[d + 1] <= '5' && s[d + 2] >= '0' && s[d + 2] <= '9')) return false;
  return s[d + 3] == ' ';
}

// A news ticker beside the article ("Direct / 14:44 ... / 14:32 ... / 13:54 ..."): the first of
// three time-led lines within ten lines. It ends the region like footer boilerplate, so a live
// blog, whose entries are most of the region, keeps them.
void mark_tickers(std::string_view text, const std::vector<TextLine>& lines,
                  std::vector<LineFacts>& facts) {
  std::vector<std::size_t> led;
  for (std::size_t i = 0; i < lines.size(); ++i)
    if (lines[i].words >= 3 && time_led(text.substr(lines[i].start, lines[i].end - lines[i].start)))
      led.push_back(i);
  for (std::size_t k = 0; k + 2 < led.size(); ++k)
    if (led[k + 2] - led[k] <= 10 && (k == 0 || led[k] - led[k - 1] > 10)) facts[led[k]].ticker = true;
}

}  // namespace

bool is_comment_phrase(const LineFacts& f) {
  return f.phrase && std::string_view(f.phrase) == "comments";
}

std::vector<LineFacts> line_facts(std::string_view text, const std::vector<TextLine>& lines) {
  std::vector<LineFacts> facts(lines.size());
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const TextLine& ln = lines[i];
    LineFacts& f = facts[i];
    std::string_view s = text.substr(ln.start, ln.end - ln.start);
    // Phrases sit at the start of a line or make up short lines: 2 KB of a line is enough.
    const std::string key = line_key(s.substr(0, std::min<std::size_t>(s.size(), 2048)));
    const PhraseMatch m = match_phrase(s, key, ln.words);
    f.phrase = m.reason;
    f.phrase_mode = m.mode;
    std::string value;
    if (is_comment_phrase(f) && ln.words <= 16) f.dated = find_date(s, value);
    if (ln.words <= 10 && parse_source_line(s, value)) {
      f.source = true;
      f.phrase = nullptr;
    } else if (ln.words <= 16 && !f.phrase && parse_byline(s, value)) {
      f.byline = true;
    } else if (ln.words <= 14 && !f.phrase && parse_date_line(s, value)) {
      f.date = true;
    }
    // "Jane Roe July 14, 2026 at 9:52 pm": a name, a date and a clock head a reader comment.
    if (f.date && has_clock(s) && !starts_with_date_word(s)) {
      f.date = false;
      f.comment_meta = true;
    }
    if (!f.phrase && !f.date && ln.words <= 14 &&
        (comment_intro(s, key) || (has_clock(s) && !f.byline && ln.words >= 3)))
      f.comment_meta = true;
  }
  mark_tickers(text, lines, facts);
  const std::vector<bool> prose = prose_groups(text, lines);
  const std::vector<bool> listed = bullet_runs(text, lines, facts);
  const std::vector<bool> teasers = teaser_runs(text, lines);
  for (std::size_t i = 0; i < lines.size(); ++i) {
    std::string_view s = text.substr(lines[i].start, lines[i].end - lines[i].start);
    const bool numbered = !s.empty() && s[0] >= '0' && s[0] <= '9';
    // The sentence that introduces a list ("Regional shares closed mixed:") belongs to it.
    const bool intro = !s.empty() && s.back() == ':' && i + 1 < lines.size() && listed[i + 1];
    facts[i].weight =
        static_cast<float>(weight_of(lines[i], facts[i], prose[i], numbered, listed[i] || intro,
                                     teasers[i], lone_line(lines, i)));
  }
  return facts;
}

}  // namespace pith::detail
