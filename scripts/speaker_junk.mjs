// The junk-name check of `npm run eval`: is a displayed speaker name one a reader would trust?
// A displayed speaker is a person's or organisation's name or a short noun phrase whose head can
// speak ("officials", "industry sources", "the ministry"). A name is junk when any test below
// holds; each test names its reason, and the tests look at the name alone (plus, for pronouns,
// whether the quote's own attribution names it). They are meant to catch what a person sees at
// once ("The", "A preview of the", "according to industry sources", "band unveiled", "Actually
// I've"), not to agree with the engine: the word lists are general English and German closed
// classes, none taken from the engine's tables.
//
//   long         more than 6 words ("industry sources cited by hit-or-miss Taiwanese publication DigiTimes")
//   verb         a finite verb inside: an auxiliary or modal ("Others have applied"), a speech
//                or common reporting verb ("he admitted"), or a lower-case word in -ed ending the
//                name ("band unveiled")
//   function-end the last word is a function word: article, preposition, conjunction, pronoun
//                ("A preview of the", "... charters while")
//   bare         the whole name is a determiner, pronoun or other function word ("The", "This",
//                "we"), unless it is a personal pronoun that the item's own attribution names
//                ("“Q,” he said" or "I said that ...": shown as "he", "I"), never carried
//                over from another item; "it" only for a quotation in marks ("“Q,” it said":
//                in reported speech "it" is most often no source, "it is expected that")
//   cue          a cue word inside ("according to industry sources", "told")
//   possessive   ends in 's, ’s or s' ("Ana Ruiz's")
//   adverb       opens with an adverb or a connective ("Actually I've", "Meanwhile Roe", "But Roe")
//   no-letter    no letter at all
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import path from 'node:path';

const words = (s) => new Set(s.trim().split(/\s+/));

// Articles, determiners, quantifiers, pronouns, prepositions, conjunctions, and the like
// (English, German), lower-case.
const DETERMINERS = words(`the a an this that these those some any each every no all both either neither
  another other such what which whose der die das den dem des ein eine einen einem einer eines
  dieser diese dieses jener jene kein keine`);
const PRONOUNS = words(`i me my mine we us our ours you your yours he him his she her hers it its they
  them their theirs one someone somebody anyone anybody everyone everybody nobody who whom
  ich wir du ihr er sie es uns mich mir`);
// Personal pronouns a speaker may be shown as when its own attribution names it.
const PERSONAL = words('i me we us you he she they him her them ich wir du ihr uns er sie');
const PREPOSITIONS = words(`of to in on at by for with from into onto about over under after before
  between among through during without within against toward towards upon via per than as
  like von zu im am an auf aus bei mit nach seit über unter vor für gegen ohne um durch`);
const CONJUNCTIONS = words(`and or but nor so yet while whereas although though because since if unless
  when whenever where wherever whether that until than und oder aber denn sondern dass weil
  wenn als ob`);
const FUNCTION = new Set([...DETERMINERS, ...PRONOUNS, ...PREPOSITIONS, ...CONJUNCTIONS,
  ...words('not also just only very too there here then now please yes no nicht auch noch nur')]);
const AUXILIARIES = words(`is are was were be been being am has have had having do does did will would
  shall should can could may might must 's 're 've 'd 'll ist sind war waren hat haben hatte
  hatten wird werden wurde wurden kann können muss müssen soll sollen`);
// Verbs that report speech or that news writing puts right after a speaker.
// (Forms that are also plural nouns, "reports", "states", "claims", "calls", are left out.)
const SPEECH_VERBS = words(`said says say told tells tell added adds admitted admits announced announces
  ask asked asks claimed stated wrote writes explained explains noted argued
  argues reported revealed reveals warned warns insisted insists denied denies confirmed
  confirms replied responded responds suggested suggests believes believed thinks thought
  unveiled unveils applied applies called tweeted posted sagte sagt erklärte
  erklärt betonte betont meinte meint schrieb schreibt`);
const CUE_WORDS = words('according cited quoted citing quoting laut zufolge');
const ADVERBS = words(`actually also meanwhile however still then now here there so but and yet even
  only just instead later earlier previously currently recently finally indeed perhaps maybe
  besides moreover furthermore nevertheless thus therefore hence otherwise anyway today yesterday
  tomorrow again already often sometimes never always once apparently clearly obviously reportedly
  allegedly originally eventually initially additionally similarly likewise ultimately basically
  essentially simply really certainly probably possibly usually generally especially particularly
  specifically unfortunately fortunately interestingly importantly notably separately publicly
  privately repeatedly immediately quickly
  auch aber doch jedoch dann nun hier dort heute gestern morgen bereits noch zudem außerdem`);

const tokenise = (name) => String(name).trim().split(/\s+/).filter(Boolean);
const bare = (w) => w.toLowerCase().replace(/^[^\p{L}\p{N}']+|[^\p{L}\p{N}]+$/gu, '');

/**
 * Why a displayed speaker name is junk, or null when it is not.
 * @param {string} name the displayed name
 * @param {{ownAttribution?: boolean, quotation?: boolean}} ctx `ownAttribution`: the quote's own
 *   attribution names the speaker with these very words (not resolved from elsewhere);
 *   `quotation`: the quote is in quotation marks (not reported speech)
 * @returns {string|null}
 */
export function junkReason(name, ctx = {}) {
  const toks = tokenise(name);
  if (!toks.length || !/\p{L}/u.test(name)) return 'no-letter';
  if (toks.length > 6) return 'long';
  // Lower-case forms for the word tests; an acronym in capitals (US, IS, WHO) is a name, and a
  // capitalised word is tested as a verb only when lower case ("Will Roe" is a name).
  const acronym = toks.map((t) => /^\p{Lu}{2,}$/u.test(t.replace(/[^\p{L}]/gu, '')));
  const low = toks.map((t, k) => (acronym[k] ? '' : bare(t)));
  const lower = toks.map((t) => /^[^\p{L}]*\p{Ll}/u.test(t));
  if (toks.length === 1) {
    const w = low[0];
    if (PERSONAL.has(w)) return ctx.ownAttribution ? null : 'bare';
    if (w === 'it') return ctx.ownAttribution && ctx.quotation ? null : 'bare';
    if (FUNCTION.has(w) || AUXILIARIES.has(w)) return 'bare';
    if (SPEECH_VERBS.has(w)) return 'verb';
  }
  if (low.some((w) => CUE_WORDS.has(w))) return 'cue';
  if (low.some((w, k) => lower[k] && (AUXILIARIES.has(w) || SPEECH_VERBS.has(w)))) return 'verb';
  if (toks.some((t) => /^(i|we|you|he|she|they|it)['’](s|re|ve|d|ll|m)$/i.test(t))) return 'verb';
  const last = toks[toks.length - 1];
  if (toks.length > 1 && lower[toks.length - 1] && /ed$/.test(low[low.length - 1])) return 'verb';
  if (/(['’]s|s['’])$/u.test(last)) return 'possessive';
  if (toks.length > 1 && FUNCTION.has(low[low.length - 1])) return 'function-end';
  if (toks.length > 1 && ADVERBS.has(low[0])) return 'adverb';
  return null;
}

// The speakers a reader sees for one document's quotes: every speaker of a quote that is not a
// title, once per distinct name, with the context of its first quote that is its own
// attribution (if any quote is). Quotes are engine results ({type, speaker, mention,
// resolvedFrom}); `mention` may be an object with `text` or a string (batch-quotes lines).
export function displayedSpeakers(quotes) {
  const byName = new Map();
  for (const q of quotes ?? []) {
    if (!q.speaker || q.type === 'title') continue;
    const mention = typeof q.mention === 'string' ? q.mention : q.mention?.text;
    // Its own attribution: not resolved from another item, and the mention holds the name's
    // words ("He went on to" shows as "he").
    const own = !q.resolvedFrom && mention != null &&
      ` ${mention.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ')} `.includes(` ${q.speaker.trim().toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ')} `);
    const ctx = { ownAttribution: own, quotation: q.type !== 'reported' };
    const prev = byName.get(q.speaker);
    // A pronoun is acceptable when any of its quotes is its own attribution in marks.
    if (!prev || (junkReason(q.speaker, ctx) === null && junkReason(q.speaker, prev) !== null)) byName.set(q.speaker, ctx);
  }
  return [...byName].map(([name, ctx]) => ({ name, ctx, reason: junkReason(name, ctx) }));
}

// Junk counts over the documents of one evaluated set: the clean() outputs in `dir` (N.json,
// as batch-clean writes them) or the lines of a batch-quotes prediction file.
export function junkOfSet(source) {
  const docs = [];
  if (source.endsWith('.jsonl')) {
    for (const line of readFileSync(source, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const d = JSON.parse(line);
      docs.push({ id: String(d.id), quotes: d.quotes });
    }
  } else if (existsSync(source)) {
    for (const f of readdirSync(source)) {
      if (!f.endsWith('.json')) continue;
      const r = JSON.parse(readFileSync(path.join(source, f), 'utf8'));
      if (r.ok !== false) docs.push({ id: f.replace(/\.json$/, ''), quotes: r.quotes });
    }
  }
  let names = 0, junk = 0;
  const distinct = new Map();  // name -> reason, over the set
  const offenders = [];
  for (const d of docs) {
    for (const s of displayedSpeakers(d.quotes)) {
      names++;
      distinct.set(s.name, distinct.get(s.name) ?? s.reason);
      if (s.reason) {
        junk++;
        offenders.push({ doc: d.id, name: s.name, reason: s.reason });
      }
    }
  }
  const distinctJunk = [...distinct.values()].filter(Boolean).length;
  return { docs: docs.length, names, junk, distinct: distinct.size, distinctJunk, offenders };
}
