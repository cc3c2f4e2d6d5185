/**
 * POS repairs for wink-nlp's commonest noun/verb confusions in news text, applied to each sentence's tokens by the
 * tokenize stage. Word tables are constants (regexes hoisted: this runs on every token).
 */
import type { Token } from '../model/document.js';
import { readsAsPluralVerb, verbLemma } from './verb-lemma.js';

const MODALS = /^(may|might|will|would|could|should|must|can|shall)$/;
const POSSESSIVE_PRONOUN = /^(his|her|its|their|our|my|your)$/;
const OBJECT_PRONOUN = /^(him|her|them|it|us|me|one|two|three|several|some)$/;

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
const PAST_FORM = /[a-z]{3,}ed$/;
/** participles mostly used as adjectives ("Young Australians concerned about") */
const ADJECTIVAL_PARTICIPLE =
  /^(concerned|worried|interested|involved|divided|undecided|pleased|satisfied|disappointed|surprised|tired|qualified|experienced|related|based|armed|united|supposed|used|determined|prepared|alarmed|frustrated|delighted|outraged|shocked)$/;
const QUANTITY_NOUN = /^(dozens|hundreds|thousands|scores|millions|tens)$/;
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
const isFiniteVerb = (t: { pos: string }) => t.pos === 'VERB' || t.pos === 'AUX';
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
const INDEFINITE = /^(a|an)$/;
const PLAIN_WORD = /^[a-z]+$/;
const PLAIN_S_FORM = /^[a-z]{3,}s$/;
const COORDINATOR = /^(,|and|&)$/;
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
const SINGLE_S_END = /[^s]s$/;
const OBJECT_START_PRONOUN = /^(its|their|his|her|our|the|them|him|it)$/;
const SHOT_PARTICLES = /^(down|dead|at|up)$/;
const OBJECT_START = /^(the|a|an|its|their|his|her|this|these|those)$|^[A-Z]/;
const AND_OR = /^(and|or)$/;
/** words whose "to" takes a noun ("amounts to torture", "subjected to abuse", "tantamount to aggression") */
const NOUN_AFTER_TO =
  /^(amount|amounts|amounted|amounting|tantamount|equivalent|subjected|exposed|resort|resorted|resorting|recourse)$/;
/** gerunds of force that head an act noun after a possessive ("their bombing campaign") */
const FORCE_GERUND =
  /^(bombing|shelling|killing|fighting|firing|raiding|looting|shooting|bombardment|strafing)$/;
/** words before a prepositional "given" ("especially given the"), and what opens its object */
const GIVEN_OPENERS = /^(especially|particularly|partly|even|and|but|just|not|only|both|all|largely|mainly)$/;
const GIVEN_OBJECT = /^(the|that|its|their|his|her|our|this|these|those|a|an|how|what|recent|current)$/;
/** what stands between an infinitive's verb and a conjunction: its object */
const INFINITIVE_OBJECT = /^(NOUN|PROPN|ADJ|NUM|DET|PART)$/;

/** POS repairs for wink's commonest noun/verb confusions in news text (regexes hoisted: this runs on every token) */
export function repairPos(out: Token[]): void {
  // a "verb" right after a determiner, an adjective, a possessive or a hyphenated modifier is a noun
  // ("the possible long-range strikes", "Russia's strikes")
  for (let i = 1; i < out.length; i++) {
    const t = out[i];
    if (t.pos !== 'VERB' || !t.lower.endsWith('s')) continue;
    const p = out[i - 1];
    const hyphenCompound = i >= 3 && out[i - 2].text === '-' && out[i - 2].start === out[i - 3].end;
    // "resisted calls for", "said talks would resume": an -s form right after a past verb is its object or the
    // subject of what is said, not a second finite verb
    const afterPast =
      p.pos === 'VERB' && (p.lower.endsWith('ed') || p.lower === 'said' || p.lower === 'told');
    if (
      p.pos === 'DET' ||
      p.pos === 'ADJ' ||
      p.lower === "'s" ||
      p.lower === '’s' ||
      hyphenCompound ||
      afterPast
    )
      t.pos = 'NOUN';
  }
  // a base-form "verb" right after a possessive determiner is a noun ("giving up our veto", "their return"; not
  // "her", also an object: "let her go")
  for (let i = 1; i < out.length; i++) {
    const t = out[i];
    if (t.pos === 'VERB' && t.lower === t.lemma && OWN_POSSESSIVE.test(out[i - 1].lower)) t.pos = 'NOUN';
  }
  // a base-form "verb" right after a finite past or -s verb is its object ("the UN condemned torture in Syrian
  // prisons", "Obama repudiates torture"), unless that verb takes a bare infinitive ("helped build", "let them go")
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
  // a base-form "verb" closing a noun phrase that has no head yet, after an article and a modifier, before a
  // preposition or punctuation, is that head, and "adverbs" right before it are nouns too ("a Philippine resupply
  // boat near", "an unprecedented attack on"); not after a name or noun ("the Kremlin warns of")
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
  // a sentence with no verb at all ("Ukraine fires new missiles into Russia."): the first -s "noun" right after a
  // name at its start, before the start of an object, is the verb ("Palestinian villagers demand" is no object)
  // (no finite verb before it: an infinitive after the object may follow, "visits China to deepen ties")
  {
    for (let i = 1; i < Math.min(out.length - 1, 5); i++) {
      const t = out[i];
      if (isFiniteVerb(out[i - 1])) break;
      const next = out[i + 1].pos;
      // (a bare noun object before a preposition too: "Venezuela cuts ties with Colombia", "Japan lodges protest with")
      const objectStart =
        next === 'DET' ||
        next === 'ADJ' ||
        next === 'NUM' ||
        next === 'PROPN' ||
        (next === 'NOUN' && out[i + 2]?.pos === 'ADP');
      // (or a singular head noun after a name or adjective: "South Korean military chief visits China")
      const p = out[i - 1];
      const headNoun =
        (p.pos === 'NOUN' || p.pos === 'ADJ') &&
        !p.lower.endsWith('s') &&
        i >= 2 &&
        /^(PROPN|ADJ|NOUN)$/.test(out[i - 2].pos);
      // (after a head noun, an object that cannot be more of the subject's name: "Syrian army attacks rebels in
      // Homs"; not "U.N. chemical weapons team in Turkey")
      const plainObject =
        next === 'DET' ||
        next === 'NUM' ||
        next === 'ADJ' ||
        (next === 'NOUN' && PLAIN_S_FORM.test(out[i + 1].lower) && objectStart);
      if (t.pos !== 'NOUN' || (p.pos !== 'PROPN' && !(headNoun && (next === 'PROPN' || plainObject))))
        continue;
      // a plural subject's base form after coordinated names, before any object ("India, Pakistan exchange fire
      // along border", "US, Taliban sign peace deal")
      const coordinated = i >= 3 && COORDINATOR.test(out[i - 2].lower) && out[i - 3].pos === 'PROPN';
      if (
        (objectStart && PLAIN_S_FORM.test(t.text)) ||
        (coordinated &&
          (objectStart || next === 'NOUN') &&
          PLAIN_WORD.test(t.text) &&
          readsAsPluralVerb(t.lower))
      ) {
        t.pos = 'VERB';
        break;
      }
    }
  }
  // the word after a modal, before an object, is its verb ("Russia may close its gas lines", "will shell the
  // city"): wink tags some such verbs ADJ or NOUN
  for (let i = 1; i < out.length - 1; i++) {
    const t = out[i];
    if ((t.pos !== 'ADJ' && t.pos !== 'NOUN') || out[i - 1].pos !== 'AUX') continue;
    if (!PLAIN_WORD.test(t.text) || !MODALS.test(out[i - 1].lower)) continue;
    const n = out[i + 1];
    if (n.pos === 'DET' || n.pos === 'PROPN' || (n.pos === 'PRON' && OBJECT_START_PRONOUN.test(n.lower)))
      t.pos = 'VERB';
  }
  // a base-form "verb" right after a subordinator, before a preposition, is the clause's subject noun ("when
  // demand for petroleum products tapers off", "as supply of crude grows"): a finite verb there needs a subject;
  // and one after a to-taking adjective's "to" is that preposition's object ("similar to demand on the first days")
  for (let i = 1; i < out.length - 1; i++) {
    const t = out[i];
    if (t.pos !== 'VERB' || t.lower !== t.lemma || out[i + 1].pos !== 'ADP') continue;
    const p = out[i - 1];
    const afterSubordinator = SUBORDINATORS.has(p.lower) && out.slice(i + 2).some(isFiniteVerb);
    const prepositionalTo = p.lower === 'to' && i >= 2 && TO_ADJECTIVES.has(out[i - 2].lower);
    if (afterSubordinator || prepositionalTo) t.pos = 'NOUN';
  }
  // a base-form "verb" after "amounts to", "tantamount to", "subjected to" is that preposition's object ("detention
  // ... amounts to torture", "were subjected to abuse")
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
  // and one between a subordinator or wh-word and an inflected verb is that verb's subject ("how war threatens
  // the rights", "where fire destroyed"): two finite verbs cannot follow each other there
  for (let i = 1; i < out.length - 1; i++) {
    const t = out[i];
    if (t.pos !== 'VERB' || t.lower !== t.lemma || !PLAIN_WORD.test(t.text)) continue;
    const p = out[i - 1].lower;
    const n = out[i + 1];
    if (!SUBORDINATORS.has(p) && !WH_SUBORDINATORS.has(p)) continue;
    if (n.pos === 'VERB' && n.lower !== n.lemma && INFLECTED_END.test(n.lower)) t.pos = 'NOUN';
  }
  // an -ing "verb" right before "of" after a determiner, a conjunction, a preposition or a comma is a noun ("the
  // capture, arrest and sentencing of virus writers", "for the bombing of"): a gerund with its own object has none
  for (let i = 1; i < out.length - 1; i++) {
    const t = out[i];
    if (t.pos !== 'VERB' || !t.lower.endsWith('ing') || out[i + 1].lower !== 'of') continue;
    const p = out[i - 1];
    // and right after a verb that takes it as its object ("Hamas condemns killing of bin Laden"), unless it
    // continues the act ("resumed shelling of the city")
    const objectOfVerb = p.pos === 'VERB' && !ASPECTUAL.has(p.lemma);
    if (NOMINAL_GERUND_BEFORE.has(p.pos) || objectOfVerb) t.pos = 'NOUN';
  }
  // an -ing "verb" between a modifier and a finite verb is the subject's head noun ("Russian shelling killed five",
  // "heavy fighting erupted"): a participle there would leave the finite verb without a subject
  for (let i = 1; i < out.length - 1; i++) {
    const t = out[i];
    if (t.pos !== 'VERB' || !t.lower.endsWith('ing')) continue;
    const p = out[i - 1];
    const n = out[i + 1];
    const modifier = p.pos === 'ADJ' || (p.pos === 'PROPN' && p.text !== p.lower);
    if (modifier && (n.pos === 'VERB' || n.pos === 'AUX') && n.lower !== t.lower) t.pos = 'NOUN';
  }
  // a plural -s "verb" between a noun and a past participle with a preposition after it is the noun phrase's head
  // ("terror suspects detained without trial", "aid workers kidnapped in"): a finite verb would take the participle
  // as its object, and a participle takes no preposition right after it as an object
  for (let i = 1; i + 2 < out.length; i++) {
    const t = out[i];
    const n = out[i + 1];
    if (t.pos !== 'VERB' || out[i - 1].pos !== 'NOUN' || !/[a-z]s$/.test(t.lower) || t.lower === t.lemma)
      continue;
    if (n.pos === 'VERB' && /ed$/.test(n.lower) && out[i + 2].pos === 'ADP' && out[i + 2].lower !== 'by')
      t.pos = 'NOUN';
  }
  // a past form the tagger read as an adjective or noun, right after a name subject opening the sentence and before a
  // preposition, article or name ("Egypt mediated between Israel and Hamas"), or between a plural subject and a
  // quantity of people ("Hamas fighters abducted dozens of Israelis"), is the sentence's verb
  for (let i = 1; i + 1 < out.length; i++) {
    const t = out[i];
    if ((t.pos !== 'ADJ' && t.pos !== 'NOUN') || !PAST_FORM.test(t.lower) || t.lemma !== t.lower) continue;
    if (ADJECTIVAL_PARTICIPLE.test(t.lower)) continue;
    const n = out[i + 1];
    let nameSubject = out[i - 1].pos === 'PROPN';
    for (let k = 0; k < i && nameSubject; k++) nameSubject = out[k].pos === 'PROPN' || out[k].pos === 'DET';
    const afterName =
      nameSubject &&
      (n.pos === 'DET' || n.pos === 'PROPN' || (n.pos === 'ADP' && !/^(of|by)$/.test(n.lower)));
    const beforeQuantity =
      out[i - 1].pos === 'NOUN' &&
      out[i - 1].lower.endsWith('s') &&
      QUANTITY_NOUN.test(n.lower) &&
      out[i + 2]?.lower === 'of';
    if (!afterName && !beforeQuantity) continue;
    const lemma = verbLemma(t.lower);
    if (lemma === t.lower) continue; // not a verb's past form after all
    t.pos = 'VERB';
    t.lemma = lemma;
  }
  // "shot": wink tags it a noun after a plural or name subject ("Police shot dead a man", "Russia shot down a
  // drone", "Guards shot at the crowd") and keeps "shot" as the verb's lemma; after a determiner or a
  // possessive it stays a noun ("took a shot at", "his shot at goal", "a warning shot at")
  for (let i = 1; i < out.length - 1; i++) {
    const t = out[i];
    if (t.lower !== 'shot') continue;
    const p = out[i - 1];
    const n = out[i + 1];
    const subject =
      p.pos === 'PROPN' ||
      (p.pos === 'NOUN' && !(i >= 2 && INDEFINITE.test(out[i - 2].lower))) ||
      (p.pos === 'PRON' && !POSSESSIVE_PRONOUN.test(p.lower));
    const object =
      SHOT_PARTICLES.test(n.lower) ||
      n.pos === 'DET' ||
      n.pos === 'NUM' ||
      n.pos === 'PROPN' ||
      (n.pos === 'PRON' && OBJECT_PRONOUN.test(n.lower));
    if (t.pos === 'NOUN' && subject && object) t.pos = 'VERB';
    if (t.pos === 'VERB') t.lemma = 'shoot';
  }
  // "given" opening a sentence or phrase before a noun phrase or clause is a preposition ("especially given the
  // furore over the arms deal", "Given the threat, Israel ..."), not a verb of giving: a passive has an auxiliary
  for (let i = 0; i < out.length - 1; i++) {
    const t = out[i];
    if (t.lower !== 'given' || t.pos !== 'VERB') continue;
    const p = out[i - 1];
    const opens = !p || p.text === ',' || GIVEN_OPENERS.test(p.lower);
    if (opens && GIVEN_OBJECT.test(out[i + 1].lower)) t.pos = 'ADP';
  }
  // an -ing "verb" between a possessive and a noun modifies that noun ("all his negotiating powers", "their voting
  // rights"): a gerund there would take the noun as its object, which a possessive cannot precede (acts of force keep
  // their noun reading: "their bombing campaign")
  for (let i = 1; i < out.length - 1; i++) {
    const t = out[i];
    if (t.pos !== 'VERB' || !t.lower.endsWith('ing') || FORCE_GERUND.test(t.lower)) continue;
    if (OWN_POSSESSIVE.test(out[i - 1].lower) && out[i + 1].pos === 'NOUN') t.pos = 'ADJ';
  }
  // a base-form "noun" after "and|or" that closes a coordinated infinitive, before an object, is the second
  // infinitive's verb ("plans to seize Kharkiv and attack Kyiv", "to fund the army and arm the rebels")
  for (let i = 3; i < out.length - 1; i++) {
    const t = out[i];
    if (t.pos !== 'NOUN' || t.lower !== t.lemma || !PLAIN_WORD.test(t.text)) continue;
    if (!AND_OR.test(out[i - 1].lower) || !OBJECT_START.test(out[i + 1].text)) continue;
    if (out[i + 1].pos !== 'DET' && out[i + 1].pos !== 'PROPN') continue;
    for (let k = i - 2; k >= 1 && i - k <= 8; k--) {
      const w = out[k];
      if (w.pos === 'VERB' && w.lower === w.lemma && out[k - 1].lower === 'to') {
        t.pos = 'VERB';
        break;
      }
      if (!INFINITIVE_OBJECT.test(w.pos)) break;
    }
  }
  // and the reverse: a "noun" between a noun phrase and a determiner or name is the verb
  // ("the prospect ... tests the alliance's commitment", "armed groups attack KFOR")
  for (let i = 1; i < out.length - 1; i++) {
    const t = out[i];
    const p = out[i - 1];
    const n = out[i + 1];
    const nounBefore = p.pos === 'NOUN' || p.pos === 'PROPN';
    if (t.pos !== 'NOUN' || !nounBefore || !PLAIN_WORD.test(t.text)) continue;
    // "armed groups attack KFOR"; a singular name then an -s form then a name: "if Israel attacks Iran"
    const after =
      n.pos === 'DET' ||
      (n.pos === 'PROPN' &&
        ((p.lower.endsWith('s') && p.pos === 'NOUN') || (p.pos === 'PROPN' && SINGLE_S_END.test(t.lower))));
    if (after && OBJECT_START.test(n.text)) t.pos = 'VERB';
  }
}
