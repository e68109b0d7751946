// The frame of each quotation (frame.h).
#include "quotes/spans/frame.h"

#include <algorithm>

#include "common/sentences.h"
#include "common/utf8.h"

namespace pith::detail {
namespace {

constexpr std::size_t kNone = static_cast<std::size_t>(-1);

// '"SMITH: We will see."': a transcript's speaker label inside the marks is not part of what
// is said. The label is one to three words in capitals ("MR. ROE", "JONES") and a colon; the
// quote goes on after it. Returns the content start past the label (or `cs` unchanged).
constexpr std::size_t kMaxLabelWords = 3;
std::size_t after_transcript_label(std::string_view text, const std::vector<Token>& toks,
                                   std::size_t cs, std::size_t ce) {
  std::size_t k = token_at(toks, cs), words = 0;
  while (k < toks.size() && toks[k].end <= ce && words <= kMaxLabelWords) {
    const Token& t = toks[k];
    if (t.kind == TokKind::kWord && t.caps) {
      ++words;
    } else if (t.kind == TokKind::kPunct && text[t.start] == '.' && words > 0) {
      // "MR." inside a label
    } else if (t.kind == TokKind::kPunct && text[t.start] == ':' && words > 0) {
      std::size_t e = t.end;
      while (e < ce && (text[e] == ' ' || text[e] == '\t')) ++e;
      return e < ce && e > t.end ? e : cs;  // a space, then the words said
    } else {
      break;
    }
    ++k;
  }
  return cs;
}

}  // namespace

std::size_t token_at(const std::vector<Token>& toks, std::size_t byte) {
  auto it = std::lower_bound(toks.begin(), toks.end(), byte,
                             [](const Token& t, std::size_t b) { return t.start < b; });
  return static_cast<std::size_t>(it - toks.begin());
}

bool is_terminal_tok(std::string_view text, const std::vector<Token>& toks, std::size_t i,
                     std::size_t para_end) {
  const Token& t = toks[i];
  if (t.kind != TokKind::kPunct) return false;
  const char c = text[t.start];
  if (c == ';') return true;
  if (c != '.' && c != '!' && c != '?') return false;
  return ends_sentence(text, t.start, para_end);
}

Frame frame_of(std::string_view text, const std::vector<Token>& toks,
               const std::vector<MarkSpan>& spans, std::size_t si, std::size_t pf, std::size_t pe,
               std::size_t para_end) {
  const MarkSpan& s = spans[si];
  const std::size_t p = s.paragraph;
  Frame f;
  QuoteWindow& w = f.w;
  w.open = token_at(toks, s.open);
  // A mark can be two tokens ('' as a double quote): `close` is the mark's last token.
  w.close = s.closed ? token_at(toks, s.close_end) - 1 : kNone;
  const std::size_t prev_close =
      si > 0 && spans[si - 1].paragraph == p ? token_at(toks, spans[si - 1].close_end) : pf;
  f.prev_close = prev_close;
  std::size_t b = w.open;
  while (b > prev_close && b > pf && w.open - b < kBeforeWindow && !is_terminal_tok(text, toks, b - 1, para_end))
    --b;
  w.before = b;
  w.sentence = w.before;
  const std::size_t next_open =
      si + 1 < spans.size() && spans[si + 1].paragraph == p ? token_at(toks, spans[si + 1].open) : pe;
  std::size_t a = s.closed ? w.close + 1 : pe;
  while (a < next_open && a < pe && a - w.close < kAfterWindow && !is_terminal_tok(text, toks, a, para_end))
    ++a;
  w.after = s.closed ? a : pe;
  // English and German put a comma, not a full stop, before the attribution: a quote ending
  // in '.' ends its sentence ('“... Ukraine.” According to him, ...' starts a new one).
  if (s.closed && s.close > s.open_end && text[s.close - 1] == '.') w.after = w.close + 1;
  f.content_end = s.closed ? token_at(toks, s.close) : pe;
  return f;
}

std::pair<std::size_t, std::size_t> content_of(std::string_view text, const std::vector<Token>& toks,
                                               const MarkSpan& s) {
  std::size_t cs = s.open_end, ce = s.close;
  // Trim spaces inside the marks, NBSP of French spacing included: « oui ».
  while (cs < ce) {
    std::size_t l = 1;
    if (!is_space(decode_utf8(text, cs, l))) break;
    cs += l;
  }
  while (ce > cs) {
    const std::size_t pstart = prev_cp_start(text, ce);
    std::size_t l = 1;
    if (!is_space(decode_utf8(text, pstart, l))) break;
    ce = pstart;
  }
  cs = after_transcript_label(text, toks, cs, ce);
  return {cs, ce};
}

}  // namespace pith::detail
