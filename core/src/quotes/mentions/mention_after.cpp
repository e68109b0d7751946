// Mentions read forwards from a token (mention.h, mention_after): after a cue ("said Dmitry
// Medvedev", "according to him", "said a spokesman for the ministry") or at a clause start.
// Split from mention.cpp (size), which reads them backwards.
#include <algorithm>
#include <string>

#include "quotes/cues/lang_de.h"
#include "quotes/cues/lexicon.h"
#include "quotes/mentions/mention.h"

namespace pith::detail {
namespace {

constexpr std::size_t kNoTok = static_cast<std::size_t>(-1);

}  // namespace

namespace {

// "Her campaign", "his spokesman", "their lawyers": a possessive before a source is the
// source, not a pronoun (it only says whose). `w`: the word at `i`, lower-cased.
Mention possessive_source(std::string_view text, const std::vector<Token>& toks, std::size_t i,
                          std::size_t ceil, const std::string& w) {
  Mention m;
  if ((w == "his" || w == "her" || w == "their" || w == "its") && i + 1 < ceil) {
    for (std::size_t j = i + 1; j < ceil && j < i + 4 && toks[j].kind == TokKind::kWord && !toks[j].cap; ++j) {
      const std::string x = low(text, toks, j);
      if (is_mention_stop(x) || is_cue_word(x)) break;
      if (is_source_noun(x) || is_role_noun(x)) {
        m.r = {i, j, true};
        m.kind = MentionKind::kDescription;
        return m;
      }
    }
  }
  return m;
}

// "said former secretary of state Hillary Clinton", "said pollster Frank Luntz": lower-case
// titles and agent nouns before a name; "Mr. Sperling", "Dr Smith": a title abbreviation that
// is not itself a name word.
Mention titled_name(std::string_view text, const std::vector<Token>& toks, std::size_t i,
                    std::size_t ceil, const std::string& w) {
  Mention m;
  if (!toks[i].cap && (is_title_word(w) || (person_like_head(w) && !is_mention_stop(w)))) {
    for (std::size_t j = i + 1; j < ceil && j < i + 5 && toks[j].kind == TokKind::kWord; ++j) {
      const TokRange r = name_run_after(text, toks, j, ceil);
      if (r.ok) {
        m.r = {i, r.last, true};
        m.kind = MentionKind::kName;
        return m;
      }
      if (!is_title_word(low(text, toks, j)) && low(text, toks, j) != "of") break;
    }
  }
  if (toks[i].cap && is_title_word(w) && !is_name_word(text, toks[i])) {
    std::size_t j = i + 1;
    if (j < ceil && toks[j].kind == TokKind::kPunct && text[toks[j].start] == '.') ++j;
    const TokRange r = name_run_after(text, toks, j, ceil);
    if (r.ok) {
      m.r = {i, r.last, true};
      m.kind = MentionKind::kName;
      return m;
    }
  }
  return m;
}

// The name run `r` starting at token `i`, with what follows it: "Regional transport minister
// Elias Brandt", "Local historian Ana Ruiz", "Chinese leader Xi Jinping", "Russian officials".
Mention name_run_mention(std::string_view text, const std::vector<Token>& toks, std::size_t i,
                         std::size_t ceil, TokRange r) {
  Mention m;
  // "Regional transport minister Elias Brandt": a capitalised modifier, lower-case words and a
  // role noun before the name.
  for (std::size_t j = r.last + 1; j < ceil && j <= r.last + 3 && toks[j].kind == TokKind::kWord &&
                                   !toks[j].cap;
       ++j) {
    const std::string x = low(text, toks, j);
    // Not across a verb or another phrase: "Roe attacked her rival Lee" is two people.
    if (is_determiner(x) || pronoun_class(x) != 0 || is_mention_stop(x) || is_cue_word(x) ||
        (x.size() > 4 && x.compare(x.size() - 2, 2, "ed") == 0))
      break;
    // "Local historian Ana Ruiz", "Obama voter Tom Lee": an agent noun that is no listed
    // role still introduces the name; the mention is the name (the run before it is a
    // modifier, "Local" no name of its own).
    // (English only: a German lower-case word before a name is an adjective, "ihr
    // wissenschaftlicher Mitarbeiter Jan Roth".)
    const bool agent = !is_role_noun(x) && person_like_head(x) && !is_mention_stop(x) &&
                       !is_cue_word(x) && x.back() != 's';
    if (!is_role_noun(x) && !agent) continue;
    const TokRange r2 = name_run_after(text, toks, j + 1, ceil);
    if (agent && r2.ok && has_german_word(text, toks, i > 12 ? i - 12 : 0, std::min(toks.size(), j + 16)))
      continue;
    if (r2.ok) {
      m.r = {agent ? r2.first : r.first, r2.last, true};
      m.kind = MentionKind::kName;
      return m;
    }
    if (agent) continue;  // "Trump campaign spokeswoman Hope Hicks": a modifier first
    break;
  }
  // "Chinese leader Xi Jinping", "Russian officials".
  if (r.last + 1 < ceil && toks[r.last + 1].kind == TokKind::kWord && !toks[r.last + 1].cap &&
      is_role_noun(low(text, toks, r.last + 1))) {
    TokRange r2 = name_run_after(text, toks, r.last + 2, ceil);
    if (r2.ok) {
      m.r = {r.first, r2.last, true};
      m.kind = MentionKind::kName;
    } else {
      m.r = {r.first, r.last + 1, true};
      m.kind = MentionKind::kDescription;
    }
    return m;
  }
  m.r = r;
  m.kind = MentionKind::kName;
  return m;
}

// A determiner or role noun at token `i` (`w` lower-cased): determiner, modifiers, then the
// first head noun that can name a source: "the Chinese leader", "The parties" (not "The
// parties signed a statement"); one "of/for" extension: "a spokesman for the ministry".
// Without such a head, a name after the determiner: "the New York Times".
Mention description_after(std::string_view text, const std::vector<Token>& toks, std::size_t i,
                          std::size_t ceil, const std::string& w) {
  Mention m;
  std::size_t j = is_determiner(w) ? i + 1 : i;
  std::size_t head = kNoTok;
  for (int ext = 0; ext < 2 && j < ceil; ++ext) {
    std::size_t n = 0, found = kNoTok;
    // "said a 2008 campaign veteran": a number can modify the head.
    while (j < ceil && n < 5 && toks[j].kind != TokKind::kPunct && !toks[j].newline) {
      if (toks[j].kind == TokKind::kNumber) {
        ++j;
        ++n;
        continue;
      }
      const std::string x = low(text, toks, j);
      if (!toks[j].cap && (is_mention_stop(x) || is_cue_word(x) || is_time_noun(x))) break;
      // A second determiner opens another phrase: "the bloc suspended an investment".
      if (j > i && !toks[j].cap && is_determiner(x)) break;
      // Not a possessor: "The world's transition" is no source.
      const bool possessive = (x.size() > 2 && x.compare(x.size() - 2, 2, "'s") == 0) ||
                              (x.size() > 4 && x.compare(x.size() - 4, 4, "\xE2\x80\x99s") == 0);
      if (!toks[j].cap && !possessive && person_like_head(x)) {
        found = j;
        break;
      }
      ++j;
      ++n;
    }
    if (found == kNoTok) break;
    head = found;
    j = found + 1;
    if (j + 1 < ceil && (low(text, toks, j) == "of" || low(text, toks, j) == "for") &&
        is_determiner(low(text, toks, j + 1))) {
      j += 2;
      continue;
    }
    break;
  }
  if (head != kNoTok) {
    m.r = {i, head, true};
    m.kind = MentionKind::kDescription;
  } else if (is_determiner(w) && i + 1 < ceil) {
    // "the New York Times", "the Justice Department" (not German "die Welt": a noun); German
    // adjectives before the noun and name: "der zuständige Sprecher Uwe Roth".
    std::size_t f = i + 1;
    while (f < ceil && f < i + 3 && toks[f].kind == TokKind::kWord && !toks[f].cap &&
           !is_mention_stop(low(text, toks, f)) && !is_cue_word(low(text, toks, f)) &&
           !is_determiner(low(text, toks, f)))
      ++f;
    const TokRange r = name_run_after(text, toks, f, ceil);
    if (r.ok) {
      m.r = {i, r.last, true};
      m.kind = MentionKind::kName;
    }
  }
  return m;
}

}  // namespace

Mention mention_after(std::string_view text, const std::vector<Token>& toks, std::size_t i,
                      std::size_t ceil) {
  Mention m;
  if (ceil > toks.size()) ceil = toks.size();
  if (i >= ceil || toks[i].kind != TokKind::kWord) return m;
  const std::string w = low(text, toks, i);
  if (const Mention p = possessive_source(text, toks, i, ceil, w); p.ok()) return p;
  if (pronoun_class(w) != 0) {
    m.r = {i, i, true};
    m.kind = MentionKind::kPronoun;
    return m;
  }
  if (const Mention t = titled_name(text, toks, i, ceil, w); t.ok()) return t;
  if (TokRange r = name_run_after(text, toks, i, ceil); r.ok) return name_run_mention(text, toks, i, ceil, r);
  if (is_determiner(w) || is_role_noun(w)) return description_after(text, toks, i, ceil, w);
  return m;
}

}  // namespace pith::detail
