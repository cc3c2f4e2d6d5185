/**
 * TITLE + a capitalised name the lexicon does not know ("President Michel Suleiman", "Kosovo Prime Minister
 * Dardan Veliqi"): a person coded by the title's role, with the country or organisation named right before the
 * title ("Iran's Deputy Defence Minister X", "Arab League Secretary-General X"). Names take particles and
 * hyphenated pieces ("Richard von Weizsaecker", "Rafik al-Hariri"). Not a person: a company ("General Electric
 * Co"), or a known person whose first name this is ("General Abdourahamane Tiani" where the lexicon matched
 * "Tiani"); a known surname after another first name is a namesake and joins the unknown name ("Judge Charles
 * Harris" is not Kamala Harris).
 */
import type { Doc } from '../model/document.js';
import { type RawItem, has, get, push, RANK } from './actor-items.js';
import { firstNameOf, personNameWords } from './persons.js';
import { INSTITUTION, NAME_PARTICLE } from '../nlp/names.js';
import { dropMentionOf } from './name-runs.js';

/** the end of the name after the title at items[k], or its start when none follows */
function nameEnd(doc: Doc, items: RawItem[], from: number, sentEnd: number): number {
  const capital = (i: number) =>
    i < sentEnd && doc.tokens[i].pos === 'PROPN' && /^[A-Z]/.test(doc.tokens[i].text);
  // a hyphen touching both neighbours glues name pieces ("Rafik al-Hariri")
  const glue = (i: number) =>
    i + 1 < sentEnd &&
    doc.tokens[i].text === '-' &&
    doc.tokens[i].start === doc.tokens[i - 1].end &&
    doc.tokens[i + 1].start === doc.tokens[i].end;
  const particle = (i: number) => NAME_PARTICLE.test(doc.tokens[i].lower);
  // a one-word title after a name word and before no other name is that name's surname ("Defence Secretary
  // Tom King has promised", "Carole King"), not a second title
  const surnameTitle = (i: number) =>
    i > from &&
    capital(i) &&
    !capital(i + 1) &&
    items.some((x) => x.ts === i && x.te === i + 1 && has(x, 'title'));
  let te = from;
  while (te < sentEnd && te - from < 5) {
    if (items.some((x) => x.ts === te)) {
      if (surnameTitle(te)) te++;
      break;
    }
    if (capital(te)) te++;
    else if (te > from && glue(te) && capital(te + 1)) te += 2;
    else if (te > from && particle(te) && capital(te + 1)) te += 2;
    else if (te > from && particle(te) && glue(te + 1) && capital(te + 2)) te += 3;
    else break;
  }
  return te;
}

/**
 * Handles the title item items[k]: true when it is settled here (a person pushed, or the title belongs to a
 * company or to a known person), false when no name follows and the caller goes on with the item.
 */
export function assembleTitledName(
  doc: Doc,
  items: RawItem[],
  k: number,
  used: Set<number>,
  sentence: number,
  sentEnd: number,
): boolean {
  const it = items[k];
  const title = get(it, 'title')!;
  let te = nameEnd(doc, items, it.te, sentEnd);
  const firm = (i: number) => i < sentEnd && INSTITUTION.test(doc.tokens[i].text);
  let company = firm(te);
  for (let i = it.te; i < te; i++) company ||= firm(i);
  if (company) return true;
  const ki = items.findIndex((x) => x.ts === te && has(x, 'person'));
  if (te > it.te && ki >= 0) {
    const words = personNameWords(get(items[ki], 'person')!.person);
    // every word is one of the person's, or the first is their first name and the rest are particles or middle
    // names the lexicon lacks ("President Omar Hassan Ahmad al-Bashir"); another first name is a namesake
    let own = true;
    for (let i = it.te; i < te; i++) own &&= words.has(doc.tokens[i].lower);
    own ||= firstNameOf(get(items[ki], 'person')!.person) === doc.tokens[it.te].lower;
    if (own) return true;
    used.add(ki);
    te = items[ki].te;
  }
  if (te === it.te) return false;
  // items the name took in (a title read as a surname) are settled with it
  items.forEach((x, i) => {
    if (i !== k && x.ts >= it.te && x.te <= te) used.add(i);
  });

  let country: string | null = null;
  let org: string | null = null;
  let role = title.role;
  let start = it.start;
  let ts = it.ts;
  let b = k - 1;
  let prev = items[b];
  // a rank word the lexicon matched as a title of its own ("Deputy" + "Defence Minister") is part of it
  if (
    prev &&
    prev.te === ts &&
    !used.has(b) &&
    prev.te - prev.ts === 1 &&
    has(prev, 'title') &&
    RANK.test(doc.tokens[prev.ts].lower)
  ) {
    used.add(b);
    dropMentionOf(doc, prev);
    start = prev.start;
    ts = prev.ts;
    prev = items[--b];
  }
  // "Indonesia's Mining and Energy Minister X", "Britain's Trade and Industry Secretary X": the portfolios the
  // title shares with another are part of it, and the country before them owns it
  const shared = sharedPortfolioOwner(doc, items, k, ts);
  if (shared) {
    for (let i = shared.owner + 1; i < k; i++) {
      if (items[i].ts < ts && !used.has(i)) dropMentionOf(doc, items[i]);
      used.add(i);
    }
    b = shared.owner;
    prev = items[b];
    ts = shared.ts;
  }
  // "Iran's Deputy Defence Minister X": a possessive country; "Arab League Secretary-General X": an org
  const possessive = prev && prev.te === ts - 1 && /^['’]s$/.test(doc.tokens[prev.te].lower);
  if (prev && (prev.te === ts || possessive) && !used.has(b)) {
    const c = get(prev, 'countryAdj') ?? get(prev, 'country');
    const o = c ? undefined : (get(prev, 'org') ?? get(prev, 'orgAdj'));
    if (c || o) {
      country = c?.country ?? o?.country ?? null;
      // an organisation's officer acts as the organisation ("Hamas spokesman X" = the group's role)
      if (o) {
        org = o.org;
        role = o.role ?? title.role;
      }
      start = prev.start;
      ts = prev.ts;
      dropMentionOf(doc, prev);
    }
  }
  const end = doc.tokens[te - 1].end;
  push(doc, {
    start,
    end,
    tokenStart: ts,
    tokenEnd: te,
    sentence,
    kind: 'person',
    country,
    role,
    org,
    name: doc.text.slice(doc.tokens[it.te].start, end),
    gender: null,
    title: title.surface,
    locative: false,
    agentive: true,
  });
  return true;
}

/**
 * a run of capitalised portfolio words joined by "and" right before the title at `ts` ("Mining and" before
 * "Energy Minister"; one or two words need no "and": "Foreign" before "Trade Minister"), owned by the country or its
 * possessive right before the run: the owner's item index and
 * the run's first token, else null
 */
function sharedPortfolioOwner(
  doc: Doc,
  items: RawItem[],
  k: number,
  ts: number,
): { owner: number; ts: number } | null {
  let and = false;
  for (let j = ts - 1, n = 0; n < 6 && j >= 0; n++, j--) {
    const t = doc.tokens[j];
    if (t.sentence !== doc.tokens[ts].sentence) return null;
    const end = /^['’]s$/.test(t.lower) ? j : j + 1;
    const owner = items.findIndex((x, i) => i < k && x.te === end && x.ts < end);
    if (
      owner >= 0 &&
      (end === j || j + 1 < ts) &&
      (get(items[owner], 'country') ||
        get(items[owner], 'countryAdj') ||
        // an organisation's portfolio: "EC Agriculture Commissioner X", "EU Trade Commissioner X" (an adjective is
        // a portfolio word: "Turkey's European Affairs Minister X")
        get(items[owner], 'org'))
    )
      // (one or two portfolio words need no "and": "French Foreign Trade Minister X")
      return (and || ts - (j + 1) <= 2) && doc.tokens[j + 1].lower !== 'and' ? { owner, ts: j + 1 } : null;
    if (t.lower === 'and' || t.text === '&') and = true;
    else if (!/^\p{Lu}\p{Ll}+$/u.test(t.text) || t.pos === 'VERB') return null;
  }
  return null;
}
