#include "quotes/cues/lexicon.h"

#include <string>

#include "common/utf8.h"
#include "common/word_set.h"

namespace pith::detail {
namespace {

#include "quotes/cues/cue_table.inc"
#include "quotes/cues/lexicon_table.inc"

struct Cue {
  std::vector<std::string> words;
  unsigned flags = 0;
};

// Cues indexed by their first and by their last word, built once.
struct CueIndex {
  std::vector<Cue> cues;
  // Keyed by views into kCues' literals (stable for the program's life).
  WordMap<std::vector<std::size_t>> by_first, by_last;
  CueIndex() {
    for (const auto& e : kCues) {
      Cue c;
      std::string_view w = e.words;
      std::string_view first_word, last_word;
      while (!w.empty()) {
        const std::size_t sp = w.find(' ');
        c.words.emplace_back(w.substr(0, sp));
        if (c.words.size() == 1) first_word = w.substr(0, sp);
        last_word = w.substr(0, sp);
        if (sp == std::string_view::npos) break;
        w.remove_prefix(sp + 1);
      }
      for (const char* f = e.flags; *f; ++f) {
        if (*f == 'R') c.flags |= kCueReport;
        if (*f == 'A') c.flags |= kCueAccording;
        if (*f == 'O') c.flags |= kCueObject;
        if (*f == 'P') c.flags |= kCuePostpos;
        if (*f == 'E') c.flags |= kCueEnd;
        if (*f == 'C') c.flags |= kCueClause;
        if (*f == 'V') c.flags |= kCueV2;
        if (*f == 'N') c.flags |= kCueNaming;
        if (*f == 'I') c.flags |= kCueImpersonal;
      }
      by_first.get_or_add(first_word).push_back(cues.size());
      by_last.get_or_add(last_word).push_back(cues.size());
      cues.push_back(std::move(c));
    }
  }
};

const CueIndex& index() {
  static const CueIndex idx;
  return idx;
}


// Tokens of a multi-word cue must be words separated by spaces only ("according to").
bool word_tok(const Token& t) { return t.kind == TokKind::kWord; }

// "The Washington Post", "Daily Report": a capitalised cue word inside a name is no cue.
bool inside_name(const std::vector<Token>& toks, std::size_t i) {
  if (!toks[i].cap) return false;
  // Only the word before counts: a sentence-initial "Laut Reuters" is a cue.
  return i > 0 && toks[i - 1].kind == TokKind::kWord && toks[i - 1].cap;
}

bool ends_with(std::string_view w, std::string_view e) {
  return w.size() > e.size() + 2 && w.compare(w.size() - e.size(), e.size(), e) == 0;
}

// A lower-case adjective between a determiner and a noun: "congressional", "new", "damning".
bool noun_adjective(std::string_view w) {
  if (in_word_table<kNounAdjectives>(w)) return true;
  for (std::string_view e : {"al", "ous", "ive", "ful", "ic", "able", "ible", "less", "ish", "est", "ing", "ed", "ary"})
    if (ends_with(w, e)) return true;
  return false;
}

// Token i is a cue word read as a noun: "The congressional report", "Trump's claims".
bool noun_reading(std::string_view text, const std::vector<Token>& toks, std::size_t i) {
  std::string buf;
  if (i == 0 || !in_word_table<kCueNounForms>(lower_tok(text, toks[i], buf))) return false;
  std::size_t j = i - 1;
  for (int adj = 0; adj < 2 && j > 0 && word_tok(toks[j]) && !toks[j].cap &&
                    noun_adjective(lower_tok(text, toks[j], buf));
       ++adj)
    --j;
  if (!word_tok(toks[j])) return false;
  const std::string_view w = lower_tok(text, toks[j], buf);
  return in_word_table<kNounDeterminers>(w) || ends_with(w, "'s") || ends_with(w, "\xE2\x80\x99s");
}

}  // namespace

std::string low(std::string_view text, const std::vector<Token>& toks, std::size_t i) {
  std::string buf;
  const std::string_view w = lower_tok(text, toks[i], buf);
  return w.data() == buf.data() ? buf : std::string(w);
}

CueMatch cue_at(std::string_view text, const std::vector<Token>& toks, std::size_t i,
                std::size_t ceil) {
  CueMatch best;
  if (i >= ceil || i >= toks.size() || !word_tok(toks[i]) || inside_name(toks, i)) return best;
  const auto& idx = index();
  std::string buf;
  const std::vector<std::size_t>* found = idx.by_first.find(lower_tok(text, toks[i], buf));
  if (!found) return best;
  for (const std::size_t ci : *found) {
    const Cue& c = idx.cues[ci];
    if (i + c.words.size() > ceil || i + c.words.size() > toks.size()) continue;
    bool ok = true;
    for (std::size_t k = 1; k < c.words.size() && ok; ++k)
      ok = word_tok(toks[i + k]) && !toks[i + k].newline && lower_tok(text, toks[i + k], buf) == c.words[k];
    if (ok && (!best.ok || c.words.size() > best.last - best.first + 1)) {
      best = {i, i + c.words.size() - 1, c.flags, true};
    }
  }
  return best;
}

CueMatch cue_ending_at(std::string_view text, const std::vector<Token>& toks, std::size_t i,
                       std::size_t floor) {
  CueMatch best;
  if (i >= toks.size() || i < floor || !word_tok(toks[i])) return best;
  const auto& idx = index();
  std::string buf;
  const std::vector<std::size_t>* found = idx.by_last.find(lower_tok(text, toks[i], buf));
  if (!found) return best;
  for (const std::size_t ci : *found) {
    const Cue& c = idx.cues[ci];
    const std::size_t n = c.words.size();
    if (i + 1 < n || i + 1 - n < floor) continue;
    bool ok = true;
    for (std::size_t k = 0; k + 1 < n && ok; ++k) {
      const std::size_t t = i + 1 - n + k;
      ok = word_tok(toks[t]) && lower_tok(text, toks[t], buf) == c.words[k];
    }
    // A capitalised cue word inside a name is no cue; a multi-word cue is judged by its first
    // word ("Nach Angaben" opening a German sentence is one).
    if (ok && (n > 1 ? inside_name(toks, i + 1 - n) : inside_name(toks, i))) ok = false;
    if (ok && (!best.ok || n > best.last - best.first + 1)) best = {i + 1 - n, i, c.flags, true};
  }
  return best;
}

bool cue_noun_reading(std::string_view text, const std::vector<Token>& toks, std::size_t i) {
  return i < toks.size() && noun_reading(text, toks, i);
}

bool is_cue_word(std::string_view lower) {
  const auto& idx = index();
  const std::vector<std::size_t>* found = idx.by_first.find(lower);
  if (!found) return false;
  for (const std::size_t ci : *found)
    if (idx.cues[ci].words.size() == 1) return true;
  return false;
}

std::vector<std::string_view> cue_first_words() {
  std::vector<std::string_view> out;
  for (const auto& e : kCues) {
    const std::string_view w = e.words;
    out.push_back(w.substr(0, w.find(' ')));
  }
  return out;
}

char pronoun_class(std::string_view lower) {
  static const WordMap<char> classes = [] {
    WordMap<char> m;
    for (const auto& p : kPronouns) m.insert(p.word, p.cls);
    return m;
  }();
  const char* cls = classes.find(lower);
  return cls ? *cls : 0;
}
bool is_determiner(std::string_view lower) { return in_word_table<kDeterminers>(lower); }
bool is_skip_word(std::string_view lower) {
  if (in_word_table<kSkipWords>(lower)) return true;
  // Adverbs in -ly between subject and verb: "he firmly said".
  return lower.size() > 4 && lower.substr(lower.size() - 2) == "ly";
}
bool is_relative(std::string_view lower) { return in_word_table<kRelatives>(lower); }
bool is_source_noun(std::string_view lower) { return in_word_table<kSourceNouns>(lower); }
bool is_mention_stop(std::string_view lower) { return in_word_table<kMentionStops>(lower); }
bool is_setting_preposition(std::string_view lower) { return in_word_table<kSettingPrepositions>(lower); }
bool is_de_front_preposition(std::string_view lower) { return in_word_table<kDeFrontPrepositions>(lower); }
bool is_de_article(std::string_view lower) { return in_word_table<kDeArticleWords>(lower); }
bool is_that(std::string_view lower) { return in_word_table<kThat>(lower); }
bool is_reported_mood(std::string_view lower) { return in_word_table<kReportedMood>(lower); }
bool is_time_noun(std::string_view lower) { return in_word_table<kTimeNouns>(lower); }
bool is_reflexive(std::string_view lower) { return in_word_table<kReflexives>(lower); }
bool is_adverb_form(std::string_view lower) {
  for (const auto& e : kAdverbEndings)
    if (lower.size() > e.size() + 2 && lower.substr(lower.size() - e.size()) == e) return true;
  return false;
}

}  // namespace pith::detail
