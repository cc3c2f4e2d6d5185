/**
 * A known person named by surname alone in a story about another country is most likely a namesake: "Mr Howard"
 * in a 2005 British election story is Michael Howard, not Australia's John Howard, and "Brown" in an American
 * one is no British prime minister. When the article calls the person "Mr/Mrs/Ms/Dr X", never names the person's
 * own country (no country, capital, adjective or compound of it), names another country at least twice, and never
 * gives the person a first name or title, the lone-surname mentions lose their coding: they stay a person, of no
 * known country.
 */
import type { ActorMention, Doc } from '../model/document.js';
import { titleCaseSpan } from '../nlp/title-case.js';
import { NAME_PARTICLE } from '../nlp/names.js';
import { ScratchArray } from '../util/scratch-array.js';
const CODED = new ScratchArray(Uint8Array);

/** the mention keeps its words but names no known person: a person of no known country */
function uncode(m: ActorMention): void {
  m.country = null;
  m.role = null;
  m.org = null;
  m.name = m.text.trim();
  m.title = null;
}

const HONORIFIC =
  /^(mr|mrs|ms|miss|dr|sir|dame|lord|lady|sen|rep|gen|col|capt|adm|gov|rev|prof|sheikh|king|queen|prince|princess)\.?$/;

/**
 * A known person's surname right after a capitalised given name that is not the person's own is someone else:
 * "Stan Lieberman, born in 1922 to poor immigrants" is no Avigdor Lieberman, and nor is the "Lieberman" of the
 * same story later. Unless the article also names the known person in full, every lone-surname mention of that
 * person loses its coding. A title before the surname ("President", "Mr", "Foreign Minister") is no given name.
 */
export function uncodeOtherBearers(doc: Doc, isTitle: (lower: string) => boolean): void {
  const lone = doc.mentions.filter(
    (m) => m.kind === 'person' && m.country && m.name && /\s/.test(m.name) && !/\s/.test(m.text.trim()),
  );
  if (!lone.length) return;
  // a coded mention before the surname is a title or a name of its own ("Foreign Minister", "Israel")
  // (a mention over both words is a namesake's full name, "Foreign Minister Arben Hoxha": the word before the
  // surname is its given name, so only tokens of mentions ending before the surname count)
  const coded = CODED.take(doc.tokens.length);
  for (const m of doc.mentions)
    if ((m.country || m.org || m.role) && !(m.kind === 'person' && bySurnameEnd(doc, m, lone)))
      coded.fill(1, m.tokenStart, m.tokenEnd);
  const bySurname = new Map(lone.map((m) => [m.text.trim(), m.name!]));
  const others = new Set<string>();
  for (const t of doc.tokens) {
    const name = bySurname.get(t.text);
    const p = doc.tokens[t.i - 1];
    if (!name || !p || p.sentence !== t.sentence || coded[p.i] || p.pos !== 'PROPN') continue;
    // title case and a sentence's first word ("Yesterday Putin said") say nothing of a given name
    const s = doc.sentences[t.sentence];
    if (p.i === s.tokenStart || s.headline || titleCaseSpan(doc.tokens, s.tokenStart, s.tokenEnd)) continue;
    if (!/^\p{Lu}\p{Ll}+$/u.test(p.text) || HONORIFIC.test(p.lower) || isTitle(p.lower)) continue;
    // a particle is part of the surname ("Omar El Bashir", "Herman Van Rompuy"), no given name
    if (NAME_PARTICLE.test(p.lower)) continue;
    if (!name.split(/\s+/).includes(p.text)) others.add(name);
  }
  if (!others.size) return;
  const inFull = new Set(
    doc.mentions.filter((m) => m.kind === 'person' && /\s/.test(m.text.trim())).map((m) => m.name),
  );
  for (const m of lone) if (others.has(m.name!) && !inFull.has(m.name)) uncode(m);
}

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
    uncode(m);
  }
}

/** a person mention other than the lone surnames that ends in one of their surnames ("Arben Hoxha") */
function bySurnameEnd(doc: Doc, m: ActorMention, lone: ActorMention[]): boolean {
  if (lone.includes(m) || m.tokenEnd - m.tokenStart < 2) return false;
  const last = doc.tokens[m.tokenEnd - 1].text;
  return lone.some((l) => l.text.trim() === last);
}

/**
 * A surname alone after the article named someone of that surname in full is that person: "Corporate Affairs
 * Minister Michael Howard said ... Howard denied" is Michael Howard throughout, not the John Howard a lone
 * "Howard" would match, and the "Hoxha" after "Foreign Minister Arben Hoxha" is him; the full mention's coding
 * (from its title) is the surname's. The latest earlier full name wins.
 */
export function followFullNames(doc: Doc): void {
  const full = new Map<string, ActorMention>();
  for (const m of doc.mentions) {
    if (m.kind !== 'person') continue;
    const span = m.tokenEnd - m.tokenStart;
    const last = doc.tokens[m.tokenEnd - 1].text;
    if (span === 1) {
      // (the same person too: "Finance Minister Kiichi Miyazawa ... Miyazawa said" is the minister the title named,
      // whatever offices the lexicon lists)
      const f = full.get(last);
      if (f) {
        m.country = f.country;
        m.role = f.role;
        m.org = f.org;
        m.name = f.name;
      }
    } else if (m.name && m.name.split(/\s+/).length > 1) full.set(last, m);
  }
}
