// The quote engine: quotation spans, their type, cue and speaker, plus reported speech. Its
// stages are folders, in pipeline order (each has a STAGE.md saying what it reads and writes):
// spans/ (marks, frames, types, names of things), cues/ (word lexicon, per-word facts),
// mentions/ (noun phrases naming a speaker), speakers/ (patterns around one quotation),
// reported/ (reported speech), resolve/ (the speaker a reader sees). find_quotes (quotes.cpp)
// sequences them and is the only entry the rest of the engine calls.
#pragma once
#include <cstddef>
#include <string_view>
#include <utility>
#include <vector>

#include "pith/article.h"

namespace pith::detail {

// `paragraphs` are the byte ranges [start, end) of the text's blocks, in order (a quote's
// `paragraph` is an index into it). Offsets in the result are bytes into `text`.
// `name_breaks` (sorted byte offsets into text) are places where the repair stage split glued
// words ("Joe BidenXi Jinping" -> "Joe Biden Xi Jinping"): a person's name never runs across
// one, so "Biden Xi Jinping" is two names there, not one.
QuoteResult find_quotes(std::string_view text,
                        const std::vector<std::pair<std::size_t, std::size_t>>& paragraphs,
                        const std::vector<std::size_t>& name_breaks = {});

// Blank-line (or, failing that, line) paragraphs of an arbitrary text, for extract_quotes().
std::vector<std::pair<std::size_t, std::size_t>> split_paragraphs(std::string_view text);

}  // namespace pith::detail
