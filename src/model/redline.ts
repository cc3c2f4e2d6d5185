import type { ActorRef, TextSpan } from './event.js';

/** An actor constraint in a red-line condition: "RUS", "RUS:GOV", "NATO", "WST". */
export type ActorSpec = string;

export type RedLineStatus = 'open' | 'possibly-met' | 'met' | 'withdrawn';

/**
 * A conditional threat turned into a tracked object: "if NATO allows long-range strikes, Russia will respond".
 * Created from a coded event with modality "conditional" (or a threat with a condition).
 */
export interface RedLine {
  /** `${articleId}:${eventId-suffix}` of the event that stated it */
  id: string;
  articleId: string;
  eventId: string;
  /** date the red line was stated */
  date: string;
  holder: ActorRef | null;
  addressees: ActorRef[];
  condition: {
    text: string;
    start: number;
    end: number;
    /** who must act for the condition to be met */
    sources: ActorSpec[];
    /** whom the act must be directed at */
    targets: ActorSpec[];
    /** CAMEO roots / codes of the act ("19", "0332") */
    roots: string[];
    codes: string[];
    /** key terms that must appear in the crossing evidence ("long-range", "missile", "territory") */
    terms: string[];
    /** "unless …", "if … not …": met by an act not happening, which no event shows (never flagged met) */
    negated?: boolean;
    /**
     * other ways to meet the condition, e.g. the kinetic reading of "if NATO backs Ukrainian strikes
     * into Russia": Ukraine (or NATO) striking Russia with the named weapons
     */
    alternatives?: Array<{
      sources: ActorSpec[];
      targets: ActorSpec[];
      roots: string[];
      codes: string[];
      terms: string[];
    }>;
  };
  /** the threatened response */
  response: { text: string; code: string };
  status: RedLineStatus;
  evidence: TextSpan;
}

export interface RedLineCrossing {
  redLineId: string;
  /** the event that meets (or may meet) the condition */
  eventId: string;
  articleId: string;
  date: string;
  lagDays: number;
  status: 'met' | 'possibly-met';
  /** why it matched: which constraints held */
  reason: string;
  evidence: TextSpan;
}

/** CAMEO roots of words, meetings and protests: such an act by the actor is no sign of the act a condition names */
export const VERBAL_ROOTS: ReadonlySet<string> = new Set(['01', '02', '03', '04', '05', '14']);

/** the pattern's act is only words, a meeting or a protest (CAMEO 01–05, 14) */
export function verbalAct(p: { roots: string[]; codes: string[] }): boolean {
  return p.roots.length > 0 && !p.codes.length && p.roots.every((r) => VERBAL_ROOTS.has(r));
}

/**
 * Can later events show this condition pattern met? A pattern whose act was not coded (no roots, no codes)
 * or is only words or protest ("if it continued fighting …" coded 01 was met by any later statement) is
 * recognised only by one of its key terms in an act of one of its actors, so it needs both. The tracker
 * (src/analysis/redlines.ts) and the dashboard's red-lines board share this rule.
 */
export function recognisable(p: {
  sources: ActorSpec[];
  targets: ActorSpec[];
  roots: string[];
  codes: string[];
  terms: string[];
}): boolean {
  if ((p.roots.length || p.codes.length) && !verbalAct(p)) return true;
  return p.terms.length > 0 && (p.sources.length > 0 || p.targets.length > 0);
}
