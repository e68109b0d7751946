#include "quotes/spans/title.h"

#include "common/word_set.h"

#include <string>

#include "quotes/cues/lexicon.h"
#include "quotes/cues/punct.h"

namespace pith::detail {
namespace {

#include "quotes/spans/title_table.inc"

bool ends_with(std::string_view w, std::string_view s) {
  return w.size() >= s.size() && w.substr(w.size() - s.size()) == s;
}

bool class_noun_exact(std::string_view w, bool compound_tail) {
  for (const auto& c : kClassNouns) {
    if (c.word == w) return true;
    // "kartoffelsorte": a German compound whose head is a class noun; the modifier must be a
    // word of its own (three bytes at least) so "Programm" does not match "gramm".
    if (compound_tail && c.compound && w.size() >= c.word.size() + 3 && ends_with(w, c.word))
      return true;
  }
  return false;
}

// "Fährschiffes", "Organisationen", "film": the word or its German stem is a class noun.
// Compounds and endings only for capitalised words (German nouns): "replied" is no "Lied".
bool is_class_noun(std::string_view w, bool cap) {
  if (class_noun_exact(w, cap)) return true;
  // English plurals: the novels “A” and “B”.
  if (w.size() > 3 && ends_with(w, "s") && class_noun_exact(w.substr(0, w.size() - 1), false)) return true;
  if (!cap) return false;
  for (const auto e : kGermanEndings)
    if (w.size() > e.size() + 2 && ends_with(w, e) && class_noun_exact(w.substr(0, w.size() - e.size()), true))
      return true;
  return false;
}

std::size_t first_word(const std::vector<Token>& toks, std::size_t from, std::size_t end) {
  for (std::size_t i = from; i < end; ++i)
    if (toks[i].kind != TokKind::kPunct) return i;
  return end;
}

std::size_t words_in(const std::vector<Token>& toks, std::size_t from, std::size_t end) {
  std::size_t n = 0;
  for (std::size_t i = from; i < end; ++i) n += toks[i].kind != TokKind::kPunct;
  return n;
}

// "ABC's", "MSNBC’s": a capitalised possessive, the owner of a programme or publication.
bool capitalised_possessive(std::string_view text, const Token& t) {
  if (t.kind != TokKind::kWord || !t.cap) return false;
  const std::string_view w = tok_text(text, t);
  // "XBS'": an owner in capitals ending in s takes a bare apostrophe.
  return ends_with(w, "'s") || ends_with(w, "\xE2\x80\x99s") || ends_with(w, "s'") ||
         ends_with(w, "s\xE2\x80\x99") || ends_with(w, "S'") || ends_with(w, "S\xE2\x80\x99");
}

// "NBC's", "HBO’s": the owner is an acronym of two to five capitals (a broadcaster or a paper).
bool acronym_owner(std::string_view text, const Token& t) {
  std::size_t caps = 0, i = t.start;
  while (i < t.end && text[i] >= 'A' && text[i] <= 'Z') ++caps, ++i;
  return caps >= 2 && caps <= 5 && i < t.end && (text[i] == '\'' || text[i] == '\xE2');
}



// Capitalised words and German function words only: „Oberste Rat zur Rettung der Wälder“.
bool german_name(std::string_view text, const std::vector<Token>& toks, std::size_t first,
                 std::size_t end) {
  for (std::size_t i = first; i < end; ++i)
    if (toks[i].kind == TokKind::kWord && !toks[i].cap && !in_word_table<kGermanNameSmall>(low(text, toks, i)))
      return false;
  return true;
}

// The writer's words scanned around a quote: its sentence, but no more than a window on each
// side, so a sentence strung with many quotes stays linear ("“A”, “B”, “C” ... “Z”").
constexpr std::size_t kScanWindow = 40;
// A chant is short: "Lock Her Up!", “Ted! Ted! Ted!” (the pairwise word check stays cheap).
constexpr std::size_t kChantMaxTokens = 16;
constexpr std::size_t kMaxDomainBytes = 80;
constexpr std::size_t kProductMaxWords = 3;
std::size_t scan_from(const TitleInput& in) {
  return in.open > in.sentence + kScanWindow ? in.open - kScanWindow : in.sentence;
}
std::size_t scan_to(const TitleInput& in) {
  return in.sentence_end > in.end + kScanWindow ? in.end + kScanWindow : in.sentence_end;
}

// Two German function words in the writer's part of the sentence.
bool german_sentence(std::string_view text, const std::vector<Token>& toks, const TitleInput& in) {
  int n = 0;
  for (std::size_t k = scan_from(in), to = scan_to(in); k < to && n < 2; ++k)
    if ((k < in.open || k > in.end) && toks[k].kind == TokKind::kWord && in_word_table<kGermanMarkers>(low(text, toks, k)))
      ++n;
  return n >= 2;
}

// Two English function words in the writer's part of the sentence.
bool english_sentence(std::string_view text, const std::vector<Token>& toks, const TitleInput& in) {
  int n = 0;
  for (std::size_t k = scan_from(in), to = scan_to(in); k < to && n < 2; ++k)
    if ((k < in.open || k > in.end) && toks[k].kind == TokKind::kWord && in_word_table<kEnglishMarkers>(low(text, toks, k)))
      ++n;
  return n >= 2;
}

// "news.example.com", "Beispiel.de": no space, and a final dot followed by two to six letters.
bool web_domain(std::string_view text, const std::vector<Token>& toks, std::size_t first, std::size_t end) {
  if (first >= end) return false;
  const std::size_t a = toks[first].start, b = toks[end - 1].end;
  if (b - a > kMaxDomainBytes) return false;
  const std::string_view w = text.substr(a, b - a);
  for (const char ch : w)
    if (ch == ' ' || ch == '\t' || ch == '\n') return false;
  const std::size_t dot = w.rfind('.');
  if (dot == std::string_view::npos || dot == 0 || w.size() - dot - 1 < 2 || w.size() - dot - 1 > 6) return false;
  for (std::size_t i = dot + 1; i < w.size(); ++i)
    if (w[i] < 'a' || w[i] > 'z') return false;
  const char before = w[dot - 1];
  return (before >= 'a' && before <= 'z') || (before >= '0' && before <= '9');
}

// A word spelt like a product or brand: letters then digits ("Power8", "U2"), a digit then a
// capital ("8Ball"), or a capital inside a word that starts in lower case ("iPod", "eBay").
// Digits then lower case ("1990s", "2nd") are ordinary words; inner capitals after a capital
// ("McCain", "GlobalFlyer") are names of people and craft, which the gold often counts.
bool product_typography(std::string_view text, const std::vector<Token>& toks, std::size_t first,
                        std::size_t end) {
  auto lower = [](char c) { return c >= 'a' && c <= 'z'; };
  auto upper = [](char c) { return c >= 'A' && c <= 'Z'; };
  auto digit = [](char c) { return c >= '0' && c <= '9'; };
  for (std::size_t k = first; k < end; ++k) {
    if (toks[k].kind == TokKind::kPunct) continue;
    const std::string_view w = tok_text(text, toks[k]);
    std::size_t lower_run = 0;
    for (std::size_t i = 0; i < w.size(); ++i) {
      const char c = w[i];
      if (i > 0) {
        const char b = w[i - 1];
        if ((lower(b) || upper(b)) && digit(c)) return true;
        if (digit(b) && upper(c)) return true;
        if (upper(c) && lower(b) && lower_run == i) return true;
      }
      lower_run = lower(c) ? lower_run + 1 : 0;
    }
  }
  return false;
}

}  // namespace

bool lone_term(std::string_view text, const std::vector<Token>& toks, const TitleInput& in) {
  return words_in(toks, in.first, in.end) == 1 && english_sentence(text, toks, in);
}

// A word of the writer's sentence marks indirect speech or an opinion (Konjunktiv I "sei",
// "bezeichnete", "zufolge"): its quoted words are somebody's.
bool indirect_speech(std::string_view text, const std::vector<Token>& toks, const TitleInput& in) {
  for (std::size_t k = scan_from(in), to = scan_to(in); k < to; ++k)
    if ((k < in.open || k > in.end) && toks[k].kind == TokKind::kWord &&
        in_word_table<kIndirectMarkers>(low(text, toks, k)))
      return true;
  return false;
}

bool starts_capitalised(std::string_view text, const std::vector<Token>& toks, const TitleInput& in) {
  const std::size_t fw = first_word(toks, in.first, in.end);
  // A word opening with a digit ("21st", "24/7") is no lower-case phrase either.
  return fw < in.end && (toks[fw].kind != TokKind::kWord || toks[fw].cap ||
                         (text[toks[fw].start] >= '0' && text[toks[fw].start] <= '9'));
}

bool headline_case(const std::vector<Token>& toks, std::size_t first, std::size_t end) {
  std::size_t words = 0, caps = 0;
  for (std::size_t i = first; i < end; ++i) {
    if (toks[i].kind != TokKind::kWord) continue;
    ++words;
    caps += toks[i].cap;
  }
  return words >= 3 && caps * 4 >= words * 3;
}

bool chant(std::string_view text, const std::vector<Token>& toks, std::size_t first, std::size_t last) {
  if (last <= first || last - first > kChantMaxTokens) return false;
  std::size_t words = 0;
  std::string_view w0;
  for (std::size_t i = first; i < last; ++i) {
    // Only commas and cries between the words: "Schwarz & Schwarz" is a title.
    if (toks[i].kind == TokKind::kPunct && !punct_is(text, toks[i], ',') && !punct_is(text, toks[i], '!') &&
        !punct_is(text, toks[i], '.'))
      return false;
    if (toks[i].kind != TokKind::kWord) continue;
    const std::string_view w = tok_text(text, toks[i]);
    if (words++ == 0) w0 = w;
    else if (w != w0) return false;
  }
  return words >= 2;
}

// How far before the mark a word of crying out may stand: "chanting “X”", "chants of “X”",
// "skandierten Parolen wie zum Beispiel „X“" (four words), not a cry two clauses back.
constexpr std::size_t kShoutWindowWords = 4;

bool shouted(std::string_view text, const std::vector<Token>& toks, const TitleInput& in) {
  std::size_t words = 0;
  for (std::size_t k = in.open; k > in.sentence && words < kShoutWindowWords;) {
    --k;
    if (toks[k].kind != TokKind::kWord) {
      // Only commas and colons between the cry and the quote: "chanted, “X”", "rief: „X“".
      if (toks[k].kind == TokKind::kPunct && !punct_is(text, toks[k], ',') && !punct_is(text, toks[k], ':'))
        return false;
      continue;
    }
    ++words;
    if (in_word_table<kShoutWords>(low(text, toks, k))) return true;
  }
  return false;
}

bool titled_by_verb(std::string_view text, const std::vector<Token>& toks, const TitleInput& in) {
  std::size_t p = in.open;
  // "the ad, entitled “X”": past one comma.
  if (p > in.sentence && punct_is(text, toks[p - 1], ',')) --p;
  return p > in.sentence && toks[p - 1].kind == TokKind::kWord &&
         in_word_table<kTitlingVerbs>(low(text, toks, p - 1));
}

bool quoted_aside(std::string_view text, const std::vector<Token>& toks, const TitleInput& in) {
  if (in.open <= in.para_first || in.close == static_cast<std::size_t>(-1) || in.close + 1 >= in.para_end)
    return false;
  return punct_is(text, toks[in.open - 1], '(') && punct_is(text, toks[in.close + 1], ')') &&
         english_sentence(text, toks, in);
}

bool list_separator(std::string_view text, const std::vector<Token>& toks, std::size_t prev_close,
                    std::size_t open) {
  if (open <= prev_close + 1 || open - prev_close > 3) return false;
  for (std::size_t k = prev_close + 1; k < open; ++k) {
    if (punct_is(text, toks[k], ',')) continue;
    if (toks[k].kind == TokKind::kWord && in_word_table<kListWords>(low(text, toks, k))) continue;
    return false;
  }
  return true;
}

bool looks_like_title(std::string_view text, const std::vector<Token>& toks, std::size_t first,
                      std::size_t last, bool programme) {
  if (chant(text, toks, first, last)) return false;
  std::size_t words = 0;
  for (std::size_t i = first; i < last; ++i) {
    if (toks[i].kind != TokKind::kWord) continue;
    ++words;
    if (toks[i].cap) continue;
    const std::string w = low(text, toks, i);
    if (!(is_determiner(w) || is_name_connector(w) || in_word_table<kTitleConnectors>(w) ||
          (programme && w == "with")))
      return false;
  }
  return words >= 2;
}

namespace {

// What names_a_thing knows about one quotation.
struct Shape {
  bool title = false;           // title case, two words or more
  bool programme = false;       // title case with "with" ("Midday with Ann Roe"): a show's name
  bool capitalised = false;     // title case, or one capitalised word
  bool name_like = false;       // capitalised, or a German name („Rat zur Rettung der Wälder“)
  bool short_name = false;      // four words at most
  std::size_t words = 0;
  std::size_t before = 0;       // index of the word before the mark (past a comma for titles)
};

bool word_is(std::string_view text, const std::vector<Token>& toks, std::size_t k, std::string_view w) {
  return toks[k].kind == TokKind::kWord && low(text, toks, k) == w;
}

// The words right after the closing mark say the quote is a name.
bool named_by_what_follows(std::string_view text, const std::vector<Token>& toks,
                           const TitleInput& in, const Shape& q) {
  const std::size_t c = in.close;
  if (c == static_cast<std::size_t>(-1) || c + 1 >= in.para_end) return false;
  const Token& after = toks[c + 1];
  const bool word_after = after.kind == TokKind::kWord;
  // „Thalys“-Schnellzüge, “Reuters”-Reporterin: the quote modifies a compound noun.
  if (punct_is(text, after, '-') && after.start == toks[c].end && c + 2 < in.para_end &&
      toks[c + 2].kind == TokKind::kWord && toks[c + 2].start == after.end)
    return true;
  // „Koalition für Einheit“ (KfE), “Jungle Fever” (1991): an acronym or a year follows.
  if (punct_is(text, after, '(') && c + 3 < in.para_end && punct_is(text, toks[c + 3], ')') &&
      (toks[c + 2].caps || (toks[c + 2].kind == TokKind::kNumber && toks[c + 2].end - toks[c + 2].start == 4)))
    return true;
  // ''Smith'': at the start of a paragraph, a speaker label of an interview or a list
  // heading, not a quotation.
  if (punct_is(text, after, ':') && in.open == in.para_first && q.words <= 3) return true;
  // the “Avatar” star, the “Today” anchor: a noun after the quote says what it names.
  if (q.capitalised && word_after && !after.cap && in_word_table<kClassAfter>(low(text, toks, c + 1)))
    return true;
  // Robert “Bobby” Smith: a nickname between the names of a person.
  if (q.words == 1 && word_after && after.cap && in.open > in.sentence &&
      toks[in.open - 1].kind == TokKind::kWord && is_name_word(text, toks[in.open - 1]) &&
      is_name_word(text, after))
    return true;
  // Robert C. “Bobby” Smith, J.R. “Butch” Otter: the same after an initial.
  if (q.words == 1 && word_after && after.cap && in.open > in.sentence + 1 &&
      punct_is(text, toks[in.open - 1], '.') && toks[in.open - 2].kind == TokKind::kWord &&
      toks[in.open - 2].cap && toks[in.open - 2].end - toks[in.open - 2].start == 1 &&
      is_name_word(text, after))
    return true;
  // „Orbis“ ist ein Modul der Station: a sentence defining a quoted name.
  if (!in.cue && in.open == in.sentence && q.short_name && q.name_like && word_after &&
      in_word_table<kCopulas>(low(text, toks, c + 1)))
    return true;
  // wie „Kurier“ berichtet; dem „Kurier“ zufolge: the quoted name is the source.
  // (but '“Meh,” wrote a reader': a comma inside the marks ends quoted words before their cue).
  const bool ends_clause = in.end > in.first && toks[in.end - 1].kind == TokKind::kPunct &&
                           std::string_view(",!?").find(text[toks[in.end - 1].start]) != std::string_view::npos;
  if (q.short_name && word_after && !ends_clause &&
      (in_word_table<kMediaVerbs>(low(text, toks, c + 1)) || in_word_table<kSourceAfter>(low(text, toks, c + 1))))
    return true;
  // „Orbis“, ein Modul der Station: an apposition describes the quoted name.
  if (q.name_like && punct_is(text, after, ',') && c + 2 < in.para_end &&
      toks[c + 2].kind == TokKind::kWord && in_word_table<kIndefinite>(low(text, toks, c + 2)))
    return true;
  // „Christoph 29“ heißen wird; früher „X“ hieß (but „Wir bleiben“, hieß es: a cue).
  for (std::size_t k = c + 1; q.short_name && k < in.para_end && k <= c + 4; ++k)
    if (toks[k].kind == TokKind::kWord && in_word_table<kNamingAfter>(low(text, toks, k)))
      return !(k + 1 < in.para_end && word_is(text, toks, k + 1, "es"));
  return false;
}

// The words right before the opening mark say the quote is a name.
NameEvidence named_by_what_precedes(std::string_view text, const std::vector<Token>& toks,
                                    const TitleInput& in, const Shape& q) {
  const std::size_t p = q.before;
  // on XBS' “Sunday Desk”: the bare apostrophe after an owner in s is a token of its own.
  if (p >= in.sentence + 2 && toks[p - 1].kind == TokKind::kPunct && toks[p - 1].start == toks[p - 2].end &&
      (text[toks[p - 1].start] == '\'' || text.compare(toks[p - 1].start, 3, "\xE2\x80\x99") == 0) &&
      toks[p - 2].kind == TokKind::kWord && toks[p - 2].cap) {
    const char last = text[toks[p - 2].end - 1];
    if ((last == 's' || last == 'S') && (q.programme || (toks[p - 2].caps && q.capitalised)))
      return NameEvidence::kStrong;
  }
  if (p <= in.sentence || toks[p - 1].kind != TokKind::kWord) return NameEvidence::kNone;
  const Token& prev = toks[p - 1];
  const std::string prev_low = low(text, toks, p - 1);
  const bool two_before = p - 1 > in.sentence && toks[p - 2].kind == TokKind::kWord;
  const std::string low2 = two_before ? low(text, toks, p - 2) : std::string();
  // the film “X”, titled “X”, laut „X“; die Raumsonde „X“ is only weak evidence: German
  // news corpora mark many such names as quotations of the article's source.
  // Weak evidence is kept while the stronger rules below are tried.
  NameEvidence found = NameEvidence::kNone;
  // unter dem Namen „X“: a noun saying that a name follows.
  if (in_word_table<kNamingNouns>(prev_low)) return NameEvidence::kStrong;
  // "Laut „X“" opening a sentence is the lower-case "laut" of the table.
  const bool cap = prev.cap && p - 1 != in.sentence;
  if (is_class_noun(prev_low, cap)) {
    if (!cap) return NameEvidence::kStrong;
    found = NameEvidence::kWeak;
  }
  // schrieb die „Abendpost“ (a publication as subject or object of a report verb); sagte der
  // „Abendpost“ (a German article between a cue and the quote: the addressee; the English
  // "told the “X”" measured: costs PolNeAR recall).
  if (q.short_name && (is_de_article(prev_low) || in_word_table<kDativeContractions>(prev_low)) && two_before &&
      (in_word_table<kMediaVerbs>(low2) || is_cue_word(low2) || low2 == "gegenüber"))
    return NameEvidence::kStrong;
  // on ABC's “This Week”.
  if (capitalised_possessive(text, prev) && q.programme) return NameEvidence::kStrong;
  // NBC's “Today”: after a broadcaster's acronym even one capitalised word is a programme.
  if (capitalised_possessive(text, prev) && acronym_owner(text, prev) && q.capitalised)
    return NameEvidence::kStrong;
  // the channel's “Sunday Report”, television's “Scandal”.
  if (q.capitalised && !prev.cap && prev_low.size() > 2 &&
      (ends_with(prev_low, "'s") || ends_with(prev_low, "\xE2\x80\x99s"))) {
    const std::string_view owner(prev_low.data(), prev_low.size() - (ends_with(prev_low, "'s") ? 2 : 4));
    if (in_word_table<kMediaOwners>(owner)) return NameEvidence::kStrong;
  }
  // told “Morning Talk”, in an interview with “Morning Talk”.
  if (q.title && (in_word_table<kAddresseeVerbs>(prev_low) ||
                  (prev_low == "with" && two_before && in_word_table<kInterviewNouns>(low2))))
    return NameEvidence::kStrong;
  // appeared on “Today”, host of “Late Night”, star of “Scandal”: a programme or a work.
  if ((q.capitalised || q.programme) && in_word_table<kMediaPrepositions>(prev_low)) return NameEvidence::kStrong;
  // (and roles in “Red Harbor”).
  if ((q.capitalised || q.programme) && two_before && (prev_low == "of" || prev_low == "in") && in_word_table<kWorkMakers>(low2))
    return NameEvidence::kStrong;
  // der „Passat“, the “Eagle”: one capitalised word after an article (up to four, or a German
  // name of any length, after a German one, also past an adjective: die französische „X“, die
  // Dortmunder „X“), in a sentence with no cue and no sign of indirect speech (er sei ein
  // „Opfer“ stays speech).
  bool german_article = is_de_article(prev_low);
  if (!german_article && two_before && is_de_article(low2) &&
      (!prev.cap || ends_with(prev_low, "er")) && prev_low.size() > 2 &&
      (ends_with(prev_low, "e") || ends_with(prev_low, "en") || ends_with(prev_low, "er") ||
       ends_with(prev_low, "es")))
    german_article = true;
  // One word is weak evidence (der „Bunker“ may be a word somebody used); several capitalised
  // words after a German article are a name.
  if (!in.cue && toks[first_word(toks, in.first, in.end)].kind == TokKind::kWord &&
      !indirect_speech(text, toks, in)) {
    if (q.words == 1 && (german_article || in_word_table<kArticles>(prev_low))) found = NameEvidence::kWeak;
    if (q.words > 1 && german_article && (q.words <= 4 || german_name(text, toks, in.first, in.end)))
      return NameEvidence::kStrong;
  }
  // Damals hieß das Lokal «X».
  for (std::size_t k = p; q.short_name && k-- > in.sentence && p - k <= 4;)
    if (toks[k].kind == TokKind::kWord && in_word_table<kNamingAfter>(low(text, toks, k)))
      return k + 1 < p && word_is(text, toks, k + 1, "es") ? found : NameEvidence::kStrong;
  return found;
}

}  // namespace

NameEvidence names_a_thing(std::string_view text, const std::vector<Token>& toks, const TitleInput& in) {
  // laut „nachrichten.example.de“: a web address names a site, in any case.
  if (web_domain(text, toks, in.first, in.end)) return NameEvidence::kStrong;
  // „Power8“, „iPod nano“, „StadtGalerie“: a short quote with a product's typography.
  if (words_in(toks, in.first, in.end) <= kProductMaxWords && product_typography(text, toks, in.first, in.end))
    return NameEvidence::kStrong;
  // Content opening in lower case is a phrase, not a name: „völlig unrealistisch“.
  if (!starts_capitalised(text, toks, in)) return NameEvidence::kNone;
  // Title case in a German sentence with no cue: „Board of Governors“, „Man of the Match“.
  // (In English text the same rule costs more quotations than it saves: measured PolNeAR
  // recall -0.5.)
  if (!in.cue && !in.headline && looks_like_title(text, toks, in.first, in.end) &&
      german_sentence(text, toks, in) && !indirect_speech(text, toks, in))
    return NameEvidence::kStrong;
  // 'A long day in the mines.' alone in its paragraph, in single marks: a subhead.
  if (in.single_mark && in.open == in.para_first && in.close != static_cast<std::size_t>(-1) &&
      words_in(toks, in.close + 1, in.para_end) == 0)
    return NameEvidence::kStrong;
  // In a headline every word is capitalised: the rules below would see names everywhere.
  if (in.headline) return NameEvidence::kNone;
  Shape q;
  q.title = looks_like_title(text, toks, in.first, in.end);
  // “90 Seconds”, “7 Days Out”: a number, then title case.
  const std::size_t fw = first_word(toks, in.first, in.end);
  if (!q.title && fw < in.end && toks[fw].kind == TokKind::kNumber) {
    const std::size_t next = first_word(toks, fw + 1, in.end);
    q.title = next < in.end && toks[next].kind == TokKind::kWord && toks[next].cap &&
              (words_in(toks, next, in.end) == 1 || looks_like_title(text, toks, next, in.end));
  }
  q.programme = looks_like_title(text, toks, in.first, in.end, true);
  q.words = words_in(toks, in.first, in.end);
  q.short_name = q.words <= 4;
  q.capitalised = q.title || (q.words == 1 && toks[first_word(toks, in.first, in.end)].kind == TokKind::kWord);
  q.name_like = q.capitalised || german_name(text, toks, in.first, in.end);
  // The word before the mark, past one comma when the content is a title ("his book,
  // “Title,”"; but 'according to the newspaper, “Guns are ...”' is speech).
  q.before = in.open;
  if (q.title && q.before > in.sentence && punct_is(text, toks[q.before - 1], ',')) --q.before;
  if (named_by_what_follows(text, toks, in, q)) return NameEvidence::kStrong;
  return named_by_what_precedes(text, toks, in, q);
}

bool stage_direction(std::string_view text, std::size_t cs, std::size_t ce) {
  while (ce > cs && text[ce - 1] == '.') --ce;
  if (ce < cs + 3) return false;
  const char open = text[cs], close = text[ce - 1];
  if (!((open == '(' && close == ')') || (open == '[' && close == ']'))) return false;
  // One group only: "(a) first, (b) second" opens again inside.
  for (std::size_t i = cs + 1; i + 1 < ce; ++i)
    if (text[i] == open || text[i] == close) return false;
  return true;
}

}  // namespace pith::detail
