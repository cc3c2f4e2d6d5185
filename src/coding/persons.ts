/** Person mentions: a known person coded by the office held on the article date, with title and adjective. */
import type { Doc } from '../model/document.js';
import { codePerson, codeTenure, tenureOn, type PersonCoding } from './people.js';
import { pastBefore, presentTitleItem, titledTenures } from './office-dates.js';
import { MONTH, WEEKDAY } from './time-words.js';
import type { PersonEntry, Tenure } from '../lexicon/schema.js';
import { type RawItem, firstNameable, has, get, push } from './actor-items.js';

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
  // two people share the surface ("Bush"): the one in office on the article date, else the first listed
  const people = it.entries.filter((e) => e.kind === 'person' && e.person);
  const personEntry = people.find((e) => tenureOn(e.person!, day)) ?? get(it, 'person')!;
  if (!personEntry.person) return;
  if (
    namesakeBefore(doc, items, k, personEntry.person) ||
    nameGoesOn(doc, items, k, personEntry.person) ||
    otherCalling(items, k, personEntry.person)
  )
    return;
  // [ADJ] [TITLE] PERSON
  let start = it.start;
  let ts = it.ts;
  let titleRole: string | null = null;
  let adjCountry: string | null = null;
  let office: string | null = null;
  for (let b = k - 1; b >= 0 && items[b].te === ts && !used.has(b); b--) {
    const prev = items[b];
    const org = get(prev, 'org');
    if (has(prev, 'title')) titleRole = get(prev, 'title')!.role;
    else if (has(prev, 'countryAdj') || has(prev, 'country'))
      adjCountry = (get(prev, 'countryAdj') ?? get(prev, 'country'))!.country;
    // "UN High Commissioner for Refugees Ruud Lubbers": an office named as a body before the person
    else if (org?.org && org.role === 'IGO' && b === k - 1) office = org.org;
    else break;
    start = prev.start;
    ts = prev.ts;
    used.add(b);
    // drop a mention already emitted for that item
    doc.mentions = doc.mentions.filter((m) => !(m.start === prev.start && m.end === prev.end));
  }
  const pc = officeOf(personEntry.person, office) ?? codeTitled(doc, items, k, personEntry.person, day);
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

/**
 * The person's office on the article date; out of office, the office a present title names ("President
 * Michel Suleiman" in a text dated after his term, or misdated): the text's own title is the better evidence
 * (wire style writes "former President" for one out of office, and a past event by a then-president is that
 * government's act). The latest tenure whose title has the words of the text's title wins; a title no listed
 * tenure has is the office all the same (`titleOffice`: the lexicon's lists are incomplete); a bare rank ("General
 * David Petraeus") names no particular tenure and keeps the person's default coding; a past title ("former",
 * "ousted") makes the person a former official whatever the day.
 */
function codeTitled(doc: Doc, items: RawItem[], k: number, person: PersonEntry, day: string): PersonCoding {
  // "Ousted President Askar Akayev", "former Prime Minister X": the text says the office is no longer held
  const title = items[k - 1];
  if (title?.te === items[k].ts && (get(title, 'title')?.role === 'ELI' || pastBefore(doc, title.ts)))
    return { country: person.country, org: null, role: 'ELI', title: null };
  if (tenureOn(person, day)) return codePerson(person, day);
  const titled = titledTenures(doc, items, k);
  // "Business Secretary Grant Shapps": a capitalised word before the title that is no country or organisation
  // makes the title longer than the one matched ("Secretary"): an office the lexicon may not list
  const before = title && doc.tokens[title.ts - 1];
  const owner = title && items.find((x) => x.te === title.ts);
  if (before && /^\p{Lu}/u.test(before.text) && !(owner && firstNameable(owner)))
    return titleOffice(doc, items, k, person) ?? codePerson(person, day);
  const named = titled?.byTitle ? titled.tenures.filter((t) => person.tenures.includes(t)) : [];
  if (!named.length) return titleOffice(doc, items, k, person) ?? codePerson(person, day);
  return codeTenure(person, latest(named));
}

/** the latest of some tenures */
const latest = (ts: Tenure[]): Tenure => ts.reduce((a, b) => (b.start > a.start ? b : a));

/** the person's latest tenure in the international body named right before the name, else null */
function officeOf(person: PersonEntry, org: string | null): PersonCoding | null {
  const ts = org ? person.tenures.filter((t) => t.org === org) : [];
  return ts.length ? codeTenure(person, latest(ts)) : null;
}

/** roles a bare role noun before a name does not give it ("leader X", "No. 2 man X") */
const CALLING_NOUN_SKIP = /^(GOV|CVL|IGO)$/;

/** titles of rank that name no office ("General David Petraeus" keeps the person's own coding) */
const RANK_TITLE =
  /^(general|gen\.?|admiral|adm\.?|colonel|col\.?|major|captain|capt\.?|lieutenant|marshal|brigadier)$/i;

/**
 * "Belgian Finance Minister Mark Eyskens", "opposition leader Constantine Mitsotakis" on a day no listed tenure
 * covers: the lexicon's list of offices is incomplete, the text's present title is the office held then (the
 * title's role with the person's country)
 */
function titleOffice(doc: Doc, items: RawItem[], k: number, person: PersonEntry): PersonCoding | null {
  const t = presentTitleItem(doc, items, k, true);
  if (!t || RANK_TITLE.test(doc.text.slice(t.start, t.end))) return null;
  // a title names the office ("Finance Minister"); a bare role noun only a calling other than government
  // ("opposition leader", "real estate developer"; "rebel Shi'ite leader" is no government)
  const title = get(t, 'title');
  const e = title ?? get(t, 'roleNoun');
  if (!e?.role || (!title && CALLING_NOUN_SKIP.test(e.role))) return null;
  // "UN High Commissioner for Refugees Ruud Lubbers": an international office is the person's own one
  if (e.role === 'IGO') {
    const igo = person.tenures.filter((x) => x.role === 'IGO');
    return igo.length ? codeTenure(person, latest(igo)) : null;
  }
  return { country: person.country, org: null, role: e.role, title: e.surface };
}

const HONORIFIC =
  /^(Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lady|Lord|Prof|Gen|Col|Capt|Sen|Rep|Gov|President|Minister)\.?$/;

/**
 * "Mark Thatcher" where the lexicon matched only the surname of Margaret Thatcher: a capitalised first name
 * right before the surname that is none of the known person's names makes it a namesake, not that person
 */
function namesakeBefore(doc: Doc, items: RawItem[], k: number, person: PersonEntry): boolean {
  const it = items[k];
  if (it.te - it.ts !== 1) return false; // a full name ("John Kerry") is that person's
  const prev = doc.tokens[it.ts - 1];
  if (!prev || prev.sentence !== doc.tokens[it.ts].sentence || prev.end !== doc.tokens[it.ts].start - 1)
    return false;
  if (prev.pos !== 'PROPN' || !/^\p{Lu}\p{Ll}+$/u.test(prev.text) || HONORIFIC.test(prev.text)) return false;
  if (items.some((x) => x.te === it.ts)) return false; // a title, country or org item ends there
  return !personNameWords(person).has(prev.lower);
}

/** roles of callings outside politics and force: a title of one names a namesake of a politician */
const CIVIL_TITLE_ROLES = /^(JUD|BUS|EDU|MED|HLH|REL|LAB|AGR|ENV|HRI|NGO|REF|CVL)$/;

/**
 * "Judge Johnson", "Professor Blair": a surname after the title of a calling the person never held (no office
 * and no default role of that kind) is someone else's
 */
function otherCalling(items: RawItem[], k: number, person: PersonEntry): boolean {
  const it = items[k];
  if (it.te - it.ts !== 1) return false;
  const title = items.find((x) => x.te === it.ts && has(x, 'title'));
  const role = title ? get(title, 'title')!.role : null;
  if (!role || !CIVIL_TITLE_ROLES.test(role)) return false;
  return person.defaultRole !== role && !person.tenures.some((t) => t.role === role);
}

/**
 * "Howard Harlow, analyst at ...", "Trump Tower", "Blair House": a lone surname followed by a capitalised word
 * that is none of the person's names, no item and no date is part of another name. Not in title-case headlines
 * ("Putin Warns West"), where every word is capitalised.
 */
function nameGoesOn(doc: Doc, items: RawItem[], k: number, person: PersonEntry): boolean {
  const it = items[k];
  if (it.te - it.ts !== 1) return false;
  const t = doc.tokens[it.ts];
  const next = doc.tokens[it.te];
  if (!next || next.sentence !== t.sentence || next.start !== t.end + 1) return false;
  if (!/^\p{Lu}\p{Ll}+$/u.test(next.text) || !/^(PROPN|NOUN)$/.test(next.pos)) return false;
  if (items.some((x) => x.ts === it.te) || WEEKDAY.test(next.lower) || MONTH.test(next.lower)) return false;
  if (personNameWords(person).has(next.lower)) return false;
  const s = doc.sentences[t.sentence];
  let words = 0;
  let caps = 0;
  for (let i = s.tokenStart; i < s.tokenEnd; i++) {
    const w = doc.tokens[i].text;
    if (!/^\p{L}/u.test(w)) continue;
    words++;
    if (/^\p{Lu}/u.test(w)) caps++;
  }
  return caps < 0.6 * words;
}

/** the lower-case words of a person's name and aliases ("mohammad", "reza", "gharaei", "ashtiani") */
/** the first word of a person's canonical name, lower case ("omar" for Omar al-Bashir) */
export function firstNameOf(person: PersonEntry | undefined): string {
  return person ? person.name.toLowerCase().split(/[\s-]+/)[0] : '';
}

export function personNameWords(person: PersonEntry | undefined): Set<string> {
  if (!person) return new Set();
  const words = new Set([person.name, ...person.aliases].flatMap((n) => n.toLowerCase().split(/[\s-]+/)));
  // the Arabic article is spelled al- or el- ("Omar Hassan al-Bashir", "Omar El Bashir")
  if (words.has('al')) words.add('el');
  else if (words.has('el')) words.add('al');
  return words;
}
