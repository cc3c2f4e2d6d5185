/**
 * Parties and legislatures do not fight: "Liberal Democrat leader Charles Kennedy attacked Mr Brown", "Tory attacks
 * on Trudeau", "Dutch Parliament kills ACTA" are criticism and rejection, not force. A fight code (root 19/20)
 * whose every source is a party (PTY) or a legislature or legislator (LEG) reads as the political act; so does
 * a fight pattern's act only threatened or expected (138x).
 */
import type { ActorMention } from '../model/document.js';

const PARLIAMENTARY = /^(PTY|LEG)$/;
const FIGHT = /^(19|20)/;
const THREATENED = /^138/;
/** verbs that, said of a bill or deal, vote it down */
const VOTE_DOWN = /^(kill|kills|killed|killing|sink|sank|sunk|torpedo|torpedoed|scuttle|scuttled)$/;

/** the code of the political reading of a fight event, or null when it stays one */
export function politicalReading(
  code: string,
  sources: readonly ActorMention[],
  trigger: string,
  patternCode: string,
): string | null {
  // (a fight pattern read as threatened, 138x, too: "Kennedy is expected to attack Mr Blair's words"; a threat pattern
  // keeps its code: "Congress threatened retaliation")
  if (!(FIGHT.test(code) || (THREATENED.test(code) && FIGHT.test(patternCode))) || !sources.length)
    return null;
  if (!sources.every((m) => PARLIAMENTARY.test(m.role ?? ''))) return null;
  // "kills ACTA": rejects it; "attacked Mr Brown", "fighting it": criticises
  return VOTE_DOWN.test(trigger.toLowerCase()) ? '120' : '111';
}
