#include "common/names.h"

#include <algorithm>

#include "common/utf8.h"
#include "common/word_set.h"
#include "common/word_prefilter.h"

namespace pith::detail {
namespace {

#include "common/names_table.inc"


bool is_apostrophe(char32_t c) { return c == '\'' || c == 0x2019; }

}  // namespace

namespace {

// One pass over [begin, end) handing every token to `emit` (tokenize() runs it twice: to count
// the tokens, then to store them in a vector of exactly that size; a vector grown by doubling
// held up to twice the tokens, and a text of short tokens ('a "b" ' ...) has one per 1.5 bytes).
template <class Emit>
void scan_tokens(std::string_view text, std::size_t begin, std::size_t end, Emit&& emit) {
  std::size_t i = begin;
  bool newline = false;
  while (i < end) {
    std::size_t len = 1;
    const char32_t c = decode_utf8(text, i, len);
    if (is_space(c)) {
      if (c == '\n') newline = true;
      i += len;
      continue;
    }
    Token t;
    t.start = static_cast<std::uint32_t>(i);
    t.newline = newline;
    newline = false;
    if (is_word_char(c)) {
      bool letters = is_letter(c), all_upper = is_upper(c);
      int n_letters = is_letter(c) ? 1 : 0;
      t.cap = is_upper(c);
      std::size_t j = i + len;
      while (j < end) {
        // ASCII letters and digits, most bytes of most words, without the decode and the class
        // calls below (the quote engine tokenizes every text whole).
        const auto b = static_cast<unsigned char>(text[j]);
        // A run of lower-case ASCII letters (most of most words: "ort" of "Port") in one tight
        // loop: each of them only counts as a letter and clears all_upper.
        if (static_cast<unsigned>(b - 'a') < 26u) {
          std::size_t k = j + 1;
          while (k < end && static_cast<unsigned>(static_cast<unsigned char>(text[k]) - 'a') < 26u) ++k;
          letters = true;
          n_letters += static_cast<int>(k - j);
          all_upper = false;
          j = k;
          continue;
        }
        if (static_cast<unsigned>((b | 0x20) - 'a') < 26u) {
          letters = true;
          ++n_letters;
          if (b >= 'a') all_upper = false;
          ++j;
          continue;
        }
        if (static_cast<unsigned>(b - '0') < 10u) {
          ++j;
          continue;
        }
        std::size_t l2 = 1;
        const char32_t d = decode_utf8(text, j, l2);
        if (is_word_char(d)) {
          if (is_letter(d)) {
            letters = true;
            ++n_letters;
            if (!is_upper(d)) all_upper = false;
          }
          j += l2;
          continue;
        }
        // Inner apostrophe, hyphen or dot followed by a letter: "don't", "al-Assad", "U.S".
        if ((is_apostrophe(d) || d == '-' || d == '.') && j + l2 < end) {
          std::size_t l3 = 1;
          const char32_t e = decode_utf8(text, j + l2, l3);
          if (is_letter(e) && (d != '.' || (j - i <= 2 && is_upper(e)))) {
            j += l2;
            continue;
          }
        }
        break;
      }
      t.end = static_cast<std::uint32_t>(j);
      t.kind = letters ? TokKind::kWord : TokKind::kNumber;
      t.caps = letters && all_upper && n_letters >= 2;
    } else {
      t.end = static_cast<std::uint32_t>(i + len);
      t.kind = TokKind::kPunct;
    }
    emit(t);
    i = t.end;
  }
}

}  // namespace

std::vector<Token> tokenize(std::string_view text, std::size_t begin, std::size_t end) {
  std::size_t n = 0;
  scan_tokens(text, begin, end, [&n](const Token&) { ++n; });
  std::vector<Token> out;
  out.reserve(n);
  scan_tokens(text, begin, end, [&out](const Token& t) { out.push_back(t); });
  return out;
}

std::string lower_word(std::string_view word) { return lower_utf8(word); }

thread_local constinit const LowerCaseScope* active_lower_case = nullptr;
namespace {
thread_local constinit std::uint64_t scopes_opened = 0;
}  // namespace

LowerCaseScope::LowerCaseScope(std::string_view text)
    : data(text.data()), size(text.size()), lowered(lower_utf8(text)), id(++scopes_opened),
      prev_(active_lower_case) {
  active_lower_case = this;
}

LowerCaseScope::~LowerCaseScope() { active_lower_case = prev_; }

std::string_view lower_tok_uncached(std::string_view text, const Token& t, std::string& buf) {
  buf = lower_utf8(tok_text(text, t));
  return buf;
}

bool is_name_word(std::string_view text, const Token& t) {
  if (t.kind != TokKind::kWord || !t.cap) return false;
  std::string buf;
  std::string_view w = lower_tok(text, t, buf);
  // "Moscow's" names Moscow.
  if (w.size() > 2 && (w.compare(w.size() - 2, 2, "'s") == 0)) w.remove_suffix(2);
  if (w.size() > 4 && w.compare(w.size() - 4, 4, "\xE2\x80\x99s") == 0) w.remove_suffix(4);
  // The byte pre-test first (exact: every listed word passes it): is_name_word is asked of every
  // capitalised word of the text by the speaker registry, and names ("Ruiz") are rarely listed.
  return !in_word_table_filtered<kNotNameWords>(w);
}

bool is_name_connector(std::string_view lower) { return in_word_table<kNameConnectors>(lower); }
bool is_title_word(std::string_view lower) { return in_word_table<kTitleWords>(lower); }
bool is_nationality(std::string_view lower) { return in_word_table<kNationalities>(lower); }
bool is_org_word(std::string_view lower) { return in_word_table<kOrgWords>(lower); }
bool is_role_noun(std::string_view lower) { return in_word_table<kRoleNouns>(lower); }

namespace {
bool is_dot(std::string_view text, const Token& t) { return t.kind == TokKind::kPunct && text[t.start] == '.'; }
// "J." or "Sen." : an initial or a title abbreviation before a dot.
bool abbrev_before_dot(std::string_view text, const Token& t) {
  if (t.kind != TokKind::kWord || !t.cap) return false;
  std::string buf;
  return t.end - t.start == 1 || is_title_word(lower_tok(text, t, buf));
}
}  // namespace

TokRange name_run_before(std::string_view text, const std::vector<Token>& toks, std::size_t last,
                         std::size_t floor) {
  TokRange r;
  if (last >= toks.size() || last < floor || !is_name_word(text, toks[last])) return r;
  r.ok = true;
  r.first = r.last = last;
  std::string buf;
  bool person_seen = !is_org_word(lower_tok(text, toks[last], buf));
  std::size_t i = last;
  int words = 1;
  while (i > floor && words < 7) {
    const Token& p = toks[i - 1];
    // A line break between p and the run ends it (p opening its own line does not).
    if (toks[i].newline || toks[i].name_break) break;
    if (is_name_word(text, p)) {
      const std::string_view w = lower_tok(text, p, buf);
      if (person_seen && is_org_word(w)) break;
      if (!is_org_word(w)) person_seen = true;
      --i;
      ++words;
      r.first = i;
      continue;
    }
    if (is_dot(text, p) && i - 1 > floor && abbrev_before_dot(text, toks[i - 2])) {
      i -= 2;
      ++words;
      r.first = i;
      continue;
    }
    if (p.kind == TokKind::kWord && !p.cap && is_name_connector(lower_tok(text, p, buf))) {
      std::size_t j = i - 1;  // the connector
      if (j > floor && toks[j - 1].kind == TokKind::kWord && !toks[j - 1].cap &&
          is_name_connector(lower_tok(text, toks[j - 1], buf)))
        --j;
      if (j > floor && is_name_word(text, toks[j - 1])) {
        words += static_cast<int>(i - j + 1);
        i = j - 1;
        r.first = i;
        continue;
      }
    }
    break;
  }
  return r;
}

TokRange name_run_after(std::string_view text, const std::vector<Token>& toks, std::size_t first,
                        std::size_t ceil) {
  TokRange r;
  ceil = std::min(ceil, toks.size());
  if (first >= ceil || !is_name_word(text, toks[first])) return r;
  r.ok = true;
  r.first = r.last = first;
  std::size_t i = first;
  int words = 1;
  std::string buf;
  while (i + 1 < ceil && words < 7) {
    const Token& n = toks[i + 1];
    if (n.newline || n.name_break) break;
    if (is_dot(text, n) && abbrev_before_dot(text, toks[i]) && i + 2 < ceil &&
        is_name_word(text, toks[i + 2])) {
      i += 2;
      ++words;
      r.last = i;
      continue;
    }
    if (is_name_word(text, n)) {
      ++i;
      ++words;
      r.last = i;
      continue;
    }
    // "von der Leyen": up to two connectors before the next name word.
    if (n.kind == TokKind::kWord && !n.cap && is_name_connector(lower_tok(text, n, buf))) {
      std::size_t j = i + 2;
      if (j < ceil && toks[j].kind == TokKind::kWord && !toks[j].cap &&
          is_name_connector(lower_tok(text, toks[j], buf)))
        ++j;
      if (j < ceil && is_name_word(text, toks[j])) {
        words += static_cast<int>(j - i);
        i = j;
        r.last = i;
        continue;
      }
    }
    break;
  }
  return r;
}

std::string person_name(std::string_view text, const std::vector<Token>& toks, TokRange r) {
  return person_name(text, toks, r, nullptr);
}

std::string person_name(std::string_view text, const std::vector<Token>& toks, TokRange r,
                        std::vector<std::string>* lower_words) {
  std::vector<std::string_view> words;
  std::vector<std::size_t> at;  // each word's token
  for (std::size_t i = r.first; r.ok && i <= r.last; ++i) {
    if (toks[i].kind != TokKind::kWord) continue;
    words.push_back(tok_text(text, toks[i]));
    at.push_back(i);
  }
  // lower_tok: a view into the LowerCaseScope's copy when one is open (the registry asks this of
  // every name run), else lower_utf8 of the word as before.
  std::string buf;
  std::size_t k = 0;
  while (k + 1 < words.size()) {
    const std::string_view w = lower_tok(text, toks[at[k]], buf);
    // Titles, nationalities and lower-case roles before the name: "journalist Jane Roe".
    std::size_t l = 1;
    const bool lower_initial = is_lower(decode_utf8(words[k], 0, l));
    if (!(is_title_word(w) || is_nationality(w) || lower_initial)) break;
    ++k;
  }
  // "Regional transport minister Elias Brandt": the name follows the last lower-case role noun.
  for (std::size_t i = words.size() - (words.empty() ? 0 : 1); i > k; --i) {
    std::size_t l = 1;
    if (!is_lower(decode_utf8(words[i - 1], 0, l))) continue;
    if (is_role_noun(lower_tok(text, toks[at[i - 1]], buf))) k = i;
    break;
  }
  std::size_t capitalised = 0;
  for (std::size_t i = k; i < words.size(); ++i)
    capitalised += !(words[i][0] >= 'a' && words[i][0] <= 'z');  // connectors do not count
  if (capitalised > 3) k = words.size() - 2;
  std::string out;
  if (lower_words) lower_words->clear();
  for (std::size_t i = k; i < words.size(); ++i) {
    std::string_view w = words[i];
    // "Moscow's" -> "Moscow"
    if (w.size() > 2 && (w.substr(w.size() - 2) == "'s")) w.remove_suffix(2);
    if (w.size() > 4 && (w.substr(w.size() - 4) == "\xE2\x80\x99s")) w.remove_suffix(4);
    if (!out.empty()) out += ' ';
    out += w;
    // Lower-casing keeps each code point's byte length: the kept prefix's lower case is the
    // prefix of the word's lower case.
    if (lower_words) lower_words->emplace_back(lower_tok(text, toks[at[i]], buf).substr(0, w.size()));
  }
  return out;
}

std::string name_after_particle(std::string_view name) {
  std::vector<std::string_view> words;
  for (std::size_t i = 0; i < name.size();) {
    std::size_t j = name.find(' ', i);
    if (j == std::string_view::npos) j = name.size();
    if (j > i) words.push_back(name.substr(i, j - i));
    i = j + 1;
  }
  std::size_t k = 0;
  for (std::size_t i = 1; i + 1 < words.size(); ++i) {
    if (!is_name_connector(words[i])) continue;
    std::size_t j = i + 1;
    while (j < words.size() && is_name_connector(words[j])) ++j;
    if (j >= words.size()) break;
    // A particle after a noun of statements ("Angaben von", "Meinung der") is a preposition
    // or an article (measured: after role nouns, "Sprecher von X", the whole phrase is better).
    const std::string before = lower_utf8(words[i - 1]);
    bool statement = false;
    for (std::string_view suf : kStatementNounEndings)
      statement = statement || (before.size() >= suf.size() &&
                                before.compare(before.size() - suf.size(), suf.size(), suf) == 0);
    if (statement) k = j;
    i = j;
  }
  if (k == 0) return std::string(name);
  std::string out;
  for (std::size_t i = k; i < words.size(); ++i) {
    if (!out.empty()) out += ' ';
    out += words[i];
  }
  return out;
}

}  // namespace pith::detail
