// Word tokens and capitalised-name detection, shared by the quote engine and the text stages.
// Everything works on byte offsets into one UTF-8 text; tokens are computed once per text.
#pragma once
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace pith::detail {

enum class TokKind : std::uint8_t { kWord, kNumber, kPunct };

// 12 bytes: a text has about one token per five bytes and the quote engine keeps every token
// of its text, so a token is kept small (offsets are 32-bit: inputs are at most 1 GiB,
// Options::max_input_bytes).
struct Token {
  std::uint32_t start = 0;
  std::uint32_t end = 0;
  TokKind kind = TokKind::kPunct;
  bool cap : 1 = false;   // first letter upper-case ("Xi", "NATO", "Ukraine")
  bool caps : 1 = false;  // every letter upper-case and at least two letters ("NATO", "TRUMP")
  bool newline : 1 = false;  // a line break lies between the previous token and this one
  // The repair stage split glued words right before this token ("BrandtKowalski" ->
  // "Brandt Kowalski"): two names met there, so no name run crosses it.
  bool name_break : 1 = false;
};
static_assert(sizeof(Token) == 12);

// Token `i` is a word (not a number or punctuation): the test every rule reading words asks.
inline bool is_word(const std::vector<Token>& toks, std::size_t i) {
  return toks[i].kind == TokKind::kWord;
}

// Words keep inner apostrophes and hyphens ("don't", "Moscow's", "al-Assad") and dotted
// initialisms ("U.S"); every other non-space code point is a one-character punctuation token.
std::vector<Token> tokenize(std::string_view text, std::size_t begin, std::size_t end);

inline std::string_view tok_text(std::string_view text, const Token& t) {
  return text.substr(t.start, t.end - t.start);
}

// Lower-cased word with a trailing possessive ("Moscow's" -> "moscow") kept as is.
std::string lower_word(std::string_view word);

class LowerCaseScope;
// The innermost live scope (scopes nest like the calls that open them); nullptr when none.
extern thread_local constinit const LowerCaseScope* active_lower_case;
std::string_view lower_tok_uncached(std::string_view text, const Token& t, std::string& buf);

// Opens the cache lower_tok() reads for one text; lives on the stack of the stage using it.
class LowerCaseScope {
 public:
  explicit LowerCaseScope(std::string_view text);
  ~LowerCaseScope();
  LowerCaseScope(const LowerCaseScope&) = delete;
  LowerCaseScope& operator=(const LowerCaseScope&) = delete;

  const char* data = nullptr;  // the text it lower-cases
  std::size_t size = 0;
  std::string lowered;
  // Unique per scope (per thread): a cache of facts about this text's tokens checks it, as a
  // later scope may sit at the same address over another text.
  std::uint64_t id = 0;

 private:
  const LowerCaseScope* prev_ = nullptr;
};

// Lower-cased text of token `t`. While a LowerCaseScope for this very `text` is alive, a view
// into one lower-cased copy of the whole text (lower_utf8 keeps every code point's byte length,
// so token offsets agree); otherwise lower-cased into `buf`. The quote engine asks for the same
// token's lower case many times (every table look-up, every pattern), so it opens a scope once.
// Inline: asked for nearly every token by every pattern.
inline std::string_view lower_tok(std::string_view text, const Token& t, std::string& buf) {
  const LowerCaseScope* s = active_lower_case;
  if (s && s->data == text.data() && s->size == text.size() && t.end <= s->size)
    return std::string_view(s->lowered).substr(t.start, t.end - t.start);
  return lower_tok_uncached(text, t, buf);
}

// A capitalised word that can belong to a name: not a capitalised function word ("The",
// "However"), weekday or month.
bool is_name_word(std::string_view text, const Token& t);
bool is_name_connector(std::string_view lower);   // "de", "van", "bin" inside a name
bool is_title_word(std::string_view lower);       // "president", "sen", "chancellor", "mr"
bool is_nationality(std::string_view lower);      // "chinese", "german", "us"
bool is_org_word(std::string_view lower);         // "council", "ministry", "party"
bool is_role_noun(std::string_view lower);        // "leader", "spokesman", "minister"

// Inclusive token index range; ok == false when nothing was found.
struct TokRange {
  std::size_t first = 0;
  std::size_t last = 0;
  bool ok = false;
};

// The capitalised name run ending at token `last` (which must be a name word), not reaching
// before `floor`. Initials ("J.") and connectors ("de", "bin") are taken; an organisation word
// ("Council") ends a run that already holds a person's name ("... Council Dmitry Medvedev").
TokRange name_run_before(std::string_view text, const std::vector<Token>& toks, std::size_t last,
                         std::size_t floor);
// The capitalised name run starting at token `first`, not reaching past `ceil` (exclusive).
TokRange name_run_after(std::string_view text, const std::vector<Token>& toks, std::size_t first,
                        std::size_t ceil);

// Every maximal capitalised name run of the text, left to right: "Chinese leader Xi Jinping met
// Dmitry Medvedev" -> visit(Chinese leader Xi Jinping), visit(Dmitry Medvedev).
template <class Visit>
void for_each_name_run(std::string_view text, const std::vector<Token>& toks, Visit&& visit) {
  std::size_t i = 0;
  while (i < toks.size()) {
    // name_run_after() asks is_name_word() of its first token itself: only the cheap half of
    // that test here (a capitalised word), not a second table look-up per name word.
    const TokRange r = toks[i].kind == TokKind::kWord && toks[i].cap
                           ? name_run_after(text, toks, i, toks.size())
                           : TokRange{};
    if (!r.ok) {
      ++i;
      continue;
    }
    visit(r);
    i = r.last + 1;
  }
}

// The words of a name run without leading titles and nationalities, space-joined:
// "German Chancellor Olaf Scholz" -> "Olaf Scholz"; runs longer than three words keep their
// last two ("Joe Biden Xi Jinping" glued by a missing comma -> "Xi Jinping").
std::string person_name(std::string_view text, const std::vector<Token>& toks, TokRange r);
// The same, and the kept words lower-cased into `lower_words` (when not null): the name's words
// without a second split and lower-casing of the joined name (the speaker registry's need).
std::string person_name(std::string_view text, const std::vector<Token>& toks, TokRange r,
                        std::vector<std::string>* lower_words);

// The name after a statement noun and a particle, for display: "Angaben von Jonas Feld" ->
// "Jonas Feld", "Meinung der Lea Roe" -> "Lea Roe"; "Ursula von der Leyen" and "Sprecher der
// Stadt Bonn" stay.
std::string name_after_particle(std::string_view name);

}  // namespace pith::detail
