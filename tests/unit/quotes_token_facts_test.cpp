// The per-sentence rules that skip a sentence on the per-token facts (token_facts.h: hearsay
// adverb, German subjunctive marker, "dass", a claim noun, a word that may open a cue) give the same answers
// with the text's TokenFacts (as find_quotes hands them on) as with their own word look-ups.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "common/names.h"
#include "quotes/reported/reported.h"
#include "quotes/reported/reported_de.h"
#include "quotes/reported/reported_de_dass.h"
#include "quotes/reported/reported_rules.h"
#include "quotes/cues/token_facts.h"

using namespace pith::detail;

namespace {

// Sentences of my own, one per line-ending full stop: English, German, French, Spanish,
// Russian and Ukrainian, with and without the words the rules look for.
const std::string kText =
    "The firm has reportedly cut its staff. "
    "Reportedly, the port will close in May. "
    "His claim that the bridge was safe was false. "
    "The claim that. "
    "Her warning that rents rise, and a view that. "
    "Sales rose sharply, according to the agency. "
    "Sales rose sharply, the agency said. "
    "Die Stadt prüfe den Plan, hieß es. "
    "Starke Winde hätten das Feuer verursacht. "
    "Das Gericht stellte fest, dass der Vertrag gilt. "
    "Die Explosion war so heftig, dass Fenster barsten. "
    "Le maire a dit que le pont ouvrira. "
    "El alcalde dijo que el puente abrirá. "
    "Мэр сказал, что мост откроют. "
    "Мер заявив, що міст відкриють. "
    "HÄTTE ER DAS GEWUSST, DASS ES SO KOMMT. "
    "Nothing here at all.";

struct Answer {
  bool found = false;
  std::size_t start = 0, end = 0, next = 0, cue_first = 0, cue_last = 0;
  std::size_t trailer = 0;
  bool operator==(const Answer& o) const {
    return found == o.found && start == o.start && end == o.end && next == o.next &&
           cue_first == o.cue_first && cue_last == o.cue_last && trailer == o.trailer;
  }
};

Answer answer_of(bool found, const Reported& r) {
  Answer a;
  a.found = found;
  if (found) {
    a.start = r.start;
    a.end = r.end;
    a.next = r.next;
    a.cue_first = r.attribution.cue.first;
    a.cue_last = r.attribution.cue.last;
  }
  return a;
}

// Every rule's answer for every sentence, in a fixed order.
std::vector<Answer> answers(const std::string& text, const std::vector<Token>& toks,
                            const TokenFacts* facts) {
  std::vector<std::size_t> ends;
  for (std::size_t i = 0; i < toks.size(); ++i)
    if (toks[i].kind == TokKind::kPunct && text[toks[i].start] == '.') ends.push_back(i + 1);
  const std::vector<unsigned char> quoted(toks.size(), 0);
  std::vector<Answer> out;
  for (std::size_t s = 0; s < ends.size(); ++s) {
    const std::size_t first = s == 0 ? 0 : ends[s - 1], last = ends[s];
    Reported r;
    out.push_back(answer_of(reported_rules::hearsay_adverb(text, toks, first, last, quoted, r, facts), r));
    r = Reported{};
    out.push_back(answer_of(reported_rules::claim_noun_clause(text, toks, first, last, quoted, r, facts), r));
    r = Reported{};
    out.push_back(answer_of(dass_clause_de(text, toks, first, last, quoted, r, facts), r));
    r = Reported{};
    out.push_back(answer_of(find_subjunctive_de(text, toks, first, last, quoted, r, -1, facts), r));
    Answer t;
    t.trailer = reported_rules::according_trailer(text, toks, first, last, facts);
    out.push_back(t);
  }
  return out;
}

}  // namespace

TEST_CASE("token facts: the new flags agree with the word lists") {
  CHECK((word_facts("reportedly") & kFactHearsay));
  CHECK_FALSE((word_facts("reported") & kFactHearsay));
  CHECK((word_facts("hätten") & kFactDeSubjMarker));
  CHECK_FALSE((word_facts("hatten") & kFactDeSubjMarker));
  CHECK((word_facts("dass") & kFactDass));
  CHECK_FALSE((word_facts("das") & kFactDass));
  CHECK_FALSE((word_facts("that") & kFactDass));
  CHECK((word_facts("claim") & kFactClaimNoun));
  CHECK_FALSE((word_facts("that") & kFactClaimNoun));
}

TEST_CASE("token facts: rules skipping sentences on the facts answer as without them") {
  const std::vector<Token> toks = tokenize(kText, 0, kText.size());
  const std::vector<Answer> plain = answers(kText, toks, nullptr);
  // The rules do fire on this text, so the comparison below is not of empty answers.
  std::size_t fired = 0;
  for (const Answer& a : plain) fired += a.found || a.trailer != reported_rules::kNone;
  CHECK(fired >= 5);
  const LowerCaseScope scope(kText);  // as inside find_quotes
  const TokenFacts facts(kText, toks);
  const std::vector<Answer> cached = answers(kText, toks, &facts);
  REQUIRE(cached.size() == plain.size());
  for (std::size_t k = 0; k < plain.size(); ++k) {
    INFO("sentence " << k / 5 << " rule " << k % 5);
    CHECK(cached[k] == plain[k]);
  }
}
