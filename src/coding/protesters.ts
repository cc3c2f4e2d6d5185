/**
 * Protesters are coded by where they protest, as ACLED ("Protesters (Iran)") and the PLOVER gold do: "students
 * protested in Tehran", "thousands of people blocked streets in Hong Kong", "people gathered in Tbilisi to
 * protest". When a protest's subject is a civilian role with no country of its own and the clause names a place
 * with one, the protesters take that country.
 * A protest triggered by the group's own noun ("Belarusian demonstrators * rallied") has that group as its source.
 */
import type { ActorMention } from '../model/document.js';
import type { SentenceView } from './match.js';
import { mentionEndingAt } from './roles.js';
import { subjectEndBefore } from './time-words.js';

const NON_STATE_ROLES = /^(CVL|EDU|LAB|OPP|REL|MED|BUS|AGR|HLH|REF|NGO)$/;

/** the subject role mention of the protest at `trigger`, given the country of the place named in [lo, hi) */
export function locatedProtesters(
  v: SentenceView,
  trigger: number,
  lo: number,
  hi: number,
): ActorMention[] | null {
  // a purpose infinitive is done by the subject of its main verb, at that verb's place: "people gathered in
  // Tbilisi to protest"
  const head = purposeHead(v, trigger, lo);
  const j = subjectEndBefore(v.toks, head >= 0 ? head : trigger, lo);
  // the trigger may be the protesters themselves ("Belarusian demonstrators * rallied")
  const own = [...v.mentionAt.values()].find((m) => m.tokenStart <= trigger && trigger < m.tokenEnd);
  if (own && (own.country || own.org)) return [own];
  const subject = own ?? (j >= lo ? mentionEndingAt(v, j) : null);
  if (!subject || subject.kind !== 'role' || subject.country || subject.org) return null;
  if (!subject.role || !NON_STATE_ROLES.test(subject.role)) return null;
  // (the place of a purpose infinitive is its main verb's, before the infinitive: "a motion to boycott Israel" is
  // no protest in the place named after it)
  const place = head >= 0 ? placeAfter(v, head, lo, trigger) : placeAfter(v, trigger, lo, hi);
  if (!place) return null;
  subject.country = place.country;
  return [subject];
}

/** the main verb of a purpose infinitive at `trigger` ("gathered … to protest"), or -1 */
function purposeHead(v: SentenceView, trigger: number, lo: number): number {
  if (trigger - 1 < lo || v.toks[trigger - 1].lower !== 'to') return -1;
  for (let k = trigger - 2; k >= lo; k--) {
    const t = v.toks[k];
    if (t.pos === 'VERB') return k;
    if (t.pos === 'PUNCT' || v.hardStops.has(k)) return -1;
  }
  return -1;
}

/**
 * a compound whose role noun is followed by "in|at" and its place ("parliament in Nairobi"); not a foreign mission,
 * whose place is no state of its own ("the embassy in London")
 */
function placedBody(v: SentenceView, m: ActorMention): boolean {
  if (/^(embass|consulate|mission)/.test(v.toks[m.tokenStart].lower)) return false;
  for (let k = m.tokenStart + 1; k < m.tokenEnd - 1; k++) if (/^(in|at)$/.test(v.toks[k].lower)) return true;
  return false;
}

/** the first place with a country named after the trigger in [lo, hi): "in Tehran", "outside parliament in Budapest" */
function placeAfter(v: SentenceView, trigger: number, lo: number, hi: number): ActorMention | null {
  let place: ActorMention | null = null;
  for (const m of v.mentionAt.values()) {
    if (!m.country || m.tokenStart <= trigger || m.tokenStart < lo || m.tokenEnd > hi) continue;
    const before = v.toks[m.tokenStart - 1];
    // (or a body named with its place: "stormed the parliament in Nairobi", "outside the palace in Dhaka")
    const atPlace =
      m.locative ||
      (before && /^(outside|at|near|in|across|through|throughout)$/.test(before.lower)) ||
      (m.kind === 'compound' && placedBody(v, m));
    if (atPlace && (!place || m.tokenStart < place.tokenStart)) place = m;
  }
  return place;
}

/**
 * A protest at home with no target of its own is against the state of the place ("Iraqi Kurds demonstrated in
 * Kirkuk" -> IRQ, as the PLOVER gold codes it): the first place after the trigger, when it is in the source's
 * own country. Not for a bare role whose country came from the place or the story ("students protested in
 * Tehran", "miners went on strike"): its country is an inference, not a second actor.
 */
export function homeProtestTarget(
  v: SentenceView,
  trigger: number,
  hi: number,
  source: ActorMention | undefined,
): ActorMention[] | null {
  if (!source || source.kind === 'role') return null;
  const place = placeAfter(v, trigger, v.a, hi);
  return place && source.country && place.country === source.country ? [place] : null;
}

/** security and state roles whose coercion ("police arrested students") is domestic unless a place says otherwise */
const DOMESTIC_COERCERS = /^(COP|GOV|JUD|SPY)$/;

/**
 * The target of a coercive act that names civilians without a country ("Turkish police prevented the
 * demonstration staged by students", "police detained journalists in Minsk"): the country of the place named
 * after the trigger, else — for police, government, courts — the coercer's own country. Military coercers need
 * the place (they act abroad).
 */
export function domesticTarget(
  v: SentenceView,
  trigger: number,
  hi: number,
  source: ActorMention | undefined,
): ActorMention[] | null {
  if (!source) return null;
  let civ: ActorMention | null = null;
  for (const m of v.mentionAt.values()) {
    if (m.tokenStart <= trigger || m.tokenEnd > hi || m.kind !== 'role' || m.country || m.org) continue;
    if (!m.role || !NON_STATE_ROLES.test(m.role)) continue;
    if (!civ || m.tokenStart < civ.tokenStart) civ = m;
  }
  if (!civ || civ.tokenStart - trigger > 8) return null;
  const place = placeAfter(v, trigger, v.a, hi);
  const country =
    place?.country ?? (source.role && DOMESTIC_COERCERS.test(source.role) ? source.country : null);
  if (!country) return null;
  civ.country = country;
  return [civ];
}
