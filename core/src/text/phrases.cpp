#include "text/phrases.h"

#include <string>
#include <unordered_map>
#include <vector>

#include "common/utf8.h"
#include "text/segment.h"

namespace pith::detail {

namespace {

struct PhraseRule {
  std::string_view phrase;
  PhraseMode mode;
  const char* reason;
  unsigned max_words;
};

constexpr PhraseRule kRules[] = {
#include "text/boilerplate_table.inc"
};

struct Index {
  std::unordered_map<std::string, const PhraseRule*> whole;            // key -> rule
  std::unordered_map<std::string, std::vector<const PhraseRule*>> lead;  // first word -> rules
  // " key " -> rule, bucketed by the key's first word: a line looks up only the phrases that
  // start with one of its own words (scanning every phrase with find() on every line made
  // this the engine's hottest loop: ~20% of clean() time on the development pages).
  std::unordered_map<std::string, std::vector<std::pair<std::string, const PhraseRule*>>> contains;
  std::vector<std::pair<std::string, const PhraseRule*>> counts;         // key -> rule
  std::vector<std::pair<std::string, const PhraseRule*>> count_leads;    // "key " -> rule
};

// Words that stand for a count at the start of a comment-list heading ("One thought on ...").
constexpr std::string_view kCountWords[] = {"one", "no", "ein", "eine", "un", "une", "uno", "una",
                                            "один", "одна", "одне"};


std::string first_word(std::string_view key) {
  const std::size_t sp = key.find(' ');
  return std::string(key.substr(0, sp == std::string_view::npos ? key.size() : sp));
}

const Index& index() {
  static const Index idx = [] {
    Index x;
    for (const PhraseRule& r : kRules) {
      const std::string key = line_key(r.phrase);
      if (r.mode == kWhole) x.whole.emplace(key, &r);
      else if (r.mode == kLead) x.lead[first_word(key)].push_back(&r);
      else if (r.mode == kCount) x.counts.emplace_back(" " + key + " ", &r);
      else if (r.mode == kCountLead) x.count_leads.emplace_back(key + " ", &r);
      else if (r.mode == kStart) x.contains[first_word(key)].emplace_back("^" + key + " ", &r);
      else x.contains[first_word(key)].emplace_back(" " + key + " ", &r);
    }
    return x;
  }();
  return idx;
}

// The key without number words: "12 comments" and "comments 12" both read "comments".
std::string strip_numbers(std::string_view key) {
  std::string out;
  std::size_t i = 0;
  while (i < key.size()) {
    std::size_t sp = key.find(' ', i);
    if (sp == std::string_view::npos) sp = key.size();
    const std::string_view w = key.substr(i, sp - i);
    bool digits = !w.empty();
    for (char c : w) digits = digits && c >= '0' && c <= '9';
    if (!digits) {
      if (!out.empty()) out.push_back(' ');
      out.append(w);
    }
    i = sp + 1;
  }
  return out;
}

bool is_separator(char32_t c) {
  return c == ':' || c == 0xBB || c == 0x203A || c == '|' || c == 0x2013 || c == 0x2014 ||
         c == '-' || c == '>' || c == 0x25BA || c == 0x2192;
}

// The first mark (neither a word character nor a space) after the first `n` words of the raw
// line; 0 when another word or the end comes first. `apostrophes`: ' and ’ count as spaces.
char32_t mark_after_words(std::string_view line, std::size_t n, bool apostrophes) {
  std::size_t i = 0, seen = 0;
  bool in_word = false;
  while (i < line.size()) {
    std::size_t len = 1;
    const char32_t c = decode_utf8(line, i, len);
    const bool w = is_word_char(c);
    if (w && !in_word) {
      if (seen == n) return 0;
      ++seen;
    }
    in_word = w;
    if (!w && seen == n && c != ' ' && !(apostrophes && (c == '\'' || c == 0x2019))) return c;
    i += len;
  }
  return 0;
}

// True when the raw line, after the first `n` words, continues with a separator mark
// ("Also read: ..." but not "Also read the report before voting.").
bool separator_after_words(std::string_view line, std::size_t n) {
  return is_separator(mark_after_words(line, n, /*apostrophes=*/true));
}

// True when the raw line, after the first `n` words and any spaces, opens a quotation: the title
// of a post in a comment-list heading ("One thought on “A winter of bread baking”").
bool quote_after_words(std::string_view line, std::size_t n) {
  const char32_t c = mark_after_words(line, n, /*apostrophes=*/false);
  return c == '"' || c == '\'' || c == 0x201C || c == 0x201E || c == 0x2018 || c == 0xAB;
}

// "40 responses to “title”": a count, then one of the kCountLead phrases. A number word needs
// the quoted title after the phrase ("One thought on the matter kept returning" is prose).
const PhraseRule* count_lead(const Index& idx, std::string_view line, std::string_view key,
                             unsigned words) {
  const std::size_t sp = key.find(' ');
  if (sp == std::string_view::npos) return nullptr;
  const std::string_view count = key.substr(0, sp), rest = key.substr(sp + 1);
  bool digits = true;
  for (char c : count) digits = digits && c >= '0' && c <= '9';
  bool word = false;
  for (std::string_view c : kCountWords) word = word || count == c;
  if (!digits && !word) return nullptr;
  for (const auto& [k, r] : idx.count_leads) {
    const std::string_view pk(k.data(), k.size() - 1);  // without its trailing space
    if (words > r->max_words || rest.size() < pk.size() || rest.compare(0, pk.size(), pk) != 0 ||
        (rest.size() > pk.size() && rest[pk.size()] != ' '))
      continue;
    std::size_t n = 2;
    for (char c : pk) n += c == ' ';
    if (digits || quote_after_words(line, n)) return r;
  }
  return nullptr;
}

}  // namespace

PhraseMatch match_phrase(std::string_view line, std::string_view key, unsigned words) {
  const Index& idx = index();
  if (key.empty()) return {};
  if (words <= 8) {
    const std::string bare = strip_numbers(key);
    auto it = idx.whole.find(bare);
    if (it != idx.whole.end()) return {it->second->reason, kWhole};
  }
  if (words <= 40) {
    if (const PhraseRule* r = count_lead(idx, line, key, words)) return {r->reason, kCountLead};
  }
  auto lit = idx.lead.find(first_word(key));
  if (lit != idx.lead.end()) {
    for (const PhraseRule* r : lit->second) {
      const std::string pk = line_key(r->phrase);
      if (key.size() > pk.size() && key.compare(0, pk.size(), pk) == 0 && key[pk.size()] == ' ') {
        std::size_t n = 1;
        for (char c : pk) n += c == ' ';
        if (separator_after_words(line, n)) return {r->reason, kLead};
      }
    }
  }
  // Site notices run to 300 words (a trademark paragraph); every other rule stops at 120.
  if (words <= 300) {
    std::string padded;  // " key ", built by appends (operator+ here trips GCC 12's -Wrestrict)
    padded.reserve(key.size() + 2);
    padded.push_back(' ');
    padded.append(key);
    padded.push_back(' ');
    // The earliest rule of the table that matches anywhere wins, as the table is ordered from
    // specific to general; rules live in one array, so pointer order is table order.
    const PhraseRule* best = nullptr;
    for (std::size_t pos = 0; pos + 1 < padded.size();) {  // padded[pos] is a space
      std::size_t end = padded.find(' ', pos + 1);
      if (end == std::string::npos) break;
      auto it = idx.contains.find(padded.substr(pos + 1, end - pos - 1));
      if (it != idx.contains.end()) {
        for (const auto& [k, r] : it->second) {
          if (words > r->max_words || (best && r >= best)) continue;
          // "^phrase " entries (kStart) must match at the start of the line.
          const bool hit = k[0] == '^' ? pos == 0 && padded.compare(1, k.size() - 1, k, 1) == 0
                                       : padded.compare(pos, k.size(), k) == 0;
          if (hit) best = r;
        }
      }
      pos = end;
    }
    if (best) return {best->reason, best->mode};
    bool number = false;
    for (char c : key) number = number || (c >= '0' && c <= '9');
    if (number) {
      for (const auto& [k, r] : idx.counts)
        if (words <= r->max_words && padded.find(k) != std::string::npos) return {r->reason, kCount};
    }
    // The copyright sign is not a word: "© 2026 Example Media".
    if (words <= 40 && line.find("\xC2\xA9") != std::string_view::npos) return {"copyright", kContains};
  }
  return {};
}

}  // namespace pith::detail
