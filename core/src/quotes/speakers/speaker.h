// Speaker patterns around one quotation: who said it and with which cue.
#pragma once
#include <cstddef>
#include <string_view>
#include <vector>

#include "common/names.h"
#include "quotes/cues/lexicon.h"
#include "quotes/cues/token_facts.h"
#include "quotes/mentions/mention.h"
#include "quotes/spans/frame.h"
#include "quotes/cues/punct.h"

namespace pith::detail {


struct Attribution {
  bool ok = false;
  CueMatch cue;
  Mention mention;
  bool adjacent = false;  // cue and speaker frame the quote directly ("“Q,” X said")
};

// The speaker patterns' attribution of the quotation in window `w`. `facts`: the text's token
// facts (find_quotes'), for the German word-order rules' language check; or nullptr.
Attribution attribute(std::string_view text, const std::vector<Token>& toks, const QuoteWindow& w,
                      const TokenFacts* facts = nullptr);

// The subject of the clause starting at token `first` (before `ceil`), past an opening
// adverbial or participle ("On Monday, Trump said", "Speaking to reporters, she added").
Mention subject_of(std::string_view text, const std::vector<Token>& toks, std::size_t first,
                   std::size_t ceil);

// The frame of the quote's sentence after its closing mark: ", X said", ", said X", ", X, a
// doctor, said", '“Q,” read one sign' (speaker_frames.cpp).
Attribution after_pattern(std::string_view text, const std::vector<Token>& toks, const QuoteWindow& w);

// A frame that is a sentence of its own right after a quote that closed its sentence ("Roe
// said.", "said Roe."), starting at token `i` (speaker_frames.cpp).
Attribution bare_frame_after(std::string_view text, const std::vector<Token>& toks, std::size_t i);

// A signature line ("- Ana Ruiz.") under a quote that fills its paragraph (speaker_frames.cpp).
Attribution signature_below(std::string_view text, const std::vector<Token>& toks, const QuoteWindow& w);

// A transcript label at the start of a paragraph ("SMITH:", "Jane Doe:"), or ok == false.
Mention transcript_label(std::string_view text, const std::vector<Token>& toks,
                         std::size_t first, std::size_t ceil);

}  // namespace pith::detail
