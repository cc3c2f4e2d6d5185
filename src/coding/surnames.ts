/**
 * Later mentions of a person by surname alone: "Prime Minister Albin Kurti met ... Kurti accused Serbia". A person
 * introduced with a title or from the lexicon under a two- or three-word name lends its coding to later tokens that
 * repeat its last name (a proper noun not already inside a mention), as a news reader would read them.
 */
import type { ActorMention, Doc } from '../model/document.js';
import { push } from './actor-items.js';
import { ScratchArray } from '../util/scratch-array.js';
const COVERED = new ScratchArray(Uint8Array);
/** countries whose people's names put the family name first */
const FAMILY_FIRST = new Set(['CHN', 'TWN', 'HKG', 'MAC', 'KOR', 'PRK']);

export function addSurnameMentions(doc: Doc): void {
  const persons = doc.mentions.filter((m) => m.kind === 'person' && m.name && /\s/.test(m.name));
  if (!persons.length) return;
  const covered = COVERED.take(doc.tokens.length);
  for (const m of doc.mentions) covered.fill(1, m.tokenStart, m.tokenEnd);
  // surname -> the person it names; a surname shared by two different people is ambiguous and dropped
  const bySurname = new Map<string, ActorMention | null>();
  for (const p of persons) {
    // the last word, before a generational suffix ("Romeo Brawner Jr." -> Brawner)
    const words = p.name.trim().split(/\s+/);
    while (words.length > 1 && /^(Jr\.?|Sr\.?|II|III|IV)$/.test(words[words.length - 1])) words.pop();
    // Chinese and Korean names put the family name first ("Wang Yi" -> Wang, "Yoon Suk Yeol" -> Yoon); their last
    // word stays a key too (it covers "Jinping" after a mention that stopped at "President Xi")
    const keys = [words[words.length - 1]];
    if (p.country && FAMILY_FIRST.has(p.country) && words.length <= 3) keys.push(words[0]);
    for (const key of keys) {
      if (!/^\p{Lu}\p{Ll}/u.test(key)) continue;
      const prior = bySurname.get(key);
      bySurname.set(key, prior === undefined || prior?.name === p.name ? (prior ?? p) : null);
    }
  }
  for (const t of doc.tokens) {
    if (covered[t.i] || t.pos !== 'PROPN') continue;
    const p = bySurname.get(t.text);
    if (!p || p.start >= t.start) continue;
    // "Kurti Street", "Kurti-led": part of another name or a modifier
    const next = doc.tokens[t.i + 1];
    if (next && next.sentence === t.sentence && (next.pos === 'PROPN' || next.text === '-')) continue;
    push(doc, {
      start: t.start,
      end: t.end,
      tokenStart: t.i,
      tokenEnd: t.i + 1,
      sentence: t.sentence,
      kind: 'person',
      country: p.country,
      role: p.role,
      org: p.org,
      name: p.name,
      gender: p.gender,
      title: p.title,
      locative: false,
      agentive: true,
    });
  }
}
