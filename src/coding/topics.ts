/**
 * Triggers that are no acts: words naming a topic ("talk about arming", "sexual assault cases"), participles used
 * as adjectives ("the occupied West Bank"), gerunds as subjects or inside compound nouns, and capitalised words
 * inside names or titles ("the NBC program Meet the Press").
 */
import type { SentenceView } from './match.js';
import { titleCaseSpan } from '../nlp/title-case.js';
import { REDUCED_RELATIVE, REDUCED_RELATIVE_HARM } from './participle-words.js';

const TOPIC_NOUNS =
  /^(specifics|details|question|questions|issue|debate|debates|discussion|discussions|talk|prospect|prospects|possibility|risk|risks|fear|fears|idea|notion|threat|danger|scope)$/;

/**
 * a capitalised trigger inside a sentence that is not in title case is part of a name ("appearing on the NBC
 * program Meet the Press", "Merrill Lynch"); the first word, a word after an opening quote, a colon or an
 * abbreviation, and headlines in title case are left alone
 */
export function inTitle(v: SentenceView, i: number): boolean {
  const t = v.toks[i];
  if (i === v.a || t.text === t.lower) return false; // most triggers are lower case: no regex for them
  const prev = v.toks[i - 1];
  if (!/^\p{Lu}\p{Ll}/u.test(t.text)) return false;
  // a quote opening on it is speech, unless it is a short title ('the NBC program "Meet the Press"')
  if (/^["“‘']$/.test(prev.text)) return quotedTitle(v, i) && !sentenceInTitleCase(v);
  if (/^[(:—–-]$/.test(prev.text)) return false;
  // some wires capitalise the word after an abbreviation ("the U.S. Criticised Japan's policy")
  if (/\.$/.test(prev.text)) return false;
  return !sentenceInTitleCase(v);
}

function sentenceInTitleCase(v: SentenceView): boolean {
  let titleCase = TITLE_CASE.get(v);
  if (titleCase === undefined) {
    titleCase = titleCaseSpan(v.toks, v.a, v.b);
    TITLE_CASE.set(v, titleCase);
  }
  return titleCase;
}

const CLOSING_QUOTE = /^[”"’']$/;
const TITLE_SMALL_WORDS = /^(the|a|an|of|and|or|to|in|on|for|at|with|by)$/;

/** the quote opening before i closes within six words, all capitalised but small words, two or more: a title */
function quotedTitle(v: SentenceView, i: number): boolean {
  let words = 0;
  for (let k = i; k < v.b && k < i + 8; k++) {
    const w = v.toks[k].text;
    if (CLOSING_QUOTE.test(w)) return words >= 2;
    if (/^[,.:;!?]$/.test(w)) continue;
    if (!/^\p{Lu}/u.test(w) && !TITLE_SMALL_WORDS.test(w)) return false;
    words++;
  }
  return false;
}

/** heads of compound nouns whose modifier may be a gerund ("hosting firm", "oil producing countries", "war
 * fighting capabilities"): things, never the object of an act */
const COMPOUND_HEADS = new Set([
  'firm',
  'firms',
  'company',
  'companies',
  'industry',
  'industries',
  'sector',
  'business',
  'businesses',
  'countries',
  'nations',
  'states',
  'service',
  'services',
  'equipment',
  'system',
  'systems',
  'technology',
  'software',
  'capability',
  'capabilities',
  'facilities',
  'facility',
]);

/** verbs of saying and thinking whose object is a clause: a gerund right after them is its subject */
const CLAUSE_TAKERS = new Set([
  'say',
  'argue',
  'believe',
  'think',
  'suggest',
  'insist',
  'claim',
  'warn',
  'stress',
]);

/** whether a sentence is in title case, computed once per sentence view */
const TITLE_CASE = new WeakMap<SentenceView, boolean>();

const NAME_HEAD =
  /^(Commission|Committee|Council|Act|Agency|Court|Tribunal|Office|Bureau|Authority|Board|Programme|Program|Fund|Law|Bill|Treaty|Foundation|Institute|Centre|Center|Department|Ministry|Directorate|Unit|Squad|Forum|Award|Prize)$/;
const RELINQUISH = /^(surrender|relinquish|renounce|waive|forgo|forego)$/;

/** a noun after "on" (determiners and adjectives between) in a line with no verb: the topic a speaker is quoted on */
function speakerOnTopic(v: SentenceView, i: number): boolean {
  let k = i - 1;
  while (k > v.a && /^(DET|ADJ|NOUN)$/.test(v.toks[k].pos)) k--;
  if (k <= v.a || v.toks[k].lower !== 'on' || !v.mentionAt.size) return false;
  for (let j = v.a; j < v.b; j++) if (j !== i && /^(VERB|AUX)$/.test(v.toks[j].pos)) return false;
  return true;
}

/**
 * triggers that name a topic rather than an act: a gerund governed by a preposition ("capable of
 * targeting", "talk about arming"; "by targeting" is kept) and a noun phrase that is the object of
 * "about"/"regarding" or of a topic noun ("the specifics of Russia's retaliatory actions")
 */
export function isTopic(v: SentenceView, i: number): boolean {
  const t = v.toks[i];
  const prev = v.toks[i - 1];
  // "hacks US Sentencing Commission", "the Iran Sanctions Act": a capitalised word before a body's or a law's
  // capitalised head is part of its name, title case or not
  const next = v.toks[i + 1];
  if (next && t.text !== t.lower && NAME_HEAD.test(next.text)) return true;
  // "George W. Bush on torture", "Blair on the Iraq war": a verbless line naming who speaks on what
  // (the tagger may read the noun as a verb after "on")
  if ((t.pos === 'NOUN' || (t.pos === 'VERB' && prev?.lower === 'on')) && speakerOnTopic(v, i)) return true;
  // "as opposed to": a contrast, no opposition
  if (t.lower === 'opposed' && prev?.lower === 'as' && v.toks[i + 1]?.lower === 'to') return true;
  // a participle opening the sentence before a noun ("Boycotting opposition members will ...")
  const opening = i === v.a || (i === v.a + 1 && /^["“‘']$/.test(v.toks[v.a].text));
  if (opening && t.pos === 'VERB' && /ing$/.test(t.lower) && /^(NOUN|ADJ)$/.test(v.toks[i + 1]?.pos ?? ''))
    return true;
  // the word before, past an opening quote mark ("on 'threatening scale'")
  const before = i - 1 > v.a && /^["“‘']$/.test(prev.text) ? v.toks[i - 2] : prev;
  // (not the gerund object of "rule out": "has not ruled out sending troops")
  if (
    i > v.a &&
    t.pos === 'VERB' &&
    /ing$/.test(t.lower) &&
    before.pos === 'ADP' &&
    before.lower !== 'by' &&
    !(before.lower === 'out' && v.toks[i - 2]?.lemma === 'rule')
  )
    return true;
  // a participle used as an adjective ("the occupied West Bank", "a disputed region", "backers of detained
  // leader X", "Ousted President Askar Akayev", "the stricken Fukushima plant"); after "that" it is a relative
  // clause's verb ("a group that opposed Brazil's position")
  if (
    t.pos === 'VERB' &&
    (/ed$/.test(t.lower) || (/en$/.test(t.lower) && t.lower !== t.lemma)) &&
    (i === v.a ||
      // ("releases 16 detained Chinese fishermen": a number before it too)
      /^(DET|ADP|SCONJ|NUM)$/.test(before.pos) ||
      // "pays millions to tortured Libyan": an infinitive's verb has its base form
      before.lower === 'to' ||
      // ("Lech Walesa, whose banned organisation": a possessive relative is a determiner)
      before.lower === 'whose' ||
      // "TOKYO - Accused U.S. Army deserter Charles Jenkins": capitalised after a dateline's dash
      (/^[-–—:]$/.test(before.text) && /^\p{Lu}/u.test(t.text)) ||
      /^(most|least|much|widely|heavily|well|often)$/.test(prev.lower)) &&
    prev?.lower !== 'that' &&
    v.toks[i + 1] &&
    /^(NOUN|PROPN|ADJ)$/.test(v.toks[i + 1].pos)
  )
    return true;
  // ... and one of custody or harm after a possessive, before a common noun ("Saddam Hussein's jailed lieutenants": no
  // jailing by Saddam; "the government's expressed desire" stays a statement)
  if (
    t.pos === 'VERB' &&
    (REDUCED_RELATIVE.test(t.lower) || REDUCED_RELATIVE_HARM.test(t.lower)) &&
    i - 1 > v.a &&
    /^['’]s$/.test(prev.lower) &&
    v.toks[i + 1]?.pos === 'NOUN' &&
    /^\p{Ll}/u.test(v.toks[i + 1].text)
  )
    return true;
  // "sentenced to jail", "condemned to death": the sentence's content, no act of its own
  if (i - 2 > v.a && prev.lower === 'to' && /^(sentenced|condemned)$/.test(v.toks[i - 2].lower)) return true;
  // ("had begun to pay an agreed to 15 pct surcharge": a participle right after an article is an adjective, whatever
  // follows it)
  if (t.pos === 'VERB' && /ed$/.test(t.lower) && i - 1 > v.a && /^(a|an|the)$/.test(prev.lower)) return true;
  // the second half of a hyphenated modifier ("the U.S.-backed government", "enemy-occupied territory",
  // "a Western-brokered plan"), and of a test ("test-fired a missile": the test is the act, 15 in root 15)
  const hyphen = i - 1 > v.a && prev.text === '-' && prev.start === v.toks[i - 2].end && t.start === prev.end;
  if (hyphen && t.pos === 'VERB' && v.toks[i - 2].lower === 'test') return true;
  // ("job-killing regulations", "venue-killing rate hikes": a gerund too; "drought-stricken": an -en participle)
  if (
    hyphen &&
    t.pos === 'VERB' &&
    /(ed|en|ing)$/.test(t.lower) &&
    v.toks[i + 1] &&
    /^(NOUN|PROPN|ADJ)$/.test(v.toks[i + 1].pos)
  )
    return true;
  // a gerund inside a compound noun before its head ("the net hosting firm", "oil producing countries")
  if (
    t.pos === 'VERB' &&
    /ing$/.test(t.lower) &&
    (prev?.pos === 'NOUN' || prev?.pos === 'ADJ') &&
    COMPOUND_HEADS.has(v.toks[i + 1]?.lower ?? '')
  )
    return true;
  // a gerund that is the subject of a clause ("that granting Ukraine missiles would ...", "says granting more
  // autonomy to Sudan could help")
  if (
    i > v.a &&
    t.pos === 'VERB' &&
    /ing$/.test(t.lower) &&
    (prev.pos === 'SCONJ' ||
      prev.pos === 'DET' ||
      prev.lower === 'that' ||
      (prev.pos === 'VERB' && CLAUSE_TAKERS.has(prev.lemma)))
  )
    return true;
  if (t.pos !== 'NOUN' && t.pos !== 'ADJ') return false;
  let j = i - 1;
  while (
    j >= v.a &&
    (/^(ADJ|NOUN|PROPN|DET|NUM)$/.test(v.toks[j].pos) ||
      /^['’]s?$|^-$|^(its|their|his|her|our|my|your)$/.test(v.toks[j].lower))
  )
    j--;
  if (j < v.a) return false;
  const w = v.toks[j].lower;
  if (/^(about|regarding|concerning)$/.test(w)) return true;
  // a power given up ("giving up our veto", "surrendered its right of veto"): no act
  if (RELINQUISH.test(v.toks[j].lemma) || (w === 'up' && v.toks[j - 1]?.lemma === 'give')) return true;
  return w === 'of' && j - 1 >= v.a && TOPIC_NOUNS.test(v.toks[j - 1].lower);
}
