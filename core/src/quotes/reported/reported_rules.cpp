#include "quotes/reported/reported_rules.h"


#include "common/word_set.h"
#include "quotes/cues/lexicon.h"
#include "quotes/cues/token_facts.h"
#include "common/word_prefilter.h"

namespace pith::detail::reported_rules {

#include "quotes/reported/reported_table.inc"

// After a clause-taking cue, a bare clause may open with any word: "Cox says Obama is ...",
// "She said much of the plan was ...", "He said on Friday he met ...". A few words show that
// no clause follows ("said to him", "said so", "think about it").
bool loose_clause_start(std::string_view text, const std::vector<Token>& toks, std::size_t i) {
  if (toks[i].kind == TokKind::kNumber) return true;  // "The party says 3,400 people voted"
  if (toks[i].kind != TokKind::kWord) return false;
  const std::string w = low(text, toks, i);
  // "She said no decision had been made" opens a clause; "She said no." does not.
  if (in_word_table<kQuantifierOpeners>(w) && i + 2 < toks.size() &&
      toks[i + 1].kind == TokKind::kWord &&
      toks[i + 2].kind == TokKind::kWord)
    return true;
  for (std::string_view s : kNotClauseAfterCue)
    if (w == s) return false;
  return true;
}

bool stance_cue(std::string_view text, const std::vector<Token>& toks, std::size_t i) {
  if (toks[i].kind != TokKind::kWord) return false;
  std::string buf;  // asked of every token: pre-tested on its bytes, then the lower-cased copy
  return tok_in_word_table<kStanceCues>(text, toks[i], buf) ||
         tok_in_word_table<kSpeechStanceCues>(text, toks[i], buf);
}

bool topic_cue_after_test(std::string_view text, const std::vector<Token>& toks, std::size_t i) {
  std::string buf2;
  const std::string_view p = lower_tok(text, toks[i + 1], buf2);
  if (p != "about" && p != "of") return false;
  std::string buf;
  const std::string_view w = lower_tok(text, toks[i], buf);
  return p == "about" ? in_word_table<kTopicCues>(w) : in_word_table<kTopicOfCues>(w);
}

bool next_is_that(std::string_view text, const std::vector<Token>& toks, std::size_t i) {
  std::string buf;
  return lower_tok(text, toks[i + 1], buf) == "that";
}

bool that_cue_after_test(std::string_view text, const std::vector<Token>& toks, std::size_t i) {
  if (!next_is_that(text, toks, i)) return false;
  std::string buf2;
  const std::string_view w = lower_tok(text, toks[i], buf2);
  if (in_word_table<kThatCues>(w)) return true;
  // "She hinted that he ...", "..., warning that the ...": any past or present participle of
  // a verb right before "that" and a clause opening with a pronoun, determiner or name. Measured
  // on PolNeAR, such clauses not found otherwise are gold content 84 % ("-ed") and 74 % ("-ing")
  // of the time; nouns in "-ing" ("the meeting that he ...") are most of the rest.
  if (toks[i].cap || w.size() < 5 || !clause_start(text, toks, i + 2)) return false;
  const std::string_view e2 = w.substr(w.size() - 2), e3 = w.substr(w.size() - 3);
  if (e2 == "ed") return e3 != "eed" && !in_word_table<kNotVerbForms>(w);
  if (e3 == "ing") return !in_word_table<kNotVerbForms>(w) &&
                          w.substr(w.size() - 5) != "thing";
  return false;
}

bool speech_stance_cue(std::string_view text, const std::vector<Token>& toks, std::size_t i) {
  if (toks[i].kind != TokKind::kWord) return false;
  std::string buf;
  return tok_in_word_table<kSpeechStanceCues>(text, toks[i], buf);
}

bool participle_after_comma(std::string_view text, const std::vector<Token>& toks, std::size_t i,
                            std::size_t first) {
  if (i < first + 2 || !punct_is(text, toks[i - 1], ',') || toks[i].kind != TokKind::kWord)
    return false;
  const std::string v = low(text, toks, i);
  return v.size() > 4 && v.compare(v.size() - 3, 3, "ing") == 0;
}

Mention speaker_before_participle(std::string_view text, const std::vector<Token>& toks,
                                  std::size_t i, std::size_t first,
                                  const std::vector<unsigned char>& quoted) {
  if (i < first + 3) return Mention{};
  // "Roe said, citing": the cue ends right before the comma.
  const CueMatch said = cue_ending_at(text, toks, i - 2, first);
  if (said.ok && said.first > first) {
    const Mention m = mention_before(text, toks, said.first, first);
    return m.ok() && !quoted[m.r.first] && !quoted[m.r.last] ? m : Mention{};
  }
  // "said Roe, citing": a cue a few words before the comma, the mention after it.
  for (std::size_t c = i - 2; c > first && c + kMaxNextSubjectWords + 2 > i; --c) {
    if (toks[c].kind != TokKind::kWord) break;
    const CueMatch cm = cue_at(text, toks, c, i - 1);
    if (!cm.ok || cm.last + 1 >= i - 1) continue;
    // "Roe told the board, citing": the subject before the cue, not its object.
    const Mention m = mention_before(text, toks, cm.first, first);
    if (m.ok() && !quoted[m.r.first] && !quoted[m.r.last]) return m;
    return mention_after(text, toks, cm.last + 1, i - 1);
  }
  return Mention{};
}

bool after_apposition(std::string_view text, const std::vector<Token>& toks, const CueMatch& cue,
                      std::size_t first, bool stance) {
  return !stance && (cue.flags & kCueClause) && cue.first > first + 2 &&
         punct_is(text, toks[cue.first - 1], ',');
}

std::size_t according_trailer(std::string_view text, const std::vector<Token>& toks,
                              std::size_t first, std::size_t last, const TokenFacts* facts) {
  // cue_at() finds a cue only at a word that may open one (token_facts.h).
  for (std::size_t i = first + 2; i < last; ++i) {
    if (facts && !((*facts)[i] & kFactMayBeCue)) continue;  // first: one byte, not two tokens
    if (toks[i].kind != TokKind::kWord || !punct_is(text, toks[i - 1], ',')) continue;
    const CueMatch c = cue_at(text, toks, i, last);
    if (c.ok && (c.flags & kCueAccording)) return i;
  }
  return kNone;
}

bool setting_only(std::string_view text, const std::vector<Token>& toks, std::size_t cs,
                  std::size_t ce) {
  if (cs >= ce || toks[cs].kind != TokKind::kWord ||
      !in_word_table<kSettingWords>(low(text, toks, cs)))
    return false;
  std::size_t words = 0;
  for (std::size_t j = cs; j < ce; ++j) words += toks[j].kind == TokKind::kWord;
  return words <= kMaxSettingWords;
}

bool trailer_only(std::string_view text, const std::vector<Token>& toks, std::size_t cs,
                  std::size_t ce, unsigned flags) {
  while (ce > cs && punct_is(text, toks[ce - 1], ".!?"))
    --ce;
  if (cs >= ce) return false;
  std::size_t j = cs;
  if (flags & kCueObject) {
    std::size_t n = 0;
    while (j < ce && n < kMaxNextSubjectWords &&
           (toks[j].kind == TokKind::kWord || punct_is(text, toks[j], '.')) &&
           (toks[j].kind != TokKind::kWord || toks[j].cap ||
            in_word_table<kAddressees>(low(text, toks, j))) &&
           !in_word_table<kTimeWords>(low(text, toks, j))) {
      n += toks[j].kind == TokKind::kWord;
      ++j;
    }
    if (j > cs && j < ce && setting_only(text, toks, j, ce)) return true;
  }
  while (j < ce && toks[j].kind == TokKind::kWord && in_word_table<kTimeWords>(low(text, toks, j)))
    ++j;
  return j == ce;
}

bool is_conjunction(std::string_view text, const std::vector<Token>& toks, std::size_t i) {
  return toks[i].kind == TokKind::kWord &&
         in_word_table<kConjunctions>(low(text, toks, i));
}

// "Residents of the east shore wanted ...", "Local traders in the old town opposed ...": a run
// opening with a plural noun of people (first or second word), followed by nothing or by a
// place or origin phrase, is a source group even before a stance verb.
bool group_head(std::string_view text, const std::vector<Token>& toks, std::size_t s,
                std::size_t end) {
  for (std::size_t h = s; h < end && h <= s + 1; ++h) {
    if (toks[h].kind != TokKind::kWord) return false;
    const std::string w = low(text, toks, h);
    if (!(w.size() > 3 && w.back() == 's' && w[w.size() - 2] != 's' && person_like_head(w)))
      continue;
    if (h + 1 >= end) return true;
    if (toks[h + 1].kind != TokKind::kWord) return false;
    return in_word_table<kGroupPlace>(low(text, toks, h + 1));
  }
  return false;
}


// The words between the clause start (sentence start, or a comma or semicolon) and the cue at
// `end`, when they are a short run of words: "Rather, sources close to the campaign say".
Mention clause_subject(std::string_view text, const std::vector<Token>& toks, std::size_t first,
                       std::size_t end, bool& adverbial) {
  adverbial = false;
  std::size_t s = end, n = 0;
  while (s > first && n <= kMaxSubjectWords) {
    const Token& t = toks[s - 1];
    if (t.kind == TokKind::kPunct) {
      const char c = text[t.start];
      if (c == ',' || c == ';' || c == ':') break;
      // "HARBOURTOWN (Wire) - Regional minister Ana Ruiz said ...": a dash closes a dateline
      // or an aside like a comma.
      const std::string_view tt = text.substr(t.start, t.end - t.start);
      if (tt == "-" || tt == "\u2014" || tt == "\u2013") break;
      // "Lea Holm’s aides say": a typographic apostrophe is part of the subject.
      const bool apostrophe = text.substr(t.start, t.end - t.start) == "\u2019";
      // "Senator Ana Ruiz (D-Ore.) said": a parenthesis inside the subject.
      if (c != '\'' && c != '%' && c != '-' && c != '.' && c != '(' && c != ')' && !apostrophe)
        return Mention{};
    } else {
      ++n;
    }
    --s;
  }
  // "47 percent said ...", "1,200 teachers say ...": a share or a count may open the subject.
  if (n == 0 || n > kMaxSubjectWords ||
      (toks[s].kind != TokKind::kWord && toks[s].kind != TokKind::kNumber))
    return Mention{};
  // "... with Ana RuizLeo Marx said" repaired to "Ana Ruiz Leo Marx": the glued name right of
  // the split is the subject, nothing before it.
  for (std::size_t k = end - 1; k > s; --k)
    if (toks[k].name_break && toks[k].kind == TokKind::kWord) {
      s = k;
      break;
    }
  // "Later, during a visit to the plant with the mayor said ...": a subject is a noun phrase,
  // never a prepositional or relative run; such a run is an adverbial before the subject.
  adverbial = in_word_table<kNotSubjectStart>(low(text, toks, s));
  // "The minister visited the pier and promised ...": a second verb of the predicate, whose
  // subject is the sentence's (found elsewhere), not the whole run before it.
  if (toks[end - 1].kind == TokKind::kWord) {
    const std::string w = low(text, toks, end - 1);
    if (w == "and" || w == "but" || w == "or" || w == "then") return Mention{};
  }
  std::size_t e = end - 1;
  while (e > s && toks[e].kind == TokKind::kWord &&
         (in_word_table<kAuxiliaries>(low(text, toks, e)) ||
          in_word_table<kTimeWords>(low(text, toks, e))))
    --e;
  Mention m;
  m.r.first = s;
  m.r.last = e;
  m.r.ok = true;
  m.kind = MentionKind::kDescription;
  return m;
}


// Content [a, b) in tokens: trim a final terminator, require enough words and no quotation.
bool content_ok(std::string_view text, const std::vector<Token>& toks, std::size_t a,
                std::size_t& b, const std::vector<unsigned char>& quoted) {
  while (b > a && toks[b - 1].kind == TokKind::kPunct &&
         std::string_view(".!?;:,").find(text[toks[b - 1].start]) != std::string_view::npos)
    --b;
  // "voted against the budget and" / "and the winner is ...": a conjunction at either edge
  // means the clause was cut in the wrong place.
  if (b > a && (is_conjunction(text, toks, a) || is_conjunction(text, toks, b - 1))) return false;
  std::size_t words = 0, scare = 0;
  for (std::size_t i = a; i < b; ++i) {
    if (toks[i].kind == TokKind::kWord) {
      ++words;
      if (quoted[i]) ++scare;
    }
  }
  // A clause quoting most of its wording is the quotation's ("said it was “a rigged and
  // broken system”"); quoted terms or a short quoted fragment in a clause of the writer's words
  // leave it reported, a mixed attribution ("said the deal was “a good start” for both towns").
  // Measured on PolNeAR: 15 % -> 50 % raised all-attribution F1 by 0.9; letting quotation
  // fragments in (not only scare quotes) by another 0.9; "< 50 %" -> "<= 60 %" by 0.15 ('called
  // the plan "far too late"', half its words quoted, is a mixed attribution).
  return words >= kMinContentWords && scare * 100 <= words * kMaxQuotedPercent;
}

bool clause_start(std::string_view text, const std::vector<Token>& toks, std::size_t i) {
  if (toks[i].kind != TokKind::kWord) return false;
  const std::string w = low(text, toks, i);
  // "said those emails were ...", "say there are ...", "said these rules ...".
  return pronoun_class(w) != 0 || is_determiner(w) || is_name_word(text, toks[i]) ||
         in_word_table<kClauseStartWords>(w);
}


// The "that" opening the content after a cue: right after it, after an addressee ("told
// reporters that"), or after a short time or place phrase.
std::size_t that_after(std::string_view text, const std::vector<Token>& toks, std::size_t k,
                       std::size_t last, unsigned flags) {
  const std::size_t reach = (flags & kCueObject) ? kMaxObjectWords : kMaxGapBeforeThat;
  // "Engineers proposed a steel frame that can be lifted": after a plain cue, a gap opening
  // with an article is the object, and "that" is its relative pronoun, not the content's start.
  if (!(flags & kCueObject) && k < last && toks[k].kind == TokKind::kWord) {
    const std::string w = low(text, toks, k);
    if (w == "a" || w == "an") return kNone;
  }
  for (std::size_t n = 0; k < last && n <= reach; ++k, ++n) {
    if (toks[k].kind != TokKind::kWord) return kNone;
    if (is_that(low(text, toks, k))) return k;
  }
  return kNone;
}

// The mention opens a clause: at the sentence start, or after a comma, a conjunction or a
// relative pronoun ("..., and his campaign said he ...", "voters who said they ...").
bool clause_opener(std::string_view text, const std::vector<Token>& toks, std::size_t mention_first,
                   std::size_t first) {
  if (mention_first <= first) return true;
  // A name right after a repaired glued-word split opens its own clause: the punctuation
  // between the two words was lost ("... with Ana RuizLeo Marx said").
  if (toks[mention_first].name_break) return true;
  // "Ana Ruiz said ...", where the mention took only "Ruiz": capitalised words back to the
  // sentence start are part of the same subject.
  {
    std::size_t j = mention_first;
    while (j > first && toks[j - 1].kind == TokKind::kWord && is_name_word(text, toks[j - 1])) --j;
    if (j == first) return true;
  }
  // "Even the organizer said ...", "But officials say ...": an opening adverb or conjunction.
  if (mention_first == first + 1 && toks[first].kind == TokKind::kWord &&
      (is_skip_word(low(text, toks, first)) || low(text, toks, first) == "but" ||
       low(text, toks, first) == "and" || low(text, toks, first) == "so"))
    return true;
  const Token& p = toks[mention_first - 1];
  if (p.kind == TokKind::kPunct) {
    const std::string_view pt = text.substr(p.start, p.end - p.start);
    return pt == "," || pt == ";" || pt == "-" || pt == "\u2014" || pt == "\u2013";
  }
  const std::string w = low(text, toks, mention_first - 1);
  return in_word_table<kClauseJoiners>(w) || is_relative(w);
}


// "In a new survey of farmers released on Monday, most said prices were too low": a document
// or event opening the sentence is the source of everything after its comma.
bool in_source_opener(std::string_view text, const std::vector<Token>& toks, std::size_t first,
                      std::size_t last, const std::vector<unsigned char>& quoted, Reported& out) {
  std::string buf;  // a view of the lower-cased text: asked of every sentence's first word
  if (first + 3 >= last || toks[first].kind != TokKind::kWord || lower_tok(text, toks[first], buf) != "in")
    return false;
  bool source = false;
  std::size_t k = first + 1;
  for (std::size_t n = 0; k < last && n < kMaxInSourceWords; ++k, ++n) {
    if (toks[k].kind != TokKind::kWord) {
      if (punct_is(text, toks[k], ',')) break;
      if (!punct_is(text, toks[k], '\'') && !punct_is(text, toks[k], '-') &&
          !punct_is(text, toks[k], '/') && !punct_is(text, toks[k], '.'))
        return false;
      continue;
    }
    const std::string w = low(text, toks, k);
    for (std::string_view s : kInSourceNouns) source = source || w == s;
  }
  if (!source || k >= last || !punct_is(text, toks[k], ',')) return false;
  std::size_t cs = k + 1, ce = last;
  if (!content_ok(text, toks, cs, ce, quoted)) return false;
  Attribution a;
  a.cue = CueMatch{first, first, kCueReport, true};
  a.mention.r.first = first + 1;
  a.mention.r.last = k - 1;
  a.mention.r.ok = true;
  a.mention.kind = MentionKind::kDescription;
  a.ok = true;
  return emit(out, a, toks, cs, ce, ce);
}

bool claim_noun_clause(std::string_view text, const std::vector<Token>& toks, std::size_t first,
                       std::size_t last, const std::vector<unsigned char>& quoted, Reported& out,
                       const TokenFacts* facts) {
  // Asked of every sentence: inside find_quotes one flag per word says no claim noun can come
  // before a "that" here (the noun is at i - 1 for i in [first + 1, last - 2)).
  if (facts && (last < 3 || !facts->any(first, last - 3, kFactClaimNoun))) return false;
  std::string buf;  // a view into the lower-cased text, not a string per word
  for (std::size_t i = first + 1; i + 2 < last; ++i) {
    if (toks[i].kind != TokKind::kWord || quoted[i] || lower_tok(text, toks[i], buf) != "that")
      continue;
    if (toks[i - 1].kind != TokKind::kWord ||
        !in_word_table<kClaimNouns>(low(text, toks, i - 1)))
      continue;
    std::size_t ce = i + 1;
    while (ce < last && !punct_is(text, toks[ce], ',') && !punct_is(text, toks[ce], ';')) ++ce;
    if (!content_ok(text, toks, i + 1, ce, quoted)) continue;
    Attribution a;
    a.cue = CueMatch{i - 1, i - 1, kCueReport, true};
    // "Roe's claim that ...": a named possessor speaks.
    if (i >= first + 2 && toks[i - 2].kind == TokKind::kWord && toks[i - 2].cap) {
      const std::string p = low(text, toks, i - 2);
      const std::size_t n = p.size();
      if (n > 2 && p.compare(n - 2, 2, "'s") == 0) {
        a.mention.r = {i - 2, i - 2, true};
        a.mention.kind = MentionKind::kName;
      }
    }
    a.ok = true;
    return emit(out, a, toks, i + 1, ce, ce);
  }
  return false;
}

bool hearsay_adverb(std::string_view text, const std::vector<Token>& toks, std::size_t first,
                    std::size_t last, const std::vector<unsigned char>& quoted, Reported& out,
                    const TokenFacts* facts) {
  // Asked of every sentence: inside find_quotes one flag per word says there is no such adverb.
  if (facts && !facts->any(first, last, kFactHearsay)) return false;
  std::size_t cs = first;
  for (std::size_t i = first; i < last; ++i) {
    if (punct_is(text, toks[i], ',')) cs = i + 1;
    if (quoted[i] || toks[i].kind != TokKind::kWord) continue;
    std::string buf;
    if (!tok_in_word_table<kHearsayAdverbs>(text, toks[i], buf)) continue;
    // "Reportedly, CLAUSE": the adverb opens the sentence on its own.
    if (i == cs && i + 1 < last && punct_is(text, toks[i + 1], ',')) cs = i + 2;
    std::size_t ce = last;
    if (cs >= ce || !content_ok(text, toks, cs, ce, quoted)) return false;
    Attribution a;
    a.cue = CueMatch{i, i, kCueReport, true};
    a.ok = true;
    return emit(out, a, toks, cs, ce, ce);
  }
  return false;
}

bool lone_name_object(std::string_view text, const std::vector<Token>& toks, std::size_t cs,
                      std::size_t ce, const std::vector<unsigned char>& quoted) {
  while (ce > cs && toks[ce - 1].kind == TokKind::kPunct &&
         std::string_view(".!?;:,").find(text[toks[ce - 1].start]) != std::string_view::npos)
    --ce;
  if (ce != cs + 1 || toks[cs].kind != TokKind::kWord || !toks[cs].cap || quoted[cs]) return false;
  return pronoun_class(low(text, toks, cs)) == 0 && !is_conjunction(text, toks, cs);
}

bool emit(Reported& out, const Attribution& a, const std::vector<Token>& toks, std::size_t cs,
          std::size_t ce, std::size_t next) {
  out.attribution = a;
  out.start = toks[cs].start;
  out.end = toks[ce - 1].end;
  out.next = next;
  return true;
}

}  // namespace pith::detail::reported_rules
