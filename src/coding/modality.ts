/**
 * Modality of an event from the words around its trigger (same clause, a few tokens back):
 *   negated      "did not", "neither confirmed nor denied", "never"
 *   conditional  the trigger's clause has a condition ("if ...", "should the US ...")
 *   future       "will", "pledged to", reported "would" ("said Moscow would respond")
 *   threat       CAMEO root 13, or a pattern that is itself a threat ("threaten to")
 *   hypothetical "could", "might", "may", unreported "would", "potential ..."
 * Precedence follows that order.
 */
import type { Modality } from '../model/event.js';
import type { Token } from '../model/document.js';
import type { Lexicon } from '../lexicon/load.js';
import { isToBlame } from './obligation.js';
import { allegedClause, allegedNoun, insideAccusation, supposedNoun, undoneDecision } from './unasserted.js';
import {
  forbiddenAct,
  forSubjectInfinitive,
  headlineInfinitive,
  phraseBefore,
  infinitiveChainHead,
  meansGerundHead,
  nounBeforeOfPhrase,
  nounInfinitive,
  purposeHead,
  toBefore,
  verbBeforeAdverbs,
  verbBeforePrepPhrase,
  verbBeforeTo,
} from './infinitives.js';
import { futureTimeClause, presentForm } from './temporal-clauses.js';

export { intentCodeFor, threatCodeFor } from './modality-codes.js';
import { nounPhraseBetween, ownerOfNounAct, saidOfNounAct } from './noun-act-phrase.js';

/**
 * The modality word tables (negation, future modals and intent phrases, hypothetical modals and adjectives)
 * are data: lexicon/cues.yaml, loaded into `lex.cues`.
 */

const IN_ORDER_TO = ['in', 'order', 'to'] as const;
/** roots of force: an attempt at it is no threat (the attempt cues leave it as told) */
const FORCE_ROOT = /^(1[5-9]|20)$/;

/** an intent cue before the trigger ("intention to supply", "pledged to end"), whatever the modality */
export function hasIntentCue(toks: Token[], sentStart: number, trigger: number, lex: Lexicon): boolean {
  if (isToBlame(toks, trigger)) return false;
  // "in order to" is a purpose, not an order ("Japan lifts order to shoot down missiles" is one)
  if (phraseBefore(toks, sentStart, trigger, IN_ORDER_TO)) return false;
  if (lex.cues.future.some((ph) => phraseBefore(toks, sentStart, trigger, ph))) return true;
  // "agreed at the summit to hold talks", "pledged in a statement to end": a verb's cue across a prepositional phrase
  const to = toBefore(toks, sentStart, trigger);
  const across = to > sentStart ? verbBeforePrepPhrase(toks, sentStart, to) : -1;
  const verb = across >= 0 || to <= sentStart ? across : verbBeforeAdverbs(toks, sentStart, to);
  return (
    verb >= 0 && lex.cues.future.some((ph) => ph.length === 2 && ph[1] === 'to' && ph[0] === toks[verb].lower)
  );
}

/** "declined to condemn", "refused to formally recognise": a negating verb governs the trigger */
function negatingVerbBefore(toks: Token[], sentStart: number, trigger: number, lex: Lexicon): boolean {
  const v = verbBeforeTo(toks, sentStart, trigger);
  if (v && lex.cues.negationVerbs.has(v.lower)) return true;
  if (forbiddenAct(toks, sentStart, trigger, lex.cues.forbidToVerbs)) return true;
  // ("the reluctance of the EU to impose sanctions")
  const noun = nounBeforeOfPhrase(toks, sentStart, trigger);
  return !!noun && lex.cues.negationVerbs.has(noun.lower);
}
const NO_CHOICE = /^(choice|alternative|option)$/;
/** words that end the scan back from the trigger: another clause is before them ("won't go ahead after Canadians opposed it") */
const STOP =
  /^(,|;|:|–|—|and|but|that|which|who|because|after|before|since|when|while|although|though|whereas|unless)$/;
const RELATIVE_OPENER = /^(who|which|that)$/;

export interface ModalityInput {
  toks: Token[];
  sentStart: number;
  trigger: number;
  /** the token after the pattern's last matched word, when the pattern reaches past the trigger */
  matchEnd?: number;
  root: string;
  patternModality?: 'threat' | 'future' | 'hypothetical';
  conditional: boolean;
  /** a speech verb precedes the trigger in the sentence ("said that ... would") */
  reported: boolean;
}

export function modalityOf(inp: ModalityInput, lex: Lexicon): Modality {
  const own = ownModality(inp, lex);
  // a time clause of a future main clause is future, and the main clause's negation does not reach it ("will explain
  // the plan when he visits the U.S.", "will not stop until Ukraine surrenders")
  if (
    (own === 'actual' || own === 'negated') &&
    futureTimeClause(
      inp.toks,
      inp.sentStart,
      inp.trigger,
      (j) => futureWordAt(inp, j, lex),
      lex.cues.negation,
    )
  )
    return 'future';
  if (own !== 'actual') return own;
  // a later one of coordinated infinitives reads the first one's cues ("vowed to seize Kharkiv and (to) attack Kyiv"),
  // a means gerund its verb's ("would respond ... by hitting its naval base")
  let head = infinitiveChainHead(inp.toks, inp.sentStart, inp.trigger);
  if (head === inp.trigger) head = meansGerundHead(inp.toks, inp.sentStart, inp.trigger);
  // ... and a purpose infinitive its verb's ("planning to buy weapons to attack")
  if (head === inp.trigger) head = purposeHead(inp.toks, inp.sentStart, inp.trigger, lex.cues.ofIntentNouns);
  return head === inp.trigger ? own : ownModality({ ...inp, trigger: head }, lex);
}

/** token j is a future modal ("will") or the "to" of an intent phrase ("plans to") */
function futureWordAt(inp: ModalityInput, j: number, lex: Lexicon): boolean {
  const w = inp.toks[j].lower;
  if (lex.cues.futureModals.has(w)) return true;
  // (an infinitive's "to": "measures to U.S. officials" is no plan)
  return (
    w === 'to' &&
    inp.toks[j + 1]?.pos === 'VERB' &&
    lex.cues.future.some((ph) => phraseBefore(inp.toks, inp.sentStart, j + 1, ph))
  );
}

function ownModality(inp: ModalityInput, lex: Lexicon): Modality {
  const { toks, trigger } = inp;
  const { cues } = lex;
  let negated = negatingVerbBefore(toks, inp.sentStart, trigger, lex);
  let future = inp.patternModality === 'future';
  let hypothetical = inp.patternModality === 'hypothetical';
  let stopped = false;
  let modifiedNoun = false;
  let owned = false;
  // a noun act is read from the verb that governs it ("sees no reason to join a working-level meeting")
  const anchor = governingVerb(toks, inp.sentStart, trigger);
  // a bare verb coordinated after another shares its auxiliaries ("will not attack and kill"); an inflected one is
  // a clause of its own ("said there was no target and called on Japan", "were not racist and refused")
  const t0 = toks[trigger];
  const ownClause =
    /^(and|but)$/.test(toks[trigger - 1]?.lower ?? '') &&
    t0.pos === 'VERB' &&
    t0.lower !== t0.lemma &&
    !t0.lower.endsWith('ing');
  for (let j = ownClause ? -1 : trigger - 1; j >= Math.max(inp.sentStart, anchor - 6); j--) {
    const w = toks[j].lower;
    // (a relative word right before the trigger opens its clause too: "don't care about presidents who assassinate")
    // (and "as" before a participle: "will not free them as demanded by Hamas" — the demand was made)
    const opener = RELATIVE_OPENER.test(w) || (w === 'as' && t0.pos === 'VERB');
    // "would have no choice but to veto": the necessity reads the modal before it, neither stop nor negation
    if (
      w === 'but' &&
      toks[j + 1]?.lower === 'to' &&
      NO_CHOICE.test(toks[j - 1]?.lower ?? '') &&
      toks[j - 2]?.lower === 'no'
    ) {
      j -= 2;
      continue;
    }
    if ((STOP.test(w) && j < trigger - 1) || (opener && j === trigger - 1)) {
      stopped = true;
      break;
    }
    // "did not take into account Argentina's request": an owned noun act is presupposed; no negation before the
    // owner reaches it (a modal does: "would make clear during his trip")
    if (ownerOfNounAct(toks, j, trigger)) owned = true;
    // ("to not only launch attacks but to fire": "not only" adds, it does not deny)
    if (cues.negation.has(w)) negated ||= !owned && toks[j + 1]?.lower !== 'only';
    else if (cues.futureModals.has(w)) future = true;
    // "sworn to fight until they gain control of villages": the goal, not yet done; a past form ("fought
    // until they seized the town") happened
    else if ((w === 'until' || w === 'till') && presentForm(toks[trigger])) future = true;
    else if (cues.hypothetical.has(w) && !monthMay(toks, j, inp.sentStart)) {
      if ((w === 'would' || w === "'d") && inp.reported) future = true;
      else hypothetical = true;
    } else if (
      cues.hypotheticalAdjectives.has(w) &&
      // "suspected rebels bombed": before a verb an adjective is the subject's, not the act's ("any" still counts)
      (toks[trigger].pos !== 'VERB' || toks[j].pos === 'DET') &&
      j >= trigger - 4 &&
      toks.slice(j + 1, trigger).every((t) => /^(ADJ|NOUN|PROPN)$/.test(t.pos) || t.text === '-')
    ) {
      hypothetical = true;
      modifiedNoun = true; // "potential retaliatory measures", "any missile strikes"
    } else if (
      cues.futureAdjectives.has(w) &&
      t0.pos !== 'VERB' &&
      j >= trigger - 3 &&
      nounPhraseBetween(toks, j, trigger)
    )
      future = true; // "Germany's future attack on Poland", "the planned visit to Beijing"
  }
  void stopped;
  // "a North Korean missile test may happen soon", "his visit will be": what is said of a noun act heading a subject
  const said = t0.pos === 'NOUN' ? saidOfNounAct(toks, trigger, owned, cues) : null;
  if (said === 'future') future = true;
  else if (said === 'hypothetical') hypothetical = true;
  // "clinched no agreements", "offered no concessions": a verb whose object is "no" thing did not happen ("said no
  // to" is an answer; "no-fly" a modifier)
  const after = toks[trigger + 1];
  if (
    t0.pos === 'VERB' &&
    after?.lower === 'no' &&
    toks[trigger + 2] !== undefined &&
    !/^(-|to|longer|more|less|doubt)$/.test(toks[trigger + 2].lower)
  )
    negated = true;
  // "agreed not to provide any concessional credits": the act after "not to" is foresworn, not offered
  if (
    t0.pos === 'VERB' &&
    (inp.matchEnd ?? 0) > trigger + 3 &&
    /^(not|never)$/.test(after?.lower ?? '') &&
    toks[trigger + 2]?.lower === 'to'
  )
    negated = true;
  // "Sudan reverses its decision to expel Oxfam": a decision or plan undone is no act
  if (undoneDecision(toks, inp.sentStart, trigger)) negated = true;
  // "must be flexible, rather than refuse to lower", "instead of attacking": the course not taken
  const alt = `${toks[trigger - 2]?.lower} ${toks[trigger - 1]?.lower}`;
  if (t0.pos === 'VERB' && (alt === 'rather than' || alt === 'instead of')) negated = true;
  // "would not hesitate to strike" asserts the act; "did not rule out strikes" leaves it open
  if (negated) {
    const turn = negationTurn(toks, Math.max(inp.sentStart, trigger - 6), trigger, lex);
    if (turn === 'litotes') {
      negated = false;
      future = true;
    } else if (turn === 'possibility') {
      negated = false;
      hypothetical = true;
    }
  }
  // "ruled out sending troops": excluded, not done ("did not rule out" leaves it open, above)
  if (!negated && !hypothetical && toks[trigger - 1]?.lower === 'out' && toks[trigger - 2]?.lemma === 'rule')
    negated = true;
  // "capable of targeting", "able to strike": an ability, not an act
  const p1 = toks[trigger - 1]?.lower;
  const p2 = toks[trigger - 2]?.lower;
  if (
    (p1 === 'of' &&
      /^(capable|capability|capabilities|possibility|prospect|threat|risk|danger)$/.test(p2 ?? '')) ||
    (p1 === 'to' && /^(able|ability|capable|designed|intended)$/.test(p2 ?? ''))
  )
    hypothetical = true;
  if (
    hasIntentCue(toks, inp.sentStart, trigger, lex) ||
    // ("agreed to hold talks with Ukraine": a noun act read from the verb that governs it)
    (anchor !== trigger && hasIntentCue(toks, inp.sentStart, anchor, lex)) ||
    plannedNoun(toks, inp.sentStart, trigger, lex) ||
    (!FORCE_ROOT.test(inp.root) &&
      lex.cues.attempt.some((ph) => phraseBefore(toks, inp.sentStart, trigger, ph))) ||
    // ("the recommendations of his Economic Policy Council to curb Japanese exports")
    lex.cues.ofIntentNouns.has(nounBeforeOfPhrase(toks, inp.sentStart, trigger)?.lower ?? '') ||
    headlineInfinitive(toks, inp.sentStart, trigger) ||
    nounInfinitive(toks, inp.sentStart, trigger)
  )
    future = true;
  if (
    requestedOfOthers(toks, inp.sentStart, trigger, lex) ||
    insideAccusation(toks, inp.sentStart, trigger) ||
    allegedClause(toks, inp.sentStart, trigger, cues.hearsayNouns) ||
    allegedNoun(toks, inp.sentStart, trigger) ||
    supposedNoun(toks, inp.sentStart, trigger)
  )
    hypothetical = true;
  // ("called for Russia to withdraw" is an appeal, coded from the appeal; "plans for the US to step up" an intent)
  const forAt = forSubjectInfinitive(toks, inp.sentStart, trigger);
  const beforeFor = forAt > inp.sentStart ? toks[forAt - 1] : undefined;
  if (beforeFor && cues.ofIntentNouns.has(beforeFor.lower)) {
    future = true;
    // ("there are no plans for Funaro to meet bankers")
    if (toks[forAt - 2]?.lower === 'no') negated = true;
  } else if (forAt >= 0 && !(beforeFor && cues.appealForVerbs.has(beforeFor.lemma))) hypothetical = true;
  if (
    cues.hypotheticalPhrases.some(
      (ph) =>
        phraseBefore(toks, inp.sentStart, trigger, ph) ||
        (anchor !== trigger && phraseBefore(toks, inp.sentStart, anchor, ph)),
    )
  ) {
    hypothetical = true;
    future = false; // "likely to agree": a likelihood, not an intent
  }
  // "police will no longer tolerate rallies", "China will not tolerate interference": a warning of force
  if (cues.toleranceVerbs.has(toks[trigger].lemma)) return negated && future ? 'threat' : 'actual';
  if (negated) return 'negated';
  if (inp.conditional) return 'conditional';
  if (modifiedNoun) return 'hypothetical';
  // "Moscow would respond" (reported will) is a future threat; "Russia threatened to ..." is a threat
  if (future && inp.patternModality !== 'threat') return 'future';
  if (inp.root === '13' || inp.patternModality === 'threat') return 'threat';
  if (future) return 'future';
  if (hypothetical) return 'hypothetical';
  return 'actual';
}

/** words before a month name ("in May", "the May 17 attack", "since early May") */
const BEFORE_MONTH =
  /^(in|since|until|till|by|of|from|through|during|last|next|early|late|mid|the|this|that|-)$/;

/** "the May 17 attack", "in May": the month, not the modal ("Iran May Strike" in a headline stays the modal) */
function monthMay(toks: Token[], j: number, sentStart: number): boolean {
  if (toks[j].text !== 'May') return false;
  return /^\d/.test(toks[j + 1]?.text ?? '') || (j > sentStart && BEFORE_MONTH.test(toks[j - 1].lower));
}

/** the verb whose object noun phrase the noun trigger heads (modifiers between), else the trigger itself */
function governingVerb(toks: Token[], sentStart: number, trigger: number): number {
  if (toks[trigger].pos === 'VERB') return trigger;
  for (let j = trigger - 1; j >= sentStart && trigger - j <= 5; j--) {
    const t = toks[j];
    if (t.pos === 'VERB') return j;
    if (!/^(DET|ADJ|NUM|NOUN|PROPN)$/.test(t.pos) && t.text !== '-') break;
  }
  return trigger;
}

/**
 * "Singaporeans plan protest", "the EU is preparing new sanctions", "Israel readies ground offensive": a noun
 * trigger that is the object of a planning verb (cues planVerbs), modifiers between, is not yet done
 */
function plannedNoun(toks: Token[], sentStart: number, trigger: number, lex: Lexicon): boolean {
  if (toks[trigger].pos === 'VERB') return false;
  const verb = governingVerb(toks, sentStart, trigger);
  if (verb !== trigger) return lex.cues.planVerbs.has(toks[verb].lemma);
  // a headline's verb the tagger read as a noun, right after a name ("Singaporeans plan protest")
  const p = toks[trigger - 1];
  return (
    p !== undefined &&
    p.pos === 'NOUN' &&
    toks[trigger - 2]?.pos === 'PROPN' &&
    lex.cues.planVerbs.has(p.lemma)
  );
}

/** a verb between the negation and the act that turns the negation around (cues litotesVerbs, possibilityVerbs) */
function negationTurn(
  toks: Token[],
  from: number,
  trigger: number,
  lex: Lexicon,
): 'litotes' | 'possibility' | null {
  for (let k = from; k < trigger; k++) {
    const l = toks[k].lemma;
    if (lex.cues.litotesVerbs.has(l)) return 'litotes';
    if (lex.cues.possibilityVerbs.has(l) && (l !== 'rule' || toks[k + 1]?.lower === 'out'))
      return 'possibility';
  }
  return null;
}

/**
 * "asked followers to mount an attack": an act someone is asked or urged to do (cues requestVerbs + its addressee
 * + "to") is not asserted. An appeal to an actor is coded by its own pattern (02), which takes the act as its
 * content; this covers the addressees that are no actor.
 */
function requestedOfOthers(toks: Token[], sentStart: number, trigger: number, lex: Lexicon): boolean {
  let verb = trigger;
  // a noun trigger is the object of the requested verb: "to mount an assassination attempt"
  if (toks[trigger].pos !== 'VERB') {
    verb = trigger - 1;
    while (verb > sentStart && trigger - verb <= 4 && /^(DET|ADJ|NUM|NOUN)$/.test(toks[verb].pos)) verb--;
    if (toks[verb]?.pos !== 'VERB') return false;
  }
  const to = toBefore(toks, sentStart, verb);
  if (to < 0) return false;
  for (let j = to - 1; j >= Math.max(sentStart, to - 6); j--) {
    const t = toks[j];
    if (t.pos === 'VERB') return j < to - 1 && lex.cues.requestVerbs.has(t.lemma);
    // "called on Greece to": the verb's particle
    if (t.lower === 'on' && toks[j - 1]?.pos === 'VERB') continue;
    // "a request for South Korean businessmen to visit", "calls for Israel to withdraw": the request as a noun
    if (
      t.lower === 'for' &&
      j < to - 1 &&
      toks[j - 1]?.pos === 'NOUN' &&
      lex.cues.requestVerbs.has(toks[j - 1].lemma)
    )
      return true;
    if (!/^(DET|ADJ|NOUN|PROPN|PRON|NUM)$/.test(t.pos)) return false;
  }
  return false;
}
