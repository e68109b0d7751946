#include "quotes/resolve/resolve.h"

#include <algorithm>
#include <cstdint>
#include <deque>
#include <optional>
#include <string>
#include <unordered_map>
#include <unordered_set>

#include "common/sentences.h"
#include "common/utf8.h"
#include "common/word_set.h"
#include "quotes/cues/lexicon.h"
#include "quotes/resolve/gender.h"
#include "quotes/resolve/resolve_registry.h"
#include "quotes/resolve/resolve_rules.h"
#include "quotes/speakers/speaker_de.h"
#include "quotes/resolve/resolve_names.h"
#include "quotes/mentions/speaker_names.h"

namespace pith::detail {
namespace {

constexpr std::size_t kPronounParagraphs = 6;
constexpr std::size_t kContinuationParagraphs = 2;
constexpr double kNoSourceConfidence = 0.35;

using resolve_registry::Person;
using resolve_registry::Registry;
using resolve_registry::has_org_word;
using resolve_registry::split_lower;

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
  // A WordMap over the words kept in a deque (stable keys): asked of every run of the text, a
  // look-up hashes a few bytes instead of the whole string.
  std::deque<std::string> speaker_word_keys;
  WordMap<unsigned char> speaker_words;
  for (const auto& s : speakers)
    for (auto& w : split_lower(s.name)) {
      if (speaker_words.find(w)) continue;
      speaker_word_keys.push_back(std::move(w));
      speaker_words.insert(speaker_word_keys.back(), 1);
    }
  std::string buf;
  std::string_view last_word;
  for (const TokRange& r : reg.runs()) {
    // The run's last word always ends the name built below ("Mayor Jane Roe's" -> "jane roe"):
    // when it is no speaker's word, neither is the name, and the strings below are never built
    // (most runs of a long text: "Ukraine", "Monday's"). Same trimming as person_name().
    if (toks[r.last].kind == TokKind::kWord) {
      std::string_view raw = tok_text(text, toks[r.last]);
      std::string_view lw = lower_tok(text, toks[r.last], buf);
      if (raw.size() > 2 && raw.substr(raw.size() - 2) == "'s") raw.remove_suffix(2);
      if (raw.size() > 4 && raw.substr(raw.size() - 4) == "\xE2\x80\x99s") raw.remove_suffix(4);
      last_word = lw.substr(0, raw.size());
      if (!speaker_words.find(last_word)) continue;
    }
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
    std::vector<std::string> own_words;  // split_lower(own), from person_name
    const std::string own = person_name(text, toks, name, &own_words);
    bool possible = true;
    for (const auto& w : own_words) possible = possible && speaker_words.find(w) != nullptr;
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
  const GenderBook genders(text, toks, reg.runs());
  // The latest person speakers (name, paragraph), most recent last, for a "he"/"she" whose
  // latest person is of the other gender (kept short: a pronoun reaches back a few people).
  std::vector<std::pair<std::string, std::size_t>> recent_people;
  constexpr std::size_t kRecentPeople = 6;
  std::string last_person;  // canonical name of the latest person speaker
  std::size_t last_person_para = 0;
  bool have_person = false;
  std::optional<Span> last_quote_mention;
  std::string last_quote_speaker;
  std::size_t last_quote_para = 0;
  std::size_t last_quote_tok = 0;
  std::size_t last_mark_end = 0;  // byte end of the latest quotation in marks (before this item)
  std::size_t last_mark_tok = static_cast<std::size_t>(-1);  // its opening mark's token (none: max)
  bool have_quote_speaker = false;
  // The latest speaker of any item, reported speech included, for subjunctive carry-over.
  std::string last_any_speaker;
  std::optional<Span> last_any_mention;
  std::size_t last_any_para = 0;
  bool have_any_speaker = false;

  for (auto& it : items) {
    Quote& q = it.quote;
    // A quoted title or name (title.cpp: 'he said on ABC's “This Week”') is nobody's words.
    if (it.not_speech) {
      q.confidence = 0.15;
      continue;
    }
    const std::size_t para = static_cast<std::size_t>(q.paragraph);
    Mention m = it.attribution.ok ? it.attribution.mention : Mention{};
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
    bool weak = false;
    // No cue anywhere near: the quote is most often the words (or the coinage) of its sentence's
    // subject, "Analysts spoke of a “panic sale”", "Roe accused Lee of being “soft”".
    // German "Der Plan sei „Q“": a clause in the subjunctive of reported speech is about its
    // subject; the words carry on from the text's latest source (below). speaker_de.cpp.
    if (!m.ok() && !it.title_like && q.type != QuoteType::kReported && it.sentence < it.tok &&
        !(have_any_speaker && para <= last_any_para + 1 && de_reported_clause(text, toks, it.sentence, it.tok))) {
      // A German clause's subject by word order first ("In dem Streit sieht Roe einen „Q“"),
      // not for a quoted name (die Gruppe „X“), which nobody's words are (speaker_de.cpp).
      Mention sub = q.type == QuoteType::kScare && it.maybe_name ? Mention{}
                                                                 : de_subject_of(text, toks, it.sentence, it.tok);
      if (!sub.ok()) sub = subject_of(text, toks, it.sentence, it.tok);
      if (plausible_subject(text, toks, reg, sub, q.type == QuoteType::kScare)) {
        m = sub;
        weak = true;
      }
    }
    // Else the first person named in the sentence, when known by a full name.
    if (!m.ok() && it.fallback.ok()) {
      if (it.fallback.kind == MentionKind::kPronoun) {
        m = it.fallback;
        weak = true;
      } else {
        std::vector<std::string> words;  // split_lower of the name, from person_name
        person_name(text, toks, it.fallback.r, &words);
        const Person* p = reg.find_name(words, it.fallback.r.first);
        if (p && p->words.size() >= 2) {
          m = it.fallback;
          weak = true;
        }
      }
    }
    const bool continues = (it.continuation || q.type == QuoteType::kDirect ||
                            q.type == QuoteType::kBlock) &&
                           have_quote_speaker && para <= last_quote_para + kContinuationParagraphs;
    // "Roe criticised the plan. Damit seien die Kosten „nicht tragbar“": a cue-less quote in a
    // subjunctive sentence goes on reporting the latest source.
    // "Karla Brandt sagte, die Brücke sei marode. Eine Sanierung koste Millionen.": a reported
    // sentence without a cue (the subjunctive rule's, in the reported mood by making) is the
    // words of the text's previous source, in its paragraph or the next (WikiNews all-unit
    // speaker 57.77 -> 64.21%; the paragraph alone 63.67%).
    const bool reported_on = q.type == QuoteType::kReported && !it.attribution.ok &&
                             have_any_speaker && para <= last_any_para + 1;
    const bool carried = !m.ok() && !continues &&
                         (reported_on ||
                          (q.type != QuoteType::kReported && have_any_speaker &&
                           para <= last_any_para + 1 &&
                           in_reported_mood(text, toks, it.sentence, it.tok, q.end)));
    // "Der Prüfbericht schildert die Fehler. Techniker hätten den Hebel verstellt.": with no
    // source before it, a cue-less reported sentence is the words of the previous sentence's
    // subject, when that is a person, a name or a noun phrase.
    if (!m.ok() && !carried && q.type == QuoteType::kReported && !it.attribution.ok) {
      const Mention sub = previous_subject(text, toks, it.tok);
      // A thing ("Die Brücke sei marode, heißt es. Eine Sanierung koste ...") speaks nothing:
      // a description needs a head noun of a person or a source ("Die Ermittler").
      const bool head_ok = sub.ok() && person_like_head(low(text, toks, sub.r.last));
      const bool source_like = sub.kind != MentionKind::kDescription || head_ok;
      // A capitalised German noun reads as a name ("Die Brücke"): a person known by a full
      // name counts, as for a scare quote, or a role or source head ("Der Minister").
      if (source_like && (plausible_subject(text, toks, reg, sub, true) ||
                          (head_ok && plausible_subject(text, toks, reg, sub, false)))) {
        m = sub;
        weak = true;
      }
    }
    const std::size_t prev_mark_end = last_mark_end;
    const std::size_t prev_mark_tok = last_mark_tok;
    if (q.type != QuoteType::kReported) {
      last_mark_end = std::max(last_mark_end, q.end);
      last_mark_tok = it.tok;
    }
    std::string name;
    std::string from;
    bool person = false;
    double conf = 0.0;
    // The cue that made the item, named speaker or not ("the winner is expected to be
    // announced", "who had opposed the plan"): a reader sees why it is reported speech.
    if (it.attribution.ok && it.attribution.cue.ok)
      q.cue = span_of(text, toks, {it.attribution.cue.first, it.attribution.cue.last, true});
    if (m.ok()) {
      // "Roe, who said ...": the mention in the text is "who", its speaker the antecedent.
      q.mention = span_of(text, toks, m.via.ok ? m.via : m.r);
      if (m.kind == MentionKind::kName) {
        // The name's noun phrase ("Like Ana Ruiz" -> "Ana Ruiz"; speaker_names.cpp).
        const TokRange nr = after_possessive(text, toks, display_range(text, toks, m.r));
        std::vector<std::string> own_words;  // split_lower(own), from person_name
        const std::string own = person_name(text, toks, nr, &own_words);
        std::vector<std::string> run_words;
        for (std::size_t k = nr.first; k <= nr.last; ++k)
          if (toks[k].kind == TokKind::kWord) run_words.push_back(low(text, toks, k));
        if (has_org_word(run_words)) {
          // "Senate Minority Whip Lea Holm": the person after the organisation (resolve_names.cpp).
          const ShownName pn = person_after_org_name(text, toks, reg, nr);
          name = pn.ok ? pn.name : without_determiner(text, toks, nr);
          person = pn.person;
        } else {
          const Person* p = reg.find_name(own_words, m.r.first);
          name = p && p->words.size() >= own_words.size() ? p->name : own;
          // A lone capitalised word never introduced as a full name ("Engineers say ...") is
          // no antecedent for a later "she".
          person = p != nullptr || own_words.size() >= 2;
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
        const char g = pronoun_gender(low(text, toks, m.r.first));
        std::string subj_name;
        if (subj.ok && !has_org_word(run_words)) {
          const std::string own = person_name(text, toks, subj);
          const Person* p = reg.find_name(split_lower(own), subj.first);
          subj_name = p && p->words.size() >= split_lower(own).size() ? p->name : own;
        }
        if (!subj_name.empty() && gender_fits(g, genders.of(subj_name))) {
          name = subj_name;
          from = "pronoun";
          person = true;
          conf = 0.7;
        } else if (const Mention ante = plural_antecedent(text, toks, reg, m.r.first,
                                                          q.type == QuoteType::kReported ? it.tok : it.sentence);
                   ante.ok()) {
          name = ante.kind == MentionKind::kName ? person_name(text, toks, ante.r)
                                                 : without_determiner(text, toks, ante.r);
          from = "pronoun";
          conf = 0.5;
        } else if (cls == 's') {
          // "“Q1,” Tom Berg said. Asked about it, she said “Q2”": the latest person of the
          // pronoun's gender, as far as names and honorifics tell (unknown fits).
          const std::string* near = nullptr;
          for (auto r = recent_people.rbegin(); r != recent_people.rend() && !near; ++r) {
            if (para > r->second + kPronounParagraphs) break;
            const char pg = genders.of(r->first);
            if (!gender_fits(g, pg)) continue;
            // Past the latest person only to one the text marks with the pronoun's gender.
            if (r != recent_people.rbegin() && pg != g) break;
            near = &r->first;
          }
          // Else the latest person named (no speaker yet) whom the text marks with the
          // pronoun's gender: "Lena Holm chaired the meeting. ... she said".
          const Person* marked = near || g == 0 ? nullptr : reg.last_person_if(m.r.first, [&](const Person& p) {
            return genders.of(p.name) == g;
          });
          if (have_person && near) {
            name = *near;
            from = "pronoun";
            person = true;
            conf = 0.7;
          } else if (marked && have_person) {
            name = marked->name;
            from = "pronoun";
            person = true;
            conf = 0.5;
          } else if (const Person* p = reg.last_person(m.r.first);
                     p && !(have_person && para <= last_person_para + kPronounParagraphs) &&
                     gender_fits(g, genders.of(p->name))) {
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
          // The person it ends with, or its noun phrase (resolve_names.cpp).
          const ShownName d = description_name(text, toks, reg, m.r);
          name = d.name;
          if (d.person) from = "description";
          person = d.person;
          conf = 0.6;
        }
      }
    } else if (carried) {
      name = last_any_speaker;
      from = "continuation";
      q.mention = last_any_mention;
      conf = 0.4;
    } else if (q.type == QuoteType::kPartial && have_quote_speaker && para == last_quote_para) {
      // 'Roe said the plan failed. Then, “we start again.”': a cue-less partial quote in the
      // paragraph of a quoted speaker goes on with that speaker.
      name = last_quote_speaker;
      from = "continuation";
      q.mention = last_quote_mention;
      conf = 0.4;
    } else if (it.continuation || q.type == QuoteType::kDirect || q.type == QuoteType::kBlock) {
      // "“Q1,” Lee said. Ana Ruiz agreed. “Q2.”": a person who takes the turn in the sentence
      // right before the quote, after the latest quote's speaker, speaks it (PolNeAR quoted
      // speaker +0.02; any subject there, "Roe nodded.", cost WikiNews 0.09).
      // (Only a sentence with no quotation in it: a sentence end inside one is no clause.)
      const bool newer_subject = it.prev_subject.ok() && have_quote_speaker &&
                                 it.prev_subject.r.first > last_quote_tok &&
                                 toks[it.prev_subject.r.first].start >= prev_mark_end &&
                                 takes_turn(text, toks, it.prev_subject.r.last + 1, it.tok);
      if (have_quote_speaker && para <= last_quote_para + kContinuationParagraphs && !newer_subject) {
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
      // A reported sentence with neither a speaker nor a cue (a subjunctive sentence with no
      // source anywhere before it) is nobody's attribution a reader can use: below 0.5.
      // (Dropping them was measured: WikiNews all-unit F1 67.33 -> 66.67, speaker 68.64 ->
      // 70.60%; left to consumers.)
      if (q.type == QuoteType::kReported && !q.cue) q.confidence = kNoSourceConfidence;
      continue;
    }
    // "nach Angaben von Jonas Feld": the person, not the noun phrase naming the source.
    if (m.ok() && m.kind != MentionKind::kPronoun) name = name_after_particle(name);
    // "Ana Ruiz's" -> "Ana Ruiz" (speaker_names.cpp).
    if (std::string tidy = tidy_name(name); !tidy.empty()) name = std::move(tidy);
    name = without_glued_front(name, reg, it.tok);  // "Comedian Sarah Lund" (resolve_names.cpp)
    q.speaker = name;
    q.resolved_from = from;
    last_any_speaker = name;
    last_any_mention = q.mention;
    last_any_para = para;
    have_any_speaker = true;
    q.confidence = weak ? conf * 0.5 : conf;
    if (person) {
      last_person = name;
      last_person_para = para;
      have_person = true;
      if (recent_people.empty() || recent_people.back().first != name) {
        if (recent_people.size() == kRecentPeople) recent_people.erase(recent_people.begin());
        recent_people.emplace_back(name, para);
      } else {
        recent_people.back().second = para;
      }
    }
    // '“Q1,” Roe said, referring to a plan called X. “Q2”': reported speech in the sentence of
    // the latest quotation (starting at or before its mark) does not take over from its
    // speaker; Q2 goes on with Roe.
    const bool inside_quote_sentence = q.type == QuoteType::kReported &&
                                       prev_mark_tok != static_cast<std::size_t>(-1) && it.tok <= prev_mark_tok;
    if (q.type != QuoteType::kScare && !inside_quote_sentence) {
      last_quote_speaker = name;
      last_quote_mention = q.mention;
      last_quote_para = para;
      last_quote_tok = it.tok;
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
