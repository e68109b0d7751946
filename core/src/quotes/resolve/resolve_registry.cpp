// The people of a text (resolve_registry.h): built from its name runs in one pass, indexed by
// name word and role word.
#include "quotes/resolve/resolve_registry.h"

#include <algorithm>
#include <unordered_set>

#include "quotes/mentions/speaker_names.h"

namespace pith::detail::resolve_registry {
namespace {

#include "quotes/resolve/resolve_table.inc"

// "Jr", "Sr", "II", "III", "IV": the trailing words a full name may carry.
bool is_name_suffix(const std::string& w) { return in_word_table<kNameSuffixes>(w); }

// The first `n` words joined by spaces.
std::string join(const std::vector<std::string>& words, std::size_t n) {
  std::string out;
  for (std::size_t k = 0; k < n && k < words.size(); ++k) {
    if (k) out += ' ';
    out += words[k];
  }
  return out;
}

}  // namespace

Registry::Registry(std::string_view text, const std::vector<Token>& toks,
                   const std::vector<std::pair<std::size_t, std::size_t>>& things)
    : text_(text), toks_(toks) {
  // Lines in title case (headlines, subheads) glue a name to the words around it ("Roe
  // Wins Big In Ohio"): their runs name a person only when the body names nobody with those
  // words. Runs come in text order, so one pass over the lines keeps this linear.
  std::size_t line_first = 0, line_end = 0;
  bool line_title = false;
  std::size_t thing = 0;  // the first of `things` not ending before the run (runs come in order)
  for_each_name_run(text, toks, [&](const TokRange& r) {
    runs_.push_back(r);
    const std::size_t at = toks[r.first].start;
    while (thing < things.size() && things[thing].second <= at) ++thing;
    if (thing < things.size() && things[thing].first <= at) return;
    if (r.first >= line_end) {
      line_first = r.first;
      while (line_first > 0 && !toks[line_first].newline) --line_first;
      line_end = r.first + 1;
      while (line_end < toks.size() && !toks[line_end].newline) ++line_end;
      line_title = title_case_line(line_first, line_end);
    }
    add_run(r, line_title);
  });
  mark_glued();
}

// Which names are another known name plus one trailing word (not "Jr", "III"): one pass over
// the people with a set of their names, so look-ups test a flag.
void Registry::mark_glued() {
  // Built only when some name has three words or more (most texts have none), and of the
  // names with two words or more: only those can be such a name less its last word.
  auto may_be_glued = [](const Person& p) {
    return p.words.size() >= 3 && !is_name_suffix(p.words.back());
  };
  if (std::any_of(people_.begin(), people_.end(), may_be_glued)) {
    std::unordered_set<std::string> names;
    for (const Person& p : people_)
      if (p.words.size() >= 2) names.insert(join(p.words, p.words.size()));
    for (Person& p : people_)
      p.glued = may_be_glued(p) && names.count(join(p.words, p.words.size() - 1)) > 0;
  }
}

const Person* Registry::find_name(const std::vector<std::string>& words, std::size_t at) const {
  if (words.empty()) return nullptr;
  const std::uint32_t* back = word_ids_.find(words.back());
  if (!back) return nullptr;
  const auto& occ = by_word_[*back];
  // A word that is in no known name (no id) matches nobody.
  std::vector<std::uint32_t> q;
  q.reserve(words.size());
  for (const auto& w : words) {
    const std::uint32_t* id = word_ids_.find(w);
    if (!id) return nullptr;
    q.push_back(*id);
  }
  const Person* best = nullptr;
  const Person* best_headline = nullptr;
  auto matches = [&](const NameOcc& o) {
    const std::uint32_t* ids = o.n <= 4 ? o.ids : people_[o.person].ids.data();
    for (const std::uint32_t w : q)
      if (std::find(ids, ids + o.n, w) == ids + o.n) return false;
    return true;
  };
  // The occurrences examined: up to kScanBack before `at`, else up to kScanBack after it.
  auto scan = [&](auto&& visit) {
    std::size_t hi = upper(occ, at);
    bool any = false;
    for (std::size_t n = 0; n < kScanBack && hi > 0; ++n) any = visit(occ[--hi]) || any;
    if (!any) {
      hi = upper(occ, at);
      for (std::size_t n = 0; n < kScanBack && hi < occ.size(); ++n) visit(occ[hi++]);
    }
  };
  scan([&](const NameOcc& o) {
    if (!matches(o)) return false;
    const Person* p = &people_[o.person];
    const Person*& slot = p->headline ? best_headline : best;
    if (!slot || o.n > slot->words.size()) slot = p;
    return !p->headline;
  });
  const Person* found = best ? best : best_headline;
  // "Marco Rubio Miss The Mark" glued a headline verb to a name the text also gives alone:
  // a name that is another known name plus one trailing word (not "Jr", "III") is that name.
  // (A second pass only for such names, the rare case.)
  if (found && found->glued) {
    const Person* prefix = nullptr;
    scan([&](const NameOcc& o) {
      if (prefix || !matches(o)) return false;
      const Person* p = &people_[o.person];
      if (p->words.size() + 1 == found->words.size() &&
          std::equal(p->words.begin(), p->words.end(), found->words.begin()))
        prefix = p;
      return !p->headline;
    });
    if (prefix) return prefix;
  }
  return found;
}

bool Registry::knows_exactly(const std::vector<std::string>& words, std::size_t at) const {
  if (words.empty()) return false;
  const std::uint32_t* back = word_ids_.find(words.back());
  if (!back) return false;
  const auto& occ = by_word_[*back];
  const std::size_t mid = upper(occ, at);
  const std::size_t lo = mid > kScanBack ? mid - kScanBack : 0;
  const std::size_t hi = std::min(occ.size(), mid + kScanBack);
  for (std::size_t k = lo; k < hi; ++k)
    if (!people_[occ[k].person].headline && people_[occ[k].person].words == words) return true;
  return false;
}

const Person* Registry::find_role(const std::vector<std::string>& roles, std::size_t at) const {
  if (roles.empty()) return nullptr;
  const std::uint32_t* back = role_ids_.find(roles.back());
  if (!back) return nullptr;
  const auto& occ = by_role_[*back];
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

std::size_t Registry::upper(const std::vector<std::size_t>& occ, std::size_t at) const {
  std::size_t lo = 0, hi = occ.size();
  while (lo < hi) {
    const std::size_t m = (lo + hi) / 2;
    if (people_[occ[m]].tok <= at) lo = m + 1; else hi = m;
  }
  return lo;
}

std::size_t Registry::upper(const std::vector<NameOcc>& occ, std::size_t at) const {
  std::size_t lo = 0, hi = occ.size();
  while (lo < hi) {
    const std::size_t m = (lo + hi) / 2;
    if (occ[m].tok <= at) lo = m + 1; else hi = m;
  }
  return lo;
}

// At least four words, three in four capitalised, and a function word capitalised past the
// first word ("Roe Says She Is Ready"), which running text never has.
bool Registry::title_case_line(std::size_t first, std::size_t end) const {
  std::size_t words = 0, caps = 0;
  for (std::size_t i = first; i < end; ++i) {
    if (toks_[i].kind != TokKind::kWord) continue;
    ++words;
    caps += toks_[i].cap;
  }
  // Counted first: running text fails here, so its capitalised words are never lower-cased
  // (this runs over every line holding a name).
  if (words < 4 || caps * 4 < words * 3) return false;
  std::string buf;
  bool second = false;
  for (std::size_t i = first; i < end; ++i) {
    if (toks_[i].kind != TokKind::kWord) continue;
    if (!second) {  // past the first word
      second = true;
      continue;
    }
    if (!toks_[i].cap) continue;
    const std::string_view w = lower_tok(text_, toks_[i], buf);
    if (in_word_table<kTitleCaseSmallWords>(w)) return true;
  }
  return false;
}

void Registry::add_run(TokRange r, bool headline) {
  r = after_possessive(text_, toks_, r);  // "Ohio's Ana Ruiz" is Ana Ruiz (speaker_names.cpp)
  // One word gives at most one name word and no title, which the rule below ("two words or
  // a title") never keeps: most runs are one capitalised word, so check that first.
  std::size_t n_words = 0;
  for (std::size_t k = r.first; k <= r.last && n_words < 2; ++k) n_words += toks_[k].kind == TokKind::kWord;
  if (n_words < 2) return;
  Person p;
  p.name = person_name(text_, toks_, r, &p.words);  // p.words: split_lower(p.name)
  if (p.words.empty()) return;
  std::vector<std::string_view> run_words;
  std::vector<std::string> owned;
  std::string buf;
  lower_words(r, run_words, owned, buf);
  auto lower_at = [&](std::size_t k) { return lower_tok(text_, toks_[k], buf); };
  if (has_org_word(run_words)) {
    // "the Russian Security Council Dmitry Medvedev": the person after the organisation.
    std::size_t k = r.last;
    while (k > r.first && !is_org_word(lower_at(k))) --k;
    if (k < r.last && is_org_word(lower_at(k))) add_run({k + 1, r.last, true}, headline);
    return;
  }
  const bool titled = run_words.size() > p.words.size();
  if (p.words.size() < 2 && !titled) return;
  p.tok = r.first;
  p.headline = headline;
  add_roles(p, r, run_words, buf);
  index(std::move(p));
}

// The run's words lower-cased: views into the LowerCaseScope's copy of the text (find_quotes
// opens one), not a string each; without a scope, copies kept in `owned` (reserved, so the
// views stay valid).
void Registry::lower_words(TokRange r, std::vector<std::string_view>& run_words,
                           std::vector<std::string>& owned, std::string& buf) const {
  auto lower_at = [&](std::size_t k) { return lower_tok(text_, toks_[k], buf); };
  for (std::size_t k = r.first; k <= r.last; ++k) {
    if (toks_[k].kind != TokKind::kWord) continue;
    std::string_view w = lower_at(k);
    if (!buf.empty() && w.data() == buf.data()) {
      if (owned.capacity() == 0) owned.reserve(r.last - r.first + 1);
      owned.push_back(std::move(buf));
      buf.clear();
      w = owned.back();
    }
    run_words.push_back(w);
  }
}

// The person's role words: the run's words before the name ("Senator"), a lower-case role noun
// and its modifiers before the run, and an apposition's words after it.
void Registry::add_roles(Person& p, TokRange r, const std::vector<std::string_view>& run_words,
                         std::string& buf) const {
  auto lower_at = [&](std::size_t k) { return lower_tok(text_, toks_[k], buf); };
  for (std::size_t k = 0; k + p.words.size() < run_words.size(); ++k) p.roles.emplace_back(run_words[k]);
  // "Chinese leader Xi Jinping": a lower-case role noun and its modifiers before the run.
  std::size_t f = r.first;
  if (f > 0 && toks_[f - 1].kind == TokKind::kWord && !toks_[f - 1].cap &&
      is_role_noun(lower_at(f - 1))) {
    p.roles.push_back(low(text_, toks_, f - 1));
    for (std::size_t k = f - 1, n = 0; k > 0 && n < 3 && toks_[k - 1].cap; --k, ++n)
      p.roles.push_back(low(text_, toks_, k - 1));
  }
  // "Hugh Hill, a doctor, said": the apposition's role nouns.
  if (r.last + 2 < toks_.size() && toks_[r.last + 1].kind == TokKind::kPunct &&
      text_[toks_[r.last + 1].start] == ',' && is_determiner(lower_at(r.last + 2))) {
    for (std::size_t k = r.last + 3; k < toks_.size() && k < r.last + 10; ++k) {
      if (toks_[k].kind != TokKind::kWord) break;
      p.roles.push_back(low(text_, toks_, k));
    }
  }
}

// Adds `p` to the people and to the name-word and role-word indexes.
void Registry::index(Person p) {
  const std::size_t id = people_.size();
  NameOcc o;
  o.tok = p.tok;
  o.person = static_cast<std::uint32_t>(id);
  o.n = static_cast<std::uint32_t>(p.words.size());
  for (const auto& w : p.words) {
    p.ids.push_back(intern(word_ids_, by_word_, w));
    if (p.ids.size() <= 4) o.ids[p.ids.size() - 1] = p.ids.back();
  }
  for (const std::uint32_t w : p.ids) by_word_[w].push_back(o);
  for (const auto& w : p.roles) by_role_[intern(role_ids_, by_role_, w)].push_back(id);
  people_.push_back(std::move(p));
}

// The id of `w` in `ids` (a new one, with an empty list in `lists`, when first seen).
template <class List>
std::uint32_t Registry::intern(WordMap<std::uint32_t>& ids, std::vector<List>& lists,
                               const std::string& w) {
  if (const std::uint32_t* id = ids.find(w)) return *id;
  keys_.push_back(w);  // a deque: the map's key views stay valid
  const auto id = static_cast<std::uint32_t>(lists.size());
  ids.insert(keys_.back(), id);
  lists.emplace_back();
  return id;
}

}  // namespace pith::detail::resolve_registry
