/** Condition clauses: their spans, the actors they name, and which condition governs a trigger. */
import type { Doc, Token } from '../model/document.js';
import type { ClauseInfo } from './clauses.js';
import { codable } from './roles.js';
import { actorRef } from './build.js';

/** character span of a condition clause, without trailing punctuation */
export function conditionSpan(doc: Doc, a: number, b: number): { start: number; end: number } {
  let last = b - 1;
  while (last > a && /^[.,;:!?”"’)]$/.test(doc.tokens[last].text)) last--;
  return { start: doc.tokens[a].start, end: doc.tokens[last].end };
}

/** codable actors named inside a condition span (pronouns resolved, compound modifiers left out) */
export function conditionActors(doc: Doc, span: { start: number; end: number }) {
  const out = [];
  for (const m of doc.mentionsIn(span.start, span.end)) {
    if (m.end > span.end || m.modifier) continue;
    const r = m.kind === 'pronoun' ? doc.resolve(m) : m;
    if (codable(r)) out.push(actorRef(r, m));
  }
  return out;
}

const REPORTING = /^(saying|adding|warning|arguing|noting|insisting|stressing|explaining)$/;

/** openers of a time clause, relative words, modals (clauseBreak) */
const TIME_CLAUSE = /^(before|after|when|until|while|because|since|although|though|once|so)$/;
const RELATIVE = /^(that|which|who)$/;
const MODAL = /^(would|will|could|might|may|should|can|must)$/;
const FRONTING = /^(that|;)$/;
const WH_DETERMINER = /^(which|what|whose)$/;

/** "which taxes he would": a noun phrase, then a modal, from token k (before `to`) */
function questionModal(toks: Token[], k: number, to: number): boolean {
  if (toks[k]?.pos !== 'NOUN' && toks[k]?.pos !== 'ADJ') return false;
  for (let i = k + 1; i < to && i <= k + 5; i++) {
    if (MODAL.test(toks[i].lower)) return true;
    if (!/^(NOUN|ADJ|PRON|PROPN|DET)$/.test(toks[i].pos)) return false;
  }
  return false;
}

/**
 * a clause boundary in tokens [from, to): a semicolon, a comma before "and"/"but"/"while" ("The bloc imposed
 * sanctions ..., and it threatened intervention if ..."), "and" before a report verb (cues speechVerbs): a trailing
 * condition governs only its own clause; so does a time clause or a modal relative clause between
 */
function clauseBreak(toks: Token[], from: number, to: number, speech: ReadonlySet<string>): boolean {
  // "held talks before the Council was to vote on a resolution that would consider sanctions if ...": a time clause
  // with a verb of its own, or a relative clause with a modal of its own, owns the condition after it
  let opened = false;
  for (let i = from + 1; i < to; i++) {
    const w = toks[i].lower;
    // (a trailing one: "warned that although the dollar could hold ... it could come under attack if" fronts it)
    if (TIME_CLAUSE.test(w)) opened = !FRONTING.test(toks[i - 1].lower);
    else if (opened && (toks[i].pos === 'VERB' || toks[i].pos === 'AUX')) return true;
    // (not the condition's own inverted modal: "fearing that should the country not be rewarded")
    if (RELATIVE.test(w) && i + 1 < to && MODAL.test(toks[i + 1].lower)) return true;
    // nor of a question clause with a modal of its own ("demanding that Blair spell out which taxes he would raise if
    // he wins": the condition is on raising them)
    if (WH_DETERMINER.test(w) && questionModal(toks, i + 1, to)) return true;
  }
  for (let i = from; i < to; i++) {
    // "accused Manila of provocations and warned that … if …": a coordinated report verb owns what follows
    if (/^(and|but)$/.test(toks[i].lower) && toks[i + 1]?.pos === 'VERB' && speech.has(toks[i + 1].lemma))
      return true;
    // "opposed the bill, saying that if it passed ...": the condition is inside what is said
    if (toks[i].text === ',' && REPORTING.test(toks[i + 1]?.lower ?? '')) return true;
    if (toks[i].text === ';') return true;
    if (toks[i].text === ',' && /^(and|but|while|whereas)$/.test(toks[i + 1]?.lower ?? '')) return true;
    // "urged councils to limit increases but they have warned ... unless": "but" and a subject open a clause
    if (toks[i].lower === 'but' && /^(PRON|PROPN|DET)$/.test(toks[i + 1]?.pos ?? '')) return true;
  }
  return false;
}

/**
 * a finite past verb with no modal before it ("has been rejected by the European Parliament", "signed"): a fact, which
 * no condition governs ("would have attacked if" has its modal); not a verb whose complement holds the condition
 * ("warned that Russia would strike if", "threatened to close the strait if")
 */
function factualPast(toks: Token[], trigger: number, a: number, speech: ReadonlySet<string>): boolean {
  const t = toks[trigger];
  if (t.pos !== 'VERB' || t.lower === t.lemma || t.lower.endsWith('ing') || t.lower.endsWith('s'))
    return false;
  if (speech.has(t.lemma) || /^(to|that)$/.test(toks[trigger + 1]?.lower ?? '')) return false;
  for (let k = trigger - 1; k >= Math.max(a, trigger - 4); k--) {
    const w = toks[k];
    if (MODAL.test(w.lower) || w.lower === "'d" || w.lower === 'to') return false;
    if (!/^(AUX|ADV|PART)$/.test(w.pos)) break;
  }
  return true;
}

export function conditionOf(
  ci: ClauseInfo,
  trigger: number,
  a: number,
  toks: Token[],
  speechVerbs: ReadonlySet<string>,
): { a: number; b: number } | null {
  if (factualPast(toks, trigger, a, speechVerbs)) return null;
  for (const c of ci.conditions) {
    if (trigger >= c.a && trigger < c.b) return null;
    if (c.concessive) continue;
    if (c.subject) {
      if (c.b <= trigger && trigger - c.b <= 6) return c;
      continue;
    }
    // "... will respond if X does Y" (not "... is to withdraw from the EU and if it has any relation to the Tories,
    // it is to ...": a condition after "and" opens the next conjunct)
    if (
      c.a > trigger &&
      c.a - trigger <= 30 &&
      !/^(and|but)$/.test(toks[c.a - 1]?.lower ?? '') &&
      !clauseBreak(toks, trigger, c.a, speechVerbs)
    )
      return c;
    // "If X does Y, Z will respond"; mid-sentence, the main clause right after the condition
    // ("..., but if X does Y, our answer will be harsher")
    if (c.b <= trigger && (c.a <= a + 1 || trigger - c.b <= 6)) return c;
  }
  return null;
}
