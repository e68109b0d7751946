// Lookups into the repair word lists, through the hashed index every stage shares
// (common/word_set.h): the lists stay the data in repair_tables.inc.
#include <string_view>

#include "common/word_set.h"
#include "text/repair_rules.h"

namespace pith::detail {
namespace {

#include "text/repair_tables.inc"

}  // namespace

bool in_table_glued_exception(std::string_view w) { return in_word_table<kGluedExceptions>(w); }
bool in_table_name_prefix(std::string_view w) { return in_word_table<kNamePrefixes>(w); }
bool in_table_glued_suffix(std::string_view w) { return in_word_table<kGluedRightSuffixes>(w); }
bool in_table_one_letter_word(std::string_view w) { return in_word_table<kOneLetterWords>(w); }
bool in_table_letter_label(std::string_view w) { return in_word_table<kLetterLabelWords>(w); }
bool in_table_letter_follower(std::string_view w) { return in_word_table<kLetterListFollowers>(w); }
bool in_table_doubled_fix(std::string_view w) { return in_word_table<kDoubledFix>(w); }
bool in_table_no_comma_after(std::string_view w) { return in_word_table<kNoCommaAfter>(w); }

}  // namespace pith::detail
