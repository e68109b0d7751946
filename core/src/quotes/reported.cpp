#include "quotes/reported.h"

namespace pith::detail {
namespace {

constexpr std::size_t kMinContentWords = 3;
constexpr std::size_t kMaxObjectWords = 8;  // "told German Chancellor Olaf Scholz that"

bool punct_is(std::string_view text, const Token& t, char c) {
  return t.kind == TokKind::kPunct && text[t.start] == c;
}

// Content [a, b) in tokens: trim a final terminator, require enough words and no quotation.
bool content_ok(std::string_view text, const std::vector<Token>& toks, std::size_t a,
                std::size_t& b, const std::vector<unsigned char>& quoted) {
  while (b > a && toks[b - 1].kind == TokKind::kPunct &&
         std::string_view(".!?;:,").find(text[toks[b - 1].start]) != std::string_view::npos)
    --b;
  std::size_t words = 0;
  for (std::size_t i = a; i < b; ++i) {
    if (quoted[i]) return false;
    if (toks[i].kind == TokKind::kWord) ++words;
  }
  return words >= kMinContentWords;
}

bool clause_start(std::string_view text, const std::vector<Token>& toks, std::size_t i) {
  if (toks[i].kind != TokKind::kWord) return false;
  const std::string w = low(text, toks, i);
  return pronoun_class(w) != 0 || is_determiner(w) || is_name_word(text, toks[i]);
}

}  // namespace

bool find_reported(std::string_view text, const std::vector<Token>& toks, std::size_t first,
                   std::size_t last, const std::vector<unsigned char>& quoted, Reported& out) {
  for (std::size_t i = first; i < last; ++i) {
    if (quoted[i]) continue;
    CueMatch cue = cue_at(text, toks, i, last);
    if (!cue.ok || !(cue.flags & kCueReport)) continue;
    Attribution a;
    a.cue = cue;
    std::size_t cs = 0, ce = last;
    if (cue.flags & kCueAccording) {
      a.mention = mention_after(text, toks, cue.last + 1, last);
      if (!a.mention.ok()) continue;
      std::size_t k = a.mention.r.last + 1;
      if (k < last && punct_is(text, toks[k], ',') && cue.first == first) {
        cs = k + 1;  // "According to him, CLAUSE."
      } else if (cue.first > first + 1 && punct_is(text, toks[cue.first - 1], ',')) {
        cs = first;  // "CLAUSE, according to him."
        ce = cue.first - 1;
      } else {
        continue;
      }
    } else {
      a.mention = mention_before(text, toks, cue.first, first);
      if (!a.mention.ok()) continue;
      std::size_t k = cue.last + 1;
      if (cue.flags & kCueObject) {
        std::size_t n = 0;
        while (k < last && n < kMaxObjectWords && !is_that(low(text, toks, k)) &&
               toks[k].kind == TokKind::kWord) {
          ++k;
          ++n;
        }
      }
      if (k < last && toks[k].kind == TokKind::kWord && is_that(low(text, toks, k))) {
        cs = k + 1;
      } else if (k < last && !(cue.flags & kCueObject) && clause_start(text, toks, k) &&
                 a.mention.r.first == first) {
        cs = k;  // "He said he would ..."
      } else if (k < last && a.mention.r.first > first + 1 &&
                 punct_is(text, toks[a.mention.r.first - 1], ',') &&
                 (punct_is(text, toks[k], '.') || k + 1 >= last)) {
        cs = first;  // "CLAUSE, he said."
        ce = a.mention.r.first - 1;
      } else {
        continue;
      }
    }
    if (cs >= ce || !content_ok(text, toks, cs, ce, quoted)) return false;
    a.ok = true;
    out.attribution = a;
    out.start = toks[cs].start;
    out.end = toks[ce - 1].end;
    return true;
  }
  return false;
}

}  // namespace pith::detail
