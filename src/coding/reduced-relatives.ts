/**
 * Participles that modify a noun rather than head a clause: a reduced passive relative ("the death of a Turkish
 * engineer kidnapped Tuesday"), a coercion participle after a verb's object ("freed the journalist kidnapped in
 * Iraq") and an attributive participle ("selling low priced chips"). None names its agent but a "by" phrase.
 */
import type { ActorMention } from '../model/document.js';
import type { SentenceView } from './match.js';
import { actorPhraseAt } from './actor-phrase.js';
import { mentionEndingAt } from './mention-at.js';
import { timeAdverbialEnd } from './time-words.js';
import { passiveAside } from './asides.js';
import { GIVEN_TO, REDUCED_RELATIVE, REDUCED_RELATIVE_HARM } from './participle-words.js';

/**
 * a harm or custody participle followed (after an adverb) by where it happened ("service members killed recently in
 * Iraq", "workers kidnapped near Kabul"): what happened to them, as a time adverbial there tells
 */
function placeAfterHarm(v: SentenceView, trigger: number): boolean {
  const t = v.toks[trigger].lower;
  if (!REDUCED_RELATIVE_HARM.test(t) && !REDUCED_RELATIVE.test(t)) return false;
  let k = trigger + 1;
  if (v.toks[k]?.pos === 'ADV') k++;
  return /^(in|near|at|during|outside|inside|off)$/.test(v.toks[k]?.lower ?? '');
}

/** "the cash offered to Central America": a giving participle with its receiver right after it (GIVEN_TO) */
function givenTo(v: SentenceView, trigger: number): boolean {
  return (
    GIVEN_TO.test(v.toks[trigger].lower) &&
    v.toks[trigger + 1]?.lower === 'to' &&
    /^(DET|PROPN|NOUN|ADJ|NUM)$/.test(v.toks[trigger + 2]?.pos ?? '')
  );
}

/** words a noun phrase may hold before its head, scanning back from it */
const NP_WORDS = /^(DET|ADJ|NUM|NOUN|PROPN|PART)$/;

/**
 * A reduced passive relative: "the death of a Turkish engineer kidnapped Tuesday", "a hunt for three UN workers
 * kidnapped last month". A past participle right after the object of a preposition, followed by a time adverbial
 * rather than an object of its own, says what happened to that object; the sentence names no agent of it (only a
 * "by" phrase would). A noun phrase that opens a clause keeps its verb ("Russian forces attacked Tuesday").
 */
export function reducedPassiveRelative(v: SentenceView, trigger: number, lo: number): boolean {
  const t = v.toks[trigger];
  if (t.pos !== 'VERB' || !/ed$/.test(t.lower)) return false;
  if (objectOfVerbParticiple(v, trigger, lo) || passiveAside(v, trigger, lo)) return true;
  if (
    timeAdverbialEnd(v.toks, trigger + 1, v.b) === trigger + 1 &&
    !placeAfterHarm(v, trigger) &&
    !givenTo(v, trigger)
  )
    return false;
  let j = trigger - 1;
  // a common noun: a name there is a subject ("… of the Exchequer Nigel Lawson welcomed on Monday")
  if (j < lo || v.toks[j].pos !== 'NOUN') return false;
  while (j > lo && trigger - j <= 6 && NP_WORDS.test(v.toks[j - 1].pos)) j--;
  return j > lo && v.toks[j - 1].pos === 'ADP';
}

/**
 * a coercion participle with no object of its own after a verb's object: "calls on Israel to release Palestinian
 * academic jailed to deter activists", "freed the journalist kidnapped in Iraq" (the noun, or a role noun the
 * tagger read as an adjective, is the victim, not the subject)
 */
function objectOfVerbParticiple(v: SentenceView, trigger: number, lo: number): boolean {
  const next = v.toks[trigger + 1];
  if (!REDUCED_RELATIVE.test(v.toks[trigger].lower) || next?.lower === 'by') return false;
  if (next !== undefined && !/^(ADP|SCONJ|PART|PUNCT)$/.test(next.pos)) return false;
  let j = trigger - 1;
  const head = v.toks[j];
  if (j < lo || !(head.pos === 'NOUN' || (head.pos === 'ADJ' && mentionEndingAt(v, j) !== null)))
    return false;
  while (j > lo && trigger - j <= 6 && NP_WORDS.test(v.toks[j - 1].pos)) j--;
  return j > lo && v.toks[j - 1].pos === 'VERB';
}

const ATTRIBUTIVE_BEFORE = /^(VERB|DET|NUM|ADP|ADJ)$/;
const NOUN_AFTER = /^(NOUN|PROPN|ADJ)$/;

/**
 * an -ed participle between a determiner, number, adjective, preposition or verb and a noun it modifies (an adverb
 * may modify it: "selling low priced chips")
 */
export function attributiveParticiple(v: SentenceView, i: number, lo: number): boolean {
  const t = v.toks[i];
  if (t.pos !== 'VERB' || !t.lower.endsWith('ed') || i - 1 < lo) return false;
  const before = v.toks[i - 1].pos === 'ADV' && i - 2 >= lo ? v.toks[i - 2] : v.toks[i - 1];
  return ATTRIBUTIVE_BEFORE.test(before.pos) && NOUN_AFTER.test(v.toks[i + 1]?.pos ?? '');
}

/** mentions a gerund takes as its object rather than as the agent of an -ing modifier ("began shelling Mariupol") */
const PLACE_KINDS = /^(country|capital|metonym|pronoun)$/;
const DETERMINER_BEFORE = /^(DET|NUM|ADJ)$/;
/** verbs whose object is a gerund ("enjoyed visiting Japan", "stopped visiting the region") */
const GERUND_TAKERS =
  /^(enjoy|begin|start|stop|avoid|consider|keep|finish|like|love|hate|risk|suggest|recommend|delay|postpone|resume|continue|quit|miss|discuss|mention|plan|prefer|propose|regret|resist|try|justify|defend|ban|forbid|allow|permit|prohibit|cancel|include|involve|mean)$/;

/**
 * an -ing participle modifying the people named after it ("told visiting U.S. Secretary of State George Shultz", "the
 * invading Russian forces"): they are its agents, or null. A place or a pronoun after an -ing form is a gerund's
 * object ("stopped shelling Mariupol", "began visiting Israel", "refused to keep subsidising them"), so only persons and
 * groups count.
 */
export function attributiveAgent(v: SentenceView, i: number, lo: number): ActorMention[] | null {
  const t = v.toks[i];
  if (t.pos !== 'VERB' || !t.lower.endsWith('ing') || i - 1 < lo) return null;
  // after a verb or a preposition an -ing form is mostly a gerund with its object ("confirms killing Arafat's
  // deputy", "by deploying riot police"); "visiting" is the visitor's adjective there too ("told visiting X")
  // (not after a verb whose object is a gerund: "enjoyed visiting Japan's prime minister")
  const p = v.toks[i - 1];
  if (
    !DETERMINER_BEFORE.test(p.pos) &&
    !(t.lower === 'visiting' && ATTRIBUTIVE_BEFORE.test(p.pos) && !GERUND_TAKERS.test(p.lemma))
  )
    return null;
  const np = actorPhraseAt(v, i + 1);
  const first = np?.mentions[0];
  if (!first || first.tokenStart > i + 3 || PLACE_KINDS.test(first.kind)) return null;
  for (let k = i + 1; k < first.tokenStart; k++) if (!/^(ADJ|PROPN|NOUN)$/.test(v.toks[k].pos)) return null;
  return [first];
}
