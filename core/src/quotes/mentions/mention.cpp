// Mentions read backwards from a cue (mention.h, mention_before): "the Chinese leader said",
// "Hugh Hill, a doctor, said", "a communiqué ..., which said"; and the head-noun tests both
// directions share. Reading forwards is mention_after.cpp.
#include "quotes/mentions/mention.h"

#include <algorithm>
#include <string>

#include "common/utf8.h"
#include "common/word_set.h"
#include "quotes/cues/lexicon.h"
#include "quotes/cues/punct.h"
#include "quotes/spans/marks.h"

namespace pith::detail {

bool person_like_head(std::string_view lower);
// "controversial", "strong", "little": a word that rather modifies than heads a phrase.
bool adjective_like(std::string_view lower);

namespace {

#include "quotes/mentions/mention_table.inc"

constexpr std::size_t kMaxDescriptionWords = 7;
constexpr std::size_t kMaxParenthetical = 24;
constexpr std::size_t kNoTok = static_cast<std::size_t>(-1);

// A quotation mark other than a lone apostrophe (a plural possessive "the voters' union"):
// “ ” " « » „ and the doubled '' some papers print.
bool is_double_mark(std::string_view text, const std::vector<Token>& toks, std::size_t k) {
  const Token& t = toks[k];
  if (t.kind != TokKind::kPunct) return false;
  std::size_t len = 0;
  const char32_t c = decode_utf8(text, t.start, len);
  if (c == '\'' || c == 0x2019 || c == 0x2018) {
    auto single = [&](std::size_t j) { return toks[j].kind == TokKind::kPunct && text[toks[j].start] == '\''; };
    return c == '\'' && ((k > 0 && single(k - 1) && toks[k - 1].end == t.start) ||
                         (k + 1 < toks.size() && single(k + 1) && toks[k + 1].start == t.end));
  }
  return is_quote_mark(c);
}

// A name run plus the role words before it: "Chinese leader Xi Jinping", "US President Joe
// Biden" (capitalised titles are already inside the run).
Mention name_with_roles(std::string_view text, const std::vector<Token>& toks, std::size_t last,
                        std::size_t floor) {
  Mention m;
  TokRange r = name_run_before(text, toks, last, floor);
  if (!r.ok) return m;
  // "Joe Biden Xi Jinping" (a lost comma): more than three name words keep the last two.
  std::size_t n_words = 0, lead = 0;
  bool leading = true;
  for (std::size_t k = r.first; k <= r.last; ++k) {
    if (toks[k].kind != TokKind::kWord) continue;
    const std::string w = low(text, toks, k);
    if (leading && (is_title_word(w) || is_nationality(w)) && k < r.last) { ++lead; continue; }
    leading = false;
    ++n_words;
  }
  if (n_words > 3) {
    std::size_t k = r.last, seen = 0;
    while (k > r.first) {
      if (toks[k].kind == TokKind::kWord && ++seen == 2) break;
      --k;
    }
    m.r = {k, r.last, true};
    m.kind = MentionKind::kName;
    return m;
  }
  (void)lead;
  std::size_t first = r.first;
  // "Chinese leader Xi Jinping", "journalist Jane Roe".
  if (first > floor && toks[first - 1].kind == TokKind::kWord && !toks[first - 1].cap &&
      (is_role_noun(low(text, toks, first - 1)) ||
       (person_like_head(low(text, toks, first - 1)) && !is_mention_stop(low(text, toks, first - 1))))) {
    --first;
    while (first > floor && is_name_word(text, toks[first - 1]) && !toks[first].newline) --first;
  }
  m.r = {first, r.last, true};
  m.kind = MentionKind::kName;
  return m;
}

// "Mayor Marta Kowalski of Dornhavn said": the place after "of" is not the speaker, the name
// before it is; "the University of Leeds said": an organisation keeps its whole name.
Mention head_of_of(std::string_view text, const std::vector<Token>& toks, Mention m,
                   std::size_t floor) {
  if (!m.ok() || m.r.first < floor + 2) return m;
  const std::size_t of = m.r.first - 1;
  if (toks[of].kind != TokKind::kWord || low(text, toks, of) != "of") return m;
  if (!is_name_word(text, toks[of - 1])) return m;
  Mention head = name_with_roles(text, toks, of - 1, floor);
  if (!head.ok()) return m;
  if (is_org_word(low(text, toks, of - 1))) head.r.last = m.r.last;
  return head;
}

// "the Chinese leader", "a spokesman for the ministry", "officials", ending at `last`.
Mention description_before(std::string_view text, const std::vector<Token>& toks,
                           std::size_t last, std::size_t floor) {
  Mention m;
  std::size_t i = last + 1;
  std::size_t n = 0;
  while (i > floor && n < kMaxDescriptionWords) {
    const Token& t = toks[i - 1];
    if (t.kind != TokKind::kWord && !(t.kind == TokKind::kPunct && text[t.start] == '-')) break;
    const std::string w = low(text, toks, i - 1);
    --i;
    ++n;
    if (is_determiner(w)) {
      // One step of "X of/for Y": "a spokesman for the ministry".
      std::size_t first = i;
      if (first >= floor + 3) {
        const std::string prep = low(text, toks, first - 1);
        if (prep == "of" || prep == "for" || prep == "at") {
          std::size_t j = first - 1, k = 0;
          while (j > floor && k < 4 && toks[j - 1].kind == TokKind::kWord) {
            --j;
            ++k;
            if (is_determiner(low(text, toks, j))) {
              first = j;
              break;
            }
          }
        }
      }
      // Right before a speech verb any noun can speak ("the clip says"), but not an adjective
      // before a cue word used as a noun ("a controversial comment").
      if (!person_like_head(low(text, toks, last)) && adjective_like(low(text, toks, last))) return m;
      m.r = {first, last, true};
      m.kind = MentionKind::kDescription;
      return m;
    }
    if (is_relative(w) || is_cue_word(w) || is_that(w)) break;
    if (!t.cap && i < last && in_word_table<kNotInDescription>(w)) break;
  }
  // No determiner: a bare role or plural ("officials said", "Russian officials said").
  const std::string head = low(text, toks, last);
  if (is_role_noun(head) || is_source_noun(head)) {
    std::size_t first = last;
    while (first > floor && is_name_word(text, toks[first - 1]) &&
           is_nationality(low(text, toks, first - 1)))
      --first;
    m.r = {first, last, true};
    m.kind = MentionKind::kDescription;
  } else if (head.size() > 4 && head.back() == 's' && person_like_head(head) &&
             !is_mention_stop(head) && !is_cue_word(head)) {
    // A bare plural: "many lawmakers say", "abortion rights advocates said"; its modifiers
    // (at most three words) are taken back to a punctuation mark or a function word.
    std::size_t first = last, n = 0;
    while (first > floor && n < 3 && toks[first - 1].kind == TokKind::kWord && !toks[first - 1].newline) {
      const std::string w = low(text, toks, first - 1);
      const bool quantifier = in_word_table<kQuantifiers>(w);
      if (!quantifier && (is_mention_stop(w) || is_cue_word(w) || is_that(w) || is_relative(w) ||
                          pronoun_class(w) != 0 || is_skip_word(w)))
        break;
      --first;
      ++n;
    }
    m.r = {first, last, true};
    m.kind = MentionKind::kDescription;
  }
  return m;
}

// The antecedent of "which"/"who": a source noun, an organisation's noun or a name shortly
// before (within 16 tokens); for "which", a name only right before its comma.
Mention antecedent(std::string_view text, const std::vector<Token>& toks, std::size_t rel,
                   std::size_t floor, bool person) {
  Mention m;
  std::size_t lim = rel > floor + 16 ? rel - 16 : floor;
  for (std::size_t i = rel; i > lim; --i) {
    const std::size_t k = i - 1;
    if (toks[k].kind != TokKind::kWord) continue;
    if (person && is_name_word(text, toks[k])) return name_with_roles(text, toks, k, floor);
    // "Monsanto, which opposed the bill", "the ACLU of Oregon, which released": an
    // organisation's name right before the comma.
    if (!person && k + 2 == rel && punct_is(text, toks[k + 1], ",") && is_name_word(text, toks[k]))
      return name_with_roles(text, toks, k, floor);
    if (!person && !toks[k].cap && is_source_noun(low(text, toks, k))) {
      Mention d = description_before(text, toks, k, floor);
      if (d.ok()) return d;
    }
  }
  // "The union, which endorsed": no source noun before, an organisation's noun right before
  // the comma ("a communiqué at the G20 summit, which said" keeps the communiqué).
  if (!person && rel >= floor + 2 && punct_is(text, toks[rel - 1], ",") &&
      toks[rel - 2].kind == TokKind::kWord && !toks[rel - 2].cap && is_org_word(low(text, toks, rel - 2)))
    return description_before(text, toks, rel - 2, floor);
  return m;
}

}  // namespace

bool adjective_like(std::string_view w) {
  for (std::string_view suf : kAdjectiveEndings)
    if (w.size() > suf.size() + 2 && w.substr(w.size() - suf.size()) == suf) return true;
  return w.size() <= 3;
}

bool person_like_head(std::string_view w) {
  if (is_role_noun(w) || is_source_noun(w)) return true;
  auto ends = [&](std::string_view suf) {
    return w.size() > suf.size() + 2 && w.substr(w.size() - suf.size()) == suf;
  };
  // Plurals and agent nouns: "the lawyers", "a voter", "an economist", "the politician".
  return ends("s") || ends("er") || ends("or") || ends("ist") || ends("ian") || ends("ant") ||
         ends("-old") ||  // the 46-year-old
         ends("ate") ||
         ends("ent") || ends("man") || ends("woman");
}

// "Clinton, at a rally in Columbus, Ohio, said": a name that is a preposition's object after
// an apposition was skipped is part of a parenthetical; the subject is before its comma.
Mention past_parenthetical(std::string_view text, const std::vector<Token>& toks, const Mention& m,
                           std::size_t floor) {
  if (m.kind != MentionKind::kName) return m;
  const std::size_t k = parenthetical_opener(text, toks, m.r.first, floor);
  if (k == m.r.first) return m;
  return k == kNoTok ? Mention{} : name_with_roles(text, toks, k, floor);
}

namespace {

// A comma right before token `k` (read back from a cue): an apposition or parenthetical between
// commas is stepped over. True when the reading ends with `out` (a mention or none); false
// when it goes on before the apposition, at token `next`.
bool across_apposition(std::string_view text, const std::vector<Token>& toks, std::size_t k,
                       std::size_t floor, Mention& out, std::size_t& next) {
  out = Mention{};
  // Apposition or parenthetical: find the comma that opens it.
  std::size_t j = k - 1, n = 0;
  while (j > floor && n < kMaxParenthetical && !punct_is(text, toks[j - 1], ',') &&
         !toks[j].newline) {
    --j;
    ++n;
  }
  // '“We lost,” Roe said on Monday, adding ...', 'Roe called it “a sad, sad day” in May,
  // said ...': a stretch with a quotation mark is a clause, no apposition of a subject.
  // The clause's own subject follows the quotation: '“Q,” Roe told reporters, referring
  // to ...' -> Roe.
  std::size_t last_mark = kNoTok;
  for (std::size_t q = j; q + 1 < k; ++q)
    if (is_double_mark(text, toks, q)) last_mark = q;
  if (last_mark != kNoTok) {
    const Mention sub = mention_after(text, toks, last_mark + 1, k - 1);
    if (sub.ok() && sub.kind != MentionKind::kDescription && sub.r.last + 1 < k - 1 &&
        cue_at(text, toks, sub.r.last + 1, k - 1).ok)
      out = sub;
    return true;
  }
  if (j > floor && punct_is(text, toks[j - 1], ',') && n > 0) {
    // "Its leader, Jonas Feld, argued": a name between the commas is the speaker itself,
    // more precise than the description before it (not so "Hugh Hill, a doctor, said").
    if (j >= floor + 2 && toks[j - 2].kind == TokKind::kWord && !toks[j - 2].cap) {
      const TokRange r = name_run_after(text, toks, j, k - 1);
      if (r.ok && r.last + 2 == k && is_name_word(text, toks[k - 2])) {
        out = name_with_roles(text, toks, k - 2, j);
        return true;
      }
    }
    next = j - 1;
    return false;
  }
  return true;
}

// The mention ending with the word at token `k` - 1 (read back from a cue): a pronoun, a
// relative pronoun's antecedent, a name or a description. False `again`: the reading ends with
// the result; true: it goes on before a setting phrase, at token `next`.
Mention mention_at_word(std::string_view text, const std::vector<Token>& toks, std::size_t k,
                        std::size_t floor, int pass, bool& again, std::size_t& next) {
  again = false;
  const Token& t = toks[k - 1];
  const std::string w = low(text, toks, k - 1);
  // "and said", "but insisting": the subject is further back (the caller's fallback).
  if (!t.cap && is_mention_stop(w) && !is_relative(w)) return Mention{};
  if (!t.cap || pronoun_class(w) != 0) {
    if (pronoun_class(w) != 0) {
      Mention m;
      m.r = {k - 1, k - 1, true};
      m.kind = MentionKind::kPronoun;
      return m;
    }
    if (is_relative(w)) {
      Mention a = antecedent(text, toks, k - 1, floor, w == "who");
      // Only for a person: a document keeps its own words as the mention ("a communiqué,
      // which said" reads better than "which").
      if (a.kind == MentionKind::kName) a.via = {k - 1, k - 1, true};
      return a;
    }
  }
  if (is_name_word(text, t)) {
    const Mention m = head_of_of(text, toks, name_with_roles(text, toks, k - 1, floor), floor);
    return pass == 1 ? past_parenthetical(text, toks, m, floor) : m;
  }
  if (!t.cap) {
    // "In a later interview said", "at one point calling": a phrase after a preposition of
    // place or time sets the scene; the speaker is the clause's subject (the caller's fallback).
    Mention d = description_before(text, toks, k - 1, floor);
    if (d.ok() && d.r.first > floor && toks[d.r.first - 1].kind == TokKind::kWord &&
        is_setting_preposition(low(text, toks, d.r.first - 1))) {
      // "Roe, who has in the past described ...": the subject may stand right before the
      // phrase (a relative pronoun, a pronoun); past it once, else the caller's fallback.
      if (pass == 0 && pronoun_before(text, toks, d.r.first - 1, floor)) {
        next = d.r.first - 1;
        again = true;
      }
      return Mention{};
    }
    // "Protesters marching through the streets chanted": the streets chant nothing.
    if (d.ok() && d.r.first > floor && toks[d.r.first - 1].kind == TokKind::kWord &&
        motion_preposition(low(text, toks, d.r.first - 1)))
      return Mention{};
    return d;
  }
  return Mention{};
}

}  // namespace

Mention mention_before(std::string_view text, const std::vector<Token>& toks, std::size_t end,
                       std::size_t floor) {
  Mention none;
  std::size_t k = before_time_phrase(text, toks, end, floor);
  for (int pass = 0; pass < 2; ++pass) {
    int skipped = 0;
    while (k > floor && skipped < 3 && toks[k - 1].kind == TokKind::kWord && !toks[k - 1].cap &&
           is_skip_word(low(text, toks, k - 1))) {
      --k;
      ++skipped;
    }
    if (k <= floor) return none;
    const Token& t = toks[k - 1];
    if (punct_is(text, t, ',') && pass == 0) {
      Mention found;
      if (across_apposition(text, toks, k, floor, found, k)) return found;
      continue;
    }
    // "Harry Reid (D-Nev.) told": step over a short parenthesis.
    if (punct_is(text, t, ')')) {
      std::size_t j = k - 1, n = 0;
      while (j > floor && n < 8 && !punct_is(text, toks[j - 1], '(')) {
        --j;
        ++n;
      }
      if (j > floor && punct_is(text, toks[j - 1], '(')) {
        k = j - 1;
        --pass;  // the parenthesis does not use up the apposition step
        continue;
      }
      return none;
    }
    if (t.kind != TokKind::kWord) return none;
    bool again = false;
    const Mention m = mention_at_word(text, toks, k, floor, pass, again, k);
    if (!again) return m;
  }
  return none;
}

}  // namespace pith::detail
