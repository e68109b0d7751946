// Lookups into the quote engine's word tables: speech cues (multi-word, with inflections, in
// English, German, French, Spanish, Russian and Ukrainian), pronouns, determiners and the other
// closed classes the speaker patterns need.
#pragma once
#include <cstddef>
#include <string_view>
#include <vector>

#include "common/names.h"

namespace pith::detail {

enum CueFlag : unsigned {
  kCueReport = 1,     // may introduce reported speech
  kCueAccording = 2,  // the source follows: "according to X"
  kCueObject = 4,     // takes an addressee: "told reporters that"
  kCuePostpos = 8,    // the source precedes: "ihm zufolge"
  kCueEnd = 16,       // can follow its content: "The plan failed, he said."
  kCueClause = 32,    // takes a bare clause: "he said the plan failed"
  kCueV2 = 64,        // verb-second: the subject may follow ("Am Montag sagte Roe")
  kCueNaming = 128,   // its object is what is named, not a source: "called Roe “a liar”"
  kCueImpersonal = 256,  // "heißt es in dem Schreiben": the source follows a preposition
};

struct CueMatch {
  std::size_t first = 0;  // token indices, inclusive
  std::size_t last = 0;
  unsigned flags = 0;
  bool ok = false;
};

// The longest cue starting at token i (not crossing `ceil`, exclusive).
CueMatch cue_at(std::string_view text, const std::vector<Token>& toks, std::size_t i,
                std::size_t ceil);
// The longest cue ending at token i (not starting before `floor`).
CueMatch cue_ending_at(std::string_view text, const std::vector<Token>& toks, std::size_t i,
                       std::size_t floor);

// Whether the cue word at token i reads as a noun after a determiner or a possessive, with at
// most two adjectives between: "The congressional report", "Trump's claims", "a new warning".
bool cue_noun_reading(std::string_view text, const std::vector<Token>& toks, std::size_t i);

// A one-word speech verb ("said", "sagte").
bool is_cue_word(std::string_view lower);

// The first word of every cue ("said", "according", "nach"): views into the constant table.
std::vector<std::string_view> cue_first_words();

// 0 when not a pronoun, else its class: 's' one person, 'p' plural, 'i' it, 'f' first person.
char pronoun_class(std::string_view lower);
bool is_determiner(std::string_view lower);
bool is_skip_word(std::string_view lower);
bool is_relative(std::string_view lower);
bool is_source_noun(std::string_view lower);
bool is_mention_stop(std::string_view lower);
bool is_that(std::string_view lower);
bool is_setting_preposition(std::string_view lower);
bool is_de_front_preposition(std::string_view lower);  // "in", "im", "bei", "gegenüber"
bool is_de_article(std::string_view lower);            // "der", "einem"
bool is_reported_mood(std::string_view lower);
bool is_time_noun(std::string_view lower);
bool is_reflexive(std::string_view lower);
bool is_adverb_form(std::string_view lower);  // German "ähnlich", "erstmals", "betonend"  // "sich"  // "month", "later": a time phrase, not a source  // German subjunctive: "sei", "habe", "werde"

// Lower-cased text of token i.
std::string low(std::string_view text, const std::vector<Token>& toks, std::size_t i);

}  // namespace pith::detail
