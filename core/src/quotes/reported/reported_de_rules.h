// Helpers the German reported-speech rules share (reported_de.cpp, reported_de_verb.cpp): the
// bounds they read within, German word shapes, the subject before a verb, and the emission of
// a clause as content.
#pragma once
#include <cstddef>
#include <string_view>
#include <vector>

#include "common/names.h"
#include "quotes/reported/reported.h"

namespace pith::detail::reported_de_rules {

constexpr std::size_t kMaxSourceTokens = 20;  // "Laut einem Bericht der Zeitung aus Bonn"
constexpr std::size_t kMaxVerbToComma = 10;   // "teilte am Montag in Berlin mit, dass"
constexpr std::size_t kMaxTrailerTokens = 16;  // "..., teilte der Sprecher der Behörde mit."
constexpr std::size_t kMaxWieTokens = 15;      // "Wie die Polizei am Abend mitteilte,"
constexpr std::size_t kMaxSettingTokens = 5;   // "sagte Roe am Abend in Berlin,"

// A German adjective or participle ending: "neue", "ersten", "großer", "eigenes", "jüngstem".
bool adjective_ending(std::string_view w);

// The start of the comma clause holding token `i`: after the nearest comma before it, or the
// sentence start.
std::size_t clause_start_before(std::string_view text, const std::vector<Token>& toks,
                                std::size_t first, std::size_t i);

// The subject of a German clause whose verb is at `v`, read before it: the mention before the
// verb, unless that is the object of a preposition ("In einem Interview sagte Roe", "Roe hatte
// im gleichen Interview gesagt"). A fronted phrase puts the subject after the verb (up to
// `ceil`); otherwise the subject opens the sentence.
Mention subject_before_verb(std::string_view text, const std::vector<Token>& toks,
                            std::size_t first, std::size_t v, std::size_t ceil);

// Tokens [cs, ce) as the content of `cue` (ok == false: no cue) with source `m`, when they are
// enough words of the writer's own (reported_rules::content_ok).
bool emit_content(std::string_view text, const std::vector<Token>& toks, std::size_t cs,
                  std::size_t ce, const std::vector<unsigned char>& quoted, const CueMatch& cue,
                  const Mention& m, Reported& out);

// A German reporting verb at token `i`: "sagte", "teilte", "berichtet".
bool report_verb(std::string_view text, const std::vector<Token>& toks, std::size_t i);

// "Wie die Polizei mitteilte, ...", "X teilte am Montag mit, dass ...", "X sagte, ...",
// "..., berichtet die Zeitung.", "..., wie die Polizei mitteilte." (reported_de_verb.cpp).
bool reporting_clause(std::string_view text, const std::vector<Token>& toks, std::size_t first,
                      std::size_t last, const std::vector<unsigned char>& quoted, Reported& out);

}  // namespace pith::detail::reported_de_rules
