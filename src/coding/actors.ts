/**
 * Stage `actors`: finds actor mentions with the lexicon trie and assembles compounds:
 *   ADJ/COUNTRY/ORG/METONYM + role noun  -> country + role   ("Russian defence ministry" -> RUS MIL)
 *   [ADJ] [TITLE] PERSON                 -> person coded by the office held on the article date
 *   TITLE + unknown capitalised name     -> person coded by the title's role
 *   ADJ + place noun                     -> country, target-only ("Russian territory")
 *   role noun + of + COUNTRY             -> country + role   ("the foreign minister of Iran")
 * Pronouns become unresolved mentions for the coreference stage.
 */
import type { Stage } from '../nlp/pipeline.js';
import type { ActorMention, Doc, Token } from '../model/document.js';
import type { ActorEntry, Lexicon } from '../lexicon/load.js';
import { normalizeText } from '../lexicon/trie.js';
import { codePerson } from './people.js';

interface RawItem {
  ts: number; // token start index
  te: number; // token end index (exclusive)
  start: number;
  end: number;
  entries: ActorEntry[];
}

function caseOk(e: ActorEntry, original: string): boolean {
  if (e.caseMode === 'any') return true;
  if (e.caseMode === 'exact') return original.replace(/\s+/g, ' ') === e.surface;
  // every capital in the entry must be a capital in the text
  let j = 0;
  for (let i = 0; i < e.surface.length && j < original.length; i++, j++) {
    while (original[j] === ' ' && e.surface[i] !== ' ' && j < original.length) j++;
    const c = e.surface[i];
    if (c >= 'A' && c <= 'Z' && original[j] !== c) return false;
  }
  return true;
}

const has = (it: RawItem, k: ActorEntry['kind']) => it.entries.some((e) => e.kind === k);
const get = (it: RawItem, k: ActorEntry['kind']) => it.entries.find((e) => e.kind === k);
const NAMEABLE: ActorEntry['kind'][] = [
  'country',
  'countryAdj',
  'org',
  'orgAdj',
  'metonym',
  'capital',
  'place',
];

const adjKind = (e: ActorEntry) => e.kind === 'countryAdj' || e.kind === 'orgAdj';

function firstNameable(it: RawItem): ActorEntry | undefined {
  for (const k of NAMEABLE) {
    const e = get(it, k);
    if (e) return e;
  }
  return undefined;
}

export function createActorStage(lex: Lexicon): Stage {
  const { cues } = lex;
  return {
    name: 'actors',
    requires: ['tokens'],
    provides: ['actors'],
    run(doc: Doc) {
      const norm = normalizeText(doc.text);
      // token index ending at each character offset (+1; 0 = none): an array, not a Map, on this hot path
      const tokenAtEnd = new Int32Array(doc.text.length + 1);
      for (const t of doc.tokens) tokenAtEnd[t.end] = t.i + 1;
      for (const s of doc.sentences) {
        const items: RawItem[] = [];
        const endsInSentence = (end: number) => tokenAtEnd[end] > 0 && tokenAtEnd[end] - 1 < s.tokenEnd;
        for (let i = s.tokenStart; i < s.tokenEnd;) {
          const t = doc.tokens[i];
          if (!lex.actors.canStart(norm[t.start]) || !/[\p{L}]/u.test(t.text[0] ?? '')) {
            i++;
            continue;
          }
          const matches = lex.actors.matchAt(norm, t.start, endsInSentence);
          let taken = false;
          for (const m of matches) {
            const original = doc.text.slice(t.start, m.end);
            const entries = m.values.filter((e) => caseOk(e, original));
            if (!entries.length) continue;
            const te = tokenAtEnd[m.end];
            items.push({ ts: i, te, start: t.start, end: m.end, entries });
            i = te;
            taken = true;
            break;
          }
          if (!taken) i++;
        }
        assemble(doc, lex, items, s.tokenStart, s.tokenEnd, s.index);
        addPronouns(doc, lex, s.tokenStart, s.tokenEnd, s.index);
      }
      inferPersonCountries(doc);
      doc.mentions.sort((a, b) => a.start - b.start);
      doc.mentions.forEach((m, i) => {
        m.id = i;
        m.prep = governingPrep(doc, m);
        // "NATO-backed", "US-made", "Iran-backed": a modifier, not an acting subject
        const n1 = doc.tokens[m.tokenEnd];
        const n2 = doc.tokens[m.tokenEnd + 1];
        if (n1?.text === '-' && n1.start === m.end && n2 && /(?:ed|en|made|led|run|built)$/.test(n2.lower)) {
          m.agentive = false;
          m.modifier = true;
        }
      });
      void cues;
    },
  };
}

function push(doc: Doc, m: Omit<ActorMention, 'id' | 'text'>): ActorMention {
  const full: ActorMention = { ...m, id: doc.mentions.length, text: doc.text.slice(m.start, m.end) };
  doc.mentions.push(full);
  return full;
}

function isLocative(doc: Doc, lex: Lexicon, ts: number, sentStart: number): boolean {
  let j = ts - 1;
  while (
    j >= sentStart &&
    /^(the|a|an|northern|southern|eastern|western|central|occupied)$/.test(doc.tokens[j].lower)
  )
    j--;
  return j >= sentStart && lex.cues.locativePrepositions.has(doc.tokens[j].lower);
}

/** skip up to 2 lower-case modifiers ("top", "senior", "state") between a nameable item and a role noun */
function roleNounAfter(doc: Doc, items: RawItem[], k: number, sentEnd: number): RawItem | null {
  const cur = items[k];
  const next = items[k + 1];
  if (!next || !has(next, 'roleNoun')) return null;
  let gap = next.ts - cur.te;
  // "Russia's defence ministry": possessive between
  if (gap >= 1 && doc.tokens[cur.te]?.lower.match(/^['’]s$|^'$/)) gap--;
  if (gap > 2 || next.ts >= sentEnd) return null;
  for (let j = cur.te; j < next.ts; j++) {
    const t: Token = doc.tokens[j];
    if (!(t.pos === 'ADJ' || t.pos === 'NOUN' || t.pos === 'PART' || /^['’]s$/.test(t.lower))) return null;
  }
  return next;
}

function assemble(
  doc: Doc,
  lex: Lexicon,
  items: RawItem[],
  sentStart: number,
  sentEnd: number,
  sentence: number,
) {
  const day = doc.referenceDate;
  const used = new Set<number>();
  for (let k = 0; k < items.length; k++) {
    if (used.has(k)) continue;
    const it = items[k];
    const personEntry = get(it, 'person');
    if (personEntry?.person) {
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
        continue;
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
      continue;
    }
    const title = get(it, 'title');
    if (title) {
      // TITLE + unknown capitalised name ("President Michel Suleiman")
      let te = it.te;
      while (
        te < sentEnd &&
        te - it.te < 3 &&
        doc.tokens[te].pos === 'PROPN' &&
        /^[A-Z]/.test(doc.tokens[te].text) &&
        !items.some((x) => x.ts === te)
      )
        te++;
      if (te > it.te) {
        let country: string | null = null;
        let start = it.start;
        let ts = it.ts;
        const prev = items[k - 1];
        if (
          prev &&
          prev.te === it.ts &&
          (has(prev, 'countryAdj') || has(prev, 'country')) &&
          !used.has(k - 1)
        ) {
          country = (get(prev, 'countryAdj') ?? get(prev, 'country'))!.country;
          start = prev.start;
          ts = prev.ts;
          doc.mentions = doc.mentions.filter((m) => !(m.start === prev.start && m.end === prev.end));
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
          role: title.role,
          org: null,
          name: doc.text.slice(doc.tokens[it.te].start, end),
          gender: null,
          title: title.surface,
          locative: false,
          agentive: true,
        });
        continue;
      }
    }
    const nameable = firstNameable(it);
    // "the Europe Bridge", "China Daily", "Iran Air": a name followed by a capitalised noun is another name
    const nextCap = doc.tokens[it.te];
    if (
      nameable &&
      !adjKind(nameable) &&
      nextCap &&
      it.te < sentEnd &&
      /^[A-Z][a-z]/.test(nextCap.text) &&
      (nextCap.pos === 'PROPN' || nextCap.pos === 'NOUN') &&
      !items.some((x) => x.ts === it.te)
    )
      continue;
    if (nameable) {
      // "US and British activists": the first conjunct shares the role noun of the second
      const conjTok = doc.tokens[it.te];
      const second = items[k + 1];
      if (
        conjTok &&
        /^(and|or)$/.test(conjTok.lower) &&
        second &&
        second.ts === it.te + 1 &&
        firstNameable(second)
      ) {
        const r2 = roleNounAfter(doc, items, k + 1, sentEnd);
        if (r2 && !(has(r2, 'title') && items[k + 3]?.ts === r2.te && has(items[k + 3], 'person'))) {
          push(doc, {
            start: it.start,
            end: it.end,
            tokenStart: it.ts,
            tokenEnd: it.te,
            sentence,
            kind: 'compound',
            country: nameable.country,
            role: get(r2, 'roleNoun')!.role,
            org: nameable.org,
            name: doc.text.slice(it.start, it.end),
            locative: false,
            agentive: true,
          });
          continue;
        }
      }
      let roleItem = roleNounAfter(doc, items, k, sentEnd);
      // "Russian President Vladimir Putin": the title belongs to the person that follows
      if (
        roleItem &&
        has(roleItem, 'title') &&
        items[k + 2]?.ts === roleItem.te &&
        has(items[k + 2], 'person')
      )
        roleItem = null;
      if (roleItem) {
        used.add(k + 1);
        const roleE = get(roleItem, 'roleNoun')!;
        // role noun + "of" + country handled below; here ADJ/COUNTRY + role noun
        push(doc, {
          start: it.start,
          end: roleItem.end,
          tokenStart: it.ts,
          tokenEnd: roleItem.te,
          sentence,
          kind: 'compound',
          country: nameable.country,
          role: roleE.role,
          org: nameable.org,
          name: doc.text.slice(it.start, roleItem.end),
          locative: false,
          agentive: true,
        });
        continue;
      }
      const nextTok = doc.tokens[it.te];
      const adj = nameable.kind === 'countryAdj' || nameable.kind === 'orgAdj';
      if (adj) {
        // a demonym used as a noun ("Ukrainians", "the Palestinians") or ADJ + place noun ("Russian territory")
        const headIdx = headNounAfter(doc, it.te, sentEnd);
        const head = headIdx >= 0 ? doc.tokens[headIdx] : null;
        if (head && lex.cues.placeNouns.has(head.lower)) {
          // "Russian territory": a place of the country (a target only for force)
          push(doc, {
            start: it.start,
            end: head.end,
            tokenStart: it.ts,
            tokenEnd: headIdx + 1,
            sentence,
            kind: 'country',
            country: nameable.country,
            role: null,
            org: nameable.org,
            name: nameable.name,
            locative: true,
            agentive: false,
          });
        } else if (
          head &&
          !lex.cues.nonActorNouns.has(head.lower) &&
          nameable.kind === 'countryAdj' &&
          head.pos === 'NOUN'
        ) {
          // "an Israeli withdrawal", "the Russian invasion": the country as the one the act concerns (target only)
          push(doc, {
            start: it.start,
            end: it.end,
            tokenStart: it.ts,
            tokenEnd: it.te,
            sentence,
            kind: 'country',
            country: nameable.country,
            role: null,
            org: nameable.org,
            name: nameable.name,
            locative: false,
            agentive: false,
          });
        } else if (!head && /s$/.test(it.entries[0].surface) && (!nextTok || nextTok.pos !== 'NOUN')) {
          push(doc, {
            start: it.start,
            end: it.end,
            tokenStart: it.ts,
            tokenEnd: it.te,
            sentence,
            kind: 'country',
            country: nameable.country,
            // a people named by its demonym ("Palestinians", "Liberians"): civilians, as CAMEO codes them
            role: nameable.kind === 'countryAdj' ? 'CVL' : null,
            org: nameable.org,
            name: nameable.name,
            locative: isLocative(doc, lex, it.ts, sentStart),
            agentive: true,
          });
        } else if (head && !lex.cues.nonActorNouns.has(head.lower) && nameable.kind === 'orgAdj') {
          // "Western forces" without a role noun entry still names the West
          push(doc, {
            start: it.start,
            end: it.end,
            tokenStart: it.ts,
            tokenEnd: it.te,
            sentence,
            kind: 'org',
            country: nameable.country,
            role: null,
            org: nameable.org,
            name: nameable.name,
            locative: false,
            agentive: false,
          });
        }
        continue;
      }
      if (nameable.kind === 'place') {
        // "Khan Younis", "Bryansk region": a place of the country, a target only for force
        push(doc, {
          start: it.start,
          end: it.end,
          tokenStart: it.ts,
          tokenEnd: it.te,
          sentence,
          kind: 'country',
          country: nameable.country,
          role: null,
          org: null,
          name: nameable.name,
          locative: true,
          agentive: false,
        });
        continue;
      }
      push(doc, {
        start: it.start,
        end: it.end,
        tokenStart: it.ts,
        tokenEnd: it.te,
        sentence,
        kind:
          nameable.kind === 'capital' || nameable.kind === 'metonym'
            ? 'metonym'
            : nameable.kind === 'org'
              ? 'org'
              : 'country',
        country: nameable.country,
        role: nameable.role,
        org: nameable.org,
        name: nameable.name,
        locative: isLocative(doc, lex, it.ts, sentStart),
        agentive: true,
      });
      continue;
    }
    const roleE = get(it, 'roleNoun');
    const possTok = doc.tokens[it.ts - 1];
    if (roleE && possTok && it.ts - 1 >= sentStart && /^(our|my|their|its|his|her)$/.test(possTok.lower)) {
      // "our army", "its forces": the possessor's country with the noun's role (resolved by coreference)
      push(doc, {
        start: possTok.start,
        end: it.end,
        tokenStart: it.ts - 1,
        tokenEnd: it.te,
        sentence,
        kind: 'pronoun',
        country: null,
        role: roleE.role,
        org: null,
        name: possTok.lower,
        gender: lex.cues.personPronouns.get(possTok.lower) ?? null,
        locative: false,
        agentive: true,
        antecedent: null,
      });
      continue;
    }
    if (roleE) {
      // role noun + of + [the] COUNTRY ("the foreign minister of Iran")
      let next = items[k + 1];
      const ofTok = doc.tokens[it.te];
      // "of President Joe Biden": look past the title to the person
      if (next && has(next, 'title') && items[k + 2]?.ts === next.te && has(items[k + 2], 'person'))
        next = items[k + 2];
      if (next && (ofTok?.lower === 'of' || ofTok?.lower === 'in') && next.ts - it.te <= 3) {
        const pe = get(next, 'person')?.person;
        if (pe) {
          // "the administration of President Joe Biden" -> the person's country, the role noun's role
          const pc = codePerson(pe, doc.referenceDate);
          if (pc.country || pc.org) {
            used.add(k + 1);
            used.add(items.indexOf(next));
            push(doc, {
              start: it.start,
              end: next.end,
              tokenStart: it.ts,
              tokenEnd: next.te,
              sentence,
              kind: 'compound',
              country: pc.country,
              role: roleE.role,
              org: pc.org,
              name: doc.text.slice(it.start, next.end),
              locative: false,
              agentive: true,
            });
            continue;
          }
        }
        const ne = firstNameable(next);
        if (ne && ne.kind !== 'countryAdj') {
          used.add(k + 1);
          push(doc, {
            start: it.start,
            end: next.end,
            tokenStart: it.ts,
            tokenEnd: next.te,
            sentence,
            kind: 'compound',
            country: ne.country,
            role: roleE.role,
            org: ne.org,
            name: doc.text.slice(it.start, next.end),
            locative: false,
            agentive: true,
          });
          continue;
        }
      }
      push(doc, {
        start: it.start,
        end: it.end,
        tokenStart: it.ts,
        tokenEnd: it.te,
        sentence,
        kind: 'role',
        country: null,
        role: roleE.role,
        org: null,
        name: it.entries[0].surface,
        locative: false,
        agentive: true,
      });
    }
  }
}

/**
 * the preposition before a mention, skipping determiners, adjectives and numbers; none when the mention
 * is directly followed by its verb ("days after Pyongyang accused ...": a subordinate clause's subject)
 */
function governingPrep(doc: Doc, m: ActorMention): string | null {
  const first = doc.sentences[m.sentence].tokenStart;
  const next = doc.tokens[m.tokenEnd];
  const next2 = doc.tokens[m.tokenEnd + 1];
  if (
    next &&
    next.sentence === m.sentence &&
    (next.pos === 'VERB' || next.pos === 'AUX' || (next.pos === 'ADV' && next2?.pos === 'VERB')) &&
    !/ing$/.test(next.lower)
  )
    return null;
  let j = m.tokenStart - 1;
  while (j >= first && /^(DET|ADJ|NUM)$/.test(doc.tokens[j].pos)) j--;
  if (j < first) return null;
  const t = doc.tokens[j];
  return t.pos === 'ADP' ? t.lower : null;
}

/** index of the noun an adjective modifies (skipping one more adjective), or -1 */
function headNounAfter(doc: Doc, from: number, sentEnd: number): number {
  for (let j = from; j < sentEnd && j < from + 3; j++) {
    const t = doc.tokens[j];
    if (t.pos === 'NOUN' || (t.pos === 'PROPN' && j === from)) return j;
    if (t.pos !== 'ADJ' && t.pos !== 'VERB') return -1;
  }
  return -1;
}

function addPronouns(doc: Doc, lex: Lexicon, from: number, to: number, sentence: number) {
  const { cues } = lex;
  for (let i = from; i < to; i++) {
    const t = doc.tokens[i];
    // "both countries", "the two sides": the last two countries named (resolved by coreference)
    if (
      /^(countries|sides|nations|neighbours|neighbors|parties|governments|capitals|rivals)$/.test(t.lower) &&
      i > from &&
      /^(both|two)$/.test(doc.tokens[i - 1].lower)
    ) {
      const st = i - 2 >= from && doc.tokens[i - 2].lower === 'the' ? i - 2 : i - 1;
      push(doc, {
        start: doc.tokens[st].start,
        end: t.end,
        tokenStart: st,
        tokenEnd: i + 1,
        sentence,
        kind: 'pronoun',
        country: null,
        role: null,
        org: null,
        name: 'the-pair',
        gender: null,
        locative: false,
        agentive: true,
        antecedent: null,
      });
      continue;
    }
    // "the bloc", "the alliance": refers back to the last organisation (resolved by coreference)
    if (
      cues.orgAnaphors.has(t.lower) &&
      i > from &&
      doc.tokens[i - 1].lower === 'the' &&
      doc.tokens[i + 1]?.pos !== 'NOUN' &&
      !doc.mentions.some((m) => m.sentence === sentence && m.tokenStart <= i && i < m.tokenEnd)
    ) {
      push(doc, {
        start: doc.tokens[i - 1].start,
        end: t.end,
        tokenStart: i - 1,
        tokenEnd: i + 1,
        sentence,
        kind: 'pronoun',
        country: null,
        role: null,
        org: null,
        name: 'the-org',
        gender: null,
        locative: false,
        agentive: true,
        antecedent: null,
      });
      continue;
    }
    if (t.pos !== 'PRON' && t.pos !== 'DET') continue;
    const g = cues.personPronouns.get(t.lower);
    const group = cues.groupPronouns.has(t.lower);
    const first = cues.firstPersonPronouns.has(t.lower);
    if (!g && !group && !first) continue;
    if (doc.mentions.some((m) => m.sentence === sentence && m.tokenStart <= i && i < m.tokenEnd)) continue;
    push(doc, {
      start: t.start,
      end: t.end,
      tokenStart: i,
      tokenEnd: i + 1,
      sentence,
      kind: 'pronoun',
      country: null,
      role: null,
      org: null,
      name: t.lower,
      gender: g ?? null,
      locative: false,
      agentive: true,
      antecedent: null,
    });
  }
}

/**
 * A titled person the lexicon does not know ("Prime Minister Albin Kurti") has a role but no country: take the
 * country of the article's dateline ("PRISTINA, Sept. 24 -"), else the country the article names most often.
 */
function inferPersonCountries(doc: Doc): void {
  // a bare political or armed role noun ("insurgents", "officials", "troops") takes the country only when the
  // article names exactly one (courts, companies and media stay uncoded: a fraud trial is not an event)
  const countries = new Set(
    doc.mentions.filter((m) => m.country && m.kind !== 'person').map((m) => m.country),
  );
  if (countries.size === 1) {
    const only = [...countries][0];
    for (const m of doc.mentions)
      if (
        m.kind === 'role' &&
        !m.country &&
        !m.org &&
        m.role &&
        /^(GOV|MIL|REB|INS|SEP|OPP|UAF)$/.test(m.role)
      )
        m.country = only;
  }
  const unknown = doc.mentions.filter((m) => m.kind === 'person' && !m.country && !m.org && m.role);
  if (!unknown.length) return;
  let country: string | null = null;
  const dateline = doc.mentions.find(
    (m) =>
      m.sentence <= 1 && m.kind === 'metonym' && m.text === m.text.toUpperCase() && /^[A-Z]/.test(m.text),
  );
  if (dateline?.country) country = dateline.country;
  if (!country) {
    const freq = new Map<string, number>();
    for (const m of doc.mentions)
      if (m.country && m.kind !== 'person') freq.set(m.country, (freq.get(m.country) ?? 0) + 1);
    const top = [...freq].sort((a, b) => b[1] - a[1]);
    if (top.length && (top.length === 1 || top[0][1] > top[1][1])) country = top[0][0];
  }
  if (country) for (const m of unknown) m.country = country;
}
