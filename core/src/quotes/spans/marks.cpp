#include "quotes/spans/marks.h"

#include <algorithm>

#include "common/utf8.h"
#include "common/word_set.h"

namespace pith::detail {
namespace {

#include "quotes/spans/marks_table.inc"

constexpr std::size_t kMaxDepth = 4;
constexpr std::size_t kMaxQuoteBytes = 20000;
// Pairs nest at most kMaxDepth deep per paragraph; the chain bound only guards the array.
constexpr std::size_t kMaxChain = 2 * kMaxDepth + 2;
constexpr std::size_t kNoParent = static_cast<std::size_t>(-1);

enum class Family { kNone, kDouble, kSingle };

Family family_of(char32_t c) {
  switch (c) {
    case 0x201C: case 0x201D: case 0x201E: case '"': case 0xAB: case 0xBB: case 0x300C:
    case 0x300D: case 0x300E: case 0x300F: case 0x201F:
      return Family::kDouble;
    case 0x2018: case 0x2019: case 0x201A: case '\'': case 0x2039: case 0x203A:
      return Family::kSingle;
    default:
      return Family::kNone;
  }
}

// Can `c` close a quote opened by `o`? Straight and curly double marks mix in sloppy text
// ("He said “no\"), so any right double closes any left double of the same family.
bool closes(char32_t o, char32_t c) {
  switch (o) {
    case 0x201C: return c == 0x201D || c == '"' || c == 0x201C;  // “typo“: see pair_marks
    case 0x201E: return c == 0x201C || c == 0x201D || c == '"';
    case '"': return c == '"' || c == 0x201D;
    case 0x201D: return c == 0x201D;  // Swedish/Finnish ”…”
    case 0xAB: return c == 0xBB;
    case 0xBB: return c == 0xAB;
    case 0x300C: return c == 0x300D;
    case 0x300E: return c == 0x300F;
    case 0x2018: return c == 0x2019 || c == '\'';
    case 0x201A: return c == 0x2018 || c == 0x2019;
    case '\'': return c == '\'' || c == 0x2019;
    case 0x2039: return c == 0x203A;
    case 0x203A: return c == 0x2039;
    default: return false;
  }
}

bool opener_char(char32_t c) {
  switch (c) {
    case 0x201C: case 0x201E: case '"': case 0xAB: case 0xBB: case 0x300C: case 0x300E:
    case 0x2018: case 0x201A: case '\'': case 0x2039: case 0x203A: case 0x201D:
      return true;
    default:
      return false;
  }
}

bool format_char(char32_t c) {
  return (c >= 0x200B && c <= 0x200F) || (c >= 0x202A && c <= 0x202E) || (c >= 0x2060 && c <= 0x2069) ||
         c == 0xFEFF;
}

bool opening_context(char32_t c) {
  return c == 0 || is_space(c) || c == '(' || c == '[' || c == '{' || c == 0x2014 ||
         c == 0x2013 || c == '-' || c == '/' || c == ':' || family_of(c) != Family::kNone;
}

// An ASCII byte that is no quotation mark (nor half of a typewriter double).
inline bool plain_ascii(char ch) {
  const auto b = static_cast<unsigned char>(ch);
  return b < 0x80 && b != '"' && b != '\'' && b != '`';
}

// The longest word an elision table holds, and a little more: a longer run is no elision.
constexpr std::size_t kMaxElidedBytes = 8;

// An apostrophe of elision, not an opening single quote, at the byte before `from`: 'bout, 'em,
// 'til (kElisions), or a year cut to two digits, 'the '70s', 'the '16 race'. Such a mark paired
// with a later apostrophe would swallow the text between, quotes in double marks included.
bool elided_start(std::string_view text, std::size_t from, std::size_t end) {
  std::size_t j = from;
  char word[kMaxElidedBytes];
  std::size_t n = 0, digits = 0;
  while (j < end && n < kMaxElidedBytes) {
    const char c = text[j];
    const bool digit = c >= '0' && c <= '9';
    const bool letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    if (!digit && !letter) break;
    word[n++] = letter ? static_cast<char>(c | 0x20) : c;
    digits += digit;
    ++j;
  }
  if (n == 0 || n == kMaxElidedBytes) return false;
  // A letter of another script right after the run (UTF-8 lead byte): not a whole word.
  if (j < end && static_cast<unsigned char>(text[j]) >= 0x80) return false;
  if (digits == 2 && n == 2) return true;                            // '16
  if (digits == 2 && n == 3 && word[2] == 's') return true;          // '70s
  return digits == 0 && in_word_table<kElisions>(std::string_view(word, n));
}

struct Open {
  char32_t ch;
  std::size_t pos, end;
  // Counts only if it closes in its paragraph: “ followed by a space, or ” opening a paragraph.
  bool spaced;
};

// A pair found in one paragraph, at any nesting depth; which pairs are top-level is decided
// when the paragraph ends (select_top_level).
struct Cand {
  MarkSpan span;
  bool dbl = false;            // double-mark family
  std::size_t parent = kNoParent;
  bool holds_double = false;   // a double pair lies inside it
  bool kept = false;
};

// Top-level pairs of one paragraph, appended to `out` in text order. Pairs come from a stack, so
// they nest properly. A double pair is never inside a single one: a lone apostrophe opens a
// single "quote" that swallows the real ones after it ('in the late '70s, he said "no"', 'Anne
// in 't Veld said "yes"'), and a straight or curly single that holds a double is most often such
// an apostrophe paired with a later one ('the '80s ... "fine" ... the players' union').
void select_top_level(std::vector<Cand>& c, std::vector<MarkSpan>& out) {
  std::sort(c.begin(), c.end(), [](const Cand& a, const Cand& b) {
    return a.span.open != b.span.open ? a.span.open < b.span.open : a.span.close_end > b.span.close_end;
  });
  std::size_t chain[kMaxChain];
  std::size_t n = 0;
  for (std::size_t k = 0; k < c.size(); ++k) {
    while (n > 0 && c[chain[n - 1]].span.close_end <= c[k].span.open) --n;
    if (n > 0) c[k].parent = chain[n - 1];
    if (c[k].dbl)
      for (std::size_t a = c[k].parent; a != kNoParent; a = c[a].parent) c[a].holds_double = true;
    if (n < kMaxChain) chain[n++] = k;
  }
  for (std::size_t k = 0; k < c.size(); ++k) {
    bool blocked = !c[k].dbl && c[k].holds_double;
    for (std::size_t a = c[k].parent; a != kNoParent && !blocked; a = c[a].parent)
      blocked = c[a].kept || c[a].dbl;
    c[k].kept = !blocked;
    if (c[k].kept) out.push_back(c[k].span);
  }
}

}  // namespace

bool is_quote_mark(char32_t c) { return family_of(c) != Family::kNone; }

std::vector<MarkSpan> pair_marks(std::string_view text,
                                 const std::vector<std::pair<std::size_t, std::size_t>>& paragraphs) {
  std::vector<MarkSpan> out;
  std::vector<Cand> cands;
  Open stack[kMaxDepth];
  std::size_t depth = 0;
  char32_t carried = 0;  // opening mark left open at the end of the previous paragraph
  for (std::size_t p = 0; p < paragraphs.size(); ++p) {
    const std::size_t ps = paragraphs[p].first, pe = paragraphs[p].second;
    depth = 0;
    cands.clear();
    bool first_mark_seen = false;
    char32_t prev = 0;
    std::size_t i = ps;
    while (i < pe) {
      // Most bytes are ASCII and no mark: the same bookkeeping as below without the decoding
      // and family look-ups.
      if (plain_ascii(text[i])) {
        if (!first_mark_seen && !is_space(static_cast<unsigned char>(text[i]))) first_mark_seen = true;
        if (first_mark_seen) {
          const std::size_t j = skip_ascii_until<'"', '\'', '`'>(text, i + 1, pe);  // !plain_ascii()
          i = j - 1;
        }
        prev = static_cast<unsigned char>(text[i]);
        ++i;
        continue;
      }
      std::size_t len = 1;
      char32_t c = decode_utf8(text, i, len);
      // Typewriter doubles: ''quote'' (newspaper archives) and ``quote'' (TeX) are doubles.
      if ((c == '\'' || c == '`') && i + 1 < pe && text[i + 1] == static_cast<char>(c)) {
        c = c == '`' ? 0x201C : '"';
        len = 2;
      }
      const Family fam = family_of(c);
      if (fam == Family::kNone) {
        // Invisible direction and joiner marks (pasted from social media) are skipped.
        if (format_char(c)) {
          i += len;
          continue;
        }
        if (!is_space(c)) first_mark_seen = true;
        prev = c;
        i += len;
        continue;
      }
      std::size_t nlen = 1;
      const char32_t next = i + len < pe ? decode_utf8(text, i + len, nlen) : 0;
      const bool next_word = next != 0 && (is_letter(next) || is_digit(next));
      const bool next_open = next != 0 && !is_space(next);
      const bool prev_open = opening_context(prev);
      const bool at_para_start = !first_mark_seen;
      first_mark_seen = true;
      // Drop openers that waited too long: an unbalanced mark never pairs across a long text.
      while (depth > 0 && i - stack[depth - 1].pos > kMaxQuoteBytes) --depth;
      // 1. close the innermost matching opener (an unclosed inner single is discarded).
      bool done = false;
      for (std::size_t d = depth; d > 0 && !done; --d) {
        const Open& o = stack[d - 1];
        if (!closes(o.ch, c)) continue;
        if (fam == Family::kSingle && next_word) break;  // apostrophe: "don't", "Moscow's"
        if (is_space(prev) && next_word && !(c == 0x201C && o.ch == 0x201E)) break;  // an opener
        // “ closing “ (a typing slip, '“It's fine,“ he said') only where it cannot open.
        if (c == 0x201C && o.ch == 0x201C && (is_space(prev) || next_word)) break;
        if (o.ch == c && (c == 0xAB || c == 0xBB) && prev_open && next_open) break;
        Cand k;
        k.span.open = o.pos;
        k.span.open_end = o.end;
        k.span.close = i;
        k.span.close_end = i + len;
        k.span.paragraph = p;
        k.span.continuation = carried != 0 && o.pos == ps;
        k.dbl = family_of(o.ch) == Family::kDouble;
        cands.push_back(k);
        depth = d - 1;
        done = true;
      }
      // 2. open.
      // French spacing: « oui » ; CJK brackets open wherever they stand: 彼は「はい」.
      bool double_open = false;
      for (std::size_t d = 0; d < depth; ++d) double_open = double_open || family_of(stack[d].ch) == Family::kDouble;
      // A loose opening “ ('he said, “ we will see.”') is unambiguous: it opens when no double
      // quote is open, but only a pair it closes in its paragraph counts.
      const bool spaced_curly = c == 0x201C && is_space(next) && !double_open;
      const bool spaced_ok = ((c == 0xAB || c == 0x2039) && is_space(next)) || spaced_curly;
      const bool cjk = c == 0x300C || c == 0x300E;
      // A missing space: 'Ryan said,“Look, ...”', 'the authorities."We were deceived."'. The
      // mark hugs the next word and no double quote is open (a straight one would have closed).
      const bool glued = (c == 0x201C || c == '"') && !double_open && next != 0 && is_upper(next) &&
                         (prev == ',' || prev == '.' || prev == ';' || prev == '?' || prev == '!');
      if (!done && opener_char(c) && (prev_open || cjk || glued) && (next_open || spaced_ok) &&
          depth < kMaxDepth) {
        bool ok = true;
        if (fam == Family::kSingle)
          ok = (next_word && !elided_start(text, i + len, pe)) || family_of(next) != Family::kNone;
        // ” opens a paragraph that continues a ”…” quote (Swedish style), or one that starts
        // with a mark typed the wrong way round ('”Sorry, we lost,” she posted'), which counts
        // only if it closes in its paragraph.
        bool must_close = spaced_curly;
        if (c == 0x201D) {
          ok = depth == 0 && at_para_start && (carried == 0x201D || next_word);
          must_close = carried != 0x201D;
        }
        // French/German: "»" after a space opens only German »…«, where the text hugs it.
        if (ok) stack[depth++] = Open{c, i, i + len, must_close};
      }
      prev = c;
      i += len;
    }
    // Paragraph end: an open double quote either continues in the next paragraph (which
    // reopens it) or ran to the end of this one.
    carried = 0;
    std::size_t bottom = 0;
    while (bottom < depth && family_of(stack[bottom].ch) != Family::kDouble) ++bottom;
    // An opener too far from the paragraph's end is a stray mark, not a quote to its end.
    if (bottom < depth && pe - stack[bottom].pos <= kMaxQuoteBytes && !stack[bottom].spaced) {
      const Open& o = stack[bottom];
      MarkSpan s;
      s.open = o.pos;
      s.open_end = o.end;
      std::size_t e = pe;
      s.close = s.close_end = e;
      s.closed = false;
      s.paragraph = p;
      s.continuation = false;
      if (p + 1 < paragraphs.size()) {
        std::size_t j = paragraphs[p + 1].first, l = 1;
        while (j < paragraphs[p + 1].second && is_space(decode_utf8(text, j, l))) j += l;
        if (j < paragraphs[p + 1].second && decode_utf8(text, j, l) == o.ch) {
          s.continues = true;
          carried = o.ch;
        }
      }
      // A previous paragraph's carried quote reopened here.
      if (!out.empty() && o.pos == ps) s.continuation = out.back().continues && out.back().paragraph + 1 == p;
      if (s.close > s.open_end) {
        Cand k;
        k.span = s;
        k.dbl = true;
        cands.push_back(k);
      }
    }
    select_top_level(cands, out);
  }
  return out;
}

}  // namespace pith::detail
