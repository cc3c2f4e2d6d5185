/**
 * What the coref modules share: which mentions are groups a pronoun may name, which are coded, which read as a
 * clause's subject, and where the quote a speaker pronoun follows opens.
 */
import type { ActorMention, Doc } from '../model/document.js';

/** mention kinds "it"/"they" may name */
export const GROUP_KINDS = new Set(['country', 'org', 'compound', 'metonym']);

/** the mention has a country or an organisation */
export function codable(m: ActorMention): boolean {
  return m.country !== null || m.org !== null;
}

const CLOSING_QUOTE = /^(["”]|'')$/;
const OPENING_QUOTE = /^(["“]|``)$/;

/**
 * '"Putin lied to us," he said': a pronoun right after a closing quotation mark and before a verb is the quote's
 * speaker, who is never named inside the quote. The token index of the quote's opening mark, else -1.
 */
export function quoteOpenBefore(doc: Doc, m: ActorMention): number {
  const close = m.tokenStart - 1;
  const t = doc.tokens[close];
  if (
    !t ||
    t.sentence !== m.sentence ||
    !CLOSING_QUOTE.test(t.text) ||
    doc.tokens[m.tokenEnd]?.pos !== 'VERB'
  )
    return -1;
  const lo = doc.sentences[Math.max(0, m.sentence - 8)].tokenStart;
  for (let k = close - 1; k >= lo; k--) if (OPENING_QUOTE.test(doc.tokens[k].text)) return k;
  return -1;
}

/** a mention that starts its sentence or is directly followed by its verb or an apposition comma */
export function isSubjectLike(doc: Doc, m: ActorMention): boolean {
  const s = doc.sentences[m.sentence];
  if (m.tokenStart <= s.tokenStart + 1) return true;
  const next = doc.tokens[m.tokenEnd];
  const prev = doc.tokens[m.tokenStart - 1];
  if (prev && (prev.pos === 'VERB' || prev.pos === 'ADP')) return false; // an object
  return !!next && (next.pos === 'VERB' || next.pos === 'AUX' || next.text === ',') && !m.prep;
}
