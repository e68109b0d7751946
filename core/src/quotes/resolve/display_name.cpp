// The displayed-speaker gate (display_name.h): word tests on the final name, in order —
// leading connectives and cue words off, a cut at the first verb or cue word inside, trailing
// function words off, a long name cut at a preposition, and a bare pronoun or determiner
// refused.
#include "quotes/resolve/display_name.h"

#include <vector>

#include "common/utf8.h"
#include "common/word_set.h"

namespace pith::detail {
namespace {

#include "quotes/resolve/display_name_table.inc"

constexpr std::size_t kMaxWords = 6;

struct Word {
  std::string_view text;  // as written
  std::string lower;      // lower-cased, without punctuation at either end
  bool lower_case = false;  // written with a lower-case first letter
};

bool ends_with(std::string_view w, std::string_view e) {
  return w.size() > e.size() && w.compare(w.size() - e.size(), e.size(), e) == 0;
}

bool is_letter_byte(unsigned char c) {
  return c >= 0x80 || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') || (c >= '0' && c <= '9');
}

std::vector<Word> split_words(std::string_view name) {
  std::vector<Word> out;
  std::size_t i = 0;
  while (i < name.size()) {
    while (i < name.size() && name[i] == ' ') ++i;
    std::size_t j = i;
    while (j < name.size() && name[j] != ' ') ++j;
    if (j > i) {
      Word w;
      w.text = name.substr(i, j - i);
      std::size_t a = 0, b = w.text.size();
      while (a < b && !is_letter_byte(static_cast<unsigned char>(w.text[a]))) ++a;
      while (b > a && !is_letter_byte(static_cast<unsigned char>(w.text[b - 1])) &&
             w.text[b - 1] != '\'') --b;
      const std::string_view core = w.text.substr(a, b - a);
      w.lower = lower_utf8(core);
      // Lower case as written: its first letter did not change ("über", "band"; not "Band").
      const unsigned char c0 = a < b ? static_cast<unsigned char>(core[0]) : 0;
      w.lower_case = c0 >= 0x80 ? core.substr(0, 2) == std::string_view(w.lower).substr(0, 2)
                                : (c0 >= 'a' && c0 <= 'z');
      out.push_back(std::move(w));
    }
    i = j;
  }
  return out;
}

// "I've", "it’s", "they'll": a pronoun glued to an auxiliary; the pronoun's length, else 0.
std::size_t pronoun_contraction(const Word& w) {
  static constexpr std::string_view kStems[] = {"i", "we", "you", "he", "she", "they", "it", "that", "there", "who"};
  for (std::string_view apo : {std::string_view("'"), std::string_view("\xE2\x80\x99")}) {
    const std::size_t at = w.lower.find(apo);
    if (at == std::string::npos) continue;
    const std::string_view stem = std::string_view(w.lower).substr(0, at);
    const std::string_view rest = std::string_view(w.lower).substr(at + apo.size());
    if (rest != "s" && rest != "re" && rest != "ve" && rest != "d" && rest != "ll" && rest != "m") continue;
    for (std::string_view s : kStems)
      if (stem == s) return at;
  }
  return 0;
}

// Leading connectives, adverbs and cue words off: "according to", "But", "Actually".
void strip_lead(std::vector<Word>& w) {
  std::size_t f = 0;
  while (f < w.size()) {
    if (w[f].lower == "according" && f + 1 < w.size() && w[f + 1].lower == "to") f += 2;
    else if ((w[f].lower == "cited" || w[f].lower == "quoted") && f + 1 < w.size() && w[f + 1].lower == "by") f += 2;
    else if (in_word_table<kDisplayLeadWords>(w[f].lower) || in_word_table<kDisplayCueWords>(w[f].lower)) ++f;
    else break;
  }
  w.erase(w.begin(), w.begin() + static_cast<std::ptrdiff_t>(f));
}

// The name ends before a verb or cue word a reading ran into ("band unveiled", "Others have
// applied"); a pronoun glued to an auxiliary is the clause's subject and the whole speaker
// ("Actually I've", "drafts of things I’m" -> "I").
void cut_at_verb(std::vector<Word>& w, std::string& glued) {
  for (std::size_t k = 0; k < w.size(); ++k) {
    if (const std::size_t n = pronoun_contraction(w[k])) {
      std::size_t a = 0;  // the pronoun as written, past any opening punctuation
      while (a < w[k].text.size() && !is_letter_byte(static_cast<unsigned char>(w[k].text[a]))) ++a;
      glued = std::string(w[k].text.substr(a, n));
      w.clear();
      return;
    }
    if (k == 0 || !w[k].lower_case) continue;
    const bool verb = in_word_table<kDisplayVerbs>(w[k].lower) || in_word_table<kDisplayCueWords>(w[k].lower);
    // A past form ending the name: "band unveiled", "those surveyed".
    const bool past = k + 1 == w.size() && ends_with(w[k].lower, "ed");
    if (verb || past) {
      w.resize(k);
      return;
    }
  }
}

void strip_trail(std::vector<Word>& w) {
  while (w.size() > 1 && (w.back().lower_case || w.back().lower == "i") &&
         in_word_table<kDisplayTrailWords>(w.back().lower))
    w.pop_back();
}

// A personal pronoun ending the words is the subject of the cue's clause, the source itself:
// "Today I [said]", "the tutorial I [wrote]", "What I [know]" -> "I".
bool trailing_subject(const std::vector<Word>& w) {
  return w.size() > 1 && in_word_table<kDisplayPersonal>(w.back().lower) &&
         (w.back().lower_case || w.back().lower == "i");
}

// Whether every word is a function word or connective: "no one", "for someone", "the other".
bool only_function_words(const std::vector<Word>& w) {
  for (const Word& x : w)
    if (!(in_word_table<kDisplayNobody>(x.lower) || in_word_table<kDisplayTrailWords>(x.lower) ||
          in_word_table<kDisplayLeadWords>(x.lower)))
      return false;
  return true;
}

// Over six words: the longest head of at most six words that ends before a preposition or a
// relative word; none, no name.
// A name before its apposition: "Donald J. Trump, the presumptive Republican presidential
// nominee," -> "Donald J. Trump". True when `w` was cut.
bool cut_apposition(std::vector<Word>& w) {
  for (std::size_t k = 0; k < kMaxWords && k + 1 < w.size(); ++k) {
    if (w[k].text.empty() || w[k].text.back() != ',') continue;
    bool named = false;
    for (std::size_t j = 0; j <= k; ++j) named = named || !w[j].lower_case;
    if (!named) return false;
    w.resize(k + 1);
    return true;
  }
  return false;
}

// The name a long description ends in: "Democratic presidential candidate Sen. Bernie Sanders
// (I-Vt.)" -> "Sen. Bernie Sanders"; "Algerian foreign affairs ministry spokesman Benali
// Cherif Abdelaziz" -> "Benali Cherif Abdelaziz". At least two capitalised words after a
// lower-case one. True when `w` was cut.
bool cut_to_trailing_name(std::vector<Word>& w) {
  std::size_t end = w.size();
  while (end > 0 && !w[end - 1].text.empty() && (w[end - 1].text[0] == '(' || w[end - 1].text.back() == ')')) --end;
  std::size_t first = end;
  while (first > 0 && !w[first - 1].lower_case) --first;
  if (end - first < 2 || end - first > kMaxWords || first == 0) return false;
  w.erase(w.begin() + static_cast<std::ptrdiff_t>(end), w.end());
  w.erase(w.begin(), w.begin() + static_cast<std::ptrdiff_t>(first));
  return true;
}

void cut_long(std::vector<Word>& w) {
  if (w.size() <= kMaxWords) return;
  if (cut_apposition(w)) return;
  for (std::size_t k = kMaxWords; k >= 1; --k) {
    if (w[k].lower_case && in_word_table<kDisplayCutWords>(w[k].lower)) {
      w.resize(k);
      strip_trail(w);
      if (w.size() <= kMaxWords) return;
    }
  }
  if (!cut_to_trailing_name(w)) w.clear();
}

// Clause words after which a new subject starts: "That is why critics", "partly why".
bool clause_word(const Word& w) {
  static constexpr std::string_view kWords[] = {"why", "how", "that", "which", "who", "when", "where", "because"};
  for (std::string_view c : kWords)
    if (w.lower == c) return true;
  return false;
}

// The noun phrase after the last verb or clause word of a rejected name, the subject nearest the
// cue: "That is why critics [say]" -> "critics"; "That’s partly why Democratic front-runner
// Hillary Clinton [quit]" -> "Democratic front-runner Hillary Clinton". Empty when there is
// none, or when it is no plausible source (no capital and no plural: "called him naïve").
std::string_view tail_subject(std::string_view name) {
  const std::vector<Word> w = split_words(name);
  std::size_t cut = w.size();
  for (std::size_t k = w.size(); k-- > 0;) {
    if (pronoun_contraction(w[k]) || (w[k].lower_case && (in_word_table<kDisplayVerbs>(w[k].lower) || clause_word(w[k])))) {
      cut = k;
      break;
    }
  }
  if (cut + 1 >= w.size()) return {};
  const Word& first = w[cut + 1];
  if (in_word_table<kDisplayPersonal>(first.lower)) return {};
  bool capital = false;
  for (std::size_t k = cut + 1; k < w.size(); ++k) capital = capital || !w[k].lower_case;
  if (!capital && !ends_with(w.back().lower, "s")) return {};
  const std::size_t from = static_cast<std::size_t>(first.text.data() - name.data());
  return name.substr(from);
}

std::string gated(std::string_view name, bool own, bool quotation);

}  // namespace

// A rejected name may end in the clause's real subject: "That is why critics" -> "critics".
std::string displayed_speaker(std::string_view name, bool own, bool quotation) {
  std::string out = gated(name, own, quotation);
  if (!out.empty()) return out;
  const std::string_view tail = tail_subject(name);
  return tail.empty() ? out : gated(tail, own, quotation);
}

namespace {

std::string gated(std::string_view name, bool own, bool quotation) {
  std::vector<Word> w = split_words(name);
  strip_lead(w);
  // "is how I", "called him naïve", "Are": a name opening with a verb is a clause.
  if (!w.empty() && !pronoun_contraction(w[0]) &&
      (w[0].lower_case ? in_word_table<kDisplayVerbs>(w[0].lower) : in_word_table<kDisplayAuxiliaries>(w[0].lower)))
    return {};
  std::string glued;  // "I" of "I've"
  cut_at_verb(w, glued);
  if (trailing_subject(w)) w.erase(w.begin(), w.end() - 1);
  strip_trail(w);
  cut_long(w);
  if (!w.empty() && only_function_words(w) &&
      !(w.size() == 1 && (in_word_table<kDisplayPersonal>(w[0].lower) || w[0].lower == "it")))
    return {};
  if (w.empty() && glued.empty()) return {};
  std::string out;
  for (const Word& x : w) {
    if (!out.empty()) out += ' ';
    out += x.text;
  }
  if (!glued.empty()) out = glued;
  // "Cruz’s refusal" cut to "Cruz’s": no possessive ending.
  for (std::string_view e : {std::string_view("'s"), std::string_view("\xE2\x80\x99s")})
    if (ends_with(out, e)) out.resize(out.size() - e.size());
  while (!out.empty() && (out.back() == ',' || out.back() == ':' || out.back() == ';' || out.back() == '-'))
    out.pop_back();
  const std::vector<Word> left = split_words(out);
  if (left.empty()) return {};
  bool letter = false;  // "17", "39%": no name
  for (const Word& x : left)
    for (const char c : x.lower) letter = letter || static_cast<unsigned char>(c) >= 0x80 || (c >= 'a' && c <= 'z');
  if (!letter) return {};
  if (left.size() == 1) {
    const std::string& l = left[0].lower;
    if (in_word_table<kDisplayPersonal>(l)) return own ? out : std::string();
    if (l == "it") return own && quotation ? out : std::string();
    if (in_word_table<kDisplayNobody>(l) || in_word_table<kDisplayTrailWords>(l) ||
        in_word_table<kDisplayVerbs>(l) || in_word_table<kDisplayLeadWords>(l))
      return {};
  }
  return out;
}

}  // namespace
}  // namespace pith::detail
