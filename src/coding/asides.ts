/**
 * Asides and questions inside a sentence, for the clause analysis (clauses.ts): appositions between commas, asides
 * between dashes, participle clauses between a subject and its verb, and direct yes/no questions.
 */
import type { Doc, Token } from '../model/document.js';
import type { SentenceView } from './match.js';

/** auxiliaries that open a direct yes/no question ("Will Russia invade Ukraine?", "Did Iran attack the tanker?") */
const QUESTION_AUX =
  /^(will|would|can|could|should|shall|may|might|must|did|does|do|is|are|was|were|has|have|had)$/;
const NP_OPENING = /^(PRON|PROPN|DET|NOUN|ADJ|NUM)$/;
/** what separates a question from the text before it in one sentence ("Boy killed in Yemen: will Obama respond?") */
const SEGMENT_BREAK = /^[:;.!—–"“”]$/;

/**
 * direct yes/no questions: from an opening auxiliary with a subject after it to the question mark. Nothing in one
 * is asserted; a wh-question ("Why did Israel bomb the embassy?") presupposes its act and is left alone.
 */
export function yesNoQuestions(toks: Token[], a0: number, b0: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let start = a0;
  for (let i = a0; i < b0; i++) {
    const t = toks[i].text;
    if (t === '?') {
      if (start + 1 < i && QUESTION_AUX.test(toks[start].lower) && NP_OPENING.test(toks[start + 1].pos))
        out.push([start, i]);
      start = i + 1;
    } else if (SEGMENT_BREAK.test(t)) start = i + 1;
  }
  return out;
}

/**
 * ", the [former] prime minister," between a person's name and a finite verb: the office of the person, no second
 * subject (a list "Blair, the Tories and Labour" has its "and" or a second comma's name after it)
 */
export function personOfficeApposition(doc: Doc, comma: number, close: number): boolean {
  const toks = doc.tokens;
  if (!/^(VERB|AUX)$/.test(toks[close + 1]?.pos ?? '')) return false;
  if (!doc.mentions.some((m) => m.kind === 'person' && m.tokenEnd === comma)) return false;
  for (let j = comma + 2; j < close; j++) if (toks[j].pos === 'VERB' || toks[j].lower === 'and') return false;
  return true;
}

const DASH = /^(-{1,2}|–|—)$/;

/** a dash opening after token i and before `before`, and the dash closing it before b0: the aside's two dashes */
export function dashAside(toks: Token[], i: number, before: number, b0: number): [number, number] | null {
  let open = -1;
  for (let k = i + 1; k < before; k++)
    if (DASH.test(toks[k].text) && toks[k - 1].end < toks[k].start) {
      open = k;
      break;
    }
  if (open < 0) return null;
  for (let k = open + 1; k < b0; k++)
    if (DASH.test(toks[k].text) && toks[k - 1].end < toks[k].start) return k + 1 < b0 ? [open, k] : null;
  return null;
}

/** ", attending a NATO summit in Lithuania," between a name or noun and a finite verb */
export function participleAside(toks: readonly Token[], c: number, close: number, b0: number): boolean {
  const next = toks[c + 1];
  const after = toks[close + 1];
  return (
    close < b0 &&
    close - c <= 12 &&
    next.pos === 'VERB' &&
    next.lower.endsWith('ing') &&
    // (", including Australia," lists the subject's members: the scan goes into it)
    next.lower !== 'including' &&
    /^(PROPN|NOUN)$/.test(toks[c - 1]?.pos ?? '') &&
    !!after &&
    (after.pos === 'AUX' || (after.pos === 'VERB' && !after.lower.endsWith('ing')))
  );
}

const NO_OBJECT = /^(ADP|ADV|SCONJ|PART|PUNCT)$/;

/**
 * "Brazil's plan, initially hailed at home and abroad as the saviour, is limping": an -ed participle right after a
 * comma (an adverb between) that follows a noun, with no object after it and a comma closing it before a finite
 * verb, is a passive aside on that noun; its agent is only a "by" phrase
 */
export function passiveAside(v: SentenceView, trigger: number, lo: number): boolean {
  const t = v.toks[trigger];
  if (t.pos !== 'VERB' || !t.lower.endsWith('ed') || STANCE.test(t.lower)) return false;
  let j = trigger - 1;
  if (j > lo && v.toks[j].pos === 'ADV') j--;
  if (j - 1 < lo || v.toks[j].text !== ',' || !/^(NOUN|PROPN)$/.test(v.toks[j - 1].pos)) return false;
  // (a name in apposition before it is the subject: "whose nominee, Joe O. Rogers, resigned in 1986, has named")
  let n = j - 1;
  while (n > lo && v.toks[n].pos === 'PROPN') n--;
  if (n < j - 1 && v.toks[n].text === ',') return false;
  const next = v.toks[trigger + 1];
  if (next && !NO_OBJECT.test(next.pos)) return false;
  // the aside closes with a comma before the main clause's verb ("..., is limping"): without one the participle is
  // that verb ("Britain, Canada and France, agreed to cooperate")
  for (let k = trigger + 1; k < v.b && k <= trigger + 15; k++) {
    const u = v.toks[k];
    if (u.text === ',')
      return FINITE_AFTER.test(v.toks[k + 1]?.pos ?? '') && !/ing$/.test(v.toks[k + 1].lower);
    if (u.pos === 'AUX' || u.text === ';') return false;
  }
  return false;
}

const FINITE_AFTER = /^(VERB|AUX)$/;
/** participles of a stance its noun holds: "West Germany, also opposed to the tax, will advise" is Germany opposing */
const STANCE =
  /^(opposed|committed|determined|concerned|worried|angered|alarmed|disappointed|dismayed|pleased|resolved)$/;
