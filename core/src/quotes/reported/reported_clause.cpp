// The source and the content bounds of one English reported-speech cue (reported_clause.h).
// Each step reads and updates one CueClause, in the order cue_clause() lists them.
#include "quotes/reported/reported_clause.h"

#include <string>

#include "common/word_set.h"
#include "quotes/cues/punct.h"
#include "quotes/reported/reported_rules.h"
#include "quotes/speakers/speaker.h"

namespace pith::detail::reported_rules {
namespace {

#include "quotes/reported/reported_table.inc"

// One cue's clause as the steps below read it.
struct CueClause {
  CueMatch cue;
  Attribution a;              // a.cue == cue; a.mention: the source found so far
  bool stance = false;        // a stance, pointer or that-only cue
  bool said_by = false;       // a stance cue that is a verb of speech or judgement
  bool weak_subject = false;  // the mention locates the content but names no speaker
  bool opener = false;        // the mention opens its clause after an adverbial run
  std::size_t that_tok = kNone;  // the "that" opening the content, if any
  std::size_t cs = 0, ce = 0;    // the content, tokens [cs, ce)
};

// "According to X, CLAUSE." / "CLAUSE, according to X.": the source follows the cue. False
// when the phrase frames no clause.
bool according_source(const Sentence& s, CueClause& c) {
  const std::string_view text = s.text;
  const std::vector<Token>& toks = s.toks;
  const std::size_t first = s.first, last = s.last;
  const CueMatch& cue = c.cue;
  Attribution& a = c.a;
  a.mention = mention_after(text, toks, cue.last + 1, last);
  std::size_t k = a.mention.ok() ? a.mention.r.last + 1 : last;
  if (cue.first == first && !(k < last && punct_is(text, toks[k], ','))) {
    // "According to early results of a poll taken by a firm for two networks, CLAUSE": a
    // source longer than the mention patterns reach still ends at the first comma.
    k = cue.last + 1;
    for (std::size_t n = 0; k < last && n < kMaxSourceWords && !punct_is(text, toks[k], ',');
         ++k, ++n) {
    }
    if (k < last && k > cue.last + 1 && punct_is(text, toks[k], ',')) {
      a.mention.r.first = cue.last + 1;
      a.mention.r.last = k - 1;
      a.mention.r.ok = true;
      a.mention.kind = MentionKind::kDescription;
    }
  }
  // "But, according to the poll, CLAUSE.": a short opener and its comma before the phrase.
  const bool short_opener = cue.first > first && cue.first <= first + kMaxOpenerWords &&
                            punct_is(text, toks[cue.first - 1], ',') &&
                            toks[first].kind == TokKind::kWord;
  if (a.mention.ok() && k < last && punct_is(text, toks[k], ',') &&
      (cue.first == first || short_opener)) {
    c.cs = k + 1;  // "According to him, CLAUSE."
    return true;
  }
  if (cue.first > first + 1 && punct_is(text, toks[cue.first - 1], ',')) {
    c.cs = first;  // "CLAUSE, according to him." / "CLAUSE, according to a count by a paper."
    c.ce = cue.first - 1;
    if (!a.mention.ok() && cue.last + 1 < last && toks[cue.last + 1].kind == TokKind::kWord) {
      std::size_t e = cue.last + 1;
      while (e + 1 < last && toks[e + 1].kind == TokKind::kWord) ++e;
      a.mention.r.first = cue.last + 1;
      a.mention.r.last = e;
      a.mention.r.ok = true;
      a.mention.kind = MentionKind::kDescription;
    }
    return a.mention.ok();
  }
  return false;
}

// "The White House says ...", "Many of the local leaders who ran said ...": any short run of
// words from the clause start to the cue is its subject.
void clause_start_run(const Sentence& s, CueClause& c) {
  const std::string_view text = s.text;
  const std::vector<Token>& toks = s.toks;
  const std::size_t first = s.first;
  const CueMatch& cue = c.cue;
  Attribution& a = c.a;
  if (!(cue.first > first &&
        (!a.mention.ok() || !clause_opener(text, toks, a.mention.r.first, first))))
    return;
  bool adverbial = false;
  const Mention w = clause_subject(text, toks, first, cue.first, adverbial);
  if (w.ok() && adverbial) {
    // The mention found before the cue is the subject after the adverbial; without one,
    // the run still locates the content but names nobody.
    if (a.mention.ok()) {
      c.opener = true;
      c.weak_subject = c.stance && !c.said_by && !a.mention.via.ok;  // "the senator, who had pledged to support ..." as below
    } else {
      a.mention = w;
      c.opener = true;
      c.weak_subject = true;
    }
  } else if (w.ok() && (!a.mention.ok() || w.r.first < a.mention.r.first)) {
    // "The opposition Green List voted against ...": a name ends the run.
    const bool named = a.mention.ok() && a.mention.kind == MentionKind::kName &&
                       a.mention.r.last == w.r.last;
    a.mention = w;
    // A stance verb's clause-start run is often not a source at all ("The town hall
    // wanted ..." is, "Last year the vote seemed ..." is not): it locates the content
    // but names no speaker, so it never becomes an antecedent for later quotes.
    c.weak_subject = c.stance && !c.said_by && !named &&
                     !group_head(text, toks, w.r.first, w.r.last + 1);
  }
}

// The source before the cue: the mention the patterns read back from it, else the clause's
// subject, else the run of words from the clause start.
void subject_before_cue(const Sentence& s, CueClause& c) {
  const std::string_view text = s.text;
  const std::vector<Token>& toks = s.toks;
  const std::size_t first = s.first;
  const CueMatch& cue = c.cue;
  Attribution& a = c.a;
  a.mention = mention_before(text, toks, cue.first, first);
  // "... with Ana RuizLeo Marx said" (a repaired glued-word split): the name right of the
  // split is the speaker.
  if (a.mention.ok() && a.mention.kind == MentionKind::kName)
    for (std::size_t k = a.mention.r.last; k > a.mention.r.first; --k)
      if (toks[k].name_break) {
        a.mention.r.first = k;
        break;
      }
  // "Engineers have proposed ...": a lone plural common noun capitalised only because it
  // opens the sentence is a source group, not a person's name.
  if (a.mention.ok() && a.mention.kind == MentionKind::kName &&
      a.mention.r.first == a.mention.r.last && a.mention.r.first == first) {
    const std::string w = low(text, toks, first);
    if (w.size() > 3 && w.back() == 's' && w[w.size() - 2] != 's' && person_like_head(w))
      a.mention.kind = MentionKind::kDescription;
  }
  // "Sixty-six percent said it made no difference": a subject the mention patterns do not
  // take (a share, a group) still speaks when it runs straight into the cue.
  if (!a.mention.ok() && cue.first > first) {
    const Mention sub = subject_of(text, toks, first, cue.first);
    if (sub.ok() && sub.r.last + 1 == cue.first) a.mention = sub;
  }
  clause_start_run(s, c);
}

// No mention right before the cue: the subject of the sentence speaks through a participle,
// a second verb of its predicate, or a cue after a long apposition.
void subject_fallbacks(const Sentence& s, CueClause& c) {
  const std::string_view text = s.text;
  const std::vector<Token>& toks = s.toks;
  const std::size_t first = s.first, last = s.last;
  const CueMatch& cue = c.cue;
  Attribution& a = c.a;
  const std::size_t k = cue.last + 1;
  // "He dismissed the report, saying that ...": a participle after a comma speaks for the
  // sentence's subject.
  if (!a.mention.ok() && cue.first > first + 1 && punct_is(text, toks[cue.first - 1], ',')) {
    const std::string v = low(text, toks, cue.first);
    if (v.size() > 4 && v.compare(v.size() - 3, 3, "ing") == 0) {
      a.mention = subject_of(text, toks, first, cue.first - 1);
      if (a.mention.ok() && that_after(text, toks, k, last, cue.flags) == kNone &&
          !(k < last && clause_start(text, toks, k)))
        a.mention = Mention{};
    }
  }
  // "Minister Jane Roe attended the session and promised that CLAUSE": the second verb of
  // the subject's predicate speaks for that subject, when it is a person or a pronoun (not
  // "the session in the town and").
  // "The judge delayed the ruling but said CLAUSE": "but" joins the two verbs as well.
  if (!a.mention.ok() && cue.first > first + 2 && toks[cue.first - 1].kind == TokKind::kWord &&
      (low(text, toks, cue.first - 1) == "and" || low(text, toks, cue.first - 1) == "but") &&
      (that_after(text, toks, k, last, cue.flags) != kNone ||
       ((cue.flags & kCueClause) && k < last && loose_clause_start(text, toks, k)))) {
    const Mention sub = subject_of(text, toks, first, cue.first - 1);
    // "The spokesman refused to comment but said CLAUSE": a description opening the
    // sentence is its subject too.
    if (sub.kind == MentionKind::kName || sub.kind == MentionKind::kPronoun ||
        (sub.ok() && sub.r.first == first))
      a.mention = sub;
  }
  // "Ana Ruiz, 39, a nurse on the night shift at the clinic, told the paper that ...": an
  // apposition too long for the mention patterns; the name (or description) opening the
  // sentence, closed by the apposition's comma, speaks.
  if (!a.mention.ok() && cue.first > first + 3 && punct_is(text, toks[cue.first - 1], ',') &&
      (that_after(text, toks, k, last, cue.flags) != kNone ||
       ((cue.flags & kCueClause) && k < last && loose_clause_start(text, toks, k)))) {
    const Mention sub = mention_after(text, toks, first, cue.first - 1);
    if (sub.ok() && sub.kind != MentionKind::kPronoun && sub.r.first == first &&
        punct_is(text, toks[sub.r.last + 1], ','))
      a.mention = sub;
  }
}

// Still no source before the cue: "CLAUSE, said one GOP source in the room." (the source
// after it), or a participle after a comma whose subject the patterns miss ('“The mill will
// close,” she said, citing falling orders': its object, speaker unnamed). False: no clause.
bool content_without_subject(const Sentence& s, CueClause& c) {
  const std::string_view text = s.text;
  const std::vector<Token>& toks = s.toks;
  const std::size_t first = s.first, last = s.last;
  const CueMatch& cue = c.cue;
  Attribution& a = c.a;
  const std::size_t k = cue.last + 1;
  if ((cue.flags & kCueEnd) && cue.first > first + 2 && punct_is(text, toks[cue.first - 1], ',')) {
    a.mention = mention_after(text, toks, k, last);
    const std::size_t after = a.mention.ok() ? a.mention.r.last + 1 : last;
    if (a.mention.ok() && after < last && !punct_is(text, toks[after], ',') &&
        !punct_is(text, toks[after], '.'))
      a.mention = Mention{};
    if (a.mention.ok()) {
      c.cs = first;
      c.ce = cue.first - 1;
    }
  }
  if (!a.mention.ok() && participle_after_comma(text, toks, cue.first, first) && k < last &&
      toks[k].kind == TokKind::kWord && !s.quoted[k]) {
    const std::size_t t = that_after(text, toks, k, last, cue.flags);
    c.cs = t != kNone ? t + 1 : k;
    a.mention = speaker_before_participle(text, toks, cue.first, first, s.quoted);
    c.weak_subject = !a.mention.ok();
    return true;
  }
  return a.mention.ok();
}

// Where the content of a cue with a source before it starts (and, for a closing cue, ends):
// "X said (on Tuesday) that CLAUSE", "X said CLAUSE", "CLAUSE, X said.", "If it rains, she
// said, CLAUSE". False: the cue frames no clause.
bool content_after_subject(const Sentence& s, CueClause& c) {
  const std::string_view text = s.text;
  const std::vector<Token>& toks = s.toks;
  const std::size_t first = s.first, last = s.last;
  const CueMatch& cue = c.cue;
  Attribution& a = c.a;
  const std::size_t k = cue.last + 1;
  const bool at_end = k >= last || punct_is(text, toks[k], '.') || k + 1 >= last;
  if (std::size_t t = that_after(text, toks, k, last, cue.flags); t != kNone) {
    c.cs = t + 1;  // "X said (on Tuesday) that CLAUSE", "X told reporters that CLAUSE"
    c.that_tok = t;
  } else if ((cue.flags & kCueEnd) && k + 1 < last && punct_is(text, toks[k], ',') &&
             a.mention.r.first > first + 2 && punct_is(text, toks[a.mention.r.first - 1], ',') &&
             !s.quoted[k + 1] && participle_after_comma(text, toks, k + 1, first)) {
    // "Sales were good, he said, wiping his brow.": a participle after the attribution is
    // the writer's; the clause before it is the content.
    c.cs = first;
    c.ce = a.mention.r.first - 1;
  } else if ((cue.flags & kCueEnd) && k + 1 < last && punct_is(text, toks[k], ',') &&
             a.mention.r.first > first + 1 && punct_is(text, toks[a.mention.r.first - 1], ',') &&
             !s.quoted[k + 1] && a.mention.r.first > first + kMaxOpenerWords + 1) {
    // "If it rains, she said, the fair moves indoors." — the whole sentence, its opening
    // conjunction aside ("But if it rains, she said, ..."); a quotation after the comma
    // is the quote's own ('On Monday, she said, “We won.”'), and a short opener is an
    // adverbial that stays outside ("Six weeks ago, she said, the fair moved indoors").
    c.cs = first + (is_conjunction(text, toks, first) ? 1 : 0);
  } else if (!c.stance && k + 1 < last && punct_is(text, toks[k], ',') &&
             (c.opener || clause_opener(text, toks, a.mention.r.first, first))) {
    // Not after a stance word: "the original plan, attended ..." is a noun, not a verb.
    c.cs = k + 1;  // "Mr. Rosenthal said, CLAUSE"
  } else if (k < last &&
             (c.stance || (!(cue.flags & kCueClause) && low(text, toks, k) == "to")
                  ? toks[k].kind == TokKind::kWord
                  : loose_clause_start(text, toks, k)) &&
             (c.opener || clause_opener(text, toks, a.mention.r.first, first) ||
              after_apposition(text, toks, cue, first, c.stance))) {
    // "He said he would ...", "..., and his campaign said he halted ...". Any reporting
    // cue, not only the clause-taking ones: the attribution corpora count the object as
    // content too ("The agency announced its findings on Monday").
    c.cs = k;
  } else if ((cue.flags & kCueEnd) && k + 1 < last && punct_is(text, toks[k], ',') &&
             a.mention.r.first > first + 1 && punct_is(text, toks[a.mention.r.first - 1], ',')) {
    c.cs = first;  // "The question, she said, is not so simple." — the whole sentence
  } else if (at_end && (cue.flags & kCueEnd)) {
    // "CLAUSE, he said." / "CLAUSE, journalist Jane Roe said." (a few words between)
    std::size_t b = a.mention.r.first, n = 0;
    while (b > first + 1 && n < 3 && toks[b - 1].kind == TokKind::kWord) {
      --b;
      ++n;
    }
    if (!(b > first + 1 && punct_is(text, toks[b - 1], ','))) return false;
    c.cs = first;
    c.ce = b - 1;
  } else if (participle_after_comma(text, toks, cue.first, first) && k < last &&
             toks[k].kind == TokKind::kWord && !s.quoted[k]) {
    // '“Q,” Roe said, citing falling orders': the participle's object, its subject the one
    // found before it.
    const std::size_t t = that_after(text, toks, k, last, cue.flags);
    c.cs = t != kNone ? t + 1 : k;
    // The mention found before it may sit inside the quotation ('“The mill will close,”')
    // or be the object of the clause before ("told the board, citing"): only the cue's
    // own mention speaks.
    a.mention = speaker_before_participle(text, toks, cue.first, first, s.quoted);
    c.weak_subject = !a.mention.ok();
  } else {
    return false;
  }
  return true;
}

// "The union endorsed the mayor, who runs again in May": a stance verb's object ends at
// the first comma; what follows is the writer's.
// A comma right after a conjunction opens a parenthetical ("voted against the budget and,
// to general surprise, against the fares"): the object runs on past its closing comma.
void end_stance_object(const Sentence& s, CueClause& c) {
  if (!c.stance) return;
  for (std::size_t j = c.cs + 1; j < c.ce; ++j)
    if (punct_is(s.text, s.toks[j], ',')) {
      if (is_conjunction(s.text, s.toks, j - 1)) {
        std::size_t b = j + 1;
        while (b < c.ce && !punct_is(s.text, s.toks[b], ',')) ++b;
        j = b;
        continue;
      }
      c.ce = j;
      break;
    }
}

// "He said the attacks helped him and said that the rival ...": a second cue joined by
// "and"/"but" opens a second attribution, so the first content ends before it.
void end_before_second_cue(const Sentence& s, CueClause& c) {
  const std::string_view text = s.text;
  const std::vector<Token>& toks = s.toks;
  for (std::size_t j = c.cs + 1; j + 1 < c.ce; ++j) {
    if (toks[j].kind != TokKind::kWord) continue;
    const std::string w = low(text, toks, j);
    if (w != "and" && w != "but") continue;
    const CueMatch c2 = cue_at(text, toks, j + 1, c.ce);
    if (c2.ok && (c2.flags & kCueReport)) {
      c.ce = j;
      if (c.ce > c.cs && punct_is(text, toks[c.ce - 1], ',')) --c.ce;
      break;
    }
  }
}

// The content ends at a semicolon, or at a comma that opens the next attribution: a word of
// kContentEndAfterComma, a participle cue, or a short subject and a speech cue.
void end_at_next_attribution(const Sentence& s, CueClause& c) {
  const std::string_view text = s.text;
  const std::vector<Token>& toks = s.toks;
  const Attribution& a = c.a;
  // "If it rains, she said, the fair moves indoors": the commas around the attribution itself
  // end nothing.
  const bool around = a.mention.ok() && c.cs < a.mention.r.first && a.mention.r.first < c.cue.first;
  for (std::size_t j = c.cs + 1; j + 1 < c.ce; ++j) {
    if (around && (j + 1 == a.mention.r.first || j == c.cue.last + 1)) continue;
    if (!punct_is(text, toks[j], ',') && !punct_is(text, toks[j], ';')) continue;
    if (punct_is(text, toks[j], ';')) {
      c.ce = j;
      break;
    }
    if (toks[j + 1].kind != TokKind::kWord) continue;
    const std::string w = low(text, toks, j + 1);
    bool stop = false;
    for (std::string_view e : kContentEndAfterComma) stop = stop || w == e;
    // "..., saying he ...": a participle cue after a comma opens the next attribution.
    if (!stop && w.size() > 4 && w.compare(w.size() - 3, 3, "ing") == 0) {
      const CueMatch c2 = cue_at(text, toks, j + 1, c.ce);
      stop = (c2.ok && (c2.flags & kCueReport)) || stance_cue(text, toks, j + 1);
    }
    // "..., another study says there are ...": a short subject and a speech cue after a
    // comma open the next attribution too.
    for (std::size_t m = j + 2; !stop && m < c.ce && m <= j + kMaxNextSubjectWords + 1; ++m) {
      if (toks[m].kind == TokKind::kPunct) break;
      const CueMatch c2 = cue_at(text, toks, m, c.ce);
      stop = c2.ok && (c2.flags & kCueReport) && !(c2.flags & kCueAccording);
    }
    if (stop) {
      c.ce = j;
      break;
    }
  }
}

// "CLAUSE, the firm said Thursday.", "CLAUSE, she told reporters.": what follows the cue
// only closes the attribution; the clause before the comma is the content.
void content_before_trailer(const Sentence& s, CueClause& c) {
  const CueMatch& cue = c.cue;
  if (!(c.cs == cue.last + 1 && (cue.flags & kCueEnd) &&
        trailer_only(s.text, s.toks, c.cs, c.ce, cue.flags)))
    return;
  const std::size_t m0 = c.a.mention.ok() && c.a.mention.r.first < cue.first ? c.a.mention.r.first
                                                                             : cue.first;
  if (m0 >= s.first + 3 && punct_is(s.text, s.toks[m0 - 1], ',')) {
    c.cs = s.first;
    c.ce = m0 - 1;
  }
}

// Weighs the content found and emits it, or returns false.
bool emit_clause(const Sentence& s, CueClause& c, Reported& out) {
  const std::string_view text = s.text;
  const std::vector<Token>& toks = s.toks;
  const std::size_t first = s.first;
  const CueMatch& cue = c.cue;
  Attribution& a = c.a;
  // A later attribution in the sentence never reaches back into an earlier one's content.
  if (c.cs < s.from) return false;
  // The quoted share is weighed with the "that" counted in, as the attribution corpora
  // delimit the clause ("said that the mill was “in crisis”" is a mixed attribution).
  const std::size_t weigh_from = c.that_tok != kNone && c.that_tok + 1 == c.cs ? c.that_tok : c.cs;
  // "Trump attacked Romney, calling him ...", "Most women preferred Clinton.": a stance
  // verb's object may be one name.
  const bool lone_name = c.stance && c.cs + 1 <= c.ce && lone_name_object(text, toks, c.cs, c.ce, s.quoted);
  if (c.cs >= c.ce || (!lone_name && !content_ok(text, toks, weigh_from, c.ce, s.quoted))) return false;
  // "CLAUSE, Roe said in an interview.": a short setting phrase after the cue is no content;
  // the clause before the comma is.
  if (c.cs == cue.last + 1 && (cue.flags & kCueEnd) && setting_only(text, toks, c.cs, c.ce)) {
    const std::size_t m0 = a.mention.ok() && a.mention.r.first < cue.first ? a.mention.r.first
                                                                              : cue.first;
    std::size_t e = m0 - 1;
    if (m0 >= first + 2 && punct_is(text, toks[m0 - 1], ',') &&
        content_ok(text, toks, first, e, s.quoted)) {
      c.cs = first;
      c.ce = e;
    }
  }
  a.ok = true;
  if (c.weak_subject) a.mention = Mention{};
  return emit(out, a, toks, c.cs, c.ce, c.ce > cue.last + 1 ? c.ce : cue.last + 1);
}

}  // namespace

bool cue_clause(const Sentence& s, const CueMatch& cue, bool stance, Reported& out) {
  CueClause c;
  c.cue = cue;
  c.a.cue = cue;
  c.stance = stance;
  // "The council denounced ...": a verb of speech or judgement names its subject as source.
  c.said_by = stance && speech_stance_cue(s.text, s.toks, cue.first);
  c.ce = s.last;
  if (cue.flags & kCueAccording) {
    if (!according_source(s, c)) return false;
  } else {
    subject_before_cue(s, c);
    subject_fallbacks(s, c);
    if (!(c.a.mention.ok() ? content_after_subject(s, c) : content_without_subject(s, c)))
      return false;
  }
  end_stance_object(s, c);
  end_before_second_cue(s, c);
  end_at_next_attribution(s, c);
  content_before_trailer(s, c);
  return emit_clause(s, c, out);
}

}  // namespace pith::detail::reported_rules
