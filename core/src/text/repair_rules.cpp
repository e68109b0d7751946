// Doubled words, stray single letters, space before punctuation and repeated spaces. Each
// rule proposes operations on the tokens of one line; anything doubtful is skipped.
#include <algorithm>

#include "common/utf8.h"
#include "text/repair_rules.h"

namespace pith::detail {
namespace {

// Stray-letter candidates: ASCII a-z and Cyrillic lowercase. Accented Latin letters are words
// in too many languages (Swedish "å", Vietnamese "ý", French "à") to ever call them debris.
bool ascii_or_cyrillic_lower(char32_t c) {
  return (c >= 'a' && c <= 'z') || (c >= 0x430 && c <= 0x45F);
}

// True when token i is the first word of a sentence: line start, or after . ! ? and a space
// (opening quotes in between are allowed).
bool sentence_start(const LineView& line, std::size_t i) {
  std::size_t j = i;
  while (j > 0) {
    --j;
    const Tok& t = line.toks[j];
    if (t.kind == TokKind::kSpace) continue;
    if (t.kind == TokKind::kWord) return false;
    const char c = line.text[t.start];
    if (c == '.' || c == '!' || c == '?') return true;
    if (c == '"' || c == '(' || static_cast<unsigned char>(c) >= 0x80) continue;  // quotes
    return false;
  }
  return true;
}

// The context of an edit ends with `extra` more words after token `last`, when they follow
// on the same line separated by one space each.
std::size_t extend_words(const LineView& line, std::size_t last, int extra) {
  std::size_t end = last + 1;
  for (int k = 0; k < extra; ++k) {
    if (line.is_single_space(end) && line.is_word(end + 1)) end += 2;
    else break;
  }
  return end;
}

// True when some word of the document starts with `prefix` ("benefi" + "t" -> "benefits").
bool known_prefix(const std::string& prefix, const RepairContext& ctx) {
  const auto it = std::lower_bound(ctx.known_words.begin(), ctx.known_words.end(), prefix);
  return it != ctx.known_words.end() && it->compare(0, prefix.size(), prefix) == 0;
}

}  // namespace

// "the the" -> "the": the same function word twice, one space apart, in lowercase (or the
// sentence's capitalised first word and its lowercase copy: "The the"). Only words listed in
// kDoubledFix: "she had had enough", "Walla Walla", "love love this" stay.
void find_doubled_words(const LineView& line, std::vector<RepairOp>& ops) {
  for (std::size_t i = 0; i + 2 < line.toks.size(); ++i) {
    if (!line.is_word(i) || !line.is_single_space(i + 1) || !line.is_word(i + 2)) continue;
    const Tok& a = line.toks[i];
    const Tok& b = line.toks[i + 2];
    if (a.has_digit || b.has_digit || a.end - a.start != b.end - b.start) continue;
    if (a.has_joiner) continue;  // "right-on right-on" is a deliberate echo
    const std::string_view wa = line.word(i);
    const std::string_view wb = line.word(i + 2);
    if (count_code_points(wb) < 2 || !is_lowercase_word(wb)) continue;
    const std::string lower = lower_utf8(wa);
    if (lower != wb) continue;
    if (wa != wb && !(is_capitalised_word(wa) && sentence_start(line, i))) continue;
    if (!in_table_doubled_fix(lower)) continue;
    // "no, no, no" style chants and "bye bye bye" repeat more than twice: deliberate.
    if (line.is_single_space(i + 3) && line.is_word(i + 4) && lower_utf8(line.word(i + 4)) == lower) {
      continue;
    }
    if (i >= 2 && line.is_single_space(i - 1) && line.is_word(i - 2) &&
        lower_utf8(line.word(i - 2)) == lower) {
      continue;
    }
    RepairOp op;
    op.kind = "doubled-word";
    op.core_a = i + 1;
    op.core_b = i + 3;
    op.ctx_a = i;
    op.ctx_b = i + 3;
    op.replace.emplace_back(i + 1, "");
    op.replace.emplace_back(i + 2, "");
    ops.push_back(std::move(op));
  }
}

// "wanted b to see" -> "wanted to see": one lowercase letter alone between two lowercase words,
// which is not a one-letter word of a language Pith reads (kOneLetterWords), not a label
// ("plan b", "vitamin b": kLetterLabelWords), not part of a list or formula ("a and b",
// "x is"), and not a letter the document uses on its own elsewhere (a variable, a grade).
void find_stray_letters(const LineView& line, std::vector<RepairOp>& ops) {
  for (std::size_t i = 2; i + 2 < line.toks.size(); ++i) {
    const Tok& t = line.toks[i];
    if (t.kind != TokKind::kWord || t.has_digit || t.has_joiner) continue;
    const std::string_view letter = line.word(i);
    if (count_code_points(letter) != 1 || !ascii_or_cyrillic_lower(first_cp(letter))) continue;
    if (!line.is_single_space(i - 1) || !line.is_single_space(i + 1)) continue;
    if (!line.is_word(i - 2) || !line.is_word(i + 2)) continue;
    const std::string_view before = line.word(i - 2);
    const std::string_view after = line.word(i + 2);
    if (!is_lowercase_word(before) || !is_lowercase_word(after)) continue;
    if (line.toks[i - 2].has_digit || line.toks[i + 2].has_digit) continue;
    if (count_code_points(before) < 2 || count_code_points(after) < 2) continue;
    if (in_table_one_letter_word(letter)) continue;
    if (in_table_letter_label(before) || in_table_letter_follower(after)) continue;
    const auto seen = line.context.lone_letters.find(std::string(letter));
    if (seen != line.context.lone_letters.end() && seen->second > 1) continue;
    // A word broken by a stray space ("benefi t", "t he") is not a stray letter: dropping the
    // letter would damage the word. The document shows the joined form (or a longer one).
    if (known_prefix(std::string(before) + std::string(letter), line.context) ||
        known_prefix(std::string(letter) + std::string(after), line.context)) {
      continue;
    }
    RepairOp op;
    op.kind = "stray-letter";
    op.core_a = i - 1;
    op.core_b = i + 1;
    op.ctx_a = i - 2;
    op.ctx_b = extend_words(line, i + 2, 1);
    op.replace.emplace_back(i - 1, "");
    op.replace.emplace_back(i, "");
    ops.push_back(std::move(op));
  }
}

// "and , perhaps" -> "and, perhaps": spaces between a word and a comma or full stop that ends
// a clause. Not "1 ,5", ". . ." or "see example.com ." (a space that keeps the address apart),
// not after words a clause cannot end on ("printed on , page 4": a date was stripped), and
// nothing in a document full of such gaps (stripped formulas). ';' is never touched: a space
// before it is French typography ("Il a dit ; oui") as often as it is an error.
void find_space_before_punctuation(const LineView& line, std::vector<RepairOp>& ops) {
  // A slip happens once or twice in a text; a page whose formulas or dates were stripped shows
  // the gap every few lines ("if , then", "as ."), and there a "repair" only hides the hole.
  if (line.context.spaced_punctuation > 3) return;
  for (std::size_t i = 1; i + 1 < line.toks.size(); ++i) {
    const Tok& sp = line.toks[i];
    if (sp.kind != TokKind::kSpace || !line.is_word(i - 1)) continue;
    const Tok& m = line.toks[i + 1];
    if (m.kind != TokKind::kMark || m.end - m.start != 1) continue;
    const char c = line.text[m.start];
    if (c != ',' && c != '.') continue;
    if (line.toks[i - 1].has_joiner && line.word(i - 1).find('.') != std::string_view::npos) continue;
    if (in_table_no_comma_after(lower_utf8(line.word(i - 1)))) continue;
    // After the mark: end of line, or a space and a word.
    const bool at_end = i + 2 >= line.toks.size();
    const bool then_word = !at_end && line.toks[i + 2].kind == TokKind::kSpace &&
                           line.is_word(i + 3);
    if (!at_end && !then_word) continue;
    if (c == ',' && line.toks[i - 1].has_digit && then_word && line.toks[i + 3].has_digit) continue;
    if (c == '.') {
      // A full stop: the next word starts a sentence ("ended there . Then"); "p . 4", "so . and"
      // and "see .NET" (no space after) are not sentence ends.
      if (then_word && !is_upper(first_cp(line.word(i + 3)))) continue;
      if (count_code_points(line.word(i - 1)) < 2 || line.toks[i - 1].has_digit) continue;
    }
    RepairOp op;
    op.kind = "space-before-punctuation";
    op.core_a = i;
    op.core_b = i + 1;
    op.ctx_a = i - 1;
    op.ctx_b = then_word ? i + 4 : i + 2;
    op.replace.emplace_back(i, "");
    ops.push_back(std::move(op));
  }
}

// "a   b" -> "a b": a run of spaces between two tokens of one line. Tabs are left alone
// (tables, indentation), and so are spaces at the start or end of a line.
void find_repeated_spaces(const LineView& line, std::vector<RepairOp>& ops) {
  for (std::size_t i = 1; i + 1 < line.toks.size(); ++i) {
    const Tok& sp = line.toks[i];
    if (sp.kind != TokKind::kSpace || sp.end - sp.start < 2) continue;
    bool only_spaces = true;
    for (std::size_t k = sp.start; k < sp.end; ++k) only_spaces = only_spaces && line.text[k] == ' ';
    if (!only_spaces) continue;
    RepairOp op;
    op.kind = "collapse-spaces";
    op.core_a = i;
    op.core_b = i + 1;
    op.ctx_a = i - 1;
    op.ctx_b = i + 2;
    op.replace.emplace_back(i, " ");
    ops.push_back(std::move(op));
  }
}

}  // namespace pith::detail
