// Title/name detector: is a quotation the name of a thing (a show, a book, a ship, a party)
// rather than somebody's words? The gold of quote corpora and readers both want speech only.
#pragma once
#include <cstddef>
#include <string_view>
#include <vector>

#include "common/names.h"

namespace pith::detail {

struct TitleInput {
  std::size_t open = 0;      // token of the opening mark
  std::size_t first = 0;     // first content token
  std::size_t end = 0;       // one past the last content token
  std::size_t close = 0;     // token of the closing mark (npos: unclosed)
  std::size_t sentence = 0;  // first token of the writer's sentence
  std::size_t para_first = 0, para_end = 0;  // token range of the paragraph
  std::size_t sentence_end = 0;  // one past the writer's sentence
  bool cue = false;              // a speech cue frames the quote in its sentence
  bool single_mark = false;      // opened by ' or ‘ (a subhead in some papers)
  bool headline = false;         // its paragraph is in title case (see headline_case)
};

// True when the quotation names a thing rather than quoting anyone: a class noun or naming
// word right before it (the film “X”, die Raumsonde „X“, titled “X”, laut „X“), a programme
// after a broadcaster or "on" (ABC's “This Week”, appeared on “Today”, host of “X”), a lone
// capitalised word after an article with no cue (der „Passat“), an acronym or year after it
// („X“ (XY), “X” (1999)), a compound or class noun after it („X“-Reporter, the “X” star), an
// apposition („X“, eine Firma), a naming verb („X“ heißt), a nickname (Robert “Bobby” Smith),
// an interview label (''Smith'': ...) or a subhead alone in single marks. Content starting in
// lower case never is; indirect speech in the sentence (er sei ...) protects German phrases.
// kStrong: a name, nobody's words. kWeak: probably a name, but corpora of German news often
// count such quotes as the source's words (die Raumsonde „X“, der „Passat“): the quote keeps
// its speaker and gets a confidence below 0.5.
enum class NameEvidence { kNone, kWeak, kStrong };
NameEvidence names_a_thing(std::string_view text, const std::vector<Token>& toks, const TitleInput& in);

// A word of the writer's sentence marks indirect speech or an opinion (Konjunktiv I "sei",
// "bezeichnete", "riet", "zufolge", "called"): its quoted words are somebody's.
bool indirect_speech(std::string_view text, const std::vector<Token>& toks, const TitleInput& in);

// One word in quotes in an English sentence: when nobody is found to have said it ('a “pivot”',
// 'the “reset”'), it is a term the writer marks far more often than somebody's words (PolNeAR:
// about one in four is speech). German news corpora count such words as quotations of the
// article's source, so German sentences are left out.
bool lone_term(std::string_view text, const std::vector<Token>& toks, const TitleInput& in);

// The first content word is capitalised (or a number): „Discovery“, not „völlig unrealistisch“.
bool starts_capitalised(std::string_view text, const std::vector<Token>& toks, const TitleInput& in);

// Most words of the paragraph capitalised ("Senator Says ‘Enough’ After Vote"): a headline,
// where capitals say nothing about names.
bool headline_case(const std::vector<Token>& toks, std::size_t first, std::size_t end);

// Tokens (prev_close, open) only separate items of a list: ", ", " und ", " or ".
bool list_separator(std::string_view text, const std::vector<Token>& toks, std::size_t prev_close,
                    std::size_t open);

// A chant, not a title: one word said over and over (“USA! USA!”, „Jobs, Jobs, Jobs“).
bool chant(std::string_view text, const std::vector<Token>& toks, std::size_t first, std::size_t last);

// A word of crying out among the few words right before the quote (chants of “X”, the crowd
// chanted, “X”, Parolen wie „X“): the quote is words somebody shouted, never a name or a term.
bool shouted(std::string_view text, const std::vector<Token>& toks, const TitleInput& in);

// An English naming verb right before the quote (a memo titled “X”, the ad, entitled “X”): a
// name, but one its writer chose; quote corpora often count it as the writer's words.
bool titled_by_verb(std::string_view text, const std::vector<Token>& toks, const TitleInput& in);

// A quote alone in parentheses in an English sentence: 'mocked Roe (“Sleepy Roe”)',
// 'calling them "vendidos" ("sellouts")'. The writer sets somebody's words, a nickname they
// use or the gloss of a word they said, beside the sentence: speech, not a name or a term.
bool quoted_aside(std::string_view text, const std::vector<Token>& toks, const TitleInput& in);

// Two or more words, every one capitalised but small connectors: a title or a name in quotes
// ("Saturday Night Live", „Coup des Nations“), rarely anybody's words.
// `programme`: "with" may stay lower-case too, as in the names of English talk shows
// ("Midday with Ann Roe"); not in general, as German text quotes English names of movements.
bool looks_like_title(std::string_view text, const std::vector<Token>& toks, std::size_t first,
                      std::size_t last, bool programme = false);

// '"(LAUGHTER.)"', '"[Applause]"': a transcript's stage direction in the marks (content bytes
// [cs, ce)), wholly in parentheses or brackets (a full stop may follow), describes the scene;
// nobody says it.
bool stage_direction(std::string_view text, std::size_t cs, std::size_t ce);

}  // namespace pith::detail
