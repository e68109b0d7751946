#include "quotes/reported/reported.h"

#include "quotes/reported/reported_de.h"
#include "quotes/reported/reported_de_dass.h"
#include "quotes/reported/reported_rules.h"


#include "common/word_set.h"
#include "quotes/cues/token_facts.h"

namespace pith::detail {
namespace {

#include "quotes/reported/reported_table.inc"
}  // namespace

using namespace reported_rules;  // NOLINT(google-build-using-namespace): this file applies them

bool find_reported(std::string_view text, const std::vector<Token>& toks, std::size_t first,
                   std::size_t last, const std::vector<unsigned char>& quoted, Reported& out,
                   std::size_t from) {
  // A later sentence of a labelled transcript turn is already the turn's content.
  if (from <= first && first > 0 && !toks[first].newline) {
    std::size_t p = first;
    while (p > 0 && first - p < kMaxTurnTokens && !toks[p].newline) --p;
    if ((p == 0 || toks[p].newline) && first - p < kMaxTurnTokens) {
      std::size_t pl = p;
      while (pl < first && !punct_is(text, toks[pl], ".!?"))
        ++pl;
      if (transcript_label(text, toks, p, pl).ok()) return false;
    }
  }
  // German source phrases and reporting clauses ("Laut der Polizei ...", "Wie die Firma
  // mitteilte, ..."), one per sentence.
  // (Whether the sentence has a German word, found there once for the subjunctive rule below.)
  signed char german = -1;
  if (from <= first && find_reported_de(text, toks, first, last, quoted, out, &german)) return true;
  // A German sentence none of the German rules took is left to the subjunctive rule: the English
  // patterns misread its word order (measured on WikiNews: all-attribution F1 65.88 -> 66.01).
  if (points_back_de(text, toks, first, last)) return false;
  if (clearly_german(text, toks, first, last))
    return from <= first && (dass_clause_de(text, toks, first, last, quoted, out) ||
                             find_subjunctive_de(text, toks, first, last, quoted, out, german));
  // "SMITH: We will win the county." / a headline "Jane Roe: The Plan Has Failed": a label
  // opening its paragraph speaks the rest of the sentence.
  if (from <= first && (first == 0 || toks[first].newline)) {
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
        content_ok(text, toks, label.r.last + 2, ce, quoted)) {
      Attribution a;
      a.cue = CueMatch{label.r.last + 1, label.r.last + 1, kCueReport, true};
      a.mention = label;
      a.ok = true;
      return emit(out, a, toks, label.r.last + 2, ce, ce);
    }
  }
  // "Voters who believe the port helps backed the plan, according to a poll.": a closing
  // "according to" is tried first, so a cue inside its clause does not split it.
  const std::size_t trailer = from <= first ? according_trailer(text, toks, first, last) : kNone;
  const unsigned char* facts = token_facts(text, toks);  // nullptr outside find_quotes
  for (std::size_t pass = trailer != kNone ? 0 : 1; pass < 2; ++pass)
  for (std::size_t i = pass == 0 ? trailer : (from > first ? from : first);
       i < (pass == 0 ? trailer + 1 : last); ++i) {
    if (quoted[i]) continue;
    std::string lbuf;  // asked of every token: views into the lower-cased text, no copies
    // Most words are in none of the lists below ("the", "port"): skipped on one fact, unless
    // "that" follows ("She hinted that ...": that_cue() reads any participle there).
    if (toks[i].kind != TokKind::kWord ||
        (!((facts ? facts[i] : word_facts(lower_tok(text, toks[i], lbuf))) & kFactMayBeCue) &&
         !that_follows(text, toks, i, last)))
      continue;
    CueMatch cue = cue_at(text, toks, i, last);
    // "She is confident that ...", "The court ruled that ...": words that report only with a
    // that-clause right after them.
    // A cue of the shared table keeps its own flags ("warned that": an addressee may follow).
    const bool unlisted = !cue.ok || !(cue.flags & kCueReport) ||
                          (cue.first == cue.last &&
                           in_word_table<kNotReportedCues>(lower_tok(text, toks[i], lbuf)));
    const bool that_only = unlisted && that_cue(text, toks, i, last);
    if (that_only) cue = CueMatch{i, i, kCueReport | kCueClause, true};
    else if (cue.ok && cue.first == cue.last &&
             in_word_table<kNotReportedCues>(lower_tok(text, toks[i], lbuf)))
      continue;
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
    const bool stance =
        pointer || ((!cue.ok || !(cue.flags & kCueReport)) && stance_cue(text, toks, i));
    if (stance) cue = CueMatch{i, pointer ? i + 1 : i, kCueReport | kCueClause, true};
    if (!cue.ok || !(cue.flags & kCueReport)) continue;
    // Passive: "Sanders was declared the winner" reports nobody's words ("She is confident
    // that ..." is no passive).
    if (!that_only && cue.first > first && toks[cue.first - 1].kind == TokKind::kWord) {
      const std::string aux = low(text, toks, cue.first - 1);
      if (aux == "was" || aux == "were" || aux == "been" || aux == "be" || aux == "being" ||
          aux == "is" || aux == "are") {
        // "The vote is expected to pass": an expectation without a named holder is still
        // attributed content, the rest of the sentence.
        const std::string v = low(text, toks, cue.first);
        // "She was asked (by a caller) why the port closed": the question is content, its
        // asker unnamed.
        if (v == "asked" && cue.last + 1 < last) {
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
          if (cs < last && cs >= from && content_ok(text, toks, cs, ce, quoted)) {
            Attribution a;
            a.cue = CueMatch{cue.first - 1, cue.first, kCueReport, true};
            a.ok = true;
            return emit(out, a, toks, cs, ce, ce);
          }
        }
        if (v == "expected" && cue.last + 1 < last) {
          const std::size_t cs = cue.last + 1;
          std::size_t ce = last;
          if (content_ok(text, toks, cs, ce, quoted) && cs >= from) {
            Attribution a;
            a.cue = CueMatch{cue.first - 1, cue.first, kCueReport, true};
            a.ok = true;
            return emit(out, a, toks, cs, ce, ce);
          }
        }
        continue;
      }
    }
    // "Asked about the delay, the mayor said ...": the question opening the sentence is
    // content of its own (its asker unnamed), up to the comma.
    if (cue.first == first && i >= from && low(text, toks, i) == "asked") {
      std::size_t c = cue.last + 1;
      while (c < last && c < cue.last + 1 + kMaxAskedWords && !punct_is(text, toks[c], ',')) ++c;
      if (c < last && punct_is(text, toks[c], ',') && content_ok(text, toks, cue.last + 1, c, quoted)) {
        Attribution q;
        q.cue = cue;
        q.ok = true;
        return emit(out, q, toks, cue.last + 1, c, c + 1);
      }
    }
    Attribution a;
    a.cue = cue;
    bool weak_subject = false;
    // "The council denounced ...": a verb of speech or judgement names its subject as source.
    const bool said_by = stance && speech_stance_cue(text, toks, cue.first);
    bool opener = false;  // the mention opens its clause after an adverbial run
    std::size_t that_tok = kNone;  // the "that" opening the content, if any
    std::size_t cs = 0, ce = last;
    if (cue.flags & kCueAccording) {
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
        cs = k + 1;  // "According to him, CLAUSE."
      } else if (cue.first > first + 1 && punct_is(text, toks[cue.first - 1], ',')) {
        cs = first;  // "CLAUSE, according to him." / "CLAUSE, according to a count by a paper."
        ce = cue.first - 1;
        if (!a.mention.ok() && cue.last + 1 < last && toks[cue.last + 1].kind == TokKind::kWord) {
          std::size_t e = cue.last + 1;
          while (e + 1 < last && toks[e + 1].kind == TokKind::kWord) ++e;
          a.mention.r.first = cue.last + 1;
          a.mention.r.last = e;
          a.mention.r.ok = true;
          a.mention.kind = MentionKind::kDescription;
        }
        if (!a.mention.ok()) continue;
      } else {
        continue;
      }
    } else {
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
        const Mention s = subject_of(text, toks, first, cue.first);
        if (s.ok() && s.r.last + 1 == cue.first) a.mention = s;
      }
      // "The White House says ...", "Many of the local leaders who ran said ...": any short
      // run of words from the clause start to the cue is its subject.
      if (cue.first > first &&
          (!a.mention.ok() || !clause_opener(text, toks, a.mention.r.first, first))) {
        bool adverbial = false;
        const Mention w = clause_subject(text, toks, first, cue.first, adverbial);
        if (w.ok() && adverbial) {
          // The mention found before the cue is the subject after the adverbial; without one,
          // the run still locates the content but names nobody.
          if (a.mention.ok()) {
            opener = true;
            weak_subject = stance && !said_by && !a.mention.via.ok;  // "the senator, who had pledged to support ..." as below
          } else {
            a.mention = w;
            opener = true;
            weak_subject = true;
          }
        } else if (w.ok() && (!a.mention.ok() || w.r.first < a.mention.r.first)) {
          // "The opposition Green List voted against ...": a name ends the run.
          const bool named = a.mention.ok() && a.mention.kind == MentionKind::kName &&
                             a.mention.r.last == w.r.last;
          a.mention = w;
          // A stance verb's clause-start run is often not a source at all ("The town hall
          // wanted ..." is, "Last year the vote seemed ..." is not): it locates the content
          // but names no speaker, so it never becomes an antecedent for later quotes.
          weak_subject = stance && !said_by && !named &&
                         !group_head(text, toks, w.r.first, w.r.last + 1);
        }
      }
      const std::size_t k = cue.last + 1;
      const bool at_end = k >= last || punct_is(text, toks[k], '.') || k + 1 >= last;
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
        const Mention s = subject_of(text, toks, first, cue.first - 1);
        // "The spokesman refused to comment but said CLAUSE": a description opening the
        // sentence is its subject too.
        if (s.kind == MentionKind::kName || s.kind == MentionKind::kPronoun ||
            (s.ok() && s.r.first == first))
          a.mention = s;
      }
      // "Ana Ruiz, 39, a nurse on the night shift at the clinic, told the paper that ...": an
      // apposition too long for the mention patterns; the name (or description) opening the
      // sentence, closed by the apposition's comma, speaks.
      if (!a.mention.ok() && cue.first > first + 3 && punct_is(text, toks[cue.first - 1], ',') &&
          (that_after(text, toks, k, last, cue.flags) != kNone ||
           ((cue.flags & kCueClause) && k < last && loose_clause_start(text, toks, k)))) {
        const Mention s = mention_after(text, toks, first, cue.first - 1);
        if (s.ok() && s.kind != MentionKind::kPronoun && s.r.first == first &&
            punct_is(text, toks[s.r.last + 1], ','))
          a.mention = s;
      }
      if (!a.mention.ok()) {
        // "CLAUSE, said one GOP source in the room."
        if ((cue.flags & kCueEnd) && cue.first > first + 2 && punct_is(text, toks[cue.first - 1], ',')) {
          a.mention = mention_after(text, toks, k, last);
          const std::size_t after = a.mention.ok() ? a.mention.r.last + 1 : last;
          if (a.mention.ok() && after < last && !punct_is(text, toks[after], ',') &&
              !punct_is(text, toks[after], '.'))
            a.mention = Mention{};
          if (a.mention.ok()) {
            cs = first;
            ce = cue.first - 1;
          }
        }
        // '“The mill will close,” she said, citing falling orders': a participle after a
        // comma whose subject the patterns miss still reports its object, speaker unnamed.
        if (!a.mention.ok() && participle_after_comma(text, toks, cue.first, first) && k < last &&
            toks[k].kind == TokKind::kWord && !quoted[k]) {
          const std::size_t t = that_after(text, toks, k, last, cue.flags);
          cs = t != kNone ? t + 1 : k;
          a.mention = speaker_before_participle(text, toks, cue.first, first, quoted);
          weak_subject = !a.mention.ok();
        } else if (!a.mention.ok()) {
          continue;
        }
      } else if (std::size_t t = that_after(text, toks, k, last, cue.flags); t != kNone) {
        cs = t + 1;  // "X said (on Tuesday) that CLAUSE", "X told reporters that CLAUSE"
        that_tok = t;
      } else if ((cue.flags & kCueEnd) && k + 1 < last && punct_is(text, toks[k], ',') &&
                 a.mention.r.first > first + 2 && punct_is(text, toks[a.mention.r.first - 1], ',') &&
                 !quoted[k + 1] && participle_after_comma(text, toks, k + 1, first)) {
        // "Sales were good, he said, wiping his brow.": a participle after the attribution is
        // the writer's; the clause before it is the content.
        cs = first;
        ce = a.mention.r.first - 1;
      } else if ((cue.flags & kCueEnd) && k + 1 < last && punct_is(text, toks[k], ',') &&
                 a.mention.r.first > first + 1 && punct_is(text, toks[a.mention.r.first - 1], ',') &&
                 !quoted[k + 1] && a.mention.r.first > first + kMaxOpenerWords + 1) {
        // "If it rains, she said, the fair moves indoors." — the whole sentence, its opening
        // conjunction aside ("But if it rains, she said, ..."); a quotation after the comma
        // is the quote's own ('On Monday, she said, “We won.”'), and a short opener is an
        // adverbial that stays outside ("Six weeks ago, she said, the fair moved indoors").
        cs = first + (is_conjunction(text, toks, first) ? 1 : 0);
      } else if (!stance && k + 1 < last && punct_is(text, toks[k], ',') &&
                 (opener || clause_opener(text, toks, a.mention.r.first, first))) {
        // Not after a stance word: "the original plan, attended ..." is a noun, not a verb.
        cs = k + 1;  // "Mr. Rosenthal said, CLAUSE"
      } else if (k < last &&
                 (stance || (!(cue.flags & kCueClause) && low(text, toks, k) == "to")
                      ? toks[k].kind == TokKind::kWord
                      : loose_clause_start(text, toks, k)) &&
                 (opener || clause_opener(text, toks, a.mention.r.first, first) ||
                  after_apposition(text, toks, cue, first, stance))) {
        // "He said he would ...", "..., and his campaign said he halted ...". Any reporting
        // cue, not only the clause-taking ones: the attribution corpora count the object as
        // content too ("The agency announced its findings on Monday").
        cs = k;
      } else if ((cue.flags & kCueEnd) && k + 1 < last && punct_is(text, toks[k], ',') &&
                 a.mention.r.first > first + 1 && punct_is(text, toks[a.mention.r.first - 1], ',')) {
        cs = first;  // "The question, she said, is not so simple." — the whole sentence
      } else if (at_end && (cue.flags & kCueEnd)) {
        // "CLAUSE, he said." / "CLAUSE, journalist Jane Roe said." (a few words between)
        std::size_t c = a.mention.r.first, n = 0;
        while (c > first + 1 && n < 3 && toks[c - 1].kind == TokKind::kWord) {
          --c;
          ++n;
        }
        if (!(c > first + 1 && punct_is(text, toks[c - 1], ','))) continue;
        cs = first;
        ce = c - 1;
      } else if (participle_after_comma(text, toks, cue.first, first) && k < last &&
                 toks[k].kind == TokKind::kWord && !quoted[k]) {
        // '“Q,” Roe said, citing falling orders': the participle's object, its subject the one
        // found before it.
        const std::size_t t = that_after(text, toks, k, last, cue.flags);
        cs = t != kNone ? t + 1 : k;
        // The mention found before it may sit inside the quotation ('“The mill will close,”')
        // or be the object of the clause before ("told the board, citing"): only the cue's
        // own mention speaks.
        a.mention = speaker_before_participle(text, toks, cue.first, first, quoted);
        weak_subject = !a.mention.ok();
      } else {
        continue;
      }
    }
    // "The union endorsed the mayor, who runs again in May": a stance verb's object ends at
    // the first comma; what follows is the writer's.
    // A comma right after a conjunction opens a parenthetical ("voted against the budget and,
    // to general surprise, against the fares"): the object runs on past its closing comma.
    if (stance)
      for (std::size_t j = cs + 1; j < ce; ++j)
        if (punct_is(text, toks[j], ',')) {
          if (is_conjunction(text, toks, j - 1)) {
            std::size_t c = j + 1;
            while (c < ce && !punct_is(text, toks[c], ',')) ++c;
            j = c;
            continue;
          }
          ce = j;
          break;
        }
    // "He said the attacks helped him and said that the rival ...": a second cue joined by
    // "and"/"but" opens a second attribution, so the first content ends before it.
    for (std::size_t j = cs + 1; j + 1 < ce; ++j) {
      if (toks[j].kind != TokKind::kWord) continue;
      const std::string w = low(text, toks, j);
      if (w != "and" && w != "but") continue;
      const CueMatch c2 = cue_at(text, toks, j + 1, ce);
      if (c2.ok && (c2.flags & kCueReport)) {
        ce = j;
        if (ce > cs && punct_is(text, toks[ce - 1], ',')) --ce;
        break;
      }
    }
    // "If it rains, she said, the fair moves indoors": the commas around the attribution itself
    // end nothing.
    const bool around = a.mention.ok() && cs < a.mention.r.first && a.mention.r.first < cue.first;
    for (std::size_t j = cs + 1; j + 1 < ce; ++j) {
      if (around && (j + 1 == a.mention.r.first || j == cue.last + 1)) continue;
      if (!punct_is(text, toks[j], ',') && !punct_is(text, toks[j], ';')) continue;
      if (punct_is(text, toks[j], ';')) {
        ce = j;
        break;
      }
      if (toks[j + 1].kind != TokKind::kWord) continue;
      const std::string w = low(text, toks, j + 1);
      bool stop = false;
      for (std::string_view e : kContentEndAfterComma) stop = stop || w == e;
      // "..., saying he ...": a participle cue after a comma opens the next attribution.
      if (!stop && w.size() > 4 && w.compare(w.size() - 3, 3, "ing") == 0) {
        const CueMatch c2 = cue_at(text, toks, j + 1, ce);
        stop = (c2.ok && (c2.flags & kCueReport)) || stance_cue(text, toks, j + 1);
      }
      // "..., another study says there are ...": a short subject and a speech cue after a
      // comma open the next attribution too.
      for (std::size_t m = j + 2; !stop && m < ce && m <= j + kMaxNextSubjectWords + 1; ++m) {
        if (toks[m].kind == TokKind::kPunct) break;
        const CueMatch c2 = cue_at(text, toks, m, ce);
        stop = c2.ok && (c2.flags & kCueReport) && !(c2.flags & kCueAccording);
      }
      if (stop) {
        ce = j;
        break;
      }
    }
    // "CLAUSE, the firm said Thursday.", "CLAUSE, she told reporters.": what follows the cue
    // only closes the attribution; the clause before the comma is the content.
    if (cs == cue.last + 1 && (cue.flags & kCueEnd) && trailer_only(text, toks, cs, ce, cue.flags)) {
      const std::size_t m0 = a.mention.ok() && a.mention.r.first < cue.first ? a.mention.r.first
                                                                                : cue.first;
      if (m0 >= first + 3 && punct_is(text, toks[m0 - 1], ',')) {
        cs = first;
        ce = m0 - 1;
      }
    }
    // A later attribution in the sentence never reaches back into an earlier one's content.
    if (cs < from) continue;
    // The quoted share is weighed with the "that" counted in, as the attribution corpora
    // delimit the clause ("said that the mill was “in crisis”" is a mixed attribution).
    const std::size_t weigh_from = that_tok != kNone && that_tok + 1 == cs ? that_tok : cs;
    // "Trump attacked Romney, calling him ...", "Most women preferred Clinton.": a stance
    // verb's object may be one name.
    const bool lone_name = stance && cs + 1 <= ce && lone_name_object(text, toks, cs, ce, quoted);
    if (cs >= ce || (!lone_name && !content_ok(text, toks, weigh_from, ce, quoted))) continue;
    // "CLAUSE, Roe said in an interview.": a short setting phrase after the cue is no content;
    // the clause before the comma is.
    if (cs == cue.last + 1 && (cue.flags & kCueEnd) && setting_only(text, toks, cs, ce)) {
      const std::size_t m0 = a.mention.ok() && a.mention.r.first < cue.first ? a.mention.r.first
                                                                                : cue.first;
      std::size_t e = m0 - 1;
      if (m0 >= first + 2 && punct_is(text, toks[m0 - 1], ',') &&
          content_ok(text, toks, first, e, quoted)) {
        cs = first;
        ce = e;
      }
    }
    a.ok = true;
    if (weak_subject) a.mention = Mention{};
    return emit(out, a, toks, cs, ce, ce > cue.last + 1 ? ce : cue.last + 1);
  }
  // Only when no speech cue in the sentence names a source of its own.
  return from <= first && (in_source_opener(text, toks, first, last, quoted, out) ||
                           hearsay_adverb(text, toks, first, last, quoted, out) ||
                           claim_noun_clause(text, toks, first, last, quoted, out) ||
                           dass_clause_de(text, toks, first, last, quoted, out) ||
                           find_subjunctive_de(text, toks, first, last, quoted, out, german));
}

}  // namespace pith::detail
