/**
 * Obligations: "Sudan must return the helicopter", "Iran has to stop enrichment", "Israel should halt".
 * The act is not done. When someone else reports it ("Russia said that Sudan must return ..."), the event is
 * that reporter's demand on the obliged actor (CAMEO 10, for "must"/"has to") or appeal (CAMEO 02, for
 * "should"), with the sub-code of the act demanded, as CAMEO codes "demanded that X withdraw" (106).
 */
import type { ActorMention, Token } from '../model/document.js';
import type { SentenceView } from './match.js';
import { actorPhraseAt } from './actor-phrase.js';
import { codable, mentionEndingAt } from './mention-at.js';
import type { Cues } from '../lexicon/cues.js';

export type Obligation = 'demand' | 'appeal';

/**
 * "must", "has/have/need(s) to" (a demand) or "should", "ought to" (an appeal) right before the trigger, one
 * adverb allowed between ("must immediately return"); "had to withdraw" is past and done, so it is none
 */
export function obligationBefore(toks: Token[], sentStart: number, trigger: number): Obligation | null {
  let j = trigger - 1;
  if (j > sentStart && toks[j].pos === 'ADV' && toks[j].lower !== 'not') j--;
  if (j < sentStart) return null;
  // "the US must be ready to mediate": the obligation is on being ready
  // ("needs to be ratified by France": a passive's too)
  if (toks[j].lower === 'be' && j - 1 >= sentStart && /^(must|should|to)$/.test(toks[j - 1].lower)) j--;
  const w = toks[j].lower;
  if (w === 'must') return 'demand';
  if (w === 'should') return 'appeal';
  if (w === 'to' && j - 1 >= sentStart) {
    const p = toks[j - 1].lower;
    if (/^(has|have|need|needs)$/.test(p)) return 'demand';
    if (p === 'ought') return 'appeal';
  }
  return null;
}

/** [prefix of the act's code, demand code, appeal code]; the first matching prefix wins */
const OBLIGED: ReadonlyArray<readonly [string, string, string]> = [
  ['061', '1011', '0211'],
  ['062', '1012', '0212'],
  ['063', '1013', '0213'],
  ['064', '1014', '0214'],
  ['06', '100', '021'],
  ['071', '1031', '0231'],
  ['072', '1032', '0232'],
  ['073', '1033', '0233'],
  ['074', '1034', '0234'],
  ['07', '103', '023'],
  ['05', '102', '022'],
  ['045', '105', '028'],
  ['04', '108', '026'],
  ['0831', '1041', '0241'],
  ['0832', '1042', '0242'],
  ['0833', '1043', '0243'],
  ['0834', '1044', '0244'],
  ['083', '104', '024'],
  ['081', '1051', '0251'],
  ['082', '1052', '0252'],
  ['084', '1053', '0253'],
  ['085', '1054', '0254'],
  ['086', '1055', '0255'],
  ['0871', '107', '0256'],
  ['0874', '106', '0256'],
  ['087', '1056', '0256'],
  ['08', '100', '025'],
  ['09', '101', '020'],
];

/** the code of a demand (or appeal) that the obliged actor do the act coded `code` */
export function obligedCode(code: string, kind: Obligation): string {
  for (const [prefix, demand, appeal] of OBLIGED)
    if (code.startsWith(prefix)) return kind === 'demand' ? demand : appeal;
  return kind === 'demand' ? '100' : '020';
}

/**
 * the speaker obliges its own side ("Putin said Russia must respond"): same country or organisation and the
 * same role, a missing role counting as the state's; a union leader saying the government must act does not
 */
export function sameSide(a: ActorMention, b: ActorMention): boolean {
  if (a.country !== b.country || a.org !== b.org) return false;
  const state = (r: string | null) => r === null || r === 'GOV' || r === 'ELI' || r === 'MIL';
  return a.role === b.role || (state(a.role) && state(b.role));
}

/**
 * "Seoul wants Tokyo to ease import curbs", "Washington told Beijing to release the activists": the act of an
 * infinitive whose subject is the object of a verb of wishing or telling (cues wishVerbs, tellVerbs; "would
 * like" counts) is not done — it is asked of that object by the verb's subject; after a verb of permitting it
 * is only possible. The verb's index and the kind of request, else null (urging, asking and calling on have
 * patterns of their own).
 */
export function requestBefore(
  v: SentenceView,
  lo: number,
  trigger: number,
  cues: Cues,
): { verb: number; kind: Obligation | 'permit' | 'blamed'; addressees?: ActorMention[] } | null {
  if (v.toks[trigger - 1]?.lower !== 'to') return mandativeBefore(v, lo, trigger, cues);
  // "Britain said Iran was to blame": Iran is held responsible, by whoever reports it
  if (isToBlame(v.toks, trigger)) return { verb: -1, kind: 'blamed' };
  // "allow Tibet's spiritual leader, the Dalai Lama, to visit": the addressee named twice, in apposition
  const direct = mentionEndingAt(v, trigger - 2);
  const last = direct ?? appositionBefore(v, lo, trigger - 2);
  // "will not allow anyone to threaten our sovereignty", "told them to leave": an object pronoun of no actor
  if (!last) return pronounObject(v, lo, trigger, cues) ?? uncodedAddressee(v, lo, trigger, cues);
  // coordinated addressees: "told Israel and Syria to resume talks"
  let obj: ActorMention = last;
  for (;;) {
    const j: number = obj.tokenStart - 1;
    const prev: ActorMention | null =
      j > lo && /^(and|or|,)$/.test(v.toks[j].lower) ? mentionEndingAt(v, j - 1) : null;
    if (!prev) break;
    obj = prev;
  }
  let k = obj.tokenStart - 1;
  if (k >= lo && v.toks[k].pos === 'DET') k--;
  // (the apposition's head noun phrase, back to its verb: "allow Tibet's exiled spiritual leader, the Dalai Lama,")
  if (!direct)
    for (let n = 0; k > lo && n < 8; n++, k--) {
      const t = v.toks[k];
      const participle = t.pos === 'VERB' && t.lower.endsWith('ed') && /^(ADJ|NOUN)$/.test(v.toks[k + 1].pos);
      if ((t.pos === 'VERB' && !participle) || !NP_WORD.test(t.pos)) break;
    }
  // "called for Israel to withdraw", "appealed for the rebels to lay down their arms": the ones asked are the
  // phrase after "for" (a prepositional object, so the act's own source search passes them by)
  if (k - 1 >= lo && v.toks[k].lower === 'for' && cues.appealForVerbs.has(v.toks[k - 1].lemma)) {
    const addressees = (actorPhraseAt(v, obj.tokenStart)?.mentions ?? []).filter(codable);
    return { verb: k - 1, kind: 'appeal', addressees: addressees.length ? addressees : undefined };
  }
  const verb = k >= lo ? v.toks[k] : null;
  // (a past form before a name is sometimes tagged an adjective: "The US pressured Israel to withdraw")
  if (!verb || (verb.pos !== 'VERB' && !(verb.pos === 'ADJ' && /ed$/.test(verb.lower)))) return null;
  if (cues.tellVerbs.has(verb.lemma)) return { verb: k, kind: 'demand' };
  if (cues.wishVerbs.has(verb.lemma) || (verb.lemma === 'like' && v.toks[k - 1]?.lower === 'would'))
    return { verb: k, kind: 'appeal' };
  return cues.permitVerbs.has(verb.lemma) ? { verb: k, kind: 'permit' } : null;
}

/**
 * "demanded that France grant asylum", "insist Obama withdraw the troops": a bare verb after a name that follows a
 * verb of demanding (cues mandativeVerbs, "that" between or not) is asked of that name. A singular name with a
 * bare verb can only be a subjunctive; a plural one ("demand the rebels leave") too, after "that" or right after
 * the verb.
 */
function mandativeBefore(
  v: SentenceView,
  lo: number,
  trigger: number,
  cues: Cues,
): { verb: number; kind: Obligation } | null {
  const t = v.toks[trigger];
  if (t.pos !== 'VERB' || t.lower !== t.lemma || /(ed|ing)$/.test(t.lower)) return null;
  const subject = mentionEndingAt(v, trigger - 1);
  if (!subject) return null;
  let k = subject.tokenStart - 1;
  if (k >= lo && v.toks[k].pos === 'DET') k--;
  if (k >= lo && v.toks[k].lower === 'that') k--;
  const verb = k >= lo ? v.toks[k] : null;
  if (!verb || verb.pos !== 'VERB' || !cues.mandativeVerbs.has(verb.lemma)) return null;
  return { verb: k, kind: verb.lemma === 'urge' || verb.lemma === 'ask' ? 'appeal' : 'demand' };
}

const NP_WORD = /^(DET|ADJ|NOUN|PROPN|PART|VERB)$/;

/** the head of ", <mention>," ending at the comma `comma` ("leader, the Dalai Lama,"), or null */
function appositionBefore(v: SentenceView, lo: number, comma: number): ActorMention | null {
  if (v.toks[comma]?.text !== ',') return null;
  const inner = mentionEndingAt(v, comma - 1);
  if (!inner || v.toks[inner.tokenStart - 1]?.text !== ',') return null;
  const head = inner.tokenStart - 2 >= lo ? mentionEndingAt(v, inner.tokenStart - 2) : null;
  return head ?? null;
}

/** "X is/was to blame": responsibility, not a plan to blame (no future, no source of its own) */
export function isToBlame(toks: Token[], trigger: number): boolean {
  return (
    toks[trigger]?.lower === 'blame' &&
    toks[trigger - 1]?.lower === 'to' &&
    /^(is|are|was|were|be|been)$/.test(toks[trigger - 2]?.lower ?? '')
  );
}

/** object pronouns that name no actor of their own */
const OBJECT_PRONOUN = /^(anyone|anybody|everyone|everybody|nobody|others|them|him|her|us|me|it)$/;

/** a request or permission whose object is a pronoun of no actor ("allow anyone to threaten"): its verb and kind */
function pronounObject(
  v: SentenceView,
  lo: number,
  trigger: number,
  cues: Cues,
): { verb: number; kind: Obligation | 'permit' } | null {
  const k = trigger - 3;
  if (k < lo || !OBJECT_PRONOUN.test(v.toks[trigger - 2].lower)) return null;
  const verb = v.toks[k];
  if (verb.pos !== 'VERB') return null;
  if (cues.permitVerbs.has(verb.lemma)) return { verb: k, kind: 'permit' };
  if (cues.tellVerbs.has(verb.lemma)) return { verb: k, kind: 'demand' };
  return cues.wishVerbs.has(verb.lemma) ? { verb: k, kind: 'appeal' } : null;
}

/**
 * "urged donors to send more aid", "called on its partners to supply tanks": a noun phrase that is no coded actor,
 * asked by a verb of urging (cues urgeVerbs; "call" with "on|upon") to do the act; returned with no addressees, so the
 * act, whose doer is unknown, codes nothing (the appeal is coded by its own pattern)
 */
function uncodedAddressee(
  v: SentenceView,
  lo: number,
  trigger: number,
  cues: Cues,
): { verb: number; kind: Obligation; addressees: ActorMention[] } | null {
  let k = trigger - 2;
  let noun = false;
  for (let n = 0; k > lo && n < 5 && /^(DET|ADJ|NOUN|PROPN|NUM|PRON)$/.test(v.toks[k].pos); n++, k--) {
    if (v.mentionAt.get(k)?.agentive) return null; // (a modifier is no addressee: "Western allies")
    if (v.toks[k].pos === 'NOUN' || v.toks[k].pos === 'PROPN') noun = true;
  }
  if (!noun || k < lo) return null;
  const t = v.toks[k];
  const verb = /^(on|upon)$/.test(t.lower) && v.toks[k - 1]?.lemma === 'call' ? k - 1 : k;
  const w = v.toks[verb];
  if (!w || w.pos !== 'VERB' || !cues.urgeVerbs.has(w.lemma) || (w.lemma === 'call' && verb === k))
    return null;
  return { verb, kind: 'appeal', addressees: [] };
}
