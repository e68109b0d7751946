// Lookups into the repair word lists. The lists are short; a linear scan per candidate is
// cheaper than building sets, and candidates are rare (a few per block).
#include <string_view>

#include "text/repair_rules.h"

namespace pith::detail {
namespace {

#include "text/repair_tables.inc"

template <std::size_t N>
bool contains(const std::string_view (&table)[N], std::string_view w) {
  for (const auto& t : table) {
    if (t == w) return true;
  }
  return false;
}

}  // namespace

bool in_table_glued_exception(std::string_view w) { return contains(kGluedExceptions, w); }
bool in_table_name_prefix(std::string_view w) { return contains(kNamePrefixes, w); }
bool in_table_glued_suffix(std::string_view w) { return contains(kGluedRightSuffixes, w); }
bool in_table_one_letter_word(std::string_view w) { return contains(kOneLetterWords, w); }
bool in_table_letter_label(std::string_view w) { return contains(kLetterLabelWords, w); }
bool in_table_letter_follower(std::string_view w) { return contains(kLetterListFollowers, w); }
bool in_table_doubled_fix(std::string_view w) { return contains(kDoubledFix, w); }
bool in_table_no_comma_after(std::string_view w) { return contains(kNoCommaAfter, w); }

}  // namespace pith::detail
