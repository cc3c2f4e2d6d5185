/**
 * Forces sent to a country are no threat to it by the words alone. A future or conditional show of force (15) is
 * read as a threat of force (138) against its target ("will mass troops on the border", "plans to deploy missiles
 * against"), but when the target is where the forces go ("to send troops to Mali", "will deploy troops in Estonia",
 * "considering sending troops to Ukraine") the sender is stationing, reinforcing or helping there as often as not:
 * the act stays the deployment (154, future or conditional). Forces sent "into" a country keep the threat, and
 * alliances are not consulted: a destination is no threatened side whoever sends the forces.
 */
import type { ActorMention } from '../model/document.js';
import type { SentenceView } from './match.js';

/** prepositions that name where forces are sent or stationed */
const DESTINATION = /^(to|in)$/;
/** what may open the destination's noun phrase ("to the country", "to neighbouring Chad") */
const DESTINATION_OPENER = /^(the|neighbouring|neighboring|nearby)$/;

/**
 * the act (matched up to token `end`, exclusive) is a show of force whose target is the country its forces are sent
 * to: the target's country is that of the mention after "to|in" right after the forces, or the target is a compound
 * that holds the destination itself ("deploy troops in Belarus" reads "troops in Belarus" as Belarus's troops)
 */
export function deployedToTarget(
  v: SentenceView,
  code: string,
  end: number,
  targets: ActorMention[] | null,
): boolean {
  const target = targets?.[0];
  if (!target || !code.startsWith('15') || target.place || !target.country) return false;
  if (!DESTINATION.test(v.toks[end]?.lower ?? '')) return false;
  if (target.tokenStart < end && target.tokenEnd > end) return true;
  let k = end + 1;
  while (k < v.b && DESTINATION_OPENER.test(v.toks[k].lower)) k++;
  return v.mentionAt.get(k)?.country === target.country;
}
