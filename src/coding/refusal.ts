/**
 * Refusals: "declined to resign", "refused to release the hostages", "refused to meet the envoy". CAMEO codes
 * a refusal as a rejection (12) whose sub-code names what was refused, as obligations are coded as demands
 * (obligation.ts): the refused act's code picks the 12 sub-code. Acts outside cooperation and yielding (a
 * refusal to attack or to condemn) have none and stay negated acts.
 */
import type { Token } from '../model/document.js';
import type { Lexicon } from '../lexicon/load.js';
import { verbBeforeTo } from './infinitives.js';

/** a refusal verb + "to" right before the trigger, one adverb allowed between ("refused to formally recognise") */
export function refusalBefore(toks: Token[], sentStart: number, trigger: number, lex: Lexicon): boolean {
  const v = verbBeforeTo(toks, sentStart, trigger);
  return !!v && (lex.cues.refusalVerbs.has(v.lemma) || lex.cues.refusalVerbs.has(v.lower));
}

/** [prefix of the refused act's code, rejection code]; the first matching prefix wins */
const REFUSED: ReadonlyArray<readonly [string, string]> = [
  ['0831', '1231'],
  ['0832', '1232'],
  ['0833', '1233'],
  ['0834', '1234'],
  ['083', '123'],
  ['081', '1241'],
  ['082', '1242'],
  ['084', '1243'],
  ['085', '1244'],
  ['086', '1245'],
  ['087', '1246'],
  ['08', '124'],
  ['061', '1211'],
  ['062', '1212'],
  ['06', '121'],
  ['071', '1221'],
  ['072', '1222'],
  ['073', '1223'],
  ['074', '1224'],
  ['07', '122'],
  ['045', '126'],
  ['04', '125'],
  ['057', '127'],
  ['0', '120'],
];

/** the rejection code for refusing the act coded `code`, or null for acts CAMEO has no refusal of (10-20) */
export function refusedCode(code: string): string | null {
  for (const [prefix, rejection] of REFUSED) if (code.startsWith(prefix)) return rejection;
  return null;
}
