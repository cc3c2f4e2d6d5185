/**
 * POS repairs that take a word wink-nlp tagged as a noun or an adjective for the sentence's verb ("Ukraine fires
 * new missiles", "Russia may close its gas lines", "Police shot dead a man"). Each repair is its own function over a
 * sentence's tokens; src/nlp/pos-repair.ts runs them in order. Regexes and sets are hoisted: this runs on every token.
 */
import type { Token } from '../model/document.js';
import { readsAsPluralVerb, singularVerbLemma, verbLemma } from './verb-lemma.js';
import { titleCaseSpan } from './title-case.js';
import { isFiniteVerb, PLAIN_WORD } from './pos-repairs-noun.js';

const MODALS = /^(may|might|will|would|could|should|must|can|shall)$/;
const POSSESSIVE_PRONOUN = /^(his|her|its|their|our|my|your)$/;
const OBJECT_PRONOUN = /^(him|her|them|it|us|me|one|two|three|several|some)$/;
const PAST_FORM = /[a-z]{3,}ed$/;
/** participles mostly used as adjectives ("Young Australians concerned about") */
const ADJECTIVAL_PARTICIPLE =
  /^(concerned|worried|interested|involved|divided|undecided|pleased|satisfied|disappointed|surprised|tired|qualified|experienced|related|based|armed|united|supposed|used|determined|prepared|alarmed|frustrated|delighted|outraged|shocked)$/;
const QUANTITY_NOUN = /^(dozens|hundreds|thousands|scores|millions|tens)$/;
const INDEFINITE = /^(a|an)$/;
const PLAIN_S_FORM = /^[a-z]{3,}s$/;
const COORDINATOR = /^(,|and|&)$/;
const SINGLE_S_END = /[^s]s$/;
const OBJECT_START_PRONOUN = /^(its|their|his|her|our|the|them|him|it)$/;
const SHOT_PARTICLES = /^(down|dead|at|up)$/;
const OBJECT_START = /^(the|a|an|its|their|his|her|this|these|those)$|^[A-Z]/;
const AND_OR = /^(and|or)$/;
/** prepositions a verb takes rather than a noun's place ("clash with", "protest against"; not "team in Turkey") */
const VERB_PREPOSITION = /^(with|against|over|for|on)$/;
/** endings of inflected forms: a past form after a plural subject has its own repair (pastVerbAfterNameSubject) */
const INFLECTED = /(s|ed|ing)$/;
/** a plural noun (not "-ss", "-us", "-is") or a collective people noun: a subject whose verb has no -s */
const PLURAL_SUBJECT = /^(?:[a-z]+[^siu]s|police|people)$/;

/** what stands between an infinitive's verb and a conjunction: its object */
const INFINITIVE_OBJECT = /^(NOUN|PROPN|ADJ|NUM|DET|PART)$/;

// a sentence with no verb at all ("Ukraine fires new missiles into Russia."): the first -s "noun" right after a
// name at its start, before the start of an object, is the verb ("Palestinian villagers demand" is no object)
// (no finite verb before it: an infinitive after the object may follow, "visits China to deepen ties")
export function verbOfVerblessSentence(out: Token[]): void {
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
      // a plural subject's base form before an object or a preposition ("US forces battle insurgents in Fallujah",
      // "Rebels attack army posts", "Police clash with protesters"), when it reads as a verb after "They"
      if (
        t.pos === 'NOUN' &&
        PLURAL_SUBJECT.test(p.lower) &&
        (p.pos === 'NOUN' || p.pos === 'PROPN') &&
        PLAIN_WORD.test(t.text) &&
        !INFLECTED.test(t.lower) &&
        (/^(DET|NUM|ADJ|PROPN|NOUN)$/.test(next) ||
          (next === 'ADP' && VERB_PREPOSITION.test(out[i + 1].lower))) &&
        readsAsPluralVerb(t.lower)
      ) {
        t.pos = 'VERB';
        break;
      }
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
}

// the word after a modal, before an object, is its verb ("Russia may close its gas lines", "will shell the
// city"): wink tags some such verbs ADJ or NOUN
/** adjectives that are also verbs taking an object ("open", "free", "secure") */
const VERBAL_ADJECTIVE =
  /^(open|free|close|clear|secure|empty|lower|slow|calm|complete|separate|double|level)$/;

export function verbAfterModal(out: Token[]): void {
  for (let i = 1; i < out.length - 1; i++) {
    const t = out[i];
    // ("will back Ukraine", "to back Palestinian bid": wink reads this verb as the adverb)
    if (t.lower === 'back' && t.pos === 'ADV') {
      const p = out[i - 1];
      const governed = (p.lower === 'to' && p.pos === 'PART') || (p.pos === 'AUX' && MODALS.test(p.lower));
      if (governed && OBJECT_START.test(out[i + 1].text) && out[i + 1].pos !== 'ADP') t.pos = 'VERB';
      continue;
    }
    if ((t.pos !== 'ADJ' && t.pos !== 'NOUN') || out[i - 1].pos !== 'AUX') continue;
    if (!PLAIN_WORD.test(t.text) || !MODALS.test(out[i - 1].lower)) continue;
    const n = out[i + 1];
    // (an adjective that is also a verb, before a bare noun: "will open talks", "could free hostages"; not "should
    // further growth be endangered", an inverted condition)
    if (
      n.pos === 'DET' ||
      n.pos === 'PROPN' ||
      (n.pos === 'PRON' && OBJECT_START_PRONOUN.test(n.lower)) ||
      (t.pos === 'ADJ' && n.pos === 'NOUN' && VERBAL_ADJECTIVE.test(t.lower))
    )
      t.pos = 'VERB';
  }
}

// a past form the tagger read as an adjective or noun, right after a name subject opening the sentence and before a
// preposition, article or name ("Egypt mediated between Israel and Hamas"), or between a plural subject and a
// quantity of people ("Hamas fighters abducted dozens of Israelis"), is the sentence's verb
export function pastVerbAfterNameSubject(out: Token[]): void {
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
}

// "shot": wink tags it a noun after a plural or name subject ("Police shot dead a man", "Russia shot down a
// drone", "Guards shot at the crowd") and keeps "shot" as the verb's lemma; after a determiner or a
// possessive it stays a noun ("took a shot at", "his shot at goal", "a warning shot at")
/** tags of a word that modifies the noun after it ("Houthi forces", "rebel forces") */
const MODIFIER_TAGS = new Set(['PROPN', 'ADJ', 'NOUN']);

export function shotAsVerb(out: Token[]): void {
  for (let i = 1; i < out.length - 1; i++) {
    const t = out[i];
    if (t.lower !== 'shot') continue;
    const p = out[i - 1];
    const n = out[i + 1];
    const subject =
      p.pos === 'PROPN' ||
      (p.pos === 'NOUN' && !(i >= 2 && INDEFINITE.test(out[i - 2].lower))) ||
      (p.pos === 'PRON' && !POSSESSIVE_PRONOUN.test(p.lower)) ||
      // a second verb sharing the subject ("stopped three officers and shot them dead")
      (AND_OR.test(p.lower) && i >= 2 && /^(NOUN|PROPN|PRON)$/.test(out[i - 2].pos));
    const object =
      SHOT_PARTICLES.test(n.lower) ||
      n.pos === 'DET' ||
      n.pos === 'NUM' ||
      n.pos === 'PROPN' ||
      (n.pos === 'PRON' && OBJECT_PRONOUN.test(n.lower));
    if (t.pos === 'NOUN' && subject && object) t.pos = 'VERB';
    // "Houthi forces shot down a drone": wink read the plural subject as the verb and "shot" as its object
    const pluralVerb =
      p.pos === 'VERB' && p.lower.endsWith('s') && i >= 2 && MODIFIER_TAGS.has(out[i - 2].pos);
    if (t.pos === 'NOUN' && pluralVerb && SHOT_PARTICLES.test(n.lower)) {
      p.pos = 'NOUN';
      p.lemma = p.lower.slice(0, -1);
      t.pos = 'VERB';
    }
    if (t.pos === 'VERB') t.lemma = 'shoot';
  }
}

// a base-form "noun" after "and|or" that closes a coordinated infinitive, before an object, is the second
// infinitive's verb ("plans to seize Kharkiv and attack Kyiv", "to fund the army and arm the rebels")
export function secondInfinitiveVerb(out: Token[]): void {
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
}

// and the reverse: a "noun" between a noun phrase and a determiner or name is the verb
// ("the prospect ... tests the alliance's commitment", "armed groups attack KFOR")
export function verbBetweenNounPhrases(out: Token[]): void {
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

// an -ing "noun" after a comma before an object is a participle clause's verb ("dealt a blow to Hamas, arresting a
// West Bank leader and killing two militants"): wink reads some such words as nouns
export function participleAfterComma(out: Token[]): void {
  for (let i = 1; i < out.length - 1; i++) {
    const t = out[i];
    if (t.pos !== 'NOUN' || out[i - 1].text !== ',' || !PLAIN_WORD.test(t.text) || !t.lower.endsWith('ing'))
      continue;
    const n = out[i + 1];
    if (n.pos === 'DET' || n.pos === 'NUM' || (n.pos === 'PRON' && OBJECT_START_PRONOUN.test(n.lower))) {
      t.pos = 'VERB';
      t.lemma = verbLemma(t.lower);
    }
  }
}

/** capitalised words after a gerund that are times, not its object ("killed by shelling Monday") */
const TIME_NAME =
  /^(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/;
/** a determiner, a number or an object pronoun opens a gerund's object */
const GERUND_OBJECT = /^(DET|NUM)$/;

/** words after which an -ing form before an object is a verb: "by", a form of "be", an aspect verb */
const BEFORE_GERUND_VERB =
  /^(by|is|are|was|were|be|been|being|'s|'re|keep|keeps|kept|keeping|continue|continues|continued|began|begin|begins|start|starts|started|resumed|resume|resumes)$/;

// an -ing "noun" after "by", "be" or an aspect verb before an object is a verb ("responded to the rocket fire by
// bombing Hamas positions", "Israel is bombing Gaza", "jets kept bombing the town"); not "killed by shelling" (no
// object), "by bombing raids" (a modifier), "by shelling on Monday"
export function gerundAfterBy(out: Token[]): void {
  for (let i = 1; i < out.length - 1; i++) {
    const t = out[i];
    if (t.pos !== 'NOUN' || !t.lower.endsWith('ing') || !BEFORE_GERUND_VERB.test(out[i - 1].lower)) continue;
    if (!PLAIN_WORD.test(t.text)) continue;
    const n = out[i + 1];
    if (
      GERUND_OBJECT.test(n.pos) ||
      (n.pos === 'PRON' && OBJECT_START_PRONOUN.test(n.lower)) ||
      (n.pos === 'PROPN' && !TIME_NAME.test(n.text))
    ) {
      t.pos = 'VERB';
      t.lemma = verbLemma(t.lower);
    }
  }
}

const finiteNonGerund = (t: Token) => (t.pos === 'VERB' || t.pos === 'AUX') && !t.lower.endsWith('ing');

// a past form wink tags as an adjective between a common noun and the start of an object is the verb ("protesters
// angered at the sacking of a governor ransacked U.N. compounds"); not a participle it lists as an adjective
// ("forces loyal", "officials concerned"), nor one before a name ("a man named John": a reduced relative)
export function pastVerbTaggedAdjective(out: Token[]): void {
  for (let i = 1; i < out.length - 1; i++) {
    const t = out[i];
    if (t.pos !== 'ADJ' || out[i - 1].pos !== 'NOUN' || !PAST_FORM.test(t.lower) || !PLAIN_WORD.test(t.text))
      continue;
    if (ADJECTIVAL_PARTICIPLE.test(t.lower)) continue;
    const n = out[i + 1];
    // (a bare plural object too when the sentence has no finite verb: "Peruvian police repressed protestors in Lima,
    // killing four")
    if (
      n.pos !== 'DET' &&
      !(n.pos === 'PROPN' && /^\p{Lu}[\p{Lu}.]+$/u.test(n.text)) &&
      !(n.pos === 'NOUN' && SINGLE_S_END.test(n.lower) && !out.some(finiteNonGerund))
    )
      continue;
    const lemma = verbLemma(t.lower);
    if (lemma === t.lower) continue;
    t.pos = 'VERB';
    t.lemma = lemma;
  }
}

const CAPITAL_S_FORM = /^[A-Z][a-z]{2,}[^s]s$/;

/**
 * a title-case headline with no verb: a capitalised -s form between two names that wink reads as a verb after "He" is
 * the verb ("Russia Attacks Ukraine", "Israel Strikes Hamas Targets in Gaza"; wink tags it a name)
 */
export function titleCaseVerb(out: Token[]): void {
  if (out.length < 3 || out.length > 24) return;
  // (a cheap look first: a capitalised -s form among the first words; this runs on every sentence)
  let cand = false;
  for (let i = 1; i < Math.min(out.length - 1, 5) && !cand; i++) cand = CAPITAL_S_FORM.test(out[i].text);
  if (!cand || !titleCaseSpan(out, 0, out.length) || out.some((t) => isFiniteVerb(t))) return;
  for (let i = 1; i < Math.min(out.length - 1, 5); i++) {
    const t = out[i];
    const p = out[i - 1];
    const n = out[i + 1];
    if (!CAPITAL_S_FORM.test(t.text) || (t.pos !== 'PROPN' && t.pos !== 'NOUN')) continue;
    if (p.pos !== 'PROPN' || !/^[A-Z]/.test(n.text) || (n.pos !== 'PROPN' && n.pos !== 'NOUN')) continue;
    const lemma = singularVerbLemma(t.lower);
    if (!lemma) continue;
    t.pos = 'VERB';
    t.lemma = lemma;
    return;
  }
}
