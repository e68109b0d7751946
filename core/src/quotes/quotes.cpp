// The quote engine's orchestrator: pair marks, frame each quotation in its sentence, type it,
// find reported speech, then resolve speakers. Each step lives in its own file.
#include "quotes/quotes.h"

#include <algorithm>

#include "common/names.h"
#include "common/sentences.h"
#include "common/utf8.h"
#include "quotes/cues/lexicon.h"
#include "quotes/spans/marks.h"
#include "quotes/reported/reported.h"
#include "quotes/resolve/resolve.h"
#include "quotes/speakers/speaker.h"
#include "quotes/spans/title.h"
#include "quotes/spans/typing.h"

namespace pith::detail {
namespace {

constexpr std::size_t kNone = static_cast<std::size_t>(-1);
constexpr std::size_t kBeforeWindow = 60;  // tokens of the writer's sentence before a quote
constexpr std::size_t kAfterWindow = 40;
// Confidence of a quote with weak evidence of being a name (die Raumsonde „X“, der „X“), or of
// a name given by a naming verb ('a memo titled “X”'): under 0.5, above the 0.3 of an
// all-capitalised quote and the 0.15 of a certain name.
constexpr double kMaybeNameConfidence = 0.45;
// Confidence of a lone quoted word in English, or a short phrase in single marks, that nobody is
// found to have said (title.cpp, lone_term): below 0.4, "likely not speech".
constexpr double kLoneTermConfidence = 0.35;

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

// The first pronoun or name in tokens [from, to); names are checked against the known
// people later (resolve.cpp), so the scan goes on past other names ("China").
Mention first_person_mention(std::string_view text, const std::vector<Token>& toks,
                             std::size_t from, std::size_t to) {
  Mention m;
  for (std::size_t i = from; i < to; ++i) {
    if (toks[i].kind != TokKind::kWord) continue;
    const char cls = pronoun_class(low(text, toks, i));
    if (cls == 's' || cls == 'p' || cls == 'f') {
      m.r = {i, i, true};
      m.kind = MentionKind::kPronoun;
      return m;
    }
    if (const TokRange r = name_run_after(text, toks, i, to); r.ok) {
      m.r = r;
      m.kind = MentionKind::kName;
      return m;
    }
  }
  return m;
}

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

// '"(LAUGHTER.)"', '"[Applause]"': a transcript's stage direction in the marks, wholly in
// parentheses or brackets (a full stop may follow), describes the scene; nobody says it.
bool stage_direction(std::string_view text, std::size_t cs, std::size_t ce) {
  while (ce > cs && text[ce - 1] == '.') --ce;
  if (ce < cs + 3) return false;
  const char open = text[cs], close = text[ce - 1];
  if (!((open == '(' && close == ')') || (open == '[' && close == ']'))) return false;
  // One group only: "(a) first, (b) second" opens again inside.
  for (std::size_t i = cs + 1; i + 1 < ce; ++i)
    if (text[i] == open || text[i] == close) return false;
  return true;
}

// Within a sentence group, a quote without a speaker takes the first one found, earlier or
// later: '“Q1” and “Q2,” he said' gives both to "he".
void share_sentence_attribution(std::vector<Item>& items, const std::vector<std::size_t>& group_of) {
  std::size_t i = 0;
  while (i < items.size()) {
    std::size_t j = i;
    const Attribution* found = nullptr;
    while (j < items.size() && group_of[j] == group_of[i]) {
      if (!found && items[j].attribution.ok) found = &items[j].attribution;
      ++j;
    }
    if (found) {
      const Attribution a = *found;
      for (std::size_t k = i; k < j; ++k)
        if (!items[k].attribution.ok) {
          items[k].attribution = a;
          items[k].attribution.adjacent = false;
        }
    }
    i = j;
  }
}

}  // namespace

QuoteResult find_quotes(std::string_view text,
                        const std::vector<std::pair<std::size_t, std::size_t>>& paragraphs,
                        const std::vector<std::size_t>& name_breaks) {
  QuoteResult result;
  const LowerCaseScope lower_case(text);  // token look-ups read one lower-cased copy
  std::vector<Token> toks = tokenize(text, 0, text.size());
  // "Elias BrandtKowalski said" repaired to "Elias Brandt Kowalski said": the speaker is the
  // name right of the split, so the token starting there opens a new name.
  for (const std::size_t b : name_breaks) {
    std::size_t k = token_at(toks, b);
    // The split inserted a space before `b`, or `b` is the start of the second word itself.
    if (k < toks.size() && toks[k].start >= b && toks[k].start <= b + 1) toks[k].name_break = true;
  }
  const std::vector<MarkSpan> spans = pair_marks(text, paragraphs);
  std::vector<std::size_t> para_first(paragraphs.size()), para_end(paragraphs.size());
  for (std::size_t p = 0; p < paragraphs.size(); ++p) {
    para_first[p] = token_at(toks, paragraphs[p].first);
    para_end[p] = token_at(toks, paragraphs[p].second);
  }
  // 0 outside quotations, 1 inside a scare quote, 2 inside any other quotation.
  std::vector<unsigned char> quoted(toks.size(), 0);
  std::vector<Item> items;
  items.reserve(spans.size());
  std::vector<Mention> labels(paragraphs.size());
  std::vector<unsigned char> label_done(paragraphs.size(), 0);
  std::vector<unsigned char> headline(paragraphs.size(), 0), headline_done(paragraphs.size(), 0);
  std::vector<std::size_t> group_of;  // sentence group of each item
  // Start offsets (in order) of scare quotes that are terms unless somebody said them: one word
  // in English (title.cpp, lone_term) or a phrase in single marks.
  std::vector<std::size_t> lone_terms;
  // Start offsets (in order) of names given by a naming verb ('a memo titled “X”', title.cpp,
  // titled_by_verb): no speaker, but a confidence just under 0.5 rather than a name's.
  std::vector<std::size_t> titled;
  std::size_t group = 0;
  bool prev_ended_sentence = false;
  std::size_t last_sentence_start = 0;
  bool prev_quote_cap = false;  // the previous quotation starts with a capital (title.cpp)
  bool prev_shouted = false;    // the previous quotation was cried out (title.cpp, shouted)

  for (std::size_t si = 0; si < spans.size(); ++si) {
    const MarkSpan& s = spans[si];
    const std::size_t p = s.paragraph;
    QuoteWindow w;
    w.open = token_at(toks, s.open);
    // A mark can be two tokens ('' as a double quote): `close` is the mark's last token.
    w.close = s.closed ? token_at(toks, s.close_end) - 1 : kNone;
    const std::size_t pf = para_first[p], pe = para_end[p];
    const std::size_t prev_close =
        si > 0 && spans[si - 1].paragraph == p ? token_at(toks, spans[si - 1].close_end) : pf;
    std::size_t b = w.open;
    while (b > prev_close && b > pf && w.open - b < kBeforeWindow && !is_terminal_tok(text, toks, b - 1, paragraphs[p].second))
      --b;
    w.before = b;
    // Quotes of one sentence: "He watched “A” and called it “B”" — B's clause starts at "He".
    const bool same_sentence = si > 0 && spans[si - 1].paragraph == p && w.before == prev_close &&
                               prev_close != pf && !prev_ended_sentence && !items.empty();
    w.sentence = same_sentence ? last_sentence_start : w.before;
    const std::size_t next_open =
        si + 1 < spans.size() && spans[si + 1].paragraph == p ? token_at(toks, spans[si + 1].open) : pe;
    std::size_t a = s.closed ? w.close + 1 : pe;
    while (a < next_open && a < pe && a - w.close < kAfterWindow && !is_terminal_tok(text, toks, a, paragraphs[p].second))
      ++a;
    w.after = s.closed ? a : pe;
    // English and German put a comma, not a full stop, before the attribution: a quote ending
    // in '.' ends its sentence ('“... Ukraine.” According to him, ...' starts a new one).
    if (s.closed && s.close > s.open_end && text[s.close - 1] == '.') w.after = w.close + 1;
    const std::size_t content_end_tok = s.closed ? token_at(toks, s.close) : pe;

    TypeInput in;
    for (std::size_t k = w.open + 1; k < content_end_tok; ++k)
      if (toks[k].kind == TokKind::kWord || toks[k].kind == TokKind::kNumber) ++in.words;
    if (in.words == 0) continue;
    in.sentence_start = w.open == w.before;
    if (!in.sentence_start && w.open == w.before + 1 && toks[w.before].kind == TokKind::kPunct &&
        std::string_view("-\xE2").find(text[toks[w.before].start]) != std::string_view::npos)
      in.sentence_start = true;
    bool only_punct_after = true;
    for (std::size_t k = s.closed ? w.close + 1 : pe; k < pe && only_punct_after; ++k)
      only_punct_after = toks[k].kind == TokKind::kPunct;
    in.fills_paragraph = w.open == pf && only_punct_after;
    in.continuation = s.continuation || s.continues;
    if (content_end_tok > w.open + 1) {
      const Token& last = toks[content_end_tok - 1];
      in.ends_sentence = punct_is(text, last, ".!?");
    }

    Item it;
    it.attribution = attribute(text, toks, w);
    // "Cruz continued:" then the quote as the next paragraph: the introducing sentence speaks.
    if (!it.attribution.ok && w.open == pf && p > 0) {
      const std::size_t colon = para_end[p - 1];
      if (colon > para_first[p - 1] && toks[colon - 1].kind == TokKind::kPunct &&
          text[toks[colon - 1].start] == ':') {
        QuoteWindow intro;
        intro.open = colon;  // as if the quote followed the colon directly
        intro.close = kNone;
        std::size_t b = colon - 1;
        while (b > para_first[p - 1] && colon - b < kBeforeWindow &&
               !is_terminal_tok(text, toks, b - 1, paragraphs[p - 1].second))
          --b;
        intro.before = intro.sentence = b;
        intro.after = colon;
        it.attribution = attribute(text, toks, intro);
      }
    }
    // Quotes of one sentence share a speaker: 'she called it “ugly,” “a shock” and “a fight”'.
    if (!same_sentence) ++group;
    last_sentence_start = w.sentence;
    group_of.push_back(group);
    prev_ended_sentence = s.closed && s.close > s.open_end &&
                          std::string_view(".!?").find(text[s.close - 1]) != std::string_view::npos;
    Quote& q = it.quote;
    q.type = classify_quote(in, it.attribution);
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
    q.start = cs;
    q.end = ce;
    q.text = std::string(text.substr(cs, ce - cs));
    q.paragraph = static_cast<int>(p);
    it.tok = w.open;
    it.sentence = w.sentence;
    it.continuation = s.continuation;
    it.title_like = (q.type == QuoteType::kScare || q.type == QuoteType::kPartial) &&
                    looks_like_title(text, toks, token_at(toks, s.open_end), content_end_tok);
    {  // Names of things (title.cpp): not speech, so no speaker (resolve.cpp) and low confidence.
      TitleInput ti;
      ti.open = w.open;
      ti.first = token_at(toks, s.open_end);
      ti.end = content_end_tok;
      ti.close = w.close;
      ti.sentence = w.sentence;
      ti.para_first = pf;
      ti.para_end = pe;
      ti.sentence_end = w.after;
      ti.cue = it.attribution.ok;
      if (!headline_done[p]) {
        headline[p] = headline_case(toks, pf, pe);
        headline_done[p] = 1;
      }
      ti.headline = headline[p];
      ti.single_mark = (text[s.open] == '\'' && s.open_end == s.open + 1) ||
                       text.compare(s.open, 3, "\xE2\x80\x98") == 0;
      const NameEvidence name = names_a_thing(text, toks, ti);
      // 'the crowd chanted “Save Our Port” and “Vote Today”': cried-out words are somebody's,
      // however capitalised; the cry before the first of a list covers the rest.
      const bool cry = shouted(text, toks, ti) ||
                       (same_sentence && prev_shouted && list_separator(text, toks, prev_close - 1, w.open));
      prev_shouted = cry;
      const bool speech = cry || quoted_aside(text, toks, ti);
      // A short phrase in single marks with nobody to say it: a headline's or subhead's
      // highlighted term ('Senate rejects 'poison pill' bill'), single marks standing in for
      // doubles there. Both lower the confidence only if no speaker is found (below).
      if (q.type == QuoteType::kScare && !speech && (ti.single_mark || lone_term(text, toks, ti)))
        lone_terms.push_back(q.start);
      it.not_speech = (name == NameEvidence::kStrong && !speech) || stage_direction(text, q.start, q.end);
      if (it.not_speech && titled_by_verb(text, toks, ti)) titled.push_back(q.start);
      it.maybe_name = name == NameEvidence::kWeak && !speech;
      if (speech) it.title_like = false;
      // Title case but speech: inside indirect speech ('es gebe für die „Feinde der Freiheit“
      // keinen Platz'), or opening in lower case, as no title does (von „einer Klage der
      // Nachbarn“ is cut from somebody's sentence).
      if (it.title_like && (indirect_speech(text, toks, ti) || !starts_capitalised(text, toks, ti)))
        it.title_like = false;
      // „A“, „B“ oder „C“: one name in a list of quoted capitalised items names them all.
      const bool cap = starts_capitalised(text, toks, ti);
      if (same_sentence && !items.empty() && cap && prev_quote_cap &&
          list_separator(text, toks, prev_close - 1, w.open)) {
        if (items.back().not_speech && !speech) it.not_speech = true;
        else if (it.not_speech && items.back().quote.type == QuoteType::kScare) items.back().not_speech = true;
      }
      prev_quote_cap = cap;
    }
    if (!it.attribution.ok) it.fallback = first_person_mention(text, toks, w.sentence, w.open);
    // 'Roe praised the plan. “It is the best we have.”': a quote opening a sentence with no cue
    // of its own is most often the words of the previous sentence's subject (when a person),
    // unless a quote shortly before had a speaker (resolve.cpp: continuation comes first).
    if (!it.attribution.ok && !it.fallback.ok() && w.open == w.before && w.open > pf + 1 &&
        is_terminal_tok(text, toks, w.open - 1, paragraphs[p].second)) {
      std::size_t ps = w.open - 1;
      while (ps > pf && w.open - ps < kBeforeWindow &&
             !is_terminal_tok(text, toks, ps - 1, paragraphs[p].second))
        --ps;
      if (ps == pf || is_terminal_tok(text, toks, ps - 1, paragraphs[p].second)) {
        const Mention sub = subject_of(text, toks, ps, w.open - 1);
        if (sub.kind == MentionKind::kName) it.prev_subject = sub;
      }
    }
    if (!label_done[p]) {
      labels[p] = transcript_label(text, toks, pf, pe);
      label_done[p] = 1;
    }
    it.label = labels[p];
    const unsigned char level = q.type == QuoteType::kScare ? 1 : 2;
    for (std::size_t k = w.open; k <= content_end_tok && k < toks.size(); ++k) quoted[k] = level;
    items.push_back(std::move(it));
  }

  share_sentence_attribution(items, group_of);

  // Reported speech, a few clauses per sentence at most, merged in text order.
  std::vector<ByteRange> opaque;
  opaque.reserve(spans.size());
  for (const auto& s : spans) opaque.emplace_back(s.open, s.close_end);
  std::vector<Item> reported;
  for (std::size_t p = 0; p < paragraphs.size(); ++p) {
    for (const auto& sent : split_sentences(text, paragraphs[p].first, paragraphs[p].second, opaque)) {
      const std::size_t a = token_at(toks, sent.first), b = token_at(toks, sent.second);
      Reported r;
      // Up to four attributions per sentence ("X said A and said that B").
      for (std::size_t from = a, n = 0; n < 4 && find_reported(text, toks, a, b, quoted, r, from);
           ++n, from = r.next) {
      Item it;
      it.attribution = r.attribution;
      it.quote.type = QuoteType::kReported;
      it.quote.start = r.start;
      it.quote.end = r.end;
      it.quote.text = std::string(text.substr(r.start, r.end - r.start));
      it.quote.paragraph = static_cast<int>(p);
      it.tok = a;
      reported.push_back(std::move(it));
      }
    }
  }
  if (!reported.empty()) {
    std::vector<Item> merged;
    merged.reserve(items.size() + reported.size());
    std::merge(std::make_move_iterator(items.begin()), std::make_move_iterator(items.end()),
               std::make_move_iterator(reported.begin()), std::make_move_iterator(reported.end()),
               std::back_inserter(merged),
               [](const Item& x, const Item& y) { return x.quote.start < y.quote.start; });
    items = std::move(merged);
  }

  result.speakers = resolve_speakers(text, toks, items);
  // Probably a name (title.cpp): whoever the speaker, below 0.5 ("likely not speech").
  for (auto& it : items) {
    if (it.maybe_name) it.quote.confidence = std::min(it.quote.confidence, kMaybeNameConfidence);
    if (it.not_speech && std::binary_search(titled.begin(), titled.end(), it.quote.start))
      it.quote.confidence = kMaybeNameConfidence;
    if (!it.quote.speaker && it.quote.type == QuoteType::kScare &&
        std::binary_search(lone_terms.begin(), lone_terms.end(), it.quote.start))
      it.quote.confidence = std::min(it.quote.confidence, kLoneTermConfidence);
  }
  result.quotes.reserve(items.size());
  for (auto& it : items) result.quotes.push_back(std::move(it.quote));
  return result;
}

std::vector<std::pair<std::size_t, std::size_t>> split_paragraphs(std::string_view text) {
  std::vector<std::pair<std::size_t, std::size_t>> out;
  std::size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && text[i] == '\n') ++i;
    if (i >= text.size()) break;
    std::size_t j = text.find('\n', i);
    if (j == std::string_view::npos) j = text.size();
    out.emplace_back(i, j);
    i = j;
  }
  return out;
}

}  // namespace pith::detail
