/** What the coref modules share: which mentions are groups a pronoun may name, and which are coded. */
import type { ActorMention } from '../model/document.js';

/** mention kinds "it"/"they" may name */
export const GROUP_KINDS = new Set(['country', 'org', 'compound', 'metonym']);

/** the mention has a country or an organisation */
export function codable(m: ActorMention): boolean {
  return m.country !== null || m.org !== null;
}
