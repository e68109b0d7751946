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

// One mark met inside a paragraph, with the characters around it.
struct Mark {
  char32_t c = 0;         // the mark ('' and `` read as one double mark)
  std::size_t pos = 0;    // its byte offset
  std::size_t len = 0;    // its length in bytes
  Family fam = Family::kNone;
  char32_t prev = 0;      // the character before it (0 at the paragraph start)
  char32_t next = 0;      // the character after it (0 at the paragraph end)
  bool next_word = false;  // a letter or digit follows
  bool next_open = false;  // something other than a space follows
  bool prev_open = false;  // what precedes may precede an opening mark
  bool at_para_start = false;  // no mark and no word before it in the paragraph
};

// Pairs the marks of a text one paragraph at a time; an opening double mark left open at a
// paragraph's end may be carried into the next one.
class MarkPairer {
 public:
  MarkPairer(std::string_view text, const std::vector<std::pair<std::size_t, std::size_t>>& paragraphs)
      : text_(text), paragraphs_(paragraphs) {}

  std::vector<MarkSpan> run() {
    for (std::size_t p = 0; p < paragraphs_.size(); ++p) {
      depth_ = 0;
      cands_.clear();
      pair_paragraph(p);
      end_paragraph(p);
      select_top_level(cands_, out_);
    }
    return std::move(out_);
  }

 private:
  void pair_paragraph(std::size_t p);
  bool close_with(const Mark& m, std::size_t p);
  void open_with(const Mark& m, std::size_t pe);
  void end_paragraph(std::size_t p);

  std::string_view text_;
  const std::vector<std::pair<std::size_t, std::size_t>>& paragraphs_;
  std::vector<MarkSpan> out_;
  std::vector<Cand> cands_;
  Open stack_[kMaxDepth];
  std::size_t depth_ = 0;
  char32_t carried_ = 0;  // opening mark left open at the end of the previous paragraph
};

// Every mark of paragraph `p`, closing or opening (or neither) in text order.
void MarkPairer::pair_paragraph(std::size_t p) {
  const std::string_view text = text_;
  const std::size_t ps = paragraphs_[p].first, pe = paragraphs_[p].second;
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
    Mark m;
    m.c = c;
    m.pos = i;
    m.len = len;
    m.fam = fam;
    m.prev = prev;
    std::size_t nlen = 1;
    m.next = i + len < pe ? decode_utf8(text, i + len, nlen) : 0;
    m.next_word = m.next != 0 && (is_letter(m.next) || is_digit(m.next));
    m.next_open = m.next != 0 && !is_space(m.next);
    m.prev_open = opening_context(prev);
    m.at_para_start = !first_mark_seen;
    first_mark_seen = true;
    // Drop openers that waited too long: an unbalanced mark never pairs across a long text.
    while (depth_ > 0 && i - stack_[depth_ - 1].pos > kMaxQuoteBytes) --depth_;
    const bool done = close_with(m, p);
    if (!done) open_with(m, pe);
    prev = c;
    i += len;
  }
}

// 1. Closes the innermost opener mark `m` can close (an unclosed inner single is discarded).
bool MarkPairer::close_with(const Mark& m, std::size_t p) {
  const char32_t c = m.c;
  const char32_t prev = m.prev;
  for (std::size_t d = depth_; d > 0; --d) {
    const Open& o = stack_[d - 1];
    if (!closes(o.ch, c)) continue;
    if (m.fam == Family::kSingle && m.next_word) break;  // apostrophe: "don't", "Moscow's"
    if (is_space(prev) && m.next_word && !(c == 0x201C && o.ch == 0x201E)) break;  // an opener
    // “ closing “ (a typing slip, '“It's fine,“ he said') only where it cannot open.
    if (c == 0x201C && o.ch == 0x201C && (is_space(prev) || m.next_word)) break;
    if (o.ch == c && (c == 0xAB || c == 0xBB) && m.prev_open && m.next_open) break;
    Cand k;
    k.span.open = o.pos;
    k.span.open_end = o.end;
    k.span.close = m.pos;
    k.span.close_end = m.pos + m.len;
    k.span.paragraph = p;
    k.span.continuation = carried_ != 0 && o.pos == paragraphs_[p].first;
    k.dbl = family_of(o.ch) == Family::kDouble;
    cands_.push_back(k);
    depth_ = d - 1;
    return true;
  }
  return false;
}

// 2. Opens a quote at mark `m`, if it stands where an opening mark does.
void MarkPairer::open_with(const Mark& m, std::size_t pe) {
  const char32_t c = m.c;
  const char32_t prev = m.prev;
  const char32_t next = m.next;
  // French spacing: « oui » ; CJK brackets open wherever they stand: 彼は「はい」.
  bool double_open = false;
  // (depth_ never exceeds kMaxDepth; the bound spells it out for the compiler.)
  for (std::size_t d = 0; d < depth_ && d < kMaxDepth; ++d)
    double_open = double_open || family_of(stack_[d].ch) == Family::kDouble;
  // A loose opening “ ('he said, “ we will see.”') is unambiguous: it opens when no double
  // quote is open, but only a pair it closes in its paragraph counts.
  const bool spaced_curly = c == 0x201C && is_space(next) && !double_open;
  const bool spaced_ok = ((c == 0xAB || c == 0x2039) && is_space(next)) || spaced_curly;
  const bool cjk = c == 0x300C || c == 0x300E;
  // A missing space: 'Ryan said,“Look, ...”', 'the authorities."We were deceived."'. The
  // mark hugs the next word and no double quote is open (a straight one would have closed).
  const bool glued = (c == 0x201C || c == '"') && !double_open && next != 0 && is_upper(next) &&
                     (prev == ',' || prev == '.' || prev == ';' || prev == '?' || prev == '!');
  if (!(opener_char(c) && (m.prev_open || cjk || glued) && (m.next_open || spaced_ok) &&
        depth_ < kMaxDepth))
    return;
  bool ok = true;
  if (m.fam == Family::kSingle)
    ok = (m.next_word && !elided_start(text_, m.pos + m.len, pe)) || family_of(next) != Family::kNone;
  // ” opens a paragraph that continues a ”…” quote (Swedish style), or one that starts
  // with a mark typed the wrong way round ('”Sorry, we lost,” she posted'), which counts
  // only if it closes in its paragraph.
  bool must_close = spaced_curly;
  if (c == 0x201D) {
    ok = depth_ == 0 && m.at_para_start && (carried_ == 0x201D || m.next_word);
    must_close = carried_ != 0x201D;
  }
  // French/German: "»" after a space opens only German »…«, where the text hugs it.
  if (ok) stack_[depth_++] = Open{c, m.pos, m.pos + m.len, must_close};
}

// Paragraph end: an open double quote either continues in the next paragraph (which reopens
// it) or ran to the end of this one.
void MarkPairer::end_paragraph(std::size_t p) {
  const std::string_view text = text_;
  const std::size_t ps = paragraphs_[p].first, pe = paragraphs_[p].second;
  carried_ = 0;
  std::size_t bottom = 0;
  while (bottom < depth_ && family_of(stack_[bottom].ch) != Family::kDouble) ++bottom;
  // An opener too far from the paragraph's end is a stray mark, not a quote to its end.
  if (!(bottom < depth_ && pe - stack_[bottom].pos <= kMaxQuoteBytes && !stack_[bottom].spaced)) return;
  const Open& o = stack_[bottom];
  MarkSpan s;
  s.open = o.pos;
  s.open_end = o.end;
  std::size_t e = pe;
  s.close = s.close_end = e;
  s.closed = false;
  s.paragraph = p;
  s.continuation = false;
  if (p + 1 < paragraphs_.size()) {
    std::size_t j = paragraphs_[p + 1].first, l = 1;
    while (j < paragraphs_[p + 1].second && is_space(decode_utf8(text, j, l))) j += l;
    if (j < paragraphs_[p + 1].second && decode_utf8(text, j, l) == o.ch) {
      s.continues = true;
      carried_ = o.ch;
    }
  }
  // A previous paragraph's carried quote reopened here.
  if (!out_.empty() && o.pos == ps) s.continuation = out_.back().continues && out_.back().paragraph + 1 == p;
  if (s.close > s.open_end) {
    Cand k;
    k.span = s;
    k.dbl = true;
    cands_.push_back(k);
  }
}

}  // namespace

bool is_quote_mark(char32_t c) { return family_of(c) != Family::kNone; }

std::vector<MarkSpan> pair_marks(std::string_view text,
                                 const std::vector<std::pair<std::size_t, std::size_t>>& paragraphs) {
  return MarkPairer(text, paragraphs).run();
}

}  // namespace pith::detail
