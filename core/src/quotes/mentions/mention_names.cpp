// Names read after a cue whose first words are not the name itself: a modifier run ("said
// retired surgeon Ana Ruiz") or a quoted name ("said the “Iron Lady”"). Split from mention.cpp
// (size); declared in mention.h.
#include <string>

#include "common/utf8.h"
#include "quotes/cues/lexicon.h"
#include "quotes/mentions/mention.h"

namespace pith::detail {

Mention modified_name_after(std::string_view text, const std::vector<Token>& toks, std::size_t i,
                            std::size_t ceil) {
  constexpr std::size_t kMaxModifiers = 5;
  if (ceil > toks.size()) ceil = toks.size();
  for (std::size_t j = i; j < ceil && j < i + kMaxModifiers; ++j) {
    const Token& t = toks[j];
    if (t.newline && j > i) break;
    if (is_name_word(text, t)) {
      if (j == i) break;
      const TokRange r = name_run_after(text, toks, j, ceil);
      if (!r.ok) break;
      Mention m;
      m.r = {i, r.last, true};
      m.kind = MentionKind::kName;
      return m;
    }
    if (t.kind == TokKind::kNumber) continue;
    if (t.kind == TokKind::kPunct) {
      if (text[t.start] == '/' || text[t.start] == '-') continue;
      break;
    }
    const std::string w = low(text, toks, j);
    if (t.cap || (is_mention_stop(w) && w != "of") || is_cue_word(w) || is_determiner(w) ||
        pronoun_class(w) != 0)
      break;
  }
  return {};
}

Mention quoted_name_after(std::string_view text, const std::vector<Token>& toks, std::size_t i,
                          std::size_t ceil) {
  if (ceil > toks.size()) ceil = toks.size();
  std::size_t j = i;
  if (j < ceil && toks[j].kind == TokKind::kWord && is_determiner(low(text, toks, j))) ++j;
  auto mark = [&](std::size_t k) {
    if (k >= ceil || toks[k].kind != TokKind::kPunct) return false;
    const std::string_view t = tok_text(text, toks[k]);
    return t == "\"" || t == "\xE2\x80\x9E" || t == "\xE2\x80\x9C" || t == "\xE2\x80\x9D" ||
           t == "\xC2\xAB" || t == "\xC2\xBB";
  };
  if (!mark(j)) return {};
  const TokRange r = name_run_after(text, toks, j + 1, ceil);
  if (!r.ok || !mark(r.last + 1)) return {};
  Mention m;
  m.r = {i, r.last + 1, true};
  m.kind = MentionKind::kName;
  return m;
}

}  // namespace pith::detail
