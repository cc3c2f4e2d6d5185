/**
 * Names used as places before a noun: no actor acts there.
 */
import type { Doc } from '../model/document.js';

/**
 * A capital named before a common noun modifies it as a place ("the Paris, Amsterdam and Lisbon stock exchanges",
 * "a Kabul hotel", "the London gallery"): no government acts there. With a role noun the two make a compound
 * mention ("Moscow police") before this runs; the marking spreads back over a list ("Paris, Amsterdam and").
 */
export function markPlaceModifiers(doc: Doc, blastNouns: Set<string>): void {
  markBlastPlaces(doc, blastNouns);
  markOwnedNamesakes(doc);
  markCompanySeats(doc);
  for (let k = doc.mentions.length - 1; k >= 0; k--) {
    const m = doc.mentions[k];
    if (!m.capital) continue;
    const next = doc.tokens[m.tokenEnd];
    if (!next || next.sentence !== m.sentence || next.pos !== 'NOUN' || !/^\p{Ll}/u.test(next.text)) continue;
    if (/^(today|tonight|yesterday|tomorrow|morning|afternoon|evening|night)$/.test(next.lower)) continue;
    m.locative = true;
    m.agentive = false;
    m.role = null;
    // the list before it: "Paris, Amsterdam and Lisbon"
    let end = m.tokenStart;
    for (let j = k - 1; j >= 0; j--) {
      const p = doc.mentions[j];
      const between = doc.tokens.slice(p.tokenEnd, end).map((t) => t.lower);
      if (!p.capital || !between.length || !between.every((w) => /^(,|and|or)$/.test(w))) break;
      p.locative = true;
      p.agentive = false;
      p.role = null;
      end = p.tokenStart;
    }
  }
}

/** words between a country's name and a blast noun: "Iraq car bombings", "Pakistan suicide blast" */
const BLAST_MODIFIER = /^(suicide|car|truck|twin|double|triple|bomb|market|mosque|church|bus|roadside)$/;

/**
 * A country's name (not its adjective) before a noun of a blast or of unrest is where it happened: "Iraq bombings
 * kill at least 37", "Pakistan blast kills 20", "Iraq violence" (the adjective, "Iraqi bombings", and the name
 * before a strike by a state, "Russia strikes kill 10", stay the agent)
 */
function markBlastPlaces(doc: Doc, blastNouns: Set<string>): void {
  for (const m of doc.mentions) {
    if (m.kind !== 'country' || m.role !== null || !m.agentive) continue;
    // (up to two modifiers between: "Libya deadly car bomb", "Iraq twin suicide blasts")
    let j = m.tokenEnd;
    for (; j < m.tokenEnd + 2; j++) {
      const w = doc.tokens[j];
      if (!w || w.sentence !== m.sentence || !(BLAST_MODIFIER.test(w.lower) || w.pos === 'ADJ')) break;
    }
    const t = doc.tokens[j];
    if (!t || t.sentence !== m.sentence || t.pos === 'VERB' || !blastNouns.has(t.lower)) continue;
    m.locative = true;
    m.agentive = false;
  }
}

/**
 * A capital's name owned by another country is that country's town of the same name: "Lebanon's Tripoli" is no
 * Libyan government, "Georgia's Atlanta"... a place of the owner (a country's own capital, "Russia's Moscow", is
 * left as it is).
 */
function markOwnedNamesakes(doc: Doc): void {
  for (let k = 1; k < doc.mentions.length; k++) {
    const m = doc.mentions[k];
    if (!m.capital) continue;
    const owner = doc.mentions[k - 1];
    const s = doc.tokens[m.tokenStart - 1];
    if (!s || !/^['’]s?$/.test(s.lower) || owner.tokenEnd !== m.tokenStart - 1 || owner.kind !== 'country')
      continue;
    if (!owner.country || owner.country === m.country) continue;
    m.country = owner.country;
    m.capital = false;
    m.place = true;
    m.role = null;
    // ("in Lebanon's Tripoli": a place the preposition governs)
    if (owner.locative) {
      m.locative = true;
      m.agentive = false;
    }
  }
}

/** the last word of a company's name ("<Nakamichi Corp>", "Hoechst AG") */
const COMPANY_END = /^(>|corp|corporation|inc|co|ltd|plc|ag|sa|nv|bv|gmbh|spa|bhd|group|holdings)\.?$/;

/**
 * A capital in commas right after a company's name is its seat ("<Kerdix Inc>, Boulder, Colorado, and <Nakamichi
 * Corp>, Tokyo, have agreed to pool their research"): no government acts there.
 */
function markCompanySeats(doc: Doc): void {
  for (const m of doc.mentions) {
    if (!m.capital || m.tokenStart < 3) continue;
    // (", of London,": "<The Daily Telegraph PLC>, of London, agreed")
    const k = doc.tokens[m.tokenStart - 1].lower === 'of' ? m.tokenStart - 2 : m.tokenStart - 1;
    if (doc.tokens[k].text !== ',' || !COMPANY_END.test(doc.tokens[k - 1].lower)) continue;
    m.locative = true;
    m.agentive = false;
    m.role = null;
  }
}
