// Speaker resolution (resolve.h): the items in text order, each read against what the earlier
// ones left (the latest person, the latest quote's speaker, the latest source of any kind).
// The rules reading the text around an item are resolve_rules.cpp; the names shown are
// resolve_names.cpp; the people of the text are resolve_registry.h.
#include "quotes/resolve/resolve.h"

#include <algorithm>
#include <optional>
#include <string>
#include <unordered_map>
#include <utility>

#include "quotes/cues/lexicon.h"
#include "quotes/mentions/speaker_names.h"
#include "quotes/resolve/display_name.h"
#include "quotes/resolve/gender.h"
#include "quotes/resolve/resolve_names.h"
#include "quotes/resolve/resolve_registry.h"
#include "quotes/resolve/resolve_rules.h"
#include "quotes/speakers/speaker_de.h"

namespace pith::detail {
namespace {

constexpr std::size_t kPronounParagraphs = 6;
constexpr std::size_t kContinuationParagraphs = 2;
constexpr std::size_t kRecentPeople = 6;
constexpr double kNoSourceConfidence = 0.35;

using resolve_registry::Person;
using resolve_registry::Registry;
using resolve_registry::has_org_word;
using resolve_registry::split_lower;

// The name found for one item, before it is tidied.
struct Naming {
  std::string name;     // empty: no speaker
  std::string from;     // resolved_from: "pronoun", "description", "continuation" or none
  bool person = false;  // a person's name: an antecedent for a later "he"/"she"
  double conf = 0.0;
};

class Resolver {
 public:
  Resolver(std::string_view text, const std::vector<Token>& toks, const TokenFacts* facts,
           const std::vector<std::pair<std::size_t, std::size_t>>& things)
      : text_(text), toks_(toks), facts_(facts), reg_(text, toks, things), genders_(text, toks, reg_.runs()) {}

  void resolve(Item& it);

  std::vector<Speaker> speakers() {
    add_name_mentions(text_, toks_, reg_, speaker_index_, speakers_);
    return std::move(speakers_);
  }

 private:
  Mention mention_of(const Item& it, std::size_t para, bool& weak) const;
  Mention cueless_subject(const Item& it, std::size_t para, bool& weak) const;
  Mention previous_source(const Item& it, bool& weak) const;
  Naming name_of_name(const Item& it, const Mention& m) const;
  Naming name_of_pronoun(const Item& it, const Mention& m, std::size_t para) const;
  bool recent_person(char g, const Mention& m, std::size_t para, Naming& n) const;
  void thing_antecedent(const Item& it, const Mention& m, std::size_t para, Naming& n) const;
  Naming name_of_description(const Mention& m) const;
  Naming carried_on(Item& it, std::size_t para, bool carried, std::size_t prev_mark_end) const;
  std::string shown_name(const Item& it, const Mention& m, const Naming& n) const;
  void remember(Item& it, const Mention& m, Naming n, std::size_t para, bool weak,
                std::size_t prev_mark_tok);

  std::string_view text_;
  const std::vector<Token>& toks_;
  const TokenFacts* facts_;  // the text's token facts, or nullptr
  const Registry reg_;
  const GenderBook genders_;
  std::vector<Speaker> speakers_;
  std::unordered_map<std::string, std::size_t> speaker_index_;
  // The latest person speakers (name, paragraph), most recent last, for a "he"/"she" whose
  // latest person is of the other gender (kept short: a pronoun reaches back a few people).
  std::vector<std::pair<std::string, std::size_t>> recent_people_;
  std::size_t last_person_para_ = 0;
  bool have_person_ = false;
  std::optional<Span> last_quote_mention_;
  std::string last_quote_speaker_;
  std::size_t last_quote_para_ = 0;
  std::size_t last_quote_tok_ = 0;
  std::size_t last_mark_end_ = 0;  // byte end of the latest quotation in marks (before this item)
  std::size_t last_mark_tok_ = static_cast<std::size_t>(-1);  // its opening mark's token (none: max)
  bool have_quote_speaker_ = false;
  // The latest speaker of any item, reported speech included, for subjunctive carry-over.
  std::string last_any_speaker_;
  std::optional<Span> last_any_mention_;
  std::size_t last_any_para_ = 0;
  bool have_any_speaker_ = false;
  // The latest reported item with a named source, its bytes [start, end): a quotation inside
  // it without a cue of its own takes that source.
  std::size_t source_start_ = 0;
  std::size_t source_end_ = 0;
  Mention source_mention_;
  // The latest source that is a thing (a report, the ministry, "the ad"), for an "it" that
  // speaks after it.
  std::string last_thing_;
  std::size_t last_thing_para_ = 0;
  bool have_thing_ = false;
};

// The mention that speaks an item: its attribution's, a transcript label's, its sentence's
// subject or the first person named in its sentence (the last two `weak`).
Mention Resolver::mention_of(const Item& it, std::size_t para, bool& weak) const {
  const std::string_view text = text_;
  const std::vector<Token>& toks = toks_;
  const Quote& q = it.quote;
  Mention m = it.attribution.ok ? it.attribution.mention : Mention{};
  // "The report showed that ...", "An earlier report in the paper said": a cue word read as a
  // noun after the mention is the source's own head ("The" + "report" -> "The report").
  const CueMatch& cue = it.attribution.cue;
  if (m.ok() && m.kind != MentionKind::kPronoun && cue.ok && cue.first == cue.last &&
      m.r.last + 1 == cue.first && cue_noun_reading(text, toks, cue.first)) {
    m.r.last = cue.first;
    m.kind = MentionKind::kDescription;
  }
  // German "man" ("geht man davon aus, dass ...", "Aber man betont, ...") is an indefinite
  // pronoun, no speaker; a bare lower-case "man" is not English "a man".
  if (m.kind == MentionKind::kDescription && m.r.first == m.r.last && !toks[m.r.first].cap &&
      low(text, toks, m.r.first) == "man")
    m = Mention{};
  // "Derzeit sei ...", "But said ...": a capitalised adverb or conjunction read as a name
  // names nobody (speaker_names.cpp).
  if ((m.kind == MentionKind::kName || m.kind == MentionKind::kDescription) && only_lead_words(text, toks, m.r))
    m = Mention{};
  // Transcripts: "SMITH: I said ..." — the label, not "I", is the speaker.
  const bool first_person = m.kind == MentionKind::kPronoun && pronoun_class(low(text, toks, m.r.first)) == 'f';
  if ((!m.ok() || first_person) && it.label.ok() && q.type != QuoteType::kScare) m = it.label;
  // "Das Buch ist laut einer Jurorin eine „kluge Geschichte“": a quotation without a cue inside
  // a reported sentence whose source phrase names its source is that source's words (a scare
  // quote only a person known by a full name's, as below: "Dornhavn rejected the “reform”").
  if (!m.ok() && q.type != QuoteType::kReported && source_mention_.ok() && q.start >= source_start_ &&
      q.end <= source_end_ && source_mention_.r.last < it.tok &&
      plausible_subject(text, toks, reg_, source_mention_, q.type == QuoteType::kScare))
    m = source_mention_;
  if (!m.ok()) m = cueless_subject(it, para, weak);
  // Else the first person named in the sentence, when known by a full name.
  if (!m.ok() && it.fallback.ok()) {
    if (it.fallback.kind == MentionKind::kPronoun) {
      m = it.fallback;
      weak = true;
    } else {
      std::vector<std::string> words;  // split_lower of the name, from person_name
      person_name(text, toks, it.fallback.r, &words);
      const Person* p = reg_.find_name(words, it.fallback.r.first);
      if (p && p->words.size() >= 2) {
        m = it.fallback;
        weak = true;
      }
    }
  }
  return m;
}

// No cue anywhere near: the quote is most often the words (or the coinage) of its sentence's
// subject, "Analysts spoke of a “panic sale”", "Roe accused Lee of being “soft”".
// German "Der Plan sei „Q“": a clause in the subjunctive of reported speech is about its
// subject; the words carry on from the text's latest source (below). speaker_de.cpp.
Mention Resolver::cueless_subject(const Item& it, std::size_t para, bool& weak) const {
  const std::string_view text = text_;
  const std::vector<Token>& toks = toks_;
  const Quote& q = it.quote;
  if (!(!it.title_like && q.type != QuoteType::kReported && it.sentence < it.tok &&
        !(have_any_speaker_ && para <= last_any_para_ + 1 && de_reported_clause(text, toks, it.sentence, it.tok))))
    return Mention{};
  // A German clause's subject by word order first ("In dem Streit sieht Roe einen „Q“"),
  // not for a quoted name (die Gruppe „X“), which nobody's words are (speaker_de.cpp).
  Mention sub = q.type == QuoteType::kScare && it.maybe_name ? Mention{}
                                                             : de_subject_of(text, toks, it.sentence, it.tok, facts_);
  if (!sub.ok()) sub = subject_of(text, toks, it.sentence, it.tok);
  if (plausible_subject(text, toks, reg_, sub, q.type == QuoteType::kScare)) {
    weak = true;
    return sub;
  }
  return Mention{};
}

// "Der Prüfbericht schildert die Fehler. Techniker hätten den Hebel verstellt.": with no
// source before it, a cue-less reported sentence is the words of the previous sentence's
// subject, when that is a person, a name or a noun phrase.
Mention Resolver::previous_source(const Item& it, bool& weak) const {
  const std::string_view text = text_;
  const std::vector<Token>& toks = toks_;
  const Mention sub = previous_subject(text, toks, it.tok);
  // A thing ("Die Brücke sei marode, heißt es. Eine Sanierung koste ...") speaks nothing:
  // a description needs a head noun of a person or a source ("Die Ermittler").
  const bool head_ok = sub.ok() && person_like_head(low(text, toks, sub.r.last));
  const bool source_like = sub.kind != MentionKind::kDescription || head_ok;
  // A capitalised German noun reads as a name ("Die Brücke"): a person known by a full
  // name counts, as for a scare quote, or a role or source head ("Der Minister").
  if (source_like && (plausible_subject(text, toks, reg_, sub, true) ||
                      (head_ok && plausible_subject(text, toks, reg_, sub, false)))) {
    weak = true;
    return sub;
  }
  return Mention{};
}

// A name: its noun phrase ("Like Ana Ruiz" -> "Ana Ruiz"; speaker_names.cpp), as the text's
// people know it ("Xi" -> "Xi Jinping").
Naming Resolver::name_of_name(const Item& it, const Mention& m) const {
  const std::string_view text = text_;
  const std::vector<Token>& toks = toks_;
  Naming n;
  const TokRange nr = after_possessive(text, toks, display_range(text, toks, m.r));
  std::vector<std::string> own_words;  // split_lower(own), from person_name
  const std::string own = person_name(text, toks, nr, &own_words);
  std::vector<std::string> run_words;
  for (std::size_t k = nr.first; k <= nr.last; ++k)
    if (toks[k].kind == TokKind::kWord) run_words.push_back(low(text, toks, k));
  if (has_org_word(run_words)) {
    // "Senate Minority Whip Lea Holm": the person after the organisation (resolve_names.cpp).
    const ShownName pn = person_after_org_name(text, toks, reg_, nr);
    n.name = pn.ok ? pn.name : without_determiner(text, toks, nr);
    n.person = pn.person;
  } else {
    const Person* p = reg_.find_name(own_words, m.r.first);
    n.name = p && p->words.size() >= own_words.size() ? p->name : own;
    // A lone capitalised word never introduced as a full name ("Engineers say ...") is
    // no antecedent for a later "she".
    n.person = p != nullptr || own_words.size() >= 2;
  }
  n.conf = it.attribution.adjacent ? 0.9 : 0.7;
  return n;
}

// A pronoun: the name opening its own sentence, the group an English "they" stands for, or a
// recent person of its gender; else the pronoun itself.
Naming Resolver::name_of_pronoun(const Item& it, const Mention& m, std::size_t para) const {
  const std::string_view text = text_;
  const std::vector<Token>& toks = toks_;
  const Quote& q = it.quote;
  Naming n;
  const char cls = pronoun_class(low(text, toks, m.r.first));
  n.name = std::string(text.substr(toks[m.r.first].start, toks[m.r.first].end - toks[m.r.first].start));
  n.conf = 0.4;
  const TokRange subj = cls == 's' ? sentence_subject_name(text, toks, m.r.first) : TokRange{};
  std::vector<std::string> run_words;
  for (std::size_t k = subj.first; subj.ok && k <= subj.last; ++k)
    if (toks[k].kind == TokKind::kWord) run_words.push_back(low(text, toks, k));
  const char g = pronoun_gender(low(text, toks, m.r.first));
  std::string subj_name;
  if (subj.ok && !has_org_word(run_words)) {
    const std::string own = person_name(text, toks, subj);
    const Person* p = reg_.find_name(split_lower(own), subj.first);
    subj_name = p && p->words.size() >= split_lower(own).size() ? p->name : own;
  }
  if (!subj_name.empty() && gender_fits(g, genders_.of(subj_name))) {
    n.name = subj_name;
    n.from = "pronoun";
    n.person = true;
    n.conf = 0.7;
  } else if (const Mention ante = plural_antecedent(text, toks, reg_, m.r.first,
                                                    q.type == QuoteType::kReported ? it.tok : it.sentence);
             ante.ok()) {
    n.name = ante.kind == MentionKind::kName ? person_name(text, toks, ante.r)
                                             : without_determiner(text, toks, ante.r);
    n.from = "pronoun";
    n.conf = 0.5;
  } else if (cls == 's') {
    recent_person(g, m, para, n);
  } else if (cls == 'i') {
    thing_antecedent(it, m, para, n);
  }
  return n;
}

// "The congressional report said X. It accused the agency of Y.": an "it" opening its sentence
// with its speech cue right after it is the previous sentence's subject, when that is a thing
// that speaks (a report, the department, the ad). An "it" before anything else ("It seems
// that", "it was clear that") names nothing and stays as it is (display_name.h hides it).
void Resolver::thing_antecedent(const Item& it, const Mention& m, std::size_t para, Naming& n) const {
  const Attribution& a = it.attribution;
  if (!a.ok || !a.cue.ok || a.cue.first != m.r.first + 1) return;
  // The latest source that is a thing, in this paragraph or the one before ("The report said
  // X. It added Y.").
  if (have_thing_ && para <= last_thing_para_ + 1) {
    n.name = last_thing_;
    n.from = "pronoun";
    n.conf = 0.5;
    return;
  }
  const Mention sub = previous_subject(text_, toks_, m.r.first);
  if (!sub.ok() || sub.kind == MentionKind::kPronoun || !is_word(toks_, sub.r.last)) return;
  const std::string head = low(text_, toks_, sub.r.last);
  if (sub.kind == MentionKind::kDescription && !(is_source_noun(head) || is_org_word(head))) return;
  if (sub.kind == MentionKind::kName) {
    std::vector<std::string> words;
    for (std::size_t k = sub.r.first; k <= sub.r.last; ++k)
      if (is_word(toks_, k)) words.push_back(low(text_, toks_, k));
    if (!has_org_word(words)) return;  // a person is "he" or "she", not "it"
  }
  const Naming d = sub.kind == MentionKind::kName ? name_of_name(it, sub) : name_of_description(sub);
  if (d.name.empty()) return;
  n.name = d.name;
  n.from = "pronoun";
  n.conf = 0.5;
}

// "“Q1,” Tom Berg said. Asked about it, she said “Q2”": the latest person of the pronoun's
// gender, as far as names and honorifics tell (unknown fits). Sets `n` when one is found.
bool Resolver::recent_person(char g, const Mention& m, std::size_t para, Naming& n) const {
  const std::string* near = nullptr;
  for (auto r = recent_people_.rbegin(); r != recent_people_.rend() && !near; ++r) {
    if (para > r->second + kPronounParagraphs) break;
    const char pg = genders_.of(r->first);
    if (!gender_fits(g, pg)) continue;
    // Past the latest person only to one the text marks with the pronoun's gender.
    if (r != recent_people_.rbegin() && pg != g) break;
    near = &r->first;
  }
  // Else the latest person named (no speaker yet) whom the text marks with the
  // pronoun's gender: "Lena Holm chaired the meeting. ... she said".
  const Person* marked = near || g == 0 ? nullptr : reg_.last_person_if(m.r.first, [&](const Person& p) {
    return genders_.of(p.name) == g;
  });
  if (have_person_ && near) {
    n = Naming{*near, "pronoun", true, 0.7};
  } else if (marked && have_person_) {
    n = Naming{marked->name, "pronoun", true, 0.5};
  } else if (const Person* p = reg_.last_person(m.r.first);
             p && !(have_person_ && para <= last_person_para_ + kPronounParagraphs) &&
             gender_fits(g, genders_.of(p->name))) {
    n = Naming{p->name, "pronoun", true, 0.5};
  } else {
    return false;
  }
  return true;
}

// A description: the person introduced with its role words ("the Chinese leader" -> "Xi
// Jinping"), else the person it ends with or its noun phrase (resolve_names.cpp).
Naming Resolver::name_of_description(const Mention& m) const {
  Naming n;
  const auto roles = description_roles(text_, toks_, m.r);
  const Person* p = reg_.find_role(roles, m.r.first);
  if (p && !roles.empty() && is_role_noun(roles.back())) {
    n.name = p->name;
    n.from = "description";
    n.person = true;
    n.conf = 0.7;
  } else {
    const ShownName d = description_name(text_, toks_, reg_, m.r);
    n.name = d.name;
    if (d.person) n.from = "description";
    n.person = d.person;
    n.conf = 0.6;
  }
  return n;
}

// No mention speaks the item: the text's latest source goes on (`carried`: a subjunctive
// sentence), or the latest quote's speaker, or the subject of the sentence before the quote.
// Sets the item's mention to the one it continues from.
Naming Resolver::carried_on(Item& it, std::size_t para, bool carried, std::size_t prev_mark_end) const {
  Quote& q = it.quote;
  Naming n;
  if (carried) {
    n.name = last_any_speaker_;
    n.from = "continuation";
    q.mention = last_any_mention_;
    n.conf = 0.4;
  } else if (q.type == QuoteType::kPartial && have_quote_speaker_ && para == last_quote_para_) {
    // 'Roe said the plan failed. Then, “we start again.”': a cue-less partial quote in the
    // paragraph of a quoted speaker goes on with that speaker.
    n.name = last_quote_speaker_;
    n.from = "continuation";
    q.mention = last_quote_mention_;
    n.conf = 0.4;
  } else if (it.continuation || q.type == QuoteType::kDirect || q.type == QuoteType::kBlock) {
    // "“Q1,” Lee said. Ana Ruiz agreed. “Q2.”": a person who takes the turn in the sentence
    // right before the quote, after the latest quote's speaker, speaks it (PolNeAR quoted
    // speaker +0.02; any subject there, "Roe nodded.", cost WikiNews 0.09).
    // (Only a sentence with no quotation in it: a sentence end inside one is no clause.)
    const bool newer_subject = it.prev_subject.ok() && have_quote_speaker_ &&
                               it.prev_subject.r.first > last_quote_tok_ &&
                               toks_[it.prev_subject.r.first].start >= prev_mark_end &&
                               takes_turn(text_, toks_, it.prev_subject.r.last + 1, it.tok);
    if (have_quote_speaker_ && para <= last_quote_para_ + kContinuationParagraphs && !newer_subject) {
      n.name = last_quote_speaker_;
      n.from = "continuation";
      // The mention it continues from ("he" in '“Q1,” he said. “Q2.”').
      q.mention = last_quote_mention_;
      n.conf = 0.5;
    } else if (it.prev_subject.ok()) {
      const std::string own = person_name(text_, toks_, it.prev_subject.r);
      const Person* p = reg_.find_name(split_lower(own), it.prev_subject.r.first);
      n.name = p && p->words.size() >= split_lower(own).size() ? p->name : own;
      q.mention = span_of(text_, toks_, it.prev_subject.r);
      n.person = true;
      n.conf = 0.4;
    }
  }
  return n;
}

// The name shown for mention `m` of item `it`: tidied ("nach Angaben von Jonas Feld" -> "Jonas
// Feld", "Ana Ruiz's" -> "Ana Ruiz", "Comedian Sarah Lund" -> "Sarah Lund"), then gated
// (display_name.h: "according to industry sources" -> "industry sources"; "The" -> none).
std::string Resolver::shown_name(const Item& it, const Mention& m, const Naming& n) const {
  std::string name = n.name;
  if (m.ok() && m.kind != MentionKind::kPronoun) name = name_after_particle(name);
  if (std::string tidy = tidy_name(name); !tidy.empty()) name = std::move(tidy);
  name = without_glued_front(name, reg_, it.tok);  // resolve_names.cpp
  // A personal pronoun is shown where the item's own attribution (or the quote it continues)
  // names it; a resolution's antecedent never is one.
  const bool own = n.from != "pronoun" && n.from != "description";
  return displayed_speaker(name, own, it.quote.type != QuoteType::kReported);
}

// The item's speaker is `n` (its name already shown_name's): remembered for the items after it.
void Resolver::remember(Item& it, const Mention& m, Naming n, std::size_t para, bool weak,
                        std::size_t prev_mark_tok) {
  Quote& q = it.quote;
  const std::string& name = n.name;
  q.speaker = name;
  q.resolved_from = n.from;
  last_any_speaker_ = name;
  last_any_mention_ = q.mention;
  last_any_para_ = para;
  have_any_speaker_ = true;
  q.confidence = weak ? n.conf * 0.5 : n.conf;
  if (!n.person && m.ok() && m.kind != MentionKind::kPronoun && is_word(toks_, m.r.last)) {
    const std::string head = low(text_, toks_, m.r.last);
    if (is_source_noun(head) || is_org_word(head)) {
      last_thing_ = name;
      last_thing_para_ = para;
      have_thing_ = true;
    }
  }
  if (n.person) {
    last_person_para_ = para;
    have_person_ = true;
    if (recent_people_.empty() || recent_people_.back().first != name) {
      if (recent_people_.size() == kRecentPeople) recent_people_.erase(recent_people_.begin());
      recent_people_.emplace_back(name, para);
    } else {
      recent_people_.back().second = para;
    }
  }
  // '“Q1,” Roe said, referring to a plan called X. “Q2”': reported speech in the sentence of
  // the latest quotation (starting at or before its mark) does not take over from its
  // speaker; Q2 goes on with Roe.
  const bool inside_quote_sentence = q.type == QuoteType::kReported &&
                                     prev_mark_tok != static_cast<std::size_t>(-1) && it.tok <= prev_mark_tok;
  if (q.type != QuoteType::kScare && !inside_quote_sentence) {
    last_quote_speaker_ = name;
    last_quote_mention_ = q.mention;
    last_quote_para_ = para;
    last_quote_tok_ = it.tok;
    have_quote_speaker_ = true;
  }
  auto found = speaker_index_.find(name);
  if (found == speaker_index_.end()) {
    found = speaker_index_.emplace(name, speakers_.size()).first;
    speakers_.push_back(Speaker{name, {}, 0});
  }
  Speaker& s = speakers_[found->second];
  ++s.quote_count;
  if (q.mention) {
    // Items come in text order, so a repeated mention can only be the last one.
    if (s.mentions.empty() || s.mentions.back().start != q.mention->start) s.mentions.push_back(*q.mention);
  }
}

void Resolver::resolve(Item& it) {
  Quote& q = it.quote;
  // A quoted title or name (title.cpp: 'he said on ABC's “This Week”') is nobody's words.
  if (it.not_speech) {
    q.confidence = 0.15;
    return;
  }
  const std::size_t para = static_cast<std::size_t>(q.paragraph);
  bool weak = false;
  Mention m = mention_of(it, para, weak);
  if (q.type == QuoteType::kReported && it.attribution.ok && it.attribution.mention.ok()) {
    source_start_ = q.start;
    source_end_ = q.end;
    source_mention_ = it.attribution.mention;
  }
  const bool continues = (it.continuation || q.type == QuoteType::kDirect ||
                          q.type == QuoteType::kBlock) &&
                         have_quote_speaker_ && para <= last_quote_para_ + kContinuationParagraphs;
  // "Roe criticised the plan. Damit seien die Kosten „nicht tragbar“": a cue-less quote in a
  // subjunctive sentence goes on reporting the latest source.
  // "Karla Brandt sagte, die Brücke sei marode. Eine Sanierung koste Millionen.": a reported
  // sentence without a cue (the subjunctive rule's, in the reported mood by making) is the
  // words of the text's previous source, in its paragraph or the next (WikiNews all-unit
  // speaker 57.77 -> 64.21%; the paragraph alone 63.67%).
  const bool reported_on = q.type == QuoteType::kReported && !it.attribution.ok &&
                           have_any_speaker_ && para <= last_any_para_ + 1;
  const bool carried = !m.ok() && !continues &&
                       (reported_on ||
                        (q.type != QuoteType::kReported && have_any_speaker_ &&
                         para <= last_any_para_ + 1 &&
                         in_reported_mood(text_, toks_, it.sentence, it.tok, q.end)));
  if (!m.ok() && !carried && q.type == QuoteType::kReported && !it.attribution.ok)
    m = previous_source(it, weak);
  const std::size_t prev_mark_end = last_mark_end_;
  const std::size_t prev_mark_tok = last_mark_tok_;
  if (q.type != QuoteType::kReported) {
    last_mark_end_ = std::max(last_mark_end_, q.end);
    last_mark_tok_ = it.tok;
  }
  // The cue that made the item, named speaker or not ("the winner is expected to be
  // announced", "who had opposed the plan"): a reader sees why it is reported speech.
  if (it.attribution.ok && it.attribution.cue.ok)
    q.cue = span_of(text_, toks_, {it.attribution.cue.first, it.attribution.cue.last, true});
  Naming n;
  if (m.ok()) {
    // "Roe, who said ...": the mention in the text is "who", its speaker the antecedent.
    q.mention = span_of(text_, toks_, m.via.ok ? m.via : m.r);
    n = m.kind == MentionKind::kName      ? name_of_name(it, m)
        : m.kind == MentionKind::kPronoun ? name_of_pronoun(it, m, para)
                                          : name_of_description(m);
  } else {
    n = carried_on(it, para, carried, prev_mark_end);
  }
  if (!n.name.empty()) n.name = shown_name(it, m, n);
  if (n.name.empty()) {
    // No speaker a reader can trust: no mention either ("The", "It is expected that").
    q.speaker.reset();
    q.mention.reset();
    q.resolved_from.clear();
    // Without a speaker: sure of a scare quote, unsure of a quoted title (consumers that want
    // only speech can drop confidence < 0.5).
    q.confidence = it.title_like ? 0.3 : (q.type == QuoteType::kScare ? 0.6 : 0.5);
    // A reported sentence with neither a speaker nor a cue (a subjunctive sentence with no
    // source anywhere before it) is nobody's attribution a reader can use: below 0.5.
    // (Dropping them was measured: WikiNews all-unit F1 67.33 -> 66.67, speaker 68.64 ->
    // 70.60%; left to consumers.)
    if (q.type == QuoteType::kReported && !q.cue) q.confidence = kNoSourceConfidence;
    return;
  }
  remember(it, m, std::move(n), para, weak, prev_mark_tok);
}

}  // namespace

std::vector<Speaker> resolve_speakers(std::string_view text, const std::vector<Token>& toks,
                                      std::vector<Item>& items, const TokenFacts* facts) {
  // Names of things in quotation marks ('she watched the film “Silver River”') are no
  // people: a later "she" must not take them.
  std::vector<std::pair<std::size_t, std::size_t>> things;
  for (const auto& it : items)
    if (it.not_speech && !it.stage) things.emplace_back(it.quote.start, it.quote.end);
  Resolver resolver(text, toks, facts, things);
  for (auto& it : items) resolver.resolve(it);
  return resolver.speakers();
}

}  // namespace pith::detail
