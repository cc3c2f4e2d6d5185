/**
 * POS repairs that take a word wink-nlp tagged as a verb for a noun, an adjective or a preposition ("the possible
 * long-range strikes", "amounts to torture", "given the threat"). Each repair is its own function over a sentence's
 * tokens; src/nlp/pos-repair.ts runs them in order. Regexes and sets are hoisted: this runs on every token.
 */
import type { Token } from '../model/document.js';

const HEAD_FOLLOWERS = new Set(['ADP', 'PUNCT', 'CCONJ']);
/** words opening a subordinate clause, whose subject comes right after them */
const SUBORDINATORS = new Set([
  'when',
  'while',
  'as',
  'because',
  'although',
  'though',
  'since',
  'unless',
  'whereas',
  'once',
  'until',
]);
/** wh-words opening an embedded clause ("how war threatens") */
const WH_SUBORDINATORS = new Set(['how', 'why', 'where', 'whether', 'if']);
const INFLECTED_END = /(s|ed)$/;
/** adjectives whose "to" is a preposition, not an infinitive marker ("similar to", "comparable to"; not "due to rise") */
const TO_ADJECTIVES = new Set([
  'similar',
  'comparable',
  'identical',
  'equal',
  'close',
  'contrary',
  'relative',
  'akin',
  'prior',
  'next',
  'opposite',
  'parallel',
  'proportional',
  'analogous',
  'superior',
  'inferior',
]);
export const isFiniteVerb = (t: { pos: string }) => t.pos === 'VERB' || t.pos === 'AUX';
/** verbs that take a bare infinitive right after them ("helped build", "dares go") */
const BARE_INFINITIVE_TAKERS = new Set([
  'help',
  'make',
  'let',
  'see',
  'hear',
  'watch',
  'have',
  'bid',
  'dare',
  'go',
  'come',
  'feel',
  'need',
]);
const NOMINAL_GERUND_BEFORE = new Set(['DET', 'ADJ', 'CCONJ', 'ADP', 'PUNCT']);
const OBJECT_POS = new Set(['DET', 'NOUN', 'PROPN', 'ADJ', 'NUM', 'PRON']);
const MODIFIER_POS = new Set(['ADJ', 'ADV', 'PROPN', 'NUM']);
const ARTICLE = /^(a|an|the)$/;
export const PLAIN_WORD = /^[a-z]+$/;
/** verbs that start, stop or continue the act of the gerund after them */
const ASPECTUAL = new Set([
  'start',
  'begin',
  'stop',
  'continue',
  'resume',
  'keep',
  'intensify',
  'step',
  'end',
  'halt',
  'cease',
  'renew',
]);
/** POSSESSIVE_PRONOUN without "her", which is also an object pronoun */
const OWN_POSSESSIVE = /^(our|their|its|my|your|his)$/;
/** words whose "to" takes a noun ("amounts to torture", "subjected to abuse", "tantamount to aggression") */
const NOUN_AFTER_TO =
  /^(amount|amounts|amounted|amounting|tantamount|equivalent|subjected|exposed|resort|resorted|resorting|recourse)$/;
/** gerunds of force that head an act noun after a possessive ("their bombing campaign") */
const FORCE_GERUND =
  /^(bombing|shelling|killing|fighting|firing|raiding|looting|shooting|bombardment|strafing)$/;
/** words before a prepositional "given" ("especially given the"), and what opens its object */
const GIVEN_OPENERS = /^(especially|particularly|partly|even|and|but|just|not|only|both|all|largely|mainly)$/;
const GIVEN_OBJECT = /^(the|that|its|their|his|her|our|this|these|those|a|an|how|what|recent|current)$/;

// a "verb" right after a determiner, an adjective, a possessive or a hyphenated modifier is a noun
// ("the possible long-range strikes", "Russia's strikes")
export function nounAfterModifier(out: Token[]): void {
  for (let i = 1; i < out.length; i++) {
    const t = out[i];
    if (t.pos !== 'VERB' || !t.lower.endsWith('s')) continue;
    const p = out[i - 1];
    const hyphenCompound = i >= 3 && out[i - 2].text === '-' && out[i - 2].start === out[i - 3].end;
    // "resisted calls for", "said talks would resume": an -s form right after a past verb is its object or the
    // subject of what is said, not a second finite verb
    const afterPast =
      p.pos === 'VERB' && (p.lower.endsWith('ed') || p.lower === 'said' || p.lower === 'told');
    // "amid growing calls for", "the mounting protests": an -ing word after a preposition or a determiner
    // modifies the -s form (or takes it as its object): a noun either way
    const pp = out[i - 2]?.pos;
    const afterGerund = p.pos === 'VERB' && p.lower.endsWith('ing') && (pp === 'ADP' || pp === 'DET');
    if (
      p.pos === 'DET' ||
      p.pos === 'ADJ' ||
      p.lower === "'s" ||
      p.lower === '’s' ||
      hyphenCompound ||
      afterPast ||
      afterGerund
    )
      t.pos = 'NOUN';
  }
}

// a base-form "verb" right after a possessive determiner is a noun ("giving up our veto", "their return"; not
// "her", also an object: "let her go")
export function nounAfterPossessive(out: Token[]): void {
  for (let i = 1; i < out.length; i++) {
    const t = out[i];
    if (t.pos === 'VERB' && t.lower === t.lemma && OWN_POSSESSIVE.test(out[i - 1].lower)) t.pos = 'NOUN';
  }
}

const isPossessive = (t: Token | undefined): boolean =>
  !!t && (OWN_POSSESSIVE.test(t.lower) || t.lower === "'s" || t.lower === '’s');

// an "adjective" between a possessive (and a noun after it) and an inflected verb heads the subject ("Russia's
// military fired missiles", "their military said", "Pakistan president's security chief killed in suicide attack"):
// wink tags "military", "chief" an adjective there, and the verb then reads as a participle
export function adjectiveHeadAfterPossessive(out: Token[]): void {
  for (let i = 1; i + 1 < out.length; i++) {
    const t = out[i];
    if (t.pos !== 'ADJ' || !PLAIN_WORD.test(t.lower)) continue;
    const before = out[i - 1];
    const possessive = isPossessive(before) || (before.pos === 'NOUN' && isPossessive(out[i - 2]));
    const next = out[i + 1];
    if (possessive && next.pos === 'VERB' && next.lower !== next.lemma) t.pos = 'NOUN';
  }
}

// a base-form "verb" right after a finite past or -s verb is its object ("the UN condemned torture in Syrian
// prisons", "Obama repudiates torture"), unless that verb takes a bare infinitive ("helped build", "let them go")
export function objectAfterFiniteVerb(out: Token[]): void {
  for (let i = 1; i < out.length; i++) {
    const t = out[i];
    if (t.pos !== 'VERB' || t.lower !== t.lemma || !PLAIN_WORD.test(t.lower)) continue;
    const p = out[i - 1];
    if (p.pos !== 'VERB' || BARE_INFINITIVE_TAKERS.has(p.lemma)) continue;
    if (p.lower.endsWith('ed') || (p.lower.endsWith('s') && p.lower !== p.lemma)) t.pos = 'NOUN';
    // and after a base form (an infinitive's, a modal's, a plural subject's), with no object of its own ("pledging
    // to eradicate torture.", "will end torture in prisons", "Democrats embrace torture and"; "to further ease
    // restrictions" keeps its verb)
    else if (p.lower === p.lemma && i >= 2 && !OBJECT_POS.has(out[i + 1]?.pos ?? '')) t.pos = 'NOUN';
  }
}

// a base-form "verb" closing a noun phrase that has no head yet, after an article and a modifier, before a
// preposition or punctuation, is that head, and "adverbs" right before it are nouns too ("a Philippine resupply
// boat near", "an unprecedented attack on"); not after a name or noun ("the Kremlin warns of")
export function headOfOpenNounPhrase(out: Token[]): void {
  for (let i = 2; i < out.length - 1; i++) {
    const t = out[i];
    const p = out[i - 1];
    if (t.pos !== 'VERB' || t.lower !== t.lemma || (p.pos !== 'ADJ' && p.pos !== 'ADV')) continue;
    if (!HEAD_FOLLOWERS.has(out[i + 1].pos)) continue;
    let k = i - 1;
    while (k > 0 && MODIFIER_POS.has(out[k].pos)) k--;
    if (k === i - 1 || out[k].pos !== 'DET' || !ARTICLE.test(out[k].lower)) continue;
    t.pos = 'NOUN';
    // (an adverb before an adjective modifies it: "a very large attack")
    for (let x = i - 1; x > k && out[x].pos === 'ADV'; x--) out[x].pos = 'NOUN';
  }
}

// a base-form "verb" right after a subordinator, before a preposition, is the clause's subject noun ("when
// demand for petroleum products tapers off", "as supply of crude grows"): a finite verb there needs a subject;
// and one after a to-taking adjective's "to" is that preposition's object ("similar to demand on the first days")
export function subjectAfterSubordinator(out: Token[]): void {
  for (let i = 1; i < out.length - 1; i++) {
    const t = out[i];
    if (t.pos !== 'VERB' || t.lower !== t.lemma) continue;
    const p = out[i - 1];
    // ("when finance ministers hold a meeting": a noun modifier, its head and the clause's verb)
    if (
      out[i + 1].pos === 'NOUN' &&
      SUBORDINATORS.has(p.lower) &&
      i + 2 < out.length &&
      isFiniteVerb(out[i + 2])
    ) {
      t.pos = 'NOUN';
      continue;
    }
    if (out[i + 1].pos !== 'ADP') continue;
    const afterSubordinator = SUBORDINATORS.has(p.lower) && out.slice(i + 2).some(isFiniteVerb);
    const prepositionalTo = p.lower === 'to' && i >= 2 && TO_ADJECTIVES.has(out[i - 2].lower);
    if (afterSubordinator || prepositionalTo) t.pos = 'NOUN';
  }
}

// a base-form "verb" after "amounts to", "tantamount to", "subjected to" is that preposition's object ("detention
// ... amounts to torture", "were subjected to abuse")
export function objectOfNounTakingTo(out: Token[]): void {
  for (let i = 2; i < out.length; i++) {
    const t = out[i];
    if (
      t.pos === 'VERB' &&
      t.lower === t.lemma &&
      out[i - 1].lower === 'to' &&
      NOUN_AFTER_TO.test(out[i - 2].lower)
    )
      t.pos = 'NOUN';
  }
}

// and one between a subordinator or wh-word and an inflected verb is that verb's subject ("how war threatens
// the rights", "where fire destroyed"): two finite verbs cannot follow each other there
export function subjectBeforeInflectedVerb(out: Token[]): void {
  for (let i = 1; i < out.length - 1; i++) {
    const t = out[i];
    if (t.pos !== 'VERB' || t.lower !== t.lemma || !PLAIN_WORD.test(t.text)) continue;
    const p = out[i - 1].lower;
    const n = out[i + 1];
    if (!SUBORDINATORS.has(p) && !WH_SUBORDINATORS.has(p)) continue;
    if (n.pos === 'VERB' && n.lower !== n.lemma && INFLECTED_END.test(n.lower)) t.pos = 'NOUN';
  }
}

// an -ing "verb" right before "of" after a determiner, a conjunction, a preposition or a comma is a noun ("the
// capture, arrest and sentencing of virus writers", "for the bombing of"): a gerund with its own object has none
export function gerundBeforeOf(out: Token[]): void {
  for (let i = 1; i < out.length - 1; i++) {
    const t = out[i];
    if (t.pos !== 'VERB' || !t.lower.endsWith('ing') || out[i + 1].lower !== 'of') continue;
    const p = out[i - 1];
    // and right after a verb that takes it as its object ("Hamas condemns killing of bin Laden"), unless it
    // continues the act ("resumed shelling of the city")
    const objectOfVerb = p.pos === 'VERB' && !ASPECTUAL.has(p.lemma);
    if (NOMINAL_GERUND_BEFORE.has(p.pos) || objectOfVerb) t.pos = 'NOUN';
  }
}

// an -ing "verb" between a modifier and a finite verb is the subject's head noun ("Russian shelling killed five",
// "heavy fighting erupted"): a participle there would leave the finite verb without a subject
export function gerundSubjectHead(out: Token[]): void {
  for (let i = 1; i < out.length - 1; i++) {
    const t = out[i];
    if (t.pos !== 'VERB' || !t.lower.endsWith('ing')) continue;
    const p = out[i - 1];
    const n = out[i + 1];
    const modifier = p.pos === 'ADJ' || (p.pos === 'PROPN' && p.text !== p.lower);
    if (modifier && (n.pos === 'VERB' || n.pos === 'AUX') && n.lower !== t.lower) t.pos = 'NOUN';
  }
}

// and one after "by" and a modifier, before a preposition or the clause's end, is the agent's head noun ("were
// killed by Russian shelling near Bakhmut", "damaged by heavy fighting."): a gerund there would have an object
export function gerundAgentHead(out: Token[]): void {
  for (let i = 2; i < out.length; i++) {
    const t = out[i];
    if (t.pos !== 'VERB' || !t.lower.endsWith('ing')) continue;
    const p = out[i - 1];
    const modifier = p.pos === 'ADJ' || (p.pos === 'PROPN' && p.text !== p.lower);
    const by = out[i - 2].lower === 'by' || (out[i - 2].pos === 'DET' && out[i - 3]?.lower === 'by');
    const n = out[i + 1];
    if (modifier && by && (!n || /^(ADP|PUNCT|CCONJ)$/.test(n.pos))) t.pos = 'NOUN';
  }
}

// a plural -s "verb" between a noun and a past participle with a preposition after it is the noun phrase's head
// ("terror suspects detained without trial", "aid workers kidnapped in"): a finite verb would take the participle
// as its object, and a participle takes no preposition right after it as an object
export function pluralHeadBeforeParticiple(out: Token[]): void {
  for (let i = 1; i + 2 < out.length; i++) {
    const t = out[i];
    const n = out[i + 1];
    if (t.pos !== 'VERB' || out[i - 1].pos !== 'NOUN' || !/[a-z]s$/.test(t.lower) || t.lower === t.lemma)
      continue;
    if (n.pos === 'VERB' && /ed$/.test(n.lower) && out[i + 2].pos === 'ADP' && out[i + 2].lower !== 'by')
      t.pos = 'NOUN';
  }
}

// "given" opening a sentence or phrase before a noun phrase or clause is a preposition ("especially given the
// furore over the arms deal", "Given the threat, Israel ..."), not a verb of giving: a passive has an auxiliary
export function givenAsPreposition(out: Token[]): void {
  for (let i = 0; i < out.length - 1; i++) {
    const t = out[i];
    if (t.lower !== 'given' || t.pos !== 'VERB') continue;
    const p = out[i - 1];
    const opens = !p || p.text === ',' || GIVEN_OPENERS.test(p.lower);
    if (opens && GIVEN_OBJECT.test(out[i + 1].lower)) t.pos = 'ADP';
  }
}

// an -ing "verb" between a possessive and a noun modifies that noun ("all his negotiating powers", "their voting
// rights"): a gerund there would take the noun as its object, which a possessive cannot precede (acts of force keep
// their noun reading: "their bombing campaign")
export function gerundModifierAfterPossessive(out: Token[]): void {
  for (let i = 1; i < out.length - 1; i++) {
    const t = out[i];
    if (t.pos !== 'VERB' || !t.lower.endsWith('ing') || FORCE_GERUND.test(t.lower)) continue;
    if (OWN_POSSESSIVE.test(out[i - 1].lower) && out[i + 1].pos === 'NOUN') t.pos = 'ADJ';
  }
}
