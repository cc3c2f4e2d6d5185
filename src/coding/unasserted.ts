/**
 * Acts told but not asserted: the gerund an accusation alleges ("accused the army of shelling villages"), the clause a
 * hearsay noun states ("amid accusations Opec has sided with Russia"), and the infinitive of a decision undone
 * ("reversed its decision to expel"). Read by modality.ts.
 */
import type { Token } from '../model/document.js';
import { toBefore } from './infinitives.js';

const ACCUSING = /^(accuse|suspect)$/;
const ACCUSATION_BODY = /^(NOUN|PROPN|ADJ|DET|NUM|ADP|ADV|PRON|PART|CCONJ)$/;

/**
 * the trigger is a gerund further inside what an accusation alleges ("accused Khartoum of violating a ceasefire by
 * killing 75 civilians", "accused the army of shelling villages and killing civilians"): alleged, not told as done
 */
export function insideAccusation(toks: Token[], sentStart: number, trigger: number): boolean {
  // "accused the Philippines of attempting to occupy": the infinitive of an accused gerund
  const to = toBefore(toks, sentStart, trigger);
  if (to > sentStart && /ing$/.test(toks[to - 1].lower) && toks[to - 1].pos === 'VERB')
    return insideAccusation(toks, sentStart, to - 1);
  if (!/ing$/.test(toks[trigger].lower)) return false;
  for (let j = trigger - 1; j >= Math.max(sentStart, trigger - 15); j--) {
    const t = toks[j];
    if (t.lower === 'of') {
      for (let k = j - 1; k >= Math.max(sentStart, j - 6); k--) if (ACCUSING.test(toks[k].lemma)) return true;
      continue;
    }
    // (a comma before a participle clause of the accused act: "of shelling a hospital, killing nine")
    if (t.text === ',' && j === trigger - 1) continue;
    if (t.pos === 'VERB' ? !/ing$/.test(t.lower) : !ACCUSATION_BODY.test(t.pos)) return false;
  }
  return false;
}

/** decisions and plans, and the verbs that undo them */
const DECIDED = /^(decision|plan|plans|order|move)$/;
const UNDO = /^(reverse|rescind|revoke|overturn|cancel|scrap|abandon|drop|withdraw|suspend|shelve)$/;

/** the trigger is the infinitive of a decision or plan that a verb right before undoes ("reversed its decision to") */
export function undoneDecision(toks: Token[], sentStart: number, trigger: number): boolean {
  const to = toBefore(toks, sentStart, trigger);
  if (to < sentStart + 2 || !DECIDED.test(toks[to - 1].lower)) return false;
  for (let k = to - 2; k >= Math.max(sentStart, to - 4); k--) {
    const t = toks[k];
    if (t.pos === 'VERB') return UNDO.test(t.lemma);
    if (!/^(DET|PRON|ADJ|PART)$/.test(t.pos)) return false;
  }
  return false;
}

/** what may stand between a hearsay noun and the verb of the clause it states */
const ALLEGED_CLAUSE_BODY = /^(AUX|ADV|DET|PROPN|NOUN|ADJ|PART|PRON|NUM)$/;

/**
 * the trigger is the verb of a clause a hearsay noun states with no "that" ("amid accusations Opec has sided with
 * Russia", "rejected allegations its navy had attacked"; with "that" the clause reading marks it, clauses.ts):
 * alleged, not told as done. Not when the word is a name subject's verb ("Georgia claims Russian jets bombed").
 */
export function allegedClause(
  toks: Token[],
  sentStart: number,
  trigger: number,
  hearsay: ReadonlySet<string>,
): boolean {
  if (toks[trigger].pos !== 'VERB') return false;
  for (let j = trigger - 1; j >= Math.max(sentStart, trigger - 8); j--) {
    const t = toks[j];
    if (t.pos === 'NOUN' && hearsay.has(t.lower)) {
      if (j === trigger - 1) return false;
      // ("his claims were denied by": the noun is the subject of the trigger's own verb group)
      let x = j + 1;
      while (x < trigger && (toks[x].pos === 'AUX' || toks[x].pos === 'ADV' || toks[x].pos === 'PART')) x++;
      if (x === trigger) return false;
      let k = j - 1;
      while (k >= sentStart && /^(PROPN|NOUN)$/.test(toks[k].pos)) k--;
      return !(k < j - 1 && (k < sentStart || /^(PUNCT|CCONJ|SCONJ)$/.test(toks[k].pos)));
    }
    if (!ALLEGED_CLAUSE_BODY.test(t.pos)) return false;
  }
  return false;
}

/** hearsay nouns whose "of" phrase names an alleged act ("allegations of torture"; not "reports of fighting") */
const ALLEGING = /^(allegations?|accusations?|claims?|charges?|suspicions?|rumou?rs?)$/;
/** what may stand between "of" and the act noun: its modifiers and coordinated acts ("of disappearances and") */
const OF_BODY = /^(NOUN|ADJ|DET|CCONJ)$/;

/**
 * the trigger is a noun inside the "of" phrase of an allegation ("over allegations of disappearances and torture",
 * "charges of genocide"): alleged, not told as done
 */
export function allegedNoun(toks: Token[], sentStart: number, trigger: number): boolean {
  // (a bare or -ing verb form there is a noun wink took for a verb: "of disappearances and torture")
  const t0 = toks[trigger];
  if (t0.pos !== 'NOUN' && !(t0.pos === 'VERB' && (t0.lower === t0.lemma || /ing$/.test(t0.lower))))
    return false;
  for (let j = trigger - 1; j > sentStart && trigger - j <= 6; j--) {
    const t = toks[j];
    if (t.lower === 'of') return ALLEGING.test(toks[j - 1].lower) && toks[j - 1].pos === 'NOUN';
    if (!(OF_BODY.test(t.pos) || t.text === ',')) return false;
  }
  return false;
}

const INDEFINITE = /^(a|an|any)$/;
const SUPPOSING_MODAL = /^(would|could|might)$/;
const NP_INSIDE = /^(ADJ|NOUN|PROPN|NUM|DET|ADP|PART)$/;
const NP_MODIFIER = /^(ADJ|PROPN|NOUN)$/;

/**
 * an act noun with an indefinite article that is the subject of "would", "could" or "might" ("warned that an Israeli
 * assault on Rafah would threaten the treaty"): supposed, not told as done ("the assault would continue" is left)
 */
export function supposedNoun(toks: Token[], sentStart: number, trigger: number): boolean {
  if (toks[trigger].pos !== 'NOUN') return false;
  let j = trigger - 1;
  while (j > sentStart && trigger - j <= 4 && NP_MODIFIER.test(toks[j].pos)) j--;
  if (!INDEFINITE.test(toks[j]?.lower ?? '')) return false;
  // (the scan stops at the sentence's end: punctuation is no part of the noun phrase)
  for (let k = trigger + 1; k < toks.length && k - trigger <= 8; k++) {
    const t = toks[k];
    if (t.pos === 'AUX') return SUPPOSING_MODAL.test(t.lower);
    if (!NP_INSIDE.test(t.pos)) return false;
  }
  return false;
}
