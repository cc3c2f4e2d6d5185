/**
 * Protesters are coded by where they protest, as ACLED ("Protesters (Iran)") and the PLOVER gold do: "students
 * protested in Tehran", "thousands of people blocked streets in Hong Kong". When a protest's subject is a civilian
 * role with no country of its own and the clause names a place with one, the protesters take that country.
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
  const j = subjectEndBefore(v.toks, trigger, lo);
  // the trigger may be the protesters themselves ("Belarusian demonstrators * rallied")
  const own = [...v.mentionAt.values()].find((m) => m.tokenStart <= trigger && trigger < m.tokenEnd);
  if (own && (own.country || own.org)) return [own];
  const subject = own ?? (j >= lo ? mentionEndingAt(v, j) : null);
  if (!subject || subject.kind !== 'role' || subject.country || subject.org) return null;
  if (!subject.role || !NON_STATE_ROLES.test(subject.role)) return null;
  let place: ActorMention | null = null;
  for (const m of v.mentionAt.values()) {
    if (!m.country || m.tokenStart <= trigger || m.tokenStart < lo || m.tokenEnd > hi) continue;
    // "in Tehran", "outside parliament in Budapest"
    const before = v.toks[m.tokenStart - 1];
    const atPlace =
      m.locative || (before && /^(outside|at|near|in|across|through|throughout)$/.test(before.lower));
    if (atPlace && (!place || m.tokenStart < place.tokenStart)) place = m;
  }
  if (!place) return null;
  subject.country = place.country;
  return [subject];
}
