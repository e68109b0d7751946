#include "quotes/resolve.h"

#include <algorithm>
#include <cstdint>
#include <optional>
#include <string>
#include <unordered_map>
#include <unordered_set>

#include "common/sentences.h"
#include "common/utf8.h"
#include "quotes/lexicon.h"

namespace pith::detail {
namespace {

constexpr std::size_t kScanBack = 64;        // occurrences examined per look-up (linear time)
constexpr std::size_t kPronounParagraphs = 6;
constexpr std::size_t kContinuationParagraphs = 2;

struct Person {
  std::string name;
  std::vector<std::string> words;  // lower-case
  std::vector<std::string> roles;  // lower-case: "chinese", "leader"
  std::size_t tok = 0;
  std::vector<std::uint32_t> ids;  // `words` as interned ids
};

// One occurrence of a word in a known name, carrying the name's word ids: a look-up compares
// integers along one array instead of visiting each Person's strings (on a long text the 64
// people examined per look-up were scattered cache misses, most of the stage's time).
struct NameOcc {
  std::size_t tok = 0;        // the person's token
  std::uint32_t person = 0;   // index into people_
  std::uint32_t n = 0;        // its number of words
  std::uint32_t ids[4] = {};  // the first four word ids (longer names: Person::ids)
};

std::vector<std::string> split_lower(std::string_view s) {
  std::vector<std::string> out;
  std::size_t i = 0;
  while (i < s.size()) {
    std::size_t j = s.find(' ', i);
    if (j == std::string_view::npos) j = s.size();
    if (j > i) out.push_back(lower_utf8(s.substr(i, j - i)));
    i = j + 1;
  }
  return out;
}

bool has_org_word(const std::vector<std::string>& words) {
  for (const auto& w : words)
    if (is_org_word(w)) return true;
  return false;
}

class Registry {
 public:
  Registry(std::string_view text, const std::vector<Token>& toks) : text_(text), toks_(toks) {
    for_each_name_run(text, toks, [this](const TokRange& r) {
      runs_.push_back(r);
      add_run(r);
    });
  }

  // Every maximal name run of the text, in order (found once, here, for all later passes).
  const std::vector<TokRange>& runs() const { return runs_; }

  // The longest known full name containing every word of `words`, preferring occurrences
  // before token `at`.
  const Person* find_name(const std::vector<std::string>& words, std::size_t at) const {
    if (words.empty()) return nullptr;
    const auto it = by_word_.find(words.back());
    if (it == by_word_.end()) return nullptr;
    const auto& occ = it->second;
    // A word that is in no known name (no id) matches nobody.
    std::vector<std::uint32_t> q;
    q.reserve(words.size());
    for (const auto& w : words) {
      const auto id = word_ids_.find(w);
      if (id == word_ids_.end()) return nullptr;
      q.push_back(id->second);
    }
    const Person* best = nullptr;
    auto consider = [&](const NameOcc& o) {
      const std::uint32_t* ids = o.n <= 4 ? o.ids : people_[o.person].ids.data();
      for (const std::uint32_t w : q)
        if (std::find(ids, ids + o.n, w) == ids + o.n) return;
      if (!best || o.n > best->words.size()) best = &people_[o.person];
    };
    std::size_t hi = upper(occ, at);
    for (std::size_t n = 0; n < kScanBack && hi > 0; ++n) consider(occ[--hi]);
    if (!best) {
      hi = upper(occ, at);
      for (std::size_t n = 0; n < kScanBack && hi < occ.size(); ++n) consider(occ[hi++]);
    }
    return best;
  }

  // The most recent person introduced with every role word in `roles` before token `at`.
  const Person* find_role(const std::vector<std::string>& roles, std::size_t at) const {
    if (roles.empty()) return nullptr;
    const auto it = by_role_.find(roles.back());
    if (it == by_role_.end()) return nullptr;
    const auto& occ = it->second;
    std::size_t hi = upper(occ, at);
    for (std::size_t n = 0; n < kScanBack && hi > 0; ++n) {
      const Person& p = people_[occ[--hi]];
      bool all = true;
      for (const auto& r : roles)
        if (std::find(p.roles.begin(), p.roles.end(), r) == p.roles.end()) all = false;
      if (all) return &p;
    }
    return nullptr;
  }

  // The most recent person named before token `at`.
  const Person* last_person(std::size_t at) const {
    std::size_t lo = 0, hi = people_.size();
    while (lo < hi) {
      const std::size_t m = (lo + hi) / 2;
      if (people_[m].tok < at) lo = m + 1; else hi = m;
    }
    for (std::size_t n = 0; n < kScanBack && lo > 0; ++n) {
      const Person& p = people_[--lo];
      if (p.words.size() >= 2) return &p;
    }
    return nullptr;
  }

 private:
  std::size_t upper(const std::vector<std::size_t>& occ, std::size_t at) const {
    std::size_t lo = 0, hi = occ.size();
    while (lo < hi) {
      const std::size_t m = (lo + hi) / 2;
      if (people_[occ[m]].tok <= at) lo = m + 1; else hi = m;
    }
    return lo;
  }
  std::size_t upper(const std::vector<NameOcc>& occ, std::size_t at) const {
    std::size_t lo = 0, hi = occ.size();
    while (lo < hi) {
      const std::size_t m = (lo + hi) / 2;
      if (occ[m].tok <= at) lo = m + 1; else hi = m;
    }
    return lo;
  }

  void add_run(TokRange r) {
    // One word gives at most one name word and no title, which the rule below ("two words or
    // a title") never keeps: most runs are one capitalised word, so check that first.
    std::size_t n_words = 0;
    for (std::size_t k = r.first; k <= r.last && n_words < 2; ++k) n_words += toks_[k].kind == TokKind::kWord;
    if (n_words < 2) return;
    Person p;
    p.name = person_name(text_, toks_, r);
    p.words = split_lower(p.name);
    if (p.words.empty()) return;
    std::vector<std::string> run_words;
    for (std::size_t k = r.first; k <= r.last; ++k)
      if (toks_[k].kind == TokKind::kWord) run_words.push_back(low(text_, toks_, k));
    if (has_org_word(run_words)) {
      // "the Russian Security Council Dmitry Medvedev": the person after the organisation.
      std::size_t k = r.last;
      while (k > r.first && !is_org_word(low(text_, toks_, k))) --k;
      if (k < r.last && is_org_word(low(text_, toks_, k))) add_run({k + 1, r.last, true});
      return;
    }
    const bool titled = run_words.size() > p.words.size();
    if (p.words.size() < 2 && !titled) return;
    p.tok = r.first;
    for (std::size_t k = 0; k + p.words.size() < run_words.size(); ++k) p.roles.push_back(run_words[k]);
    // "Chinese leader Xi Jinping": a lower-case role noun and its modifiers before the run.
    std::size_t f = r.first;
    if (f > 0 && toks_[f - 1].kind == TokKind::kWord && !toks_[f - 1].cap &&
        is_role_noun(low(text_, toks_, f - 1))) {
      p.roles.push_back(low(text_, toks_, f - 1));
      for (std::size_t k = f - 1, n = 0; k > 0 && n < 3 && toks_[k - 1].cap; --k, ++n)
        p.roles.push_back(low(text_, toks_, k - 1));
    }
    // "Hugh Hill, a doctor, said": the apposition's role nouns.
    if (r.last + 2 < toks_.size() && toks_[r.last + 1].kind == TokKind::kPunct &&
        text_[toks_[r.last + 1].start] == ',' && is_determiner(low(text_, toks_, r.last + 2))) {
      for (std::size_t k = r.last + 3; k < toks_.size() && k < r.last + 10; ++k) {
        if (toks_[k].kind != TokKind::kWord) break;
        p.roles.push_back(low(text_, toks_, k));
      }
    }
    const std::size_t id = people_.size();
    NameOcc o;
    o.tok = p.tok;
    o.person = static_cast<std::uint32_t>(id);
    o.n = static_cast<std::uint32_t>(p.words.size());
    for (const auto& w : p.words) {
      p.ids.push_back(word_ids_.try_emplace(w, static_cast<std::uint32_t>(word_ids_.size())).first->second);
      if (p.ids.size() <= 4) o.ids[p.ids.size() - 1] = p.ids.back();
    }
    for (const auto& w : p.words) by_word_[w].push_back(o);
    for (const auto& w : p.roles) by_role_[w].push_back(id);
    people_.push_back(std::move(p));
  }

  std::string_view text_;
  const std::vector<Token>& toks_;
  std::vector<Person> people_;
  std::vector<TokRange> runs_;
  std::unordered_map<std::string, std::vector<NameOcc>> by_word_;
  std::unordered_map<std::string, std::vector<std::size_t>> by_role_;
  std::unordered_map<std::string, std::uint32_t> word_ids_;
};

Span span_of(std::string_view text, const std::vector<Token>& toks, TokRange r) {
  Span s;
  s.start = toks[r.first].start;
  s.end = toks[r.last].end;
  s.text = std::string(text.substr(s.start, s.end - s.start));
  return s;
}

// "the Chinese leader" -> {"chinese", "leader"}; "a spokesman for the ministry" -> {"spokesman"}.
std::vector<std::string> description_roles(std::string_view text, const std::vector<Token>& toks,
                                           TokRange r) {
  std::vector<std::string> out;
  for (std::size_t k = r.first; k <= r.last; ++k) {
    if (toks[k].kind != TokKind::kWord) continue;
    const std::string w = low(text, toks, k);
    if (w == "of" || w == "for" || w == "at") break;
    if (is_determiner(w)) continue;
    out.push_back(w);
  }
  // Match on the head noun last, with nationalities / titles before it.
  std::vector<std::string> keep;
  for (std::size_t k = 0; k < out.size(); ++k)
    if (k + 1 == out.size() || is_nationality(out[k]) || is_title_word(out[k])) keep.push_back(out[k]);
  return keep;
}

// "Jane Roe of Leeds says she thinks ...": a he/she after the name that opens its own sentence
// means that person, whoever spoke before. Returns the name run or ok == false.
TokRange sentence_subject_name(std::string_view text, const std::vector<Token>& toks,
                               std::size_t pronoun) {
  constexpr std::size_t kReach = 40;
  std::size_t s = pronoun;
  while (s > 0 && pronoun - s < kReach && !toks[s].newline) {
    const Token& p = toks[s - 1];
    if (p.kind == TokKind::kPunct && (text[p.start] == '.' || text[p.start] == '!' || text[p.start] == '?') &&
        ends_sentence(text, p.start, text.size()))
      break;
    --s;
  }
  if (pronoun - s >= kReach) return {};
  // Past an opening quotation mark or dash.
  while (s < pronoun && toks[s].kind == TokKind::kPunct) ++s;
  if (s >= pronoun || !is_name_word(text, toks[s])) return {};
  TokRange r = name_run_after(text, toks, s, pronoun);
  if (!r.ok) return {};
  std::size_t words = 0;
  for (std::size_t k = r.first; k <= r.last; ++k) words += toks[k].kind == TokKind::kWord;
  return words >= 2 ? r : TokRange{};
}

std::string without_determiner(std::string_view text, const std::vector<Token>& toks, TokRange r) {
  std::size_t f = r.first;
  if (f < r.last && is_determiner(low(text, toks, f))) ++f;
  return std::string(text.substr(toks[f].start, toks[r.last].end - toks[f].start));
}

// Every other occurrence of a speaker's name in the text ("Dmitry Medvedev" introduced before
// he speaks as "Medvedev") joins that speaker's mentions, so the UI can highlight them all.
void add_name_mentions(std::string_view text, const std::vector<Token>& toks, const Registry& reg,
                       const std::unordered_map<std::string, std::size_t>& index,
                       std::vector<Speaker>& speakers) {
  if (speakers.empty()) return;
  // Every word of every speaker's name. The key looked up below is the run's own name or a
  // known name holding all of the run's words, so a run with a word outside this set names no
  // speaker: skip the look-ups (most runs of a long text).
  std::unordered_set<std::string> speaker_words;
  for (const auto& s : speakers)
    for (auto& w : split_lower(s.name)) speaker_words.insert(std::move(w));
  for (const TokRange& r : reg.runs()) {
    // Organisation words and titles before the person: "Security Council Dmitry Medvedev".
    std::size_t f = r.first;
    for (std::size_t k = r.first; k <= r.last; ++k)
      if (toks[k].kind == TokKind::kWord && is_org_word(low(text, toks, k))) f = k + 1;
    while (f < r.last && (toks[f].kind != TokKind::kWord || is_title_word(low(text, toks, f)) ||
                          is_nationality(low(text, toks, f))))
      ++f;
    if (f > r.last) continue;
    std::size_t words = 0;
    for (std::size_t k = f; k <= r.last; ++k) words += toks[k].kind == TokKind::kWord;
    if (words > 3) f = r.last > f ? r.last - 1 : f;  // "Joe Biden Xi Jinping": a lost comma
    const TokRange name{f, r.last, true};
    const std::string own = person_name(text, toks, name);
    const std::vector<std::string> own_words = split_lower(own);
    bool possible = true;
    for (const auto& w : own_words) possible = possible && speaker_words.count(w) > 0;
    if (!possible) continue;
    const Person* p = reg.find_name(own_words, f);
    const auto it = index.find(p ? p->name : own);
    if (it == index.end()) continue;
    speakers[it->second].mentions.push_back(span_of(text, toks, name));
  }
  for (auto& s : speakers) {
    std::sort(s.mentions.begin(), s.mentions.end(),
              [](const Span& a, const Span& b) { return a.start < b.start || (a.start == b.start && a.end > b.end); });
    std::vector<Span> kept;
    for (auto& m : s.mentions)
      if (kept.empty() || m.start >= kept.back().end) kept.push_back(std::move(m));
    s.mentions = std::move(kept);
  }
}

}  // namespace

std::vector<Speaker> resolve_speakers(std::string_view text, const std::vector<Token>& toks,
                                      std::vector<Item>& items) {
  Registry reg(text, toks);
  std::vector<Speaker> speakers;
  std::unordered_map<std::string, std::size_t> speaker_index;
  std::string last_person;  // canonical name of the latest person speaker
  std::size_t last_person_para = 0;
  bool have_person = false;
  std::optional<Span> last_quote_mention;
  std::string last_quote_speaker;
  std::size_t last_quote_para = 0;
  bool have_quote_speaker = false;

  for (auto& it : items) {
    Quote& q = it.quote;
    const std::size_t para = static_cast<std::size_t>(q.paragraph);
    Mention m = it.attribution.ok ? it.attribution.mention : Mention{};
    // Transcripts: "SMITH: I said ..." — the label, not "I", is the speaker.
    const bool first_person = m.kind == MentionKind::kPronoun && pronoun_class(low(text, toks, m.r.first)) == 'f';
    if ((!m.ok() || first_person) && it.label.ok() && q.type != QuoteType::kScare) m = it.label;
    bool weak = false;
    if (!m.ok() && it.fallback.ok()) {
      if (it.fallback.kind == MentionKind::kPronoun) {
        m = it.fallback;
        weak = true;
      } else {
        const std::vector<std::string> words = split_lower(person_name(text, toks, it.fallback.r));
        const Person* p = reg.find_name(words, it.fallback.r.first);
        if (p && p->words.size() >= 2) {
          m = it.fallback;
          weak = true;
        }
      }
    }
    std::string name;
    std::string from;
    bool person = false;
    double conf = 0.0;
    if (m.ok()) {
      q.mention = span_of(text, toks, m.r);
      if (it.attribution.ok && it.attribution.cue.ok) q.cue = span_of(text, toks, {it.attribution.cue.first, it.attribution.cue.last, true});
      if (m.kind == MentionKind::kName) {
        const std::string own = person_name(text, toks, m.r);
        std::vector<std::string> run_words;
        for (std::size_t k = m.r.first; k <= m.r.last; ++k)
          if (toks[k].kind == TokKind::kWord) run_words.push_back(low(text, toks, k));
        if (has_org_word(run_words)) {
          name = without_determiner(text, toks, m.r);
        } else {
          const Person* p = reg.find_name(split_lower(own), m.r.first);
          name = p && p->words.size() >= split_lower(own).size() ? p->name : own;
          // A lone capitalised word never introduced as a full name ("Engineers say ...") is
          // no antecedent for a later "she".
          person = p != nullptr || split_lower(own).size() >= 2;
        }
        conf = it.attribution.adjacent ? 0.9 : 0.7;
      } else if (m.kind == MentionKind::kPronoun) {
        const char cls = pronoun_class(low(text, toks, m.r.first));
        name = std::string(text.substr(toks[m.r.first].start, toks[m.r.first].end - toks[m.r.first].start));
        conf = 0.4;
        const TokRange subj = cls == 's' ? sentence_subject_name(text, toks, m.r.first) : TokRange{};
        std::vector<std::string> run_words;
        for (std::size_t k = subj.first; subj.ok && k <= subj.last; ++k)
          if (toks[k].kind == TokKind::kWord) run_words.push_back(low(text, toks, k));
        if (subj.ok && !has_org_word(run_words)) {
          const std::string own = person_name(text, toks, subj);
          const Person* p = reg.find_name(split_lower(own), subj.first);
          name = p && p->words.size() >= split_lower(own).size() ? p->name : own;
          from = "pronoun";
          person = true;
          conf = 0.7;
        } else if (cls == 's') {
          if (have_person && para <= last_person_para + kPronounParagraphs) {
            name = last_person;
            from = "pronoun";
            person = true;
            conf = 0.7;
          } else if (const Person* p = reg.last_person(m.r.first)) {
            name = p->name;
            from = "pronoun";
            person = true;
            conf = 0.5;
          }
        }
      } else {
        const auto roles = description_roles(text, toks, m.r);
        const Person* p = reg.find_role(roles, m.r.first);
        if (p && !roles.empty() && is_role_noun(roles.back())) {
          name = p->name;
          from = "description";
          person = true;
          conf = 0.7;
        } else {
          name = without_determiner(text, toks, m.r);
          conf = 0.6;
        }
      }
    } else if (it.continuation || q.type == QuoteType::kDirect || q.type == QuoteType::kBlock) {
      if (have_quote_speaker && para <= last_quote_para + kContinuationParagraphs) {
        name = last_quote_speaker;
        from = "continuation";
        // The mention it continues from ("he" in '“Q1,” he said. “Q2.”').
        q.mention = last_quote_mention;
        conf = 0.5;
      } else if (it.prev_subject.ok()) {
        const std::string own = person_name(text, toks, it.prev_subject.r);
        const Person* p = reg.find_name(split_lower(own), it.prev_subject.r.first);
        name = p && p->words.size() >= split_lower(own).size() ? p->name : own;
        q.mention = span_of(text, toks, it.prev_subject.r);
        person = true;
        conf = 0.4;
      }
    }
    if (name.empty()) {
      q.speaker.reset();
      // Without a speaker: sure of a scare quote, unsure of a quoted title (consumers that want
      // only speech can drop confidence < 0.5).
      q.confidence = it.title_like ? 0.3 : (q.type == QuoteType::kScare ? 0.6 : 0.5);
      continue;
    }
    q.speaker = name;
    q.resolved_from = from;
    q.confidence = weak ? conf * 0.5 : conf;
    if (person) {
      last_person = name;
      last_person_para = para;
      have_person = true;
    }
    if (q.type != QuoteType::kScare) {
      last_quote_speaker = name;
      last_quote_mention = q.mention;
      last_quote_para = para;
      have_quote_speaker = true;
    }
    auto found = speaker_index.find(name);
    if (found == speaker_index.end()) {
      found = speaker_index.emplace(name, speakers.size()).first;
      speakers.push_back(Speaker{name, {}, 0});
    }
    Speaker& s = speakers[found->second];
    ++s.quote_count;
    if (q.mention) {
      // Items come in text order, so a repeated mention can only be the last one.
      if (s.mentions.empty() || s.mentions.back().start != q.mention->start) s.mentions.push_back(*q.mention);
    }
  }
  add_name_mentions(text, toks, reg, speaker_index, speakers);
  return speakers;
}

}  // namespace pith::detail
