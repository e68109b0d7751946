// The frame of each quotation: the token window of the writer's sentence around it (what the
// speaker patterns read) and its content inside the marks, with the token look-ups by byte
// offset and the sentence ends the windows stop at.
#pragma once
#include <cstddef>
#include <string_view>
#include <utility>
#include <vector>

#include "common/names.h"
#include "quotes/spans/marks.h"

namespace pith::detail {

constexpr std::size_t kBeforeWindow = 60;  // tokens of the writer's sentence before a quote
constexpr std::size_t kAfterWindow = 40;
// How far back a quotation's sentence may start when it is carried from an earlier quotation of
// the same sentence ("He watched “A” and called it “B”": B's clause starts at "He"). The rules
// reading the writer's sentence (subjects, cited sources, German clauses, the first person
// named) scan from there, once per quotation: a run-on "sentence" strung with quotations ('a
// "b" a "b" ...', a JSON blob, code) made every quotation rescan from its start (quadratic).
// Past the reach the quotation's own window starts its sentence. The dev quote sets' longest
// carried sentence is 127 tokens; longer ones occur only in code, JSON and lists of blurbs.
constexpr std::size_t kSentenceReach = 200;

// Token window of one quotation: `open`/`close` are the indices of its marks (close == npos
// when unclosed), [before, open) and (close, after) the rest of its sentence outside quotes.
struct QuoteWindow {
  std::size_t before = 0;
  std::size_t sentence = 0;  // start of the sentence (before earlier quotes of the same one)
  std::size_t open = 0;
  std::size_t close = 0;
  std::size_t after = 0;
  bool comma_inside = false;  // content ends with ',' '?' '!' — the frame continues after it
};

// The first token starting at or after byte `byte` (toks.size() when none).
std::size_t token_at(const std::vector<Token>& toks, std::size_t byte);

// Token `i` ends a sentence: a semicolon, or ". ! ?" where common/sentences ends one (the
// paragraph ends at byte `para_end`).
bool is_terminal_tok(std::string_view text, const std::vector<Token>& toks, std::size_t i,
                     std::size_t para_end);

// The window of quotation `spans[si]` in its paragraph (tokens [pf, pe), bytes up to
// `para_end`), before it is joined to an earlier quotation of the same sentence.
struct Frame {
  QuoteWindow w;                // w.sentence == w.before
  std::size_t prev_close = 0;   // the token after the paragraph's previous quotation, else pf
  std::size_t content_end = 0;  // the closing mark's token, or pe when unclosed
};
Frame frame_of(std::string_view text, const std::vector<Token>& toks,
               const std::vector<MarkSpan>& spans, std::size_t si, std::size_t pf, std::size_t pe,
               std::size_t para_end);

// The content of quotation `s` in bytes [first, second): inside its marks, without the spaces
// at either end (NBSP of French spacing included: « oui ») or a transcript's speaker label
// ('"SMITH: We will see."').
std::pair<std::size_t, std::size_t> content_of(std::string_view text, const std::vector<Token>& toks,
                                               const MarkSpan& s);

}  // namespace pith::detail
