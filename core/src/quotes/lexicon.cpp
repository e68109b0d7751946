#include "quotes/lexicon.h"

#include <string>
#include <unordered_map>

#include "common/utf8.h"

namespace pith::detail {
namespace {

#include "quotes/cue_table.inc"
#include "quotes/lexicon_table.inc"

struct Cue {
  std::vector<std::string> words;
  unsigned flags = 0;
};

// Cues indexed by their first and by their last word, built once.
struct CueIndex {
  std::vector<Cue> cues;
  std::unordered_map<std::string, std::vector<std::size_t>> by_first, by_last;
  CueIndex() {
    for (const auto& e : kCues) {
      Cue c;
      std::string_view w = e.words;
      while (!w.empty()) {
        const std::size_t sp = w.find(' ');
        c.words.emplace_back(w.substr(0, sp));
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
      by_first[c.words.front()].push_back(cues.size());
      by_last[c.words.back()].push_back(cues.size());
      cues.push_back(std::move(c));
    }
  }
};

const CueIndex& index() {
  static const CueIndex idx;
  return idx;
}

template <std::size_t N>
bool in_table(const std::string_view (&table)[N], std::string_view w) {
  for (const auto& x : table)
    if (x == w) return true;
  return false;
}

// Tokens of a multi-word cue must be words separated by spaces only ("according to").
bool word_tok(const Token& t) { return t.kind == TokKind::kWord; }

// "The Washington Post", "Daily Report": a capitalised cue word inside a name is no cue.
bool inside_name(const std::vector<Token>& toks, std::size_t i) {
  if (!toks[i].cap) return false;
  // Only the word before counts: a sentence-initial "Laut Reuters" is a cue.
  return i > 0 && toks[i - 1].kind == TokKind::kWord && toks[i - 1].cap;
}

}  // namespace

std::string low(std::string_view text, const std::vector<Token>& toks, std::size_t i) {
  return lower_utf8(tok_text(text, toks[i]));
}

CueMatch cue_at(std::string_view text, const std::vector<Token>& toks, std::size_t i,
                std::size_t ceil) {
  CueMatch best;
  if (i >= ceil || i >= toks.size() || !word_tok(toks[i]) || inside_name(toks, i)) return best;
  const auto& idx = index();
  const auto it = idx.by_first.find(low(text, toks, i));
  if (it == idx.by_first.end()) return best;
  for (const std::size_t ci : it->second) {
    const Cue& c = idx.cues[ci];
    if (i + c.words.size() > ceil || i + c.words.size() > toks.size()) continue;
    bool ok = true;
    for (std::size_t k = 1; k < c.words.size() && ok; ++k)
      ok = word_tok(toks[i + k]) && !toks[i + k].newline && low(text, toks, i + k) == c.words[k];
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
  const auto it = idx.by_last.find(low(text, toks, i));
  if (it == idx.by_last.end()) return best;
  for (const std::size_t ci : it->second) {
    const Cue& c = idx.cues[ci];
    const std::size_t n = c.words.size();
    if (i + 1 < n || i + 1 - n < floor) continue;
    bool ok = true;
    for (std::size_t k = 0; k + 1 < n && ok; ++k) {
      const std::size_t t = i + 1 - n + k;
      ok = word_tok(toks[t]) && low(text, toks, t) == c.words[k];
    }
    // A capitalised cue word inside a name is no cue; a multi-word cue is judged by its first
    // word ("Nach Angaben" opening a German sentence is one).
    if (ok && (n > 1 ? inside_name(toks, i + 1 - n) : inside_name(toks, i))) ok = false;
    if (ok && (!best.ok || n > best.last - best.first + 1)) best = {i + 1 - n, i, c.flags, true};
  }
  return best;
}

bool is_cue_word(std::string_view lower) {
  const auto& idx = index();
  const auto it = idx.by_first.find(std::string(lower));
  if (it == idx.by_first.end()) return false;
  for (const std::size_t ci : it->second)
    if (idx.cues[ci].words.size() == 1) return true;
  return false;
}

char pronoun_class(std::string_view lower) {
  for (const auto& p : kPronouns)
    if (p.word == lower) return p.cls;
  return 0;
}
bool is_determiner(std::string_view lower) { return in_table(kDeterminers, lower); }
bool is_skip_word(std::string_view lower) {
  if (in_table(kSkipWords, lower)) return true;
  // Adverbs in -ly between subject and verb: "he firmly said".
  return lower.size() > 4 && lower.substr(lower.size() - 2) == "ly";
}
bool is_relative(std::string_view lower) { return in_table(kRelatives, lower); }
bool is_source_noun(std::string_view lower) { return in_table(kSourceNouns, lower); }
bool is_mention_stop(std::string_view lower) { return in_table(kMentionStops, lower); }
bool is_setting_preposition(std::string_view lower) { return in_table(kSettingPrepositions, lower); }
bool is_de_front_preposition(std::string_view lower) { return in_table(kDeFrontPrepositions, lower); }
bool is_de_article(std::string_view lower) { return in_table(kDeArticleWords, lower); }
bool is_that(std::string_view lower) { return in_table(kThat, lower); }
bool is_reported_mood(std::string_view lower) { return in_table(kReportedMood, lower); }
bool is_time_noun(std::string_view lower) { return in_table(kTimeNouns, lower); }
bool is_reflexive(std::string_view lower) { return in_table(kReflexives, lower); }
bool is_adverb_form(std::string_view lower) {
  for (const auto& e : kAdverbEndings)
    if (lower.size() > e.size() + 2 && lower.substr(lower.size() - e.size()) == e) return true;
  return false;
}

}  // namespace pith::detail
