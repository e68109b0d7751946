// One index over the word lists the reported-speech rules ask of every word of every sentence
// (English included): German function words, reporting verbs and subjunctive forms, and every
// word that can open an English cue. One look-up per word of the text instead of up to six per
// word per sentence was most of those rules' time.
#include "quotes/cues/token_facts.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <string>

#include "common/word_set.h"
#include "quotes/cues/lexicon.h"
#include "common/word_prefilter.h"

namespace pith::detail {
namespace {

#include "quotes/reported/reported_de_table.inc"
#include "quotes/reported/reported_table.inc"

// The index, and a pre-test of its words' bytes (word_prefilter.h): most words of a text are
// in none of the lists, and the pre-test rejects most of them from a 512-byte bit set instead of
// a probe of the index's much larger slot array (the probe's cache miss was most of the pass).
// Then a 4 KiB bit set of the words' hashes, still in the first-level cache: of the words the
// byte pre-test lets through, only about one in twenty is not in the index and probes it.
struct FactIndex {
  static constexpr std::uint32_t kHashBits = 32768;
  WordMap<unsigned char> map;
  WordPrefilter filter;
  std::array<std::uint64_t, kHashBits / 64> hashes{};
  bool may_hold(std::string_view lower) const {
    const std::uint32_t h = word_hash(lower) & (kHashBits - 1);
    return (hashes[h >> 6] >> (h & 63)) & 1u;
  }
  void add(std::string_view w, unsigned char fact) {
    map.get_or_add(w) |= fact;
    const std::uint32_t h = word_hash(w) & (kHashBits - 1);
    hashes[h >> 6] |= std::uint64_t{1} << (h & 63);
    filter.lengths |= std::uint64_t{1} << prefilter_length_bit(w.size());
    const std::size_t s = prefilter_slot(w);
    filter.bits[s >> 6] |= std::uint64_t{1} << (s & 63);
  }
};

const FactIndex& fact_index() {
  static const FactIndex index = [] {
    FactIndex m;
    for (const auto& w : kDeMarkers) m.add(w, kFactDeMarker);
    for (const auto& w : kDeNameParticles) m.add(w, kFactDeParticle);
    for (const auto& w : kDeReportVerbs) m.add(w, kFactDeReportOrSubjunctive);
    for (const auto& w : kDeSubjunctive) m.add(w, kFactDeReportOrSubjunctive);
    for (const auto& w : kDeSubjunctiveMarkers) m.add(w, kFactDeSubjMarker);
    for (const auto& w : kHearsayAdverbs) m.add(w, kFactHearsay);
    for (const auto& w : kClaimNouns) m.add(w, kFactClaimNoun);
    m.add("dass", kFactDass);  // dass_clause_de (reported_de_dass.cpp) compares it so
    // A word in none of these is never a cue in find_reported's loop (cue_at looks a cue up by
    // its first word; the headline, pointer, stance and topic checks by the word itself). Any
    // word before "that" may open a cue too (reported.cpp asks that_cue() of those).
    for (const std::string_view w : cue_first_words()) m.add(w, kFactMayBeCue);
    for (const auto& w : kHeadlineCues) m.add(w, kFactMayBeCue);
    for (const auto& w : kPointerCues) m.add(w, kFactMayBeCue);
    for (const auto& w : kStanceCues) m.add(w, kFactMayBeCue);
    for (const auto& w : kSpeechStanceCues) m.add(w, kFactMayBeCue);
    for (const auto& w : kTopicCues) m.add(w, kFactMayBeCue);
    for (const auto& w : kTopicOfCues) m.add(w, kFactMayBeCue);
    for (const auto& w : kThatCues) m.add(w, kFactMayBeCue);
    return m;
  }();
  return index;
}

std::uint32_t ascii_lower(unsigned char c) { return c >= 'A' && c <= 'Z' ? c + 32u : c; }

}  // namespace

unsigned char word_facts(std::string_view lower) {
  const unsigned char* f = fact_index().map.find(lower);
  return f ? *f : 0;
}

TokenFacts::TokenFacts(std::string_view text, const std::vector<Token>& toks) {
  const auto& index = fact_index();
  facts_.assign(toks.size(), 0);
  std::string buf;
  const WordPrefilter& pre = index.filter;
  for (std::size_t i = 0; i < toks.size(); ++i) {
    if (toks[i].kind != TokKind::kWord) continue;
    // The pre-test on the token's own bytes: lower-casing keeps each code point's byte length
    // and maps ASCII only A-Z to a-z (as tok_in_word_table in word_prefilter.h).
    const std::size_t n = toks[i].end - toks[i].start;
    if (!prefilter_length_passes(pre, n)) continue;
    const auto a = static_cast<unsigned char>(text[toks[i].start]);
    const auto b = static_cast<unsigned char>(text[toks[i].end - 1]);
    if (a < 0x80 && b < 0x80 &&
        !prefilter_slot_set(pre, prefilter_slot_of(ascii_lower(a), ascii_lower(b), n)))
      continue;
    const std::string_view lower = lower_tok(text, toks[i], buf);
    if (!index.may_hold(lower)) continue;
    const unsigned char* f = index.map.find(lower);
    if (f) facts_[i] = *f;
  }
  auto is_german = [](unsigned char f) {
    return ((f & kFactDeMarker) && !(f & kFactDeParticle)) || (f & kFactDeReportOrSubjunctive);
  };
  std::size_t n_german = 0, n_markers = 0;
  for (const unsigned char f : facts_) {
    n_german += is_german(f);
    n_markers += (f & kFactDeMarker) != 0;
  }
  german_.reserve(n_german);
  markers_.reserve(n_markers);
  for (std::size_t i = 0; i < toks.size(); ++i) {
    const unsigned char f = facts_[i];
    if (is_german(f)) german_.push_back(static_cast<std::uint32_t>(i));
    if (f & kFactDeMarker) markers_.push_back(static_cast<std::uint32_t>(i));
  }
}

std::size_t TokenFacts::count_in(const std::vector<std::uint32_t>& at, std::size_t first,
                                 std::size_t last) {
  const auto lo = std::lower_bound(at.begin(), at.end(), first);
  return static_cast<std::size_t>(std::lower_bound(lo, at.end(), last) - lo);
}

}  // namespace pith::detail
