/**
 * "Islamist supporters of Egypt's Mohammed Morsi have rallied", "loyalists of the ousted president": the
 * supporters act, not the one they support. They take that one's country, as civilians when it governs and as
 * opposition otherwise (the followers of a party, a deposed leader or a rebel chief), and the supported mention
 * is no subject.
 */
import type { ActorMention, Doc } from '../model/document.js';
import { push } from './actor-items.js';

const SUPPORTERS = new Set([
  'supporters',
  'followers',
  'backers',
  'loyalists',
  'partisans',
  'sympathisers',
  'sympathizers',
  'devotees',
]);

export function addSupporters(doc: Doc): void {
  let byStart: Map<number, ActorMention> | null = null;
  for (let i = 0; i + 2 < doc.tokens.length; i++) {
    const t = doc.tokens[i];
    if (!SUPPORTERS.has(t.lower) || doc.tokens[i + 1].lower !== 'of') continue;
    byStart ??= new Map(doc.mentions.map((m) => [m.tokenStart, m]));
    // "of former President X", "of the ousted president", "of Egypt's X" (the possessor's own mention)
    let j = i + 2;
    while (j < i + 5 && doc.tokens[j] && /^(DET|ADJ)$/.test(doc.tokens[j].pos)) j++;
    let m = byStart.get(j);
    if (m && doc.tokens[m.tokenEnd] && /^['’]s$/.test(doc.tokens[m.tokenEnd].lower))
      m = byStart.get(m.tokenEnd + 1) ?? m;
    if (!m || m.sentence !== t.sentence || !m.country || m.kind === 'pronoun') continue;
    for (const x of doc.mentions)
      if (x.sentence === t.sentence && x.tokenStart >= i + 2 && x.tokenEnd <= m.tokenEnd) x.agentive = false;
    push(doc, {
      start: t.start,
      end: t.end,
      tokenStart: i,
      tokenEnd: i + 1,
      sentence: t.sentence,
      kind: 'compound',
      country: m.country,
      role: m.role === 'GOV' ? 'CVL' : 'OPP',
      org: null,
      name: `${t.lower} of ${m.name}`,
      locative: false,
      agentive: true,
    });
  }
}
