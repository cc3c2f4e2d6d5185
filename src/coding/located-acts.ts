/**
 * Acts placed by where they happen, with no agent or target named: an arrest "in Lebanon" is the Lebanese state's,
 * restrictions eased "in Hebron" are eased on the Palestinians (protesters placed by location are in protesters.ts).
 */
import type { ActorMention } from '../model/document.js';
import type { SentenceView } from './match.js';
import { actorPhraseAt } from './actor-phrase.js';

/** verbs of taking or holding in custody (lemmas): charging and indicting are done where the court sits */
const CUSTODY = /^(arrest|detain|jail|imprison|intern)$/;

/**
 * The place of an arrest with no agent named: "a missionary was arrested in Lebanon", "Jill Stein was arrested
 * Wednesday morning in east Texas" — custody is the state's where it happens.
 */
export function custodyPlace(v: SentenceView, trigger: number): ActorMention[] | null {
  return CUSTODY.test(v.toks[trigger].lemma) ? placesRightAfter(v, trigger) : null;
}

/**
 * Restrictions eased in a place are eased on its country, at home or not (081x: "shortened the nightly curfew
 * imposed in Sudan", "eased emergency measures on Wednesday in Montenegro province", "lifted the curfew in Hebron");
 * "approved the use of the missiles for strikes deep into Russian territory" names no such place.
 */
export function easedPlace(v: SentenceView, matchEnd: number): ActorMention[] | null {
  return placesRightAfter(v, matchEnd);
}

/**
 * The places after "in" or "at" (one modifier between) within six words of the token at `trigger` (a verb, or the
 * last word of a match), with no comma or clause between.
 */
const STATE_ROLE = /^(GOV|COP|MIL|JUD|SPY)$/;

function placesRightAfter(v: SentenceView, trigger: number): ActorMention[] | null {
  for (let k = trigger + 1; k < Math.min(v.b, trigger + 7); k++) {
    const t = v.toks[k];
    if (t.pos === 'PUNCT' || v.hardStops.has(k) || /^(and|but|after|before|when|while|for)$/.test(t.lower))
      return null;
    if (!/^(in|at)$/.test(t.lower)) continue;
    // (every place of a list: "arrested in Argentina, Bulgaria and Canada")
    const at = v.toks[k + 1]?.pos === 'ADJ' && !v.mentionAt.has(k + 1) ? k + 2 : k + 1;
    const places = v.mentionAt.has(at) ? actorPhraseAt(v, at)?.mentions : undefined;
    // (a place or its state's forces, not other people of it: "Arrested in Georgia Baby Shooting Death", "arrested
    // at Occupy Wall Street"; "detained in police crackdown" keeps the police)
    const found =
      places?.filter(
        (m) => m.country && m.kind !== 'pronoun' && (m.role === null || STATE_ROLE.test(m.role)),
      ) ?? [];
    return found.length ? found : null;
  }
  return null;
}
