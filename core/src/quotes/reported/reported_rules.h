// Clause and subject rules of reported speech (split out of reported.cpp): where a reported
// clause may start and end, which words before a cue can be its source ("The White House
// says", "Residents of the eastern shore want"), and which openers are adverbials ("During a
// tour of the pier, ..."). Word lists live in reported_table.inc.
#pragma once
#include <cstddef>
#include <string_view>
#include <vector>

#include "common/names.h"
#include "quotes/cues/punct.h"
#include "quotes/reported/reported.h"

namespace pith::detail::reported_rules {

constexpr std::size_t kMaxSubjectWords = 12;
constexpr std::size_t kMaxAskedWords = 20;  // "Asked whether ... , she said"
constexpr std::size_t kMaxNextSubjectWords = 4;  // ", the company's chief said ..."
constexpr std::size_t kMinContentWords = 2;  // "The union endorsed Jane Roe" is content
constexpr std::size_t kMaxQuotedPercent = 60;
constexpr std::size_t kMaxObjectWords = 8;  // "told German Chancellor Olaf Scholz that"
constexpr std::size_t kMaxSourceWords = 24;  // "according to <a long poll description>, ..."
constexpr std::size_t kNone = static_cast<std::size_t>(-1);
constexpr std::size_t kMaxGapBeforeThat = 4;  // "said on Tuesday that", "said in a statement that"
constexpr std::size_t kMaxInSourceWords = 16;
constexpr std::size_t kMaxByWords = 6;  // "was asked by a caller on the radio why"
constexpr std::size_t kMaxSettingWords = 6;  // "in an interview on Sunday in the capital"
constexpr std::size_t kMaxTurnTokens = 400;  // a labelled transcript turn ("SMITH: ...")
constexpr std::size_t kMaxOpenerWords = 3;  // "Six weeks ago, she said, CLAUSE": an adverbial

// The words between the clause start (sentence start, or a comma or semicolon) and the cue at
// `end`, when they are a short run of words: "Rather, sources close to the campaign say".
Mention clause_subject(std::string_view text, const std::vector<Token>& toks, std::size_t first,
                       std::size_t end, bool& adverbial);

bool loose_clause_start(std::string_view text, const std::vector<Token>& toks, std::size_t i);

bool stance_cue(std::string_view text, const std::vector<Token>& toks, std::size_t i);

// that_cue() and topic_cue() past their inline test (reported_rules.cpp).
bool that_cue_after_test(std::string_view text, const std::vector<Token>& toks, std::size_t i);
bool topic_cue_after_test(std::string_view text, const std::vector<Token>& toks, std::size_t i);
// The word after token `i` is "that" (reported_rules.cpp; that_follows() below tests it cheaply first).
bool next_is_that(std::string_view text, const std::vector<Token>& toks, std::size_t i);

// "that" is the word after token `i` (within `last`). Inline, asked of every token by
// find_reported's early skip: the next word's length rejects almost all of them without a call.
inline bool that_follows(std::string_view text, const std::vector<Token>& toks, std::size_t i,
                         std::size_t last) {
  if (i + 1 >= last || toks[i + 1].kind != TokKind::kWord) return false;
  if (toks[i + 1].end - toks[i + 1].start != 4) return false;
  return next_is_that(text, toks, i);
}

// A word of belief or finding at `i` right before "that": "confident that", "ruled that".
// Inline, asked of every token: the next word's length rejects almost all of them without a
// call (most words are not followed by a four-byte word).
inline bool that_cue(std::string_view text, const std::vector<Token>& toks, std::size_t i,
                     std::size_t last) {
  if (i + 2 >= last || toks[i].kind != TokKind::kWord || toks[i + 1].kind != TokKind::kWord)
    return false;
  if (toks[i + 1].end - toks[i + 1].start != 4) return false;  // cheap: most tokens are not "that"
  return that_cue_after_test(text, toks, i);
}

// "talked about the budget", "spoke of a crisis", "complained about the noise": a verb of
// speech at `i` whose topic follows "about" (or "of"); the topic is content. Inline as above.
inline bool topic_cue(std::string_view text, const std::vector<Token>& toks, std::size_t i,
                      std::size_t last) {
  if (i + 2 >= last || toks[i].kind != TokKind::kWord || toks[i + 1].kind != TokKind::kWord)
    return false;
  // The preposition first: a cheap test that rejects almost every token.
  const std::size_t n = toks[i + 1].end - toks[i + 1].start;
  if (n != 5 && n != 2) return false;
  return topic_cue_after_test(text, toks, i);
}

// A stance cue that is a verb of speech or judgement ("denounced", "joked"): its subject speaks.
bool speech_stance_cue(std::string_view text, const std::vector<Token>& toks, std::size_t i);

// The cue at `i` is a participle ("citing", "referring") right after a comma.
bool participle_after_comma(std::string_view text, const std::vector<Token>& toks, std::size_t i,
                            std::size_t first);

// The speaker of a participle cue at `i` after a comma: the mention of the cue that closes the
// clause before the comma ('“Q,” Roe said, citing ...', '“Q,” said Roe, citing ...'), or none.
Mention speaker_before_participle(std::string_view text, const std::vector<Token>& toks,
                                  std::size_t i, std::size_t first,
                                  const std::vector<unsigned char>& quoted);

// "Ana Ruiz, a teacher in the town, said CLAUSE": a clause-taking cue right after the comma
// closing an apposition or parenthetical speaks for the subject before it.
bool after_apposition(std::string_view text, const std::vector<Token>& toks, const CueMatch& cue,
                      std::size_t first, bool stance);

// The token of an "according to" that follows a comma after the sentence's first words
// ("CLAUSE, according to X"), or kNone.
// (`facts`, here and below: the text's token facts, or nullptr: each word looked up.)
std::size_t according_trailer(std::string_view text, const std::vector<Token>& toks,
                              std::size_t first, std::size_t last,
                              const TokenFacts* facts = nullptr);

// Tokens [cs, ce) are only a short prepositional phrase of time or place ("in a statement",
// "on Thursday", "during his speech").
bool setting_only(std::string_view text, const std::vector<Token>& toks, std::size_t cs,
                  std::size_t ce);

// Tokens [cs, ce) after an end cue only close the attribution: time words ("..., the firm said
// Thursday.") or, after an addressee cue, a short addressee ("..., she told reporters.",
// "..., he told the Daily Planet on Monday.").
bool trailer_only(std::string_view text, const std::vector<Token>& toks, std::size_t cs,
                  std::size_t ce, unsigned flags);

bool is_conjunction(std::string_view text, const std::vector<Token>& toks, std::size_t i);

bool group_head(std::string_view text, const std::vector<Token>& toks, std::size_t s,
                std::size_t end);

bool content_ok(std::string_view text, const std::vector<Token>& toks, std::size_t a,
                std::size_t& b, const std::vector<unsigned char>& quoted);

bool clause_start(std::string_view text, const std::vector<Token>& toks, std::size_t i);

std::size_t that_after(std::string_view text, const std::vector<Token>& toks, std::size_t k,
                       std::size_t last, unsigned flags);

bool clause_opener(std::string_view text, const std::vector<Token>& toks, std::size_t mention_first,
                   std::size_t first);

bool in_source_opener(std::string_view text, const std::vector<Token>& toks, std::size_t first,
                      std::size_t last, const std::vector<unsigned char>& quoted, Reported& out);

// "His claim that the port was safe ...": a claim noun and its that-clause (up to the next
// comma or the sentence end).
bool claim_noun_clause(std::string_view text, const std::vector<Token>& toks, std::size_t first,
                       std::size_t last, const std::vector<unsigned char>& quoted, Reported& out,
                       const TokenFacts* facts = nullptr);

// "The firm has reportedly cut its staff.": a hearsay adverb makes its clause (from the last
// comma before it, or the sentence start) attributed content with an unnamed source.
bool hearsay_adverb(std::string_view text, const std::vector<Token>& toks, std::size_t first,
                    std::size_t last, const std::vector<unsigned char>& quoted, Reported& out,
                    const TokenFacts* facts = nullptr);

// Tokens [cs, ce) (a final full stop or comma aside) are one capitalised word, not quoted and
// not a pronoun: a stance verb's one-name object ("endorsed Ruiz").
bool lone_name_object(std::string_view text, const std::vector<Token>& toks, std::size_t cs,
                      std::size_t ce, const std::vector<unsigned char>& quoted);

// Fills `out` with attribution `a` over content tokens [cs, ce) and the token where the next
// search of the sentence resumes; returns true so callers can `return emit(...)`.
bool emit(Reported& out, const Attribution& a, const std::vector<Token>& toks, std::size_t cs,
          std::size_t ce, std::size_t next);

}  // namespace pith::detail::reported_rules
