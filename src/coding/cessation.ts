/**
 * Cessations: "Russia stopped supplying gas to Ukraine", "Washington will stop providing weapons to Kyiv". The act
 * after a verb that ends it is not done but given up, which CAMEO codes as reducing relations (16): the ended
 * act's code picks the 16 sub-code, as refusals pick a 12 sub-code (refusal.ts). Ending an act with no such
 * reduction (stopping an attack, a criticism, a threat) is no event of its own here.
 */
import type { Token } from '../model/document.js';
import type { Lexicon } from '../lexicon/load.js';

/**
 * the cessation verb right before the trigger's gerund, one adverb allowed between ("stop even selling"): its token
 * index, or -1 (the act's modality is then the cessation's: "plans to stop selling arms" is future)
 */
export function cessationBefore(toks: Token[], sentStart: number, trigger: number, lex: Lexicon): number {
  if (!toks[trigger].lower.endsWith('ing')) return -1;
  let k = trigger - 1;
  if (k > sentStart && toks[k].pos === 'ADV') k--;
  return k >= sentStart && lex.cues.cessationVerbs.has(toks[k].lemma) ? k : -1;
}

/** [prefix of the ended act's code, reduction code]; the first matching prefix wins */
const CEASED: ReadonlyArray<readonly [string, string]> = [
  ['071', '1621'],
  ['072', '1622'],
  ['073', '1623'],
  ['074', '1661'],
  ['07', '162'],
  ['061', '163'],
  ['062', '1622'],
  ['06', '160'],
  ['045', '165'],
  ['046', '164'],
  ['054', '161'],
  ['04', '160'],
  ['05', '160'],
];

/** the reduction code for ending the act coded `code`, or null when ending it is no reduction of relations */
export function ceasedCode(code: string): string | null {
  for (const [prefix, reduction] of CEASED) if (code.startsWith(prefix)) return reduction;
  return null;
}
