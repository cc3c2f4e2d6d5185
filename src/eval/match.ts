/** Matching coded events to gold events, by the rules in the gold files' `notes`. */
import type { ActorRef, CodedEvent } from '../model/event.js';
import type { GoldEvent } from './gold.js';
import type { Span } from '../model/document.js';

/** organisation code -> CAMEO known-group code (NATO -> NAT), so gold in either convention matches */
let ORG_ALIASES = new Map<string, string>();
export function setOrgAliases(m: Map<string, string>): void {
  ORG_ALIASES = m;
}

/** "RUS" any Russian actor, "RUS:GOV" with role, "NATO"/"WST" organisations, "*" any actor, "?" anything, null none */
export function actorMatches(spec: string | null, a: ActorRef | null): boolean {
  if (spec === '?') return true;
  if (spec === null) return a === null;
  if (a === null) return false;
  if (spec === '*') return true;
  const [who, role] = spec.split(':');
  const whoOk =
    a.country === who ||
    a.org === who ||
    a.code === who ||
    (who.length > 3 && a.code.startsWith(who)) ||
    (a.org !== null && ORG_ALIASES.get(a.org) === who);
  return whoOk && (!role || a.role === role);
}

export type MatchLevel = 'exact' | 'root' | null;

/**
 * PLOVER type names from earlier drafts of the PLOVER manual, used by older gold data, and the 2021 types
 * they were merged into (DEMAND into REQUEST, DISAPPROVE and INVESTIGATE into ACCUSE, FIGHT into ASSAULT).
 */
export const PLOVER_RENAMES: Record<string, string> = {
  DEMAND: 'REQUEST',
  DISAPPROVE: 'ACCUSE',
  INVESTIGATE: 'ACCUSE',
  FIGHT: 'ASSAULT',
};

export function codeLevel(g: GoldEvent, e: CodedEvent): MatchLevel {
  if (g.codes?.length) {
    if (g.codes.includes(e.code)) return 'exact';
    if (g.codes.some((c) => c.slice(0, 2) === e.root)) return 'root';
    return null;
  }
  if (g.plover?.length)
    return g.plover.some((t) => (PLOVER_RENAMES[t] ?? t) === e.plover.type) ? 'exact' : null;
  return null;
}

export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

export function eventMatches(g: GoldEvent, goldSentence: Span, e: CodedEvent): MatchLevel {
  if (!overlaps(e.evidence, goldSentence)) return null;
  if (!g.sources.some((s) => actorMatches(s, e.source))) return null;
  if (!g.targets.some((t) => actorMatches(t, e.target))) return null;
  return codeLevel(g, e);
}
