// Split words glued together when a link between them was removed: "met Joe BidenXi Jinping"
// -> "Biden Xi". Split only at a single lowercase->uppercase join where both halves look like
// words, the document uses one half in a two-word name elsewhere, and the glued form is not a
// real spelling (brand, name prefix, identifier).
#include "common/utf8.h"
#include "text/repair_rules.h"

namespace pith::detail {
namespace {

bool known_pair(std::string_view a, std::string_view b, const RepairContext& ctx) {
  if (a.empty() || b.empty()) return false;
  std::string key(a);
  key += ' ';
  key.append(b);
  return ctx.name_pairs.count(key) > 0;
}

std::uint32_t total_uses(std::string_view w, const RepairContext& ctx) {
  const auto it = ctx.words.find(std::string(w));
  return it == ctx.words.end() ? 0 : it->second.total;
}

// Marks next to a token that make it part of an address, handle or identifier
// ("@JoeBiden", "#BidenXi", "user_name", "/YouTube/").
bool identifier_mark(char c) {
  return c == '@' || c == '#' || c == '/' || c == '_' || c == '\\' || c == '=' || c == '$' ||
         c == '{' || c == '&' || c == '<' || c == '>';
}

}  // namespace

std::size_t glued_split_point(std::string_view w, std::string_view prev, std::string_view next,
                              const RepairContext& ctx) {
  if (in_table_glued_exception(w)) return 0;
  std::size_t split = 0;
  int joins = 0;
  bool prev_lower = false;
  for (std::size_t i = 0; i < w.size();) {
    std::size_t len = 0;
    const char32_t c = decode_utf8(w, i, len);
    if (!is_letter(c)) return 0;
    if (prev_lower && is_upper(c)) {
      ++joins;
      split = i;
    }
    prev_lower = is_lower(c);
    i += len;
  }
  // "JavaScriptCore", "McDonaldLand": more than one join is a deliberate spelling.
  if (joins != 1) return 0;
  const std::string_view left = w.substr(0, split);
  const std::string_view right = w.substr(split);
  // One-letter left halves are brand shapes ("iPhone", "eBay"); one-letter or all-caps right
  // halves are abbreviations ("PhD", "macOS").
  if (count_code_points(left) < 2 || count_code_points(right) < 2) return 0;
  if (!is_capitalised_word(right) || in_table_glued_suffix(right)) return 0;
  if (in_table_name_prefix(left)) return 0;
  const bool left_name = is_capitalised_word(left);
  if (!left_name && !(is_lowercase_word(left) && count_code_points(left) >= 3)) return 0;
  // A glued form used twice is a spelling the author meant, not an accident of one link.
  if (total_uses(w, ctx) > 1) return 0;
  // Evidence: the right half and the next word form a name seen elsewhere ("BidenXi Jinping"
  // and "Xi Jinping"), or the previous word and the left half do ("Joe BidenXi", "Joe Biden").
  // A half that is merely a capitalised word somewhere ("OpenOffice", "ObamaCare") is not enough.
  if (known_pair(right, next, ctx)) return split;
  if (left_name && known_pair(prev, left, ctx)) return split;
  return 0;
}

void find_glued_words(const LineView& line, std::vector<RepairOp>& ops) {
  for (std::size_t i = 0; i < line.toks.size(); ++i) {
    const Tok& t = line.toks[i];
    if (t.kind != TokKind::kWord || t.has_digit || t.has_joiner) continue;
    if (t.start > 0 && identifier_mark(line.text[t.start - 1])) continue;
    if (t.end < line.text.size() &&
        (identifier_mark(line.text[t.end]) || line.text[t.end] == '(')) {
      continue;  // "getElementById(" is a call
    }
    const std::string_view w = line.word(i);
    const std::string_view prev =
        (i >= 2 && line.is_single_space(i - 1) && line.is_word(i - 2)) ? line.word(i - 2) : "";
    const std::string_view next = (line.is_single_space(i + 1) && line.is_word(i + 2))
                                      ? line.word(i + 2)
                                      : std::string_view();
    const std::size_t split = glued_split_point(w, prev, next, line.context);
    if (split == 0) continue;
    RepairOp op;
    op.kind = "split-glued-words";
    op.core_a = op.ctx_a = i;
    op.core_b = op.ctx_b = i + 1;
    std::string fixed(w.substr(0, split));
    fixed += ' ';
    fixed.append(w.substr(split));
    op.replace.emplace_back(i, std::move(fixed));
    ops.push_back(std::move(op));
  }
}

}  // namespace pith::detail
