// Speaker resolution: canonical names ("Xi" -> "Xi Jinping"), pronouns ("he" -> the most
// recent person speaker), definite descriptions ("the Chinese leader" -> the person introduced
// as "Chinese leader Xi Jinping"), continuation quotes, and the speakers[] list.
#pragma once
#include <cstddef>
#include <string_view>
#include <vector>

#include "common/names.h"
#include "pith/article.h"
#include "quotes/speakers/speaker.h"

namespace pith::detail {

struct Item {
  Quote quote;             // text, offsets, type, paragraph, cue already set
  Attribution attribution; // the pattern's result (ok == false: none in the sentence)
  Mention label;           // transcript label of the paragraph, if any
  // No cue in the sentence: the first person named (or he/she/they) in the writer's words
  // before the quote, used only if it names a known person ("He rails against its “Q”").
  Mention fallback;
  // A quote opening a sentence without a cue: the named subject of the previous sentence in
  // its paragraph, used when no earlier quote's speaker continues.
  Mention prev_subject;
  std::size_t tok = 0;     // token index of the quote (for recency)
  std::size_t sentence = 0;  // token index where the quote's sentence starts (== tok: none before)
  bool continuation = false;  // reopens a multi-paragraph quote
  bool title_like = false;    // all words capitalised: a title or name, not speech
  bool not_speech = false;    // names a thing or is a stage direction (title.cpp): no speaker
  bool term = false;          // a short term modifying a noun, the “boundless” partnership: scare
  bool stage = false;         // a transcript's stage direction ("(LAUGHTER.)"), not a name
  bool maybe_name = false;    // weak evidence of a name (title.cpp): confidence below 0.5
};

// Fills speaker, mention, resolved_from and confidence of every item (in text order) and
// returns the speakers grouped by canonical name.
// `facts`: the text's token facts (find_quotes'), for the German rules' language check; or
// nullptr.
std::vector<Speaker> resolve_speakers(std::string_view text, const std::vector<Token>& toks,
                                      std::vector<Item>& items, const TokenFacts* facts = nullptr);

}  // namespace pith::detail
