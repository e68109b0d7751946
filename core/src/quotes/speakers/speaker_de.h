// German speakers through word order: in a German main clause the finite verb stands second,
// and what stands first need not be the subject ("Den Plan lobte die Ministerin: „Q“",
// "In einer Rede sagte er: „Q“"). These rules read the clause's subject from that order and
// from case-marking words (den/dem/einen mark objects; der/die/ein may open a subject).
// The clause reader (de_clause, de_subject_after_verb) is speaker_de_clause.cpp; the speaker
// rules built on it are speaker_de.cpp.
#pragma once
#include <cstddef>
#include <string_view>
#include <vector>

#include "common/names.h"
#include "quotes/mentions/mention.h"
#include "quotes/speakers/speaker.h"

namespace pith::detail {

// One German main clause read by position: the subject (ok() == false when the order is not
// recognised), the finite verb's token, and whether the subject follows the verb.
struct DeClause {
  Mention subject;
  std::size_t verb = static_cast<std::size_t>(-1);
  bool inverted = false;  // something else opens the clause; the subject follows the verb
};

// The clause starting at token `first` (a sentence start), read up to `ceil` (exclusive).
DeClause de_clause(std::string_view text, const std::vector<Token>& toks, std::size_t first,
                   std::size_t ceil);

// The subject phrase starting at token `s` right after a finite verb (past "sich" and a few
// adverbs): "teilte dessen Sprecher mit", "sagte jedoch Ministerin Eva Klar". ok() == false when
// an object stands there ("lobte den Plan").
Mention de_subject_after_verb(std::string_view text, const std::vector<Token>& toks, std::size_t s,
                              std::size_t ceil);

// The subject of a German clause starting at `first` (before `ceil`) read by word order, or
// ok() == false when the text is not German or the order is not recognised.
// `facts` (here and in de_refine): the text's token facts for the language check, or nullptr.
Mention de_subject_of(std::string_view text, const std::vector<Token>& toks, std::size_t first,
                      std::size_t ceil, const TokenFacts* facts = nullptr);

// Whether the German main clause starting at `first` has its finite verb in the subjunctive of
// reported speech ("Der Plan sei „zu teuer“", "Für Roe sei der Rücktritt „Q“"): its subject is
// then what is reported on, not who speaks.
bool de_reported_clause(std::string_view text, const std::vector<Token>& toks, std::size_t first,
                        std::size_t ceil);

// The speaker of a quotation in a German sentence, corrected by word order: when the patterns
// took a phrase that cannot be the clause's subject (a fronted object or adverbial, or an object
// after the verb) and the quotation hangs on that clause, the clause's subject speaks.
Attribution de_refine(std::string_view text, const std::vector<Token>& toks, const QuoteWindow& w,
                      Attribution a, const TokenFacts* facts = nullptr);

}  // namespace pith::detail
