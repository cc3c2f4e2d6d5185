/** Person mentions: a known person coded by the office held on the article date, with title and adjective. */
import type { Doc } from '../model/document.js';
import { codePerson } from './people.js';
import { type RawItem, has, get, push } from './actor-items.js';

/** [ADJ] [TITLE] PERSON, and PERSON + role noun ("the Biden administration") */
export function assemblePerson(
  doc: Doc,
  items: RawItem[],
  k: number,
  used: Set<number>,
  sentence: number,
  day: string,
): void {
  const it = items[k];
  const personEntry = get(it, 'person')!;
  if (!personEntry.person) return;
  // [ADJ] [TITLE] PERSON
  let start = it.start;
  let ts = it.ts;
  let titleRole: string | null = null;
  let adjCountry: string | null = null;
  for (let b = k - 1; b >= 0 && items[b].te === ts && !used.has(b); b--) {
    const prev = items[b];
    if (has(prev, 'title')) titleRole = get(prev, 'title')!.role;
    else if (has(prev, 'countryAdj') || has(prev, 'country'))
      adjCountry = (get(prev, 'countryAdj') ?? get(prev, 'country'))!.country;
    else break;
    start = prev.start;
    ts = prev.ts;
    used.add(b);
    // drop a mention already emitted for that item
    doc.mentions = doc.mentions.filter((m) => !(m.start === prev.start && m.end === prev.end));
  }
  const pc = codePerson(personEntry.person, day);
  // "the Biden administration", "Netanyahu's government": the person's country with the noun's role
  const after = items[k + 1];
  if (
    after &&
    after.ts === it.te &&
    has(after, 'roleNoun') &&
    !has(after, 'title') &&
    (pc.country || pc.org)
  ) {
    used.add(k + 1);
    push(doc, {
      start,
      end: after.end,
      tokenStart: ts,
      tokenEnd: after.te,
      sentence,
      kind: 'compound',
      country: pc.country ?? adjCountry,
      role: get(after, 'roleNoun')!.role,
      org: pc.org,
      name: doc.text.slice(start, after.end),
      locative: false,
      agentive: true,
    });
    return;
  }
  push(doc, {
    start,
    end: it.end,
    tokenStart: ts,
    tokenEnd: it.te,
    sentence,
    kind: 'person',
    country: pc.country ?? adjCountry,
    role: pc.role ?? (pc.title ? null : titleRole),
    org: pc.org,
    name: personEntry.person.name,
    gender: personEntry.person.gender,
    title: pc.title,
    locative: false,
    agentive: true,
  });
  return;
}
