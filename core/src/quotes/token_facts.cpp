// One index over the word lists the reported-speech rules ask of every word of every sentence
// (English included): German function words, reporting verbs and subjunctive forms, and every
// word that can open an English cue. One look-up per word of the text instead of up to six per
// word per sentence was most of those rules' time.
#include "quotes/token_facts.h"

#include <cstdint>
#include <string>

#include "common/word_set.h"
#include "quotes/lexicon.h"

namespace pith::detail {
namespace {

#include "quotes/reported_de_table.inc"
#include "quotes/reported_table.inc"

const WordMap<unsigned char>& fact_index() {
  static const WordMap<unsigned char> index = [] {
    WordMap<unsigned char> m;
    for (const auto& w : kDeMarkers) m.get_or_add(w) |= kFactDeMarker;
    for (const auto& w : kDeNameParticles) m.get_or_add(w) |= kFactDeParticle;
    for (const auto& w : kDeReportVerbs) m.get_or_add(w) |= kFactDeReportOrSubjunctive;
    for (const auto& w : kDeSubjunctive) m.get_or_add(w) |= kFactDeReportOrSubjunctive;
    for (const auto& w : kDeSubjunctiveMarkers) m.get_or_add(w) |= kFactDeSubjMarker;
    for (const auto& w : kHearsayAdverbs) m.get_or_add(w) |= kFactHearsay;
    m.get_or_add("dass") |= kFactDass;  // dass_clause_de (reported_de_dass.cpp) compares it so
    // A word in none of these is never a cue in find_reported's loop (cue_at looks a cue up by
    // its first word; the headline, pointer, stance and topic checks by the word itself). Any
    // word before "that" may open a cue too (reported.cpp asks that_cue() of those).
    for (const std::string_view w : cue_first_words()) m.get_or_add(w) |= kFactMayBeCue;
    for (const auto& w : kHeadlineCues) m.get_or_add(w) |= kFactMayBeCue;
    for (const auto& w : kPointerCues) m.get_or_add(w) |= kFactMayBeCue;
    for (const auto& w : kStanceCues) m.get_or_add(w) |= kFactMayBeCue;
    for (const auto& w : kSpeechStanceCues) m.get_or_add(w) |= kFactMayBeCue;
    for (const auto& w : kTopicCues) m.get_or_add(w) |= kFactMayBeCue;
    for (const auto& w : kTopicOfCues) m.get_or_add(w) |= kFactMayBeCue;
    for (const auto& w : kThatCues) m.get_or_add(w) |= kFactMayBeCue;
    return m;
  }();
  return index;
}

struct FactCache {
  std::uint64_t scope = 0;  // LowerCaseScope::id
  const Token* toks = nullptr;
  std::size_t n = 0;
  std::vector<unsigned char> facts;
};
thread_local FactCache fact_cache;

}  // namespace

unsigned char word_facts(std::string_view lower) {
  const unsigned char* f = fact_index().find(lower);
  return f ? *f : 0;
}

const unsigned char* token_facts(std::string_view text, const std::vector<Token>& toks) {
  const LowerCaseScope* s = active_lower_case;
  if (!s || s->data != text.data() || s->size != text.size()) return nullptr;
  FactCache& c = fact_cache;
  if (c.scope != s->id || c.toks != toks.data() || c.n != toks.size()) {
    const auto& index = fact_index();
    c.facts.assign(toks.size(), 0);
    std::string buf;
    for (std::size_t i = 0; i < toks.size(); ++i) {
      if (toks[i].kind != TokKind::kWord) continue;
      const unsigned char* f = index.find(lower_tok(text, toks[i], buf));
      if (f) c.facts[i] = *f;
    }
    c.scope = s->id;
    c.toks = toks.data();
    c.n = toks.size();
  }
  return c.facts.data();
}

}  // namespace pith::detail
