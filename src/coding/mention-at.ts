/** Small questions about actor mentions in a sentence view, shared by the source, target and passive rules. */
import type { ActorMention } from '../model/document.js';
import type { SentenceView } from './match.js';

/** a mention with a country or an organisation (an actor code can be built) */
export function codable(m: ActorMention): boolean {
  return m.country !== null || m.org !== null;
}

/** the mention whose last token is j, if any */
export function mentionEndingAt(v: SentenceView, j: number): ActorMention | null {
  for (const m of v.mentionAt.values()) if (m.tokenEnd - 1 === j) return m;
  return null;
}
