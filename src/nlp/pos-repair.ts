/**
 * POS repairs for wink-nlp's commonest noun/verb confusions in news text, applied to each sentence's tokens by the
 * tokenize stage, in a fixed order (a later repair reads the tags an earlier one set). Each repair is a small
 * function of its own: V8 then optimises, and after a rare rule's first use deoptimises and recompiles, only that
 * rule (as one 270-line function it was recompiled ~21 times per 10,000 articles, ~50 ms each time, and in a coding
 * worker on the coding thread; docs/decisions.md, twenty-first session).
 */
import type { Token } from '../model/document.js';
import {
  nounAfterModifier,
  nounAfterPossessive,
  adjectiveHeadAfterPossessive,
  objectAfterFiniteVerb,
  headOfOpenNounPhrase,
  subjectAfterSubordinator,
  objectOfNounTakingTo,
  subjectBeforeInflectedVerb,
  gerundBeforeOf,
  gerundSubjectHead,
  gerundAgentHead,
  pluralHeadBeforeParticiple,
  givenAsPreposition,
  gerundModifierAfterPossessive,
} from './pos-repairs-noun.js';
import {
  titleCaseVerb,
  verbOfVerblessSentence,
  verbAfterModal,
  pastVerbAfterNameSubject,
  shotAsVerb,
  secondInfinitiveVerb,
  verbBetweenNounPhrases,
  participleAfterComma,
  gerundAfterBy,
  pastVerbTaggedAdjective,
} from './pos-repairs-verb.js';

/** the repairs in order: each is its own function, so a rule whose first use deoptimises recompiles alone */
const REPAIRS: ReadonlyArray<(out: Token[]) => void> = [
  nounAfterModifier,
  nounAfterPossessive,
  adjectiveHeadAfterPossessive,
  objectAfterFiniteVerb,
  headOfOpenNounPhrase,
  verbOfVerblessSentence,
  titleCaseVerb,
  verbAfterModal,
  subjectAfterSubordinator,
  objectOfNounTakingTo,
  subjectBeforeInflectedVerb,
  gerundBeforeOf,
  gerundSubjectHead,
  gerundAgentHead,
  pluralHeadBeforeParticiple,
  pastVerbAfterNameSubject,
  shotAsVerb,
  givenAsPreposition,
  gerundModifierAfterPossessive,
  secondInfinitiveVerb,
  verbBetweenNounPhrases,
  participleAfterComma,
  gerundAfterBy,
  pastVerbTaggedAdjective,
];

export function repairPos(out: Token[]): void {
  for (const repair of REPAIRS) repair(out);
}
