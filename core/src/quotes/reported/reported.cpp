// Reported speech (reported.h): the order of the rules for one sentence, and the English cue
// each attribution hangs on. The clause around the cue is reported_clause.cpp's; German rules
// are reported_de*.cpp; sentence rules without a cue are reported_rules.cpp.
#include "quotes/reported/reported.h"

#include <string>

#include "common/word_set.h"
#include "quotes/cues/token_facts.h"
#include "quotes/reported/reported_clause.h"
#include "quotes/reported/reported_de.h"
#include "quotes/reported/reported_de_dass.h"
#include "quotes/reported/reported_rules.h"

namespace pith::detail {
namespace {

#include "quotes/reported/reported_table.inc"

using namespace reported_rules;  // NOLINT(google-build-using-namespace): this file applies them

// A later sentence of a labelled transcript turn is already the turn's content.
bool inside_transcript_turn(std::string_view text, const std::vector<Token>& toks,
                            std::size_t first, std::size_t from) {
  if (!(from <= first && first > 0 && !toks[first].newline)) return false;
  std::size_t p = first;
  while (p > 0 && first - p < kMaxTurnTokens && !toks[p].newline) --p;
  if (!((p == 0 || toks[p].newline) && first - p < kMaxTurnTokens)) return false;
  std::size_t pl = p;
  while (pl < first && !punct_is(text, toks[pl], ".!?"))
    ++pl;
  return transcript_label(text, toks, p, pl).ok();
}

// "SMITH: We will win the county." / a headline "Jane Roe: The Plan Has Failed": a label
// opening its paragraph speaks the rest of the sentence.
bool labelled_turn(const Sentence& s, Reported& out) {
  const std::string_view text = s.text;
  const std::vector<Token>& toks = s.toks;
  const std::size_t first = s.first, last = s.last;
  Mention label = transcript_label(text, toks, first, last);
  // The headline (the text's first line) may name its source with one word ("Poll: ...").
  if (!label.ok() && first == 0 && first + 2 < last && toks[first].kind == TokKind::kWord &&
      toks[first].cap && punct_is(text, toks[first + 1], ':')) {
    label.r = {first, first, true};
    label.kind = MentionKind::kName;
  }
  // A transcript turn runs to the end of its paragraph, over several sentences.
  std::size_t ce = last;
  while (label.ok() && ce < toks.size() && ce - last < kMaxTurnTokens && !toks[ce].newline) ++ce;
  if (ce < toks.size() && !toks[ce].newline) ce = last;
  if (label.ok() && label.r.last + 2 < last &&
      content_ok(text, toks, label.r.last + 2, ce, s.quoted)) {
    Attribution a;
    a.cue = CueMatch{label.r.last + 1, label.r.last + 1, kCueReport, true};
    a.mention = label;
    a.ok = true;
    return emit(out, a, toks, label.r.last + 2, ce, ce);
  }
  return false;
}

// A reporting cue starting at token `i`: a cue of the shared table, a word that reports only
// with a that-clause, a headline cue, a pointer ("referring to"), a topic or a stance verb.
struct FoundCue {
  CueMatch cue;            // ok == false: no reporting cue at `i`
  bool that_only = false;  // reports only with the that-clause right after it
  bool stance = false;     // a stance, pointer or topic cue: its object is content
};

FoundCue reporting_cue(const Sentence& s, std::size_t i, std::string& lbuf) {
  const std::string_view text = s.text;
  const std::vector<Token>& toks = s.toks;
  const std::size_t first = s.first, last = s.last;
  FoundCue f;
  CueMatch cue = cue_at(text, toks, i, last);
  // "She is confident that ...", "The court ruled that ...": words that report only with a
  // that-clause right after them.
  // A cue of the shared table keeps its own flags ("warned that": an addressee may follow).
  const bool unlisted = !cue.ok || !(cue.flags & kCueReport) ||
                        (cue.first == cue.last &&
                         in_word_table<kNotReportedCues>(lower_tok(text, toks[i], lbuf)));
  f.that_only = unlisted && that_cue(text, toks, i, last);
  if (f.that_only) cue = CueMatch{i, i, kCueReport | kCueClause, true};
  else if (cue.ok && cue.first == cue.last &&
           in_word_table<kNotReportedCues>(lower_tok(text, toks[i], lbuf)))
    return {};
  // "Donations doubled in May, filings show.": reported-speech cues that may close their
  // sentence although the shared table does not mark them so.
  if (cue.ok && (cue.flags & kCueReport) && !(cue.flags & kCueEnd) && cue.first == cue.last &&
      in_word_table<kReportedEndCues>(lower_tok(text, toks[i], lbuf)))
    cue.flags |= kCueEnd;
  // A title-case headline, the text's first line: "Mayor Says The Port Will Close" (a
  // capitalised cue after a capitalised word is otherwise part of a name).
  if (!cue.ok && first == 0 && toks[i].cap && toks[i].kind == TokKind::kWord &&
      in_word_table<kHeadlineCues>(lower_tok(text, toks[i], lbuf)))
    cue = CueMatch{i, i, kCueReport | kCueClause, true};
  // "..., referring to the sale", "The report pointed to falling orders": the object after the
  // preposition. Not in the cue table: in the quote patterns ('“Q,” she said, referring to
  // Roe') the object is no speaker.
  const bool pointer = ((!cue.ok || !(cue.flags & kCueReport)) && i + 1 < last &&
                        toks[i + 1].kind == TokKind::kWord && lower_tok(text, toks[i + 1], lbuf) == "to" &&
                        toks[i].kind == TokKind::kWord &&
                        in_word_table<kPointerCues>(lower_tok(text, toks[i], lbuf))) ||
                       topic_cue(text, toks, i, last);
  f.stance = pointer || ((!cue.ok || !(cue.flags & kCueReport)) && stance_cue(text, toks, i));
  if (f.stance) cue = CueMatch{i, pointer ? i + 1 : i, kCueReport | kCueClause, true};
  if (!cue.ok || !(cue.flags & kCueReport)) return {};
  f.cue = cue;
  return f;
}

// What a passive cue ("was declared", "is expected", "was asked") makes of its sentence.
enum class Passive { kNone, kSkip, kEmitted };

// "She was asked (by a caller) why the port closed": the question is content, its asker
// unnamed.
bool passive_question(const Sentence& s, const CueMatch& cue, Reported& out) {
  const std::string_view text = s.text;
  const std::vector<Token>& toks = s.toks;
  const std::size_t last = s.last;
  std::size_t cs = cue.last + 1;
  if (low(text, toks, cs) == "by") {
    std::size_t k = cs + 1;
    while (k < last && k - cs <= kMaxByWords && toks[k].kind == TokKind::kWord &&
           !in_word_table<kQuestionOpeners>(low(text, toks, k)))
      ++k;
    cs = k;
  }
  if (cs < last && toks[cs].kind == TokKind::kWord && low(text, toks, cs) == "about") ++cs;
  std::size_t ce = last;
  for (std::size_t j = cs; j < ce; ++j)
    if (punct_is(text, toks[j], ',')) ce = j;
  if (cs < last && cs >= s.from && content_ok(text, toks, cs, ce, s.quoted)) {
    Attribution a;
    a.cue = CueMatch{cue.first - 1, cue.first, kCueReport, true};
    a.ok = true;
    return emit(out, a, toks, cs, ce, ce);
  }
  return false;
}

// Passive: "Sanders was declared the winner" reports nobody's words ("She is confident
// that ..." is no passive).
Passive passive_cue(const Sentence& s, const FoundCue& f, Reported& out) {
  const std::string_view text = s.text;
  const std::vector<Token>& toks = s.toks;
  const std::size_t first = s.first, last = s.last;
  const CueMatch& cue = f.cue;
  if (f.that_only || cue.first <= first || toks[cue.first - 1].kind != TokKind::kWord)
    return Passive::kNone;
  const std::string aux = low(text, toks, cue.first - 1);
  if (!in_word_table<kPassiveAuxiliaries>(aux)) return Passive::kNone;
  // "The vote is expected to pass": an expectation without a named holder is still
  // attributed content, the rest of the sentence.
  const std::string v = low(text, toks, cue.first);
  if (v == "asked" && cue.last + 1 < last && passive_question(s, cue, out)) return Passive::kEmitted;
  if (v == "expected" && cue.last + 1 < last) {
    const std::size_t cs = cue.last + 1;
    std::size_t ce = last;
    if (content_ok(text, toks, cs, ce, s.quoted) && cs >= s.from) {
      Attribution a;
      a.cue = CueMatch{cue.first - 1, cue.first, kCueReport, true};
      a.ok = true;
      emit(out, a, toks, cs, ce, ce);
      return Passive::kEmitted;
    }
  }
  return Passive::kSkip;
}

// "Asked about the delay, the mayor said ...": the question opening the sentence is content of
// its own (its asker unnamed), up to the comma.
bool asked_opener(const Sentence& s, const CueMatch& cue, std::size_t i, Reported& out) {
  const std::string_view text = s.text;
  const std::vector<Token>& toks = s.toks;
  const std::size_t last = s.last;
  if (!(cue.first == s.first && i >= s.from && low(text, toks, i) == "asked")) return false;
  std::size_t c = cue.last + 1;
  while (c < last && c < cue.last + 1 + kMaxAskedWords && !punct_is(text, toks[c], ',')) ++c;
  if (c < last && punct_is(text, toks[c], ',') && content_ok(text, toks, cue.last + 1, c, s.quoted)) {
    Attribution q;
    q.cue = cue;
    q.ok = true;
    return emit(out, q, toks, cue.last + 1, c, c + 1);
  }
  return false;
}

// The attribution of the reporting cue at token `i`, if any.
bool attribution_at(const Sentence& s, std::size_t i, std::string& lbuf, Reported& out) {
  const FoundCue f = reporting_cue(s, i, lbuf);
  if (!f.cue.ok) return false;
  const Passive passive = passive_cue(s, f, out);
  if (passive != Passive::kNone) return passive == Passive::kEmitted;
  if (asked_opener(s, f.cue, i, out)) return true;
  return cue_clause(s, f.cue, f.stance, out);
}

// The English cues of the sentence, from token `from` on (a closing "according to" first).
bool cue_attribution(const Sentence& s, Reported& out) {
  const std::string_view text = s.text;
  const std::vector<Token>& toks = s.toks;
  const std::size_t first = s.first, last = s.last, from = s.from;
  // "Voters who believe the port helps backed the plan, according to a poll.": a closing
  // "according to" is tried first, so a cue inside its clause does not split it.
  const std::size_t trailer = from <= first ? according_trailer(text, toks, first, last, s.facts) : kNone;
  const TokenFacts* facts = s.facts;
  for (std::size_t pass = trailer != kNone ? 0 : 1; pass < 2; ++pass)
  for (std::size_t i = pass == 0 ? trailer : (from > first ? from : first);
       i < (pass == 0 ? trailer + 1 : last); ++i) {
    if (s.quoted[i]) continue;
    std::string lbuf;  // asked of every token: views into the lower-cased text, no copies
    // Most words are in none of the lists below ("the", "port"): skipped on one fact, unless
    // "that" follows ("She hinted that ...": that_cue() reads any participle there).
    if (toks[i].kind != TokKind::kWord ||
        (!((facts ? (*facts)[i] : word_facts(lower_tok(text, toks[i], lbuf))) & kFactMayBeCue) &&
         !that_follows(text, toks, i, last)))
      continue;
    if (attribution_at(s, i, lbuf, out)) return true;
  }
  return false;
}

}  // namespace

bool find_reported(std::string_view text, const std::vector<Token>& toks, std::size_t first,
                   std::size_t last, const std::vector<unsigned char>& quoted, Reported& out,
                   std::size_t from, const TokenFacts* facts) {
  if (inside_transcript_turn(text, toks, first, from)) return false;
  // German source phrases and reporting clauses ("Laut der Polizei ...", "Wie die Firma
  // mitteilte, ..."), one per sentence.
  // (Whether the sentence has a German word, found there once for the subjunctive rule below.)
  signed char german = -1;
  if (from <= first && find_reported_de(text, toks, first, last, quoted, out, &german, facts))
    return true;
  // A German sentence none of the German rules took is left to the subjunctive rule: the English
  // patterns misread its word order (measured on WikiNews: all-attribution F1 65.88 -> 66.01).
  if (points_back_de(text, toks, first, last)) return false;
  if (clearly_german(text, toks, first, last, facts))
    return from <= first && (dass_clause_de(text, toks, first, last, quoted, out, facts) ||
                             find_subjunctive_de(text, toks, first, last, quoted, out, german, facts));
  const Sentence s{text, toks, first, last, from, quoted, facts};
  if (from <= first && (first == 0 || toks[first].newline) && labelled_turn(s, out)) return true;
  if (cue_attribution(s, out)) return true;
  // Only when no speech cue in the sentence names a source of its own.
  return from <= first && (in_source_opener(text, toks, first, last, quoted, out) ||
                           hearsay_adverb(text, toks, first, last, quoted, out, facts) ||
                           claim_noun_clause(text, toks, first, last, quoted, out, facts) ||
                           dass_clause_de(text, toks, first, last, quoted, out, facts) ||
                           find_subjunctive_de(text, toks, first, last, quoted, out, german, facts));
}

}  // namespace pith::detail
