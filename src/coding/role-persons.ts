/**
 * A role noun followed by a personal name the lexicon does not know ("Taiwan Affairs Office spokesman Chen
 * Binhua", "presiding judge Anna Keller") names one person: the mention is widened over the name and becomes
 * a person coded like the role phrase (country, role, org), so pronouns ("he said"), surname repeats and
 * quote attribution find them. Without a country or organisation in the phrase the person is named, not coded. Titles ("President X") are handled by the compound rules; this covers the
 * lower-case role nouns they do not.
 */
import type { Doc } from '../model/document.js';
import { nameAt } from '../nlp/names.js';

export function addRoleNamedPersons(doc: Doc, genericNouns: ReadonlySet<string>): void {
  const taken = new Set<number>();
  for (const m of doc.mentions) for (let k = m.tokenStart; k < m.tokenEnd; k++) taken.add(k);
  for (const m of doc.mentions) {
    if ((m.kind !== 'compound' && m.kind !== 'role') || m.locative) continue;
    const last = doc.tokens[m.tokenEnd - 1];
    // a singular, lower-case role noun ends the mention: "spokesman", "judge" (not "officials", not a name)
    if (!last || !/^\p{Ll}+$/u.test(last.text) || last.lemma !== last.lower) continue;
    // "No. 2 man Ayman Zawahiri": a noun of sex or age before a name is no role of the person
    if (genericNouns.has(last.lower)) continue;
    const s = doc.sentences[m.sentence];
    const name = nameAt(doc, m.tokenEnd, s.tokenEnd);
    if (!name) continue;
    let free = true;
    for (let k = name.a; k < name.b; k++) if (taken.has(k)) free = false;
    if (!free) continue;
    for (let k = name.a; k < name.b; k++) taken.add(k);
    m.kind = 'person';
    // "spokesman Chen Binhua" with no country of its own stays uncoded (named for quotes and pronouns): a
    // country guessed from the dateline was wrong too often ("vice president Glenn Schleede" of a utility)
    if (m.country === null && m.org === null) m.role = null;
    m.title = last.text;
    m.name = name.text;
    m.gender = null;
    m.tokenEnd = name.b;
    m.end = doc.tokens[name.b - 1].end;
    m.text = doc.text.slice(m.start, m.end);
  }
}
