/**
 * A known person named by surname alone in a story about another country is most likely a namesake: "Mr Howard"
 * in a 2005 British election story is Michael Howard, not Australia's John Howard, and "Brown" in an American
 * one is no British prime minister. When the article calls the person "Mr/Mrs/Ms/Dr X", never names the person's
 * own country (no country, capital, adjective or compound of it), names another country at least twice, and never
 * gives the person a first name or title, the lone-surname mentions lose their coding: they stay a person, of no
 * known country.
 */
import type { Doc } from '../model/document.js';

export function uncodeForeignSurnames(doc: Doc): void {
  const lone = doc.mentions.filter(
    (m) => m.kind === 'person' && m.country && m.name && /\s/.test(m.name) && !/\s/.test(m.text.trim()),
  );
  if (!lone.length) return;
  // only a surname the article gives an honorific ("Mr Howard"): wire copy names the famous by surname alone
  // ("Shultz said ...") in stories that never name their country
  const honoured = new Set(
    lone
      .filter((m) => /^(mr|mrs|ms|miss|dr)\.?$/.test(doc.tokens[m.tokenStart - 1]?.lower ?? ''))
      .map((m) => m.name),
  );
  const named = new Map<string, number>();
  for (const m of doc.mentions)
    if (m.country && m.kind !== 'person' && m.kind !== 'pronoun')
      named.set(m.country, (named.get(m.country) ?? 0) + 1);
  // the same person with a first name or a title somewhere in the article vouches for the surname
  const introduced = new Set(
    doc.mentions.filter((m) => m.kind === 'person' && /\s/.test(m.text.trim())).map((m) => m.name),
  );
  for (const m of lone) {
    if (!honoured.has(m.name) || introduced.has(m.name) || named.has(m.country!)) continue;
    const other = [...named].some(([c, n]) => c !== m.country && n >= 2);
    if (!other) continue;
    m.country = null;
    m.role = null;
    m.org = null;
    m.name = m.text.trim();
    m.title = null;
  }
}
