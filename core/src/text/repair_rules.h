// The individual block repairs. Each rule looks at the tokens of one line and proposes
// operations; text/repair.cpp accepts the ones that do not collide and builds the edits.
#pragma once
#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "text/repair.h"
#include "text/repair_tokens.h"

namespace pith::detail {

struct LineView {
  std::string_view text;  // one line of the block (no '\n')
  const std::vector<Tok>& toks;
  const RepairContext& context;
  std::string_view word(std::size_t i) const {
    return text.substr(toks[i].start, toks[i].end - toks[i].start);
  }
  bool is_word(std::size_t i) const { return i < toks.size() && toks[i].kind == TokKind::kWord; }
  bool is_single_space(std::size_t i) const {
    return i < toks.size() && toks[i].kind == TokKind::kSpace && toks[i].end - toks[i].start == 1 &&
           text[toks[i].start] == ' ';
  }
};

// One proposed repair: tokens [core_a, core_b) are rewritten (each listed token gets a new
// text; unlisted core tokens stay), tokens [ctx_a, ctx_b) are what the edit shows.
struct RepairOp {
  const char* kind = "";
  std::size_t core_a = 0, core_b = 0;
  std::size_t ctx_a = 0, ctx_b = 0;
  std::vector<std::pair<std::size_t, std::string>> replace;
};

void find_glued_words(const LineView& line, std::vector<RepairOp>& ops);
void find_doubled_words(const LineView& line, std::vector<RepairOp>& ops);
void find_stray_letters(const LineView& line, std::vector<RepairOp>& ops);
void find_space_before_punctuation(const LineView& line, std::vector<RepairOp>& ops);
void find_repeated_spaces(const LineView& line, std::vector<RepairOp>& ops);

// The glued-word split point of `w` ("BidenXi" -> 5), or 0 when `w` must stay whole. `prev`
// and `next` are the words around it on its line ("" when none). Exposed for tests.
std::size_t glued_split_point(std::string_view w, std::string_view prev, std::string_view next,
                              const RepairContext& context);

// Table lookups (text/repair_tables.inc).
bool in_table_glued_exception(std::string_view w);
bool in_table_name_prefix(std::string_view w);
bool in_table_glued_suffix(std::string_view w);
bool in_table_one_letter_word(std::string_view lower);
bool in_table_letter_label(std::string_view lower);
bool in_table_letter_follower(std::string_view lower);
bool in_table_doubled_fix(std::string_view lower);
bool in_table_no_comma_after(std::string_view lower);

}  // namespace pith::detail
