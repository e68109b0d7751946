// German reported speech: a main clause closed by ", dass ..." whose verb the cue lists do not
// hold ("Das Gericht sah es als erwiesen an, dass ...", "Im April wurde bekannt, dass ...").
#pragma once
#include <cstddef>
#include <string_view>
#include <vector>

#include "common/names.h"
#include "quotes/reported/reported.h"

namespace pith::detail {

// The first ", dass" clause of the German sentence [first, last) that is not a result ("so
// laut, dass"), a fact ("die Tatsache, dass") or a copula's subject ("Wichtig ist, dass"): the
// clause from "dass" to the sentence end is content, its source the main clause's subject.
// `facts`: the text's token facts (find_quotes'), or nullptr (each word looked up).
bool dass_clause_de(std::string_view text, const std::vector<Token>& toks, std::size_t first,
                    std::size_t last, const std::vector<unsigned char>& quoted, Reported& out,
                    const TokenFacts* facts = nullptr);

}  // namespace pith::detail
