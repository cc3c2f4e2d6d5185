/**
 * The actor requirements a pattern may state (lexicon/events/*.yaml: targetOrg, sourceOrg, targetPlace,
 * targetPerson, foreignTarget, notObject, passiveHead, sourceRoles): does the match's source, target and object fit them?
 */
import type { Lexicon } from '../lexicon/load.js';
import type { CompiledPattern } from '../lexicon/patterns.js';
import type { ActorMention } from '../model/document.js';
import type { SentenceView } from './sentence-view.js';
import { isPlaceMention } from './place-targets.js';
import { hostsPeople } from './people-targets.js';
import { isPassive } from './passives.js';

export function actorsFitPattern(
  p: CompiledPattern,
  v: SentenceView,
  trigger: number,
  sources: ActorMention[],
  targets: ActorMention[] | null,
  lex: Lexicon,
): boolean {
  if (p.targetOrg && !targets?.some((m) => m.org !== null)) return false;
  if (p.sourceOrg && !sources.some((m) => m.org !== null)) return false;
  if (p.targetPlace && !targets?.some(isPlaceMention)) return false;
  if (p.targetPerson && !hostsPeople(v, trigger, targets, lex)) return false;
  // ("Putin ordered Russian troops to leave Kherson" is no expulsion: another state's forces must be told to go; a
  // role noun's country may be the story's, inferred: "Putin ordered troops to withdraw from Kherson")
  const foreign = (t: ActorMention) =>
    (t.kind !== 'role' && t.country !== null && sources.every((s) => s.country && s.country !== t.country)) ||
    // (an international body's forces are no source's own: "ordered UN peacekeepers to leave")
    (t.org !== null && t.country === null && sources.every((s) => s.org !== t.org));
  if (p.foreignTarget && !targets?.some(foreign)) return false;
  if (p.notObject && p.notObject.has(objectHead(v, trigger + 1))) return false;
  if (p.sourceRoles && !sources.some((m) => p.sourceRoles!.has(m.role ?? ''))) return false;
  if (p.passiveHead && !(isPassive(v, trigger) && p.passiveHead.has(passiveHeadNoun(v, trigger))))
    return false;
  return true;
}

/** the lemma of the noun right before a passive participle, past its auxiliaries and adverbs ("a drone was shot") */
function passiveHeadNoun(v: SentenceView, trigger: number): string {
  let k = trigger - 1;
  while (k > v.a && (v.toks[k].pos === 'AUX' || v.toks[k].pos === 'ADV' || v.toks[k].lower === 'been')) k--;
  return v.toks[k]?.pos === 'NOUN' ? v.toks[k].lemma : '';
}

/** tokens of a noun phrase before its head: articles, numbers, adjectives, names, possessives, noun modifiers */
const NP_PART = /^(DET|NUM|ADJ|PROPN|NOUN|PART)$/;
const POSSESSIVE_DET = /^(its|their|his|her|our|my|your)$/;

/**
 * the lemma of the head noun of the noun phrase starting at token k: its last noun before anything else ("the global
 * trading system of" -> "system", "Ukraine's democracy" -> "democracy"); '' when no noun phrase starts there
 */
export function objectHead(v: SentenceView, k: number): string {
  let head = '';
  // ("meet its commitments": a possessive determiner opens the phrase)
  if (k < v.b && POSSESSIVE_DET.test(v.toks[k].lower)) k++;
  for (let i = k; i < v.b && i < k + 6 && NP_PART.test(v.toks[i].pos); i++)
    if (v.toks[i].pos === 'NOUN') head = v.toks[i].lemma;
    else if (head && v.toks[i].pos !== 'PART') break;
  return head;
}
