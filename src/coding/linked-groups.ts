/**
 * A group with no country of its own tied to an actor by a participle ("hackers linked to Russia's military
 * intelligence", "gunmen loyal to the warlord", "militants affiliated with al-Qaeda") acts as that actor: news names
 * the sponsor so, and attributes the act to it. "Backed by" is left out: an Iran-backed militia is itself.
 */
import type { Doc } from '../model/document.js';

const LINKED = /^(linked|tied|affiliated|allied|loyal|attached|connected)$/;
const LINK_PREP = /^(to|with)$/;

export function placeLinkedGroups(doc: Doc): void {
  for (const m of doc.mentions) {
    if (m.kind !== 'role' || m.country || m.org || !m.role) continue;
    let k = m.tokenEnd;
    if (!LINKED.test(doc.tokens[k]?.lower ?? '')) continue;
    if (doc.tokens[k + 1]?.pos === 'ADV') k++;
    if (!LINK_PREP.test(doc.tokens[k + 1]?.lower ?? '')) continue;
    // (rare: a lookup only here, no index of every document's mentions)
    const owner = doc.mentions.find((x) => x.tokenStart === k + 2);
    if (!owner || owner.sentence !== m.sentence || owner.kind === 'pronoun' || (!owner.country && !owner.org))
      continue;
    m.country = owner.country;
    m.org = owner.org;
    if (owner.role) m.role = owner.role;
  }
}
