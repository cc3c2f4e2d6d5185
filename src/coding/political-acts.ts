/**
 * Parties and legislatures do not fight: "Liberal Democrat leader Charles Kennedy attacked Mr Brown", "Tory attacks
 * on Trudeau", "Dutch Parliament kills ACTA" are criticism and rejection, not force. A fight code (root 19/20)
 * whose every source is a party (PTY) or a legislature or legislator (LEG) reads as the political act, as does a
 * government's against its own country's parties ("Blair launched an attack on the Tories"); so does a fight
 * pattern's act only threatened or expected (138x), and a clash between a country's own office-holders ("the UK's top
 * judge has clashed with ministers").
 */
import type { ActorMention, Token } from '../model/document.js';

const PARLIAMENTARY = /^(PTY|LEG)$/;
/** a state's leaders, and the parties, legislators and opposition they attack in words */
const STATE = /^(GOV|ELI)$/;
const PARTISAN = /^(PTY|LEG|OPP)$/;
/** the fight words a politician's words are said with ("attacked", "fighting the Tories") */
const WORDS_OF_ATTACK = /^(attack|attacks|attacked|attacking|fight|fights|fought|fighting|assault|assailed)$/;
const FIGHT = /^(19|20)/;
/** a clash's words, and the office-holders who clash only in words with their own country's */
const CLASH = /^(clash|clashes|clashed|clashing)$/;
const OFFICIAL = /^(GOV|ELI|LEG|JUD|PTY|OPP)$/;
const THREATENED = /^138/;
/** verbs that, said of a bill or deal, vote it down */
const VOTE_DOWN = /^(kill|kills|killed|killing|sink|sank|sunk|torpedo|torpedoed|scuttle|scuttled)$/;

/** the code of the political reading of a fight event, or null when it stays one */
export function politicalReading(
  code: string,
  sources: readonly ActorMention[],
  patternCode: string,
  targets: readonly ActorMention[] | null,
  /** the matched words, trigger first ("launched an attack on") */
  words: readonly Token[],
): string | null {
  // (a fight pattern read as threatened, 138x, too: "Kennedy is expected to attack Mr Blair's words"; a threat pattern
  // keeps its code: "Congress threatened retaliation")
  if (!(FIGHT.test(code) || (THREATENED.test(code) && FIGHT.test(patternCode))) || !sources.length)
    return null;
  // (so is a government's "attack" on its own country's parties: "Blair launched an attack on the Tories")
  const home = sources[0].country;
  const onParties =
    words.some((w) => WORDS_OF_ATTACK.test(w.lower)) &&
    !!targets?.length &&
    sources.every((m) => STATE.test(m.role ?? '') && m.country === home) &&
    targets.every((m) => PARTISAN.test(m.role ?? '') && m.country === home);
  // ("The UK's top judge has clashed with ministers": a country's office-holders clash in words)
  const officialsClash =
    words.some((w) => CLASH.test(w.lower)) &&
    !!targets?.length &&
    [...sources, ...targets].every((m) => OFFICIAL.test(m.role ?? '') && m.country === home);
  if (officialsClash) return '111';
  if (!onParties && !sources.every((m) => PARLIAMENTARY.test(m.role ?? ''))) return null;
  // "kills ACTA": rejects it; "attacked Mr Brown", "fighting it": criticises
  return VOTE_DOWN.test(words[0].lower) ? '120' : '111';
}
