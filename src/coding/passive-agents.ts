/**
 * Agents of passives and of accidents: the actor after "by" that did a passive act, a by-mention that no later active
 * verb takes as its subject, the actor an act noun is attributed to ("attacks claimed by Hamas killed"), and the
 * accidents and disasters that are no one's act.
 */
import type { ActorMention } from '../model/document.js';
import type { SentenceView } from './match.js';
import { actorPhraseAt } from './actor-phrase.js';
import { IRREGULAR_PARTICIPLES } from './participle-words.js';

/** heads of an accident or disaster: "killed by the Malaysia Airlines flight MH17 crash" has no agent */
const ACCIDENT =
  /^(crash|crashes|accident|accidents|collapse|earthquake|quake|flood|floods|flooding|storm|storms|avalanche|landslide|landslides|fire|fires|blaze|derailment|tsunami|cyclone|cyclones|hurricane|hurricanes|typhoon|typhoons|mudslide|explosion|explosions|blast|blasts|hailstorm|hailstorms|winds|rains|drought|heatwave|tornado|tornadoes|lightning|snowstorm|snowstorms|blizzard|blizzards|wildfire|wildfires|bushfire|bushfires|eruption)$/;

/** verbs (lemmas) of an accident: "a military plane crashed ..., killing 25" has no agent of the killing */
const ACCIDENT_VERB = /^(crash|collapse|capsize|derail|overturn|plunge|sink|erupt|topple)$/;
export const isAccidentVerb = (t: { lemma: string }): boolean => ACCIDENT_VERB.test(t.lemma);

/**
 * the mention m is inside a prepositional phrase of a subject headed by an accident or a blast ("A huge explosion
 * in a flax factory in the northeast China city of Harbin killed 45"): a place, not the agent
 */
export function inAccidentSubject(v: SentenceView, m: ActorMention): boolean {
  let j = m.tokenStart - 1;
  for (let hops = 0; hops < 4; hops++) {
    while (j > v.a && /^(DET|ADJ|ADV|NUM|NOUN|PROPN)$/.test(v.toks[j].pos)) j--;
    // an agent's "by" names who did it ("an explosion during a rocket attack by Hamas")
    if (j <= v.a || v.toks[j].pos !== 'ADP' || v.toks[j].lower === 'by') return false;
    const head = v.toks[j - 1];
    if (head.pos === 'NOUN' && ACCIDENT.test(head.lower)) return true;
    j--;
  }
  return false;
}

/** prepositions whose noun takes a following by-phrase as its own agent */
const NOUN_PREP = /^(against|over|about|toward|towards|into)$/;
const PERIOD_NOUN =
  /^(weekend|weekends|week|weeks|night|nights|day|days|month|months|year|years|hours?|period)$/;

/** actor after "by" within a few tokens of a passive trigger */
export function passiveAgent(v: SentenceView, from: number): ActorMention[] | null {
  for (let j = from; j < Math.min(v.b, from + 6); j++) {
    if (v.toks[j].lower === 'by') {
      // ("prevented from leading a protest against alleged rapes by an army officer": a by-phrase after a noun that a
      // non-locative preposition governs is that noun's agent, not the passive's; not "over the weekend by")
      const before = v.toks[j - 1];
      if (before.pos === 'NOUN' && !PERIOD_NOUN.test(before.lower))
        for (let k = from; k < j - 1; k++) if (NOUN_PREP.test(v.toks[k].lower)) return null;
      const np = actorPhraseAt(v, j + 1);
      if (!np) return null;
      // the noun phrase's head, after the actor that modifies it
      let h = np.end;
      while (h < v.b && /^(NOUN|PROPN|NUM)$/.test(v.toks[h].pos)) h++;
      if (h > np.end && ACCIDENT.test(v.toks[h - 1].lower)) return null;
      // ("bankrolled by a Florida family": a town or region modifying a noun that names no actor is no agent)
      if (h > np.end && np.mentions.length === 1 && np.mentions[0].place) return null;
      // ("by US-supported dictator": a modifier inside a compound word is no agent)
      const ms = np.mentions.filter((m) => !m.modifier);
      return ms.length ? ms : null;
    }
    if (v.toks[j].text === ',' || v.toks[j].text === ';') break;
  }
  return null;
}

/**
 * a by-mention that is a passive agent and no subject of the trigger: an "and"/"but" lies between the two, or
 * a participle governs it ("backed by Chad attacked", where Chad's preposition reads as none because a verb
 * follows); never when to/who/which/that follows it
 */
export function passiveAgentOf(v: SentenceView, m: ActorMention, trigger: number): boolean {
  let by = m.tokenStart - 1;
  while (by > v.a && by > m.tokenStart - 3 && /^(DET|ADJ|NUM)$/.test(v.toks[by].pos)) by--;
  if (v.toks[by]?.lower !== 'by') return false;
  if (/^(to|who|which|that)$/.test(v.toks[m.tokenEnd]?.lower ?? '')) return false;
  for (let j = m.tokenEnd; j < trigger; j++) if (/^(and|but)$/.test(v.toks[j].lower)) return true;
  const part = v.toks[by - 1];
  return (
    !!part && part.pos === 'VERB' && (/ed$|en$/.test(part.lower) || IRREGULAR_PARTICIPLES.test(part.lower))
  );
}

/** act nouns whose attribution names their agent */
const ATTRIBUTED_ACT =
  /^(attack|attacks|bombing|bombings|blast|blasts|strike|strikes|raid|raids|assault|assaults|shelling|killing|killings|ambush|ambushes|explosion|explosions)$/;
/** participles that attribute an act to its agent with "by" ("claimed by", "carried out by") */
const ATTRIBUTING_BY =
  /^(claimed|carried|conducted|launched|staged|mounted|perpetrated|committed|orchestrated)$/;

/**
 * "Attacks claimed by Hamas killed three Israelis", "Bombings blamed on al-Qaeda killed 24": the actor an act noun
 * is attributed to (after "claimed/carried out ... by", "blamed on", "attributed to") is the agent of the verb the
 * noun is the subject of, right after the actor
 */
export function attributedAgent(v: SentenceView, m: ActorMention, trigger: number): boolean {
  if (v.toks[trigger].pos !== 'VERB') return false;
  for (let j = m.tokenEnd; j < trigger; j++) if (!/^(ADV|AUX)$/.test(v.toks[j].pos)) return false;
  let p = m.tokenStart - 1;
  while (p > v.a && /^(DET|ADJ)$/.test(v.toks[p].pos)) p--;
  const prep = v.toks[p]?.lower;
  let part = p - 1;
  if (prep === 'by') {
    if (v.toks[part]?.lower === 'out') part--;
    if (!ATTRIBUTING_BY.test(v.toks[part]?.lower ?? '')) return false;
  } else if (
    !(prep === 'on' && v.toks[part]?.lower === 'blamed') &&
    !(prep === 'to' && v.toks[part]?.lower === 'attributed')
  )
    return false;
  return part - 1 >= v.a && ATTRIBUTED_ACT.test(v.toks[part - 1].lower);
}
