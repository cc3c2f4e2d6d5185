/**
 * A noun act inside its noun phrase ("the U.S. imposition of tariffs on Japan", "Brazil's request for a loan"): the
 * owner before it, the adjectives between, and the finite verb after the phrase that makes the act a subject.
 */
import type { Token } from '../model/document.js';
import type { Cues } from '../lexicon/cues.js';

const NOUN_PHRASE_TAIL = /^(ADP|DET|ADJ|NOUN|PROPN|NUM|PART)$/;

/**
 * The finite verb or auxiliary after the noun phrase the act noun at i heads, past its "of"/"on" tail and the
 * infinitives and gerunds inside it ("the U.S. imposition of tariffs on Japan does", "refusal to join the ban had";
 * "commitment to supporting Ukraine without igniting a wider war." has none): the act is that verb's subject. Its
 * index, else -1 (also at a "by" agent: "support for Israel in a vote after being opposed by").
 */
export function finiteVerbAfterNounAct(toks: readonly Token[], i: number, end: number): number {
  for (let k = i + 1; k < end && k <= i + 10; k++) {
    const t = toks[k];
    if (t.pos === 'AUX' || t.pos === 'VERB') {
      const before = toks[k - 1].lower;
      if (!t.lower.endsWith('ing') && before !== 'to' && before !== 'being' && before !== 'having') return k;
      continue;
    }
    if (!NOUN_PHRASE_TAIL.test(t.pos) || (k > i + 1 && t.lower === 'by')) return -1;
  }
  return -1;
}

/** token j is the possessive ("'s", "its") of the noun phrase that a noun trigger heads */
export function ownerOfNounAct(toks: readonly Token[], j: number, trigger: number): boolean {
  if (toks[trigger].pos !== 'NOUN' || !/^(['’]s?|its|their|his|her|our)$/.test(toks[j].lower)) return false;
  for (let k = j + 1; k < trigger; k++) if (!/^(ADJ|NOUN|NUM|PROPN)$/.test(toks[k].pos)) return false;
  return true;
}

/** only adjectives, nouns, names and hyphens stand between tokens j and the trigger */
export function nounPhraseBetween(toks: readonly Token[], j: number, trigger: number): boolean {
  for (let k = j + 1; k < trigger; k++)
    if (!/^(ADJ|NOUN|PROPN)$/.test(toks[k].pos) && toks[k].text !== '-') return false;
  return true;
}

const LIKELIHOOD = /^(unlikely|likely|possible|impossible|improbable|probable|conceivable)$/;

/**
 * The modal or likelihood said of a noun act heading a subject: "a North Korean missile test may happen soon" and
 * "an Iranian blockade of Hormuz was unlikely" are hypothetical, "his visit to Washington will be important" ahead;
 * an owned act is there already under any other modal ("Brazil's request would mean an additional credit"). null
 * when nothing such is said.
 */
export function saidOfNounAct(
  toks: readonly Token[],
  trigger: number,
  owned: boolean,
  cues: Pick<Cues, 'futureModals' | 'hypothetical'>,
): 'future' | 'hypothetical' | null {
  let end = trigger + 1;
  while (end < toks.length && toks[end].sentence === toks[trigger].sentence) end++;
  const k = finiteVerbAfterNounAct(toks, trigger, end);
  // (right after the phrase, no verb of its own between: "refusal to admit the crisis will be" judges the refusal)
  if (k < 0 || k > trigger + 8 || toks[k].pos !== 'AUX') return null;
  for (let j = trigger + 1; j < k; j++) if (toks[j].pos === 'VERB' || toks[j].pos === 'AUX') return null;
  if (cues.futureModals.has(toks[k].lower)) return 'future';
  const possible = cues.hypothetical.has(toks[k].lower) || LIKELIHOOD.test(toks[k + 1]?.lower ?? '');
  return !owned && possible ? 'hypothetical' : null;
}
