// German reported speech without quotation marks: source phrases ("Laut der Polizei ...", "Nach
// Angaben des Ministeriums ...", "Dem Bericht zufolge ...", "Demnach ..."), reporting clauses
// ("Die Firma teilte mit, dass ...", "Wie die Polizei mitteilte, ...", "..., berichtet die
// Zeitung.") and sentences in the subjunctive ("Die Lage sei ernst.").
#pragma once
#include <cstddef>
#include <string_view>
#include <vector>

#include "common/names.h"
#include "quotes/reported/reported.h"
#include "quotes/cues/lang_de.h"

namespace pith::detail {

// A source phrase or reporting clause in the sentence [first, last): fills `out` (one per
// sentence) and returns true.
// `german`, when given, receives has_german_word() of the sentence, which find_subjunctive_de
// then need not compute again for the same sentence.
bool find_reported_de(std::string_view text, const std::vector<Token>& toks, std::size_t first,
                      std::size_t last, const std::vector<unsigned char>& quoted, Reported& out,
                      signed char* german = nullptr, const TokenFacts* facts = nullptr);

// A sentence with no cue whose verb is in the subjunctive ("Es gebe keine Hinweise.") or in the
// reportative "soll ... haben" ("Der Täter soll geflohen sein."): the whole sentence is someone's
// words, its speaker unnamed.
// `german`: has_german_word() of this very sentence when known (0/1), else -1.
// `facts`: the text's token facts (find_quotes'), or nullptr (each word looked up).
bool find_subjunctive_de(std::string_view text, const std::vector<Token>& toks, std::size_t first,
                         std::size_t last, const std::vector<unsigned char>& quoted, Reported& out,
                         signed char german = -1, const TokenFacts* facts = nullptr);

// "Dies bestätigte die Stadt.": the sentence only names the source of the one before it
// (find_reported_de gives that one to the source); it reports nothing itself.
bool points_back_de(std::string_view text, const std::vector<Token>& toks, std::size_t first,
                    std::size_t last);

}  // namespace pith::detail
