// The quote engine's sequencer: pair marks (spans/), frame each quotation in its sentence,
// attribute it (speakers/), type it and tell names of things from speech (spans/), find
// reported speech (reported/), then resolve speakers (resolve/). It holds no rule of its own
// beyond the order of these steps and what one quotation hands on to the next.
#include "quotes/quotes.h"

#include <algorithm>
#include <iterator>

#include "common/names.h"
#include "common/sentences.h"
#include "quotes/cues/lexicon.h"
#include "quotes/cues/punct.h"
#include "quotes/cues/token_facts.h"
#include "quotes/reported/reported.h"
#include "quotes/resolve/resolve.h"
#include "quotes/spans/frame.h"
#include "quotes/spans/marks.h"
#include "quotes/spans/title.h"
#include "quotes/spans/typing.h"
#include "quotes/speakers/speaker.h"

namespace pith::detail {
namespace {

constexpr std::size_t kNone = static_cast<std::size_t>(-1);
// Confidence of a quote with weak evidence of being a name (die Raumsonde „X“, der „X“), or of
// a name given by a naming verb ('a memo titled “X”'): under 0.5, above the 0.3 of an
// all-capitalised quote and the 0.15 of a certain name.
constexpr double kMaybeNameConfidence = 0.45;
// Confidence of a lone quoted word in English, or a short phrase in single marks, that nobody is
// found to have said (title.cpp, lone_term): below 0.4, "likely not speech".
constexpr double kLoneTermConfidence = 0.35;
// The longest sentence the reported-speech rules read at once. They may read a clause from each
// cue to the sentence's end (and again past a cue whose clause fails), so their time grows with
// the square of a sentence's length: a longer "sentence" is read in windows of this many tokens.
// The dev sets' longest sentence of prose is 398 tokens (quotations count whole: they are
// opaque to the sentence split); longer ones occur only in a JSON blob.
constexpr std::size_t kReportedReach = 512;

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

// The quotations of one text, read one after the other: what each hands on to the next (its
// sentence, whether it was cried out or capitalised) and what they leave for reported speech
// (`quoted`) and for the confidences (`lone_terms`, `titled`).
class QuoteScan {
 public:
  QuoteScan(std::string_view text, const std::vector<Token>& toks,
            const std::vector<std::pair<std::size_t, std::size_t>>& paragraphs,
            const TokenFacts& facts)
      : text_(text),
        toks_(toks),
        facts_(facts),
        paragraphs_(paragraphs),
        spans_(pair_marks(text, paragraphs)),
        para_first_(paragraphs.size()),
        para_end_(paragraphs.size()),
        quoted_(toks.size(), 0),
        labels_(paragraphs.size()),
        label_done_(paragraphs.size(), 0),
        headline_(paragraphs.size(), 0),
        headline_done_(paragraphs.size(), 0) {
    for (std::size_t p = 0; p < paragraphs.size(); ++p) {
      para_first_[p] = token_at(toks, paragraphs[p].first);
      para_end_[p] = token_at(toks, paragraphs[p].second);
    }
    items_.reserve(spans_.size());
  }

  void add(std::size_t si);

  const std::vector<MarkSpan>& spans() const { return spans_; }
  // 0 outside quotations, 1 inside a scare quote, 2 inside any other quotation.
  const std::vector<unsigned char>& quoted() const { return quoted_; }
  std::vector<Item>& items() { return items_; }
  const std::vector<std::size_t>& group_of() const { return group_of_; }
  const std::vector<std::size_t>& lone_terms() const { return lone_terms_; }
  const std::vector<std::size_t>& titled() const { return titled_; }

 private:
  Attribution attribution_of(const QuoteWindow& w, std::size_t p) const;
  TitleInput title_input(const MarkSpan& s, const Frame& f, bool cue);
  void judge_name(const MarkSpan& s, const Frame& f, bool same_sentence, Item& it);
  void cueless_sources(const QuoteWindow& w, std::size_t p, Item& it) const;

  std::string_view text_;
  const std::vector<Token>& toks_;
  const TokenFacts& facts_;
  const std::vector<std::pair<std::size_t, std::size_t>>& paragraphs_;
  const std::vector<MarkSpan> spans_;
  std::vector<std::size_t> para_first_, para_end_;
  std::vector<unsigned char> quoted_;
  std::vector<Item> items_;
  std::vector<Mention> labels_;
  std::vector<unsigned char> label_done_;
  std::vector<unsigned char> headline_, headline_done_;
  std::vector<std::size_t> group_of_;  // sentence group of each item
  // Start offsets (in order) of scare quotes that are terms unless somebody said them: one word
  // in English (title.cpp, lone_term) or a phrase in single marks.
  std::vector<std::size_t> lone_terms_;
  // Start offsets (in order) of names given by a naming verb ('a memo titled “X”', title.cpp,
  // titled_by_verb): no speaker, but a confidence just under 0.5 rather than a name's.
  std::vector<std::size_t> titled_;
  std::size_t group_ = 0;
  bool prev_ended_sentence_ = false;
  std::size_t last_sentence_start_ = 0;
  bool prev_quote_cap_ = false;  // the previous quotation starts with a capital (title.cpp)
  bool prev_shouted_ = false;    // the previous quotation was cried out (title.cpp, shouted)
};

// The speaker patterns' attribution of the quotation in window `w` of paragraph `p`.
Attribution QuoteScan::attribution_of(const QuoteWindow& w, std::size_t p) const {
  const std::string_view text = text_;
  const std::vector<Token>& toks = toks_;
  Attribution a = attribute(text, toks, w, &facts_);
  // "Cruz continued:" then the quote as the next paragraph: the introducing sentence speaks.
  if (!a.ok && w.open == para_first_[p] && p > 0) {
    const std::size_t colon = para_end_[p - 1];
    if (colon > para_first_[p - 1] && toks[colon - 1].kind == TokKind::kPunct &&
        text[toks[colon - 1].start] == ':') {
      QuoteWindow intro;
      intro.open = colon;  // as if the quote followed the colon directly
      intro.close = kNone;
      std::size_t b = colon - 1;
      while (b > para_first_[p - 1] && colon - b < kBeforeWindow &&
             !is_terminal_tok(text, toks, b - 1, paragraphs_[p - 1].second))
        --b;
      intro.before = intro.sentence = b;
      intro.after = colon;
      a = attribute(text, toks, intro, &facts_);
    }
  }
  return a;
}

// What title.cpp reads of quotation `s` (`cue`: a speech cue frames it).
TitleInput QuoteScan::title_input(const MarkSpan& s, const Frame& f, bool cue) {
  const QuoteWindow& w = f.w;
  const std::size_t p = s.paragraph;
  TitleInput ti;
  ti.open = w.open;
  ti.first = token_at(toks_, s.open_end);
  ti.end = f.content_end;
  ti.close = w.close;
  ti.sentence = w.sentence;
  ti.para_first = para_first_[p];
  ti.para_end = para_end_[p];
  ti.sentence_end = w.after;
  ti.cue = cue;
  if (!headline_done_[p]) {
    headline_[p] = headline_case(toks_, para_first_[p], para_end_[p]);
    headline_done_[p] = 1;
  }
  ti.headline = headline_[p];
  ti.single_mark = (text_[s.open] == '\'' && s.open_end == s.open + 1) ||
                   text_.compare(s.open, 3, "\xE2\x80\x98") == 0;
  return ti;
}

// Names of things (title.cpp): not speech, so no speaker (resolve.cpp) and low confidence.
void QuoteScan::judge_name(const MarkSpan& s, const Frame& f, bool same_sentence, Item& it) {
  const std::string_view text = text_;
  const std::vector<Token>& toks = toks_;
  const QuoteWindow& w = f.w;
  const Quote& q = it.quote;
  const TitleInput ti = title_input(s, f, it.attribution.ok);
  const NameEvidence name = names_a_thing(text, toks, ti);
  // 'the crowd chanted “Save Our Port” and “Vote Today”': cried-out words are somebody's,
  // however capitalised; the cry before the first of a list covers the rest.
  const bool cry = shouted(text, toks, ti) ||
                   (same_sentence && prev_shouted_ && list_separator(text, toks, f.prev_close - 1, w.open));
  prev_shouted_ = cry;
  const bool speech = cry || quoted_aside(text, toks, ti);
  // A short phrase in single marks with nobody to say it: a headline's or subhead's
  // highlighted term ('Senate rejects 'poison pill' bill'), single marks standing in for
  // doubles there. Both lower the confidence only if no speaker is found (below).
  if (q.type == QuoteType::kScare && !speech && (ti.single_mark || lone_term(text, toks, ti)))
    lone_terms_.push_back(q.start);
  it.stage = stage_direction(text, q.start, q.end);
  it.not_speech = (name == NameEvidence::kStrong && !speech) || it.stage;
  if (it.not_speech && titled_by_verb(text, toks, ti)) titled_.push_back(q.start);
  it.maybe_name = name == NameEvidence::kWeak && !speech;
  if (speech) it.title_like = false;
  // Title case but speech: inside indirect speech ('es gebe für die „Feinde der Freiheit“
  // keinen Platz'), or opening in lower case, as no title does (von „einer Klage der
  // Nachbarn“ is cut from somebody's sentence).
  if (it.title_like && (indirect_speech(text, toks, ti) || !starts_capitalised(text, toks, ti)))
    it.title_like = false;
  // „A“, „B“ oder „C“: one name in a list of quoted capitalised items names them all.
  const bool cap = starts_capitalised(text, toks, ti);
  if (same_sentence && !items_.empty() && cap && prev_quote_cap_ &&
      list_separator(text, toks, f.prev_close - 1, w.open)) {
    if (items_.back().not_speech && !speech) it.not_speech = true;
    else if (it.not_speech && items_.back().quote.type == QuoteType::kScare) items_.back().not_speech = true;
  }
  prev_quote_cap_ = cap;
}

// A quotation with no cue in its sentence: the first person named before it in the sentence,
// and, when it opens its sentence, the named subject of the sentence before (resolve.cpp picks).
void QuoteScan::cueless_sources(const QuoteWindow& w, std::size_t p, Item& it) const {
  const std::string_view text = text_;
  const std::vector<Token>& toks = toks_;
  const std::size_t pf = para_first_[p];
  if (!it.attribution.ok) it.fallback = first_person_mention(text, toks, w.sentence, w.open);
  // 'Roe praised the plan. “It is the best we have.”': a quote opening a sentence with no cue
  // of its own is most often the words of the previous sentence's subject (when a person),
  // unless a quote shortly before had a speaker (resolve.cpp: continuation comes first).
  if (!it.attribution.ok && !it.fallback.ok() && w.open == w.before && w.open > pf + 1 &&
      is_terminal_tok(text, toks, w.open - 1, paragraphs_[p].second)) {
    std::size_t ps = w.open - 1;
    while (ps > pf && w.open - ps < kBeforeWindow &&
           !is_terminal_tok(text, toks, ps - 1, paragraphs_[p].second))
      --ps;
    if (ps == pf || is_terminal_tok(text, toks, ps - 1, paragraphs_[p].second)) {
      const Mention sub = subject_of(text, toks, ps, w.open - 1);
      if (sub.kind == MentionKind::kName) it.prev_subject = sub;
    }
  }
}

// Quotation `spans_[si]`: framed, attributed, typed and judged, then added to the items.
void QuoteScan::add(std::size_t si) {
  const std::string_view text = text_;
  const std::vector<Token>& toks = toks_;
  const MarkSpan& s = spans_[si];
  const std::size_t p = s.paragraph;
  const std::size_t pf = para_first_[p], pe = para_end_[p];
  Frame f = frame_of(text, toks, spans_, si, pf, pe, paragraphs_[p].second);
  QuoteWindow& w = f.w;
  // Quotes of one sentence: "He watched “A” and called it “B”" — B's clause starts at "He".
  const bool same_sentence = si > 0 && spans_[si - 1].paragraph == p && w.before == f.prev_close &&
                             f.prev_close != pf && !prev_ended_sentence_ && !items_.empty();
  w.sentence = same_sentence && w.open - last_sentence_start_ <= kSentenceReach ? last_sentence_start_
                                                                             : w.before;
  const TypeInput in = type_input(text, toks, s, f, pf, pe);
  if (in.words == 0) return;
  Item it;
  it.attribution = attribution_of(w, p);
  // Quotes of one sentence share a speaker: 'she called it “ugly,” “a shock” and “a fight”'.
  if (!same_sentence) ++group_;
  last_sentence_start_ = w.sentence;
  group_of_.push_back(group_);
  prev_ended_sentence_ = s.closed && s.close > s.open_end &&
                         std::string_view(".!?").find(text[s.close - 1]) != std::string_view::npos;
  Quote& q = it.quote;
  q.type = classify_quote(in, it.attribution);
  // “We will win,” said Ana Ruiz, “and we will do it soon.”: the piece after the frame goes on
  // with the sentence of the piece before it, one direct quotation interrupted by its cue.
  if (q.type == QuoteType::kPartial && same_sentence && it.attribution.ok && it.attribution.adjacent &&
      items_.back().quote.type == QuoteType::kDirect && items_.back().attribution.ok &&
      items_.back().attribution.cue.first == it.attribution.cue.first)
    q.type = QuoteType::kDirect;
  const auto [cs, ce] = content_of(text, toks, s);
  q.start = cs;
  q.end = ce;
  q.text = std::string(text.substr(cs, ce - cs));
  q.paragraph = static_cast<int>(p);
  it.tok = w.open;
  it.sentence = w.sentence;
  it.continuation = s.continuation;
  it.term = q.type == QuoteType::kScare && in.modifier;
  it.title_like = (q.type == QuoteType::kScare || q.type == QuoteType::kPartial) &&
                  looks_like_title(text, toks, token_at(toks, s.open_end), f.content_end);
  judge_name(s, f, same_sentence, it);
  cueless_sources(w, p, it);
  if (!label_done_[p]) {
    labels_[p] = transcript_label(text, toks, pf, pe);
    label_done_[p] = 1;
  }
  it.label = labels_[p];
  const unsigned char level = q.type == QuoteType::kScare ? 1 : 2;
  for (std::size_t k = w.open; k <= f.content_end && k < toks.size(); ++k) quoted_[k] = level;
  items_.push_back(std::move(it));
}

// Reported speech, a few clauses per sentence at most, in text order.
std::vector<Item> reported_items(std::string_view text, const std::vector<Token>& toks,
                                 const std::vector<std::pair<std::size_t, std::size_t>>& paragraphs,
                                 const std::vector<MarkSpan>& spans,
                                 const std::vector<unsigned char>& quoted, const TokenFacts& facts) {
  std::vector<ByteRange> opaque;
  opaque.reserve(spans.size());
  for (const auto& s : spans) opaque.emplace_back(s.open, s.close_end);
  std::vector<Item> reported;
  for (std::size_t p = 0; p < paragraphs.size(); ++p) {
    for (const auto& sent : split_sentences(text, paragraphs[p].first, paragraphs[p].second, opaque)) {
      const std::size_t b = token_at(toks, sent.second);
      std::size_t a = token_at(toks, sent.first);
      // A "sentence" past kReportedReach tokens (a JSON blob, a list without stops, a transcript
      // without punctuation) is read in windows of that many tokens.
      do {
        const std::size_t e = b - a > kReportedReach ? a + kReportedReach : b;
        Reported r;
        // Up to four attributions per sentence ("X said A and said that B").
        for (std::size_t from = a, n = 0;
             n < 4 && find_reported(text, toks, a, e, quoted, r, from, &facts); ++n, from = r.next) {
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
        a = e;
      } while (a < b);
    }
  }
  return reported;
}

// The quotations' and the reported items merged by start offset.
void merge_reported(std::vector<Item>& items, std::vector<Item>& reported) {
  if (reported.empty()) return;
  std::vector<Item> merged;
  merged.reserve(items.size() + reported.size());
  std::merge(std::make_move_iterator(items.begin()), std::make_move_iterator(items.end()),
             std::make_move_iterator(reported.begin()), std::make_move_iterator(reported.end()),
             std::back_inserter(merged),
             [](const Item& x, const Item& y) { return x.quote.start < y.quote.start; });
  items = std::move(merged);
}

// Probably a name (title.cpp): whoever the speaker, below 0.5 ("likely not speech"); a named
// thing given by a naming verb, or a lone term nobody said, likewise.
void lower_name_confidence(std::vector<Item>& items, const std::vector<std::size_t>& titled,
                           const std::vector<std::size_t>& lone_terms) {
  for (auto& it : items) {
    if (it.maybe_name) it.quote.confidence = std::min(it.quote.confidence, kMaybeNameConfidence);
    if (it.not_speech && std::binary_search(titled.begin(), titled.end(), it.quote.start))
      it.quote.confidence = kMaybeNameConfidence;
    if (!it.quote.speaker && it.quote.type == QuoteType::kScare &&
        std::binary_search(lone_terms.begin(), lone_terms.end(), it.quote.start))
      it.quote.confidence = std::min(it.quote.confidence, kLoneTermConfidence);
  }
}

// The type a reader sees once speakers are known: a quotation that names a thing is a
// `title` (the film “X”, die Zeitung „Y“, a memo titled “X”), and so is a quote in title case
// nobody is found to have said (“Saturday Night Live”); a stage direction keeps its shape's
// type, with no speaker. A short quote that a speech cue of its sentence gives a speaker is
// that speaker's words, a partial quote, not the writer's term: 'Roe called it “a disgrace”'
// (but 'Roe said the “boundless” partnership ...' is the writer's term for the noun after it).
void final_types(std::vector<Item>& items) {
  for (auto& it : items) {
    Quote& q = it.quote;
    if (q.type == QuoteType::kReported || it.stage) continue;
    if (it.not_speech || (it.title_like && !q.speaker)) q.type = QuoteType::kTitle;
    else if (q.type == QuoteType::kScare && q.cue && q.speaker && !it.term) q.type = QuoteType::kPartial;
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
  // The per-word facts the sentence rules and the German language checks ask of every word
  // (cues/token_facts.h), once.
  const TokenFacts facts(text, toks);
  QuoteScan scan(text, toks, paragraphs, facts);
  for (std::size_t si = 0; si < scan.spans().size(); ++si) scan.add(si);
  std::vector<Item>& items = scan.items();
  share_sentence_attribution(items, scan.group_of());
  std::vector<Item> reported =
      reported_items(text, toks, paragraphs, scan.spans(), scan.quoted(), facts);
  merge_reported(items, reported);
  result.speakers = resolve_speakers(text, toks, items, &facts);
  lower_name_confidence(items, scan.titled(), scan.lone_terms());
  final_types(items);
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
