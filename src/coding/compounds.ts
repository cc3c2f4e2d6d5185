/**
 * Assembles raw lexicon matches of one sentence into actor mentions:
 *   ADJ/COUNTRY/ORG/METONYM + role noun  -> country + role   ("Russian defence ministry" -> RUS MIL)
 *   [ADJ] [TITLE] PERSON                 -> person coded by the office held on the article date
 *   TITLE + unknown capitalised name     -> person coded by the title's role (titled-names.ts)
 *   ADJ + place noun                     -> country, target-only ("Russian territory")
 *   role noun + of/in + COUNTRY          -> country + role   ("the foreign minister of Iran")
 */
import { assemblePeople } from './peoples.js';
import type { Doc } from '../model/document.js';
import type { Lexicon } from '../lexicon/load.js';
import { codePerson } from './people.js';
import {
  type RawItem,
  has,
  get,
  adjKind,
  firstNameable,
  push,
  pushAt,
  isLocative,
  ledCoalition,
  roleNounAfter,
  roleEntry,
  spanOf,
  WEAPON_NOUN,
} from './actor-items.js';
import { assemblePerson } from './persons.js';
import { assembleTitledName } from './titled-names.js';
import { assembleAdjective } from './adjectives.js';
import { dropMentionOf, endsUnknownName } from './name-runs.js';
import { pastBefore } from './office-dates.js';
import { modifiesThings, namesTopic, namesVenue, originOfName, tradeNounAfter } from './noun-modifiers.js';
import { partyOwner } from './party-owners.js';
import { CAPTIVE_NOUNS } from './passives.js';
import { MONTH, WEEKDAY } from './time-words.js';
import { titleCaseSpan } from '../nlp/title-case.js';
import { namesStateBody } from './body-names.js';
import { coordinatedCountries, lastConjunct } from './actor-lists.js';

/** nouns of the same movements ("the withdrawal of some invasion forces from Panama") */
const MOVEMENT_NOUN =
  /^(withdrawals?|pullouts?|pull-outs?|removal|evacuations?|expulsions?|returns?|redeployments?|recall|departures?|drawdowns?|repatriations?|deportations?|retreat)$/;

/** verbs that move people away from a place (lemmas) */
const MOVEMENT =
  /^(withdraw|pull|remove|evacuate|expel|return|bring|move|redeploy|recall|evict|deport|extract|airlift|rescue|flee)$/;

/** non-state groups: their officials, leaders and fighters act as the group ("a Houthi official" is YEM REB,
 * "Solidarity union leaders" POL LAB, "Greenpeace officials" ENV) */
const NON_STATE = /^(REB|INS|SEP|OPP|UAF|LAB|ENV|NGO|HRI)$/;

/** a party's government is the state's ("Norway's Labour government"); its officials and leaders are the party's */
const GOVERNING = /^(government|governments|cabinet|administration|regime|ministry|ministers)$/;

/** the role of "<group> + role noun": the role noun's, unless a non-state group's or a party's official or fighter */
function roleWithin(groupRole: string | null, nounRole: string | null, noun: string): string | null {
  if (!groupRole || (nounRole !== 'GOV' && nounRole !== 'MIL')) return nounRole;
  // an international body's officials and delegations act as the body ("UN officials", "an IMF delegation");
  // its troops stay troops ("NATO troops")
  if (groupRole === 'IGO') return nounRole === 'GOV' ? 'IGO' : nounRole;
  if (NON_STATE.test(groupRole)) return groupRole;
  return groupRole === 'PTY' && !GOVERNING.test(noun) ? groupRole : nounRole;
}

export function assemble(
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
      assemblePerson(doc, items, k, used, sentence, day);
      continue;
    }
    if (get(it, 'title') && assembleTitledName(doc, items, k, used, sentence, sentEnd)) continue;
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
      // "accused North Korea Tuesday of": a day or month after a name is a date, not more name
      !WEEKDAY.test(nextCap.lower) &&
      !MONTH.test(nextCap.lower) &&
      // "US Predator attacks", "Russian Iskander missiles": a model's name before a weapon noun is no name of the actor
      !WEAPON_NOUN.test(doc.tokens[it.te + 1]?.text ?? '') &&
      !items.some((x) => x.ts === it.te) &&
      // ("Russia Attacks Ukraine", "Israel Strikes Hamas Targets": in a title-case headline a capitalised word between
      // two actors is the verb the tagger read as a noun)
      !(
        items.some((x) => x.ts === it.te + 1 && x.entries.some((e) => e.kind !== 'roleNoun')) &&
        titleCaseSpan(doc.tokens, sentStart, sentEnd)
      ) &&
      // ("Israel Strikes Hamas Targets in Gaza": in a title-case headline a plural after a verb's object name is its
      // head noun)
      !(
        doc.tokens[it.ts - 1]?.pos === 'VERB' &&
        /s$/.test(nextCap.lower) &&
        titleCaseSpan(doc.tokens, sentStart, sentEnd)
      ) &&
      // ("the U.S. House Agriculture Committee": a chamber's committee is the chamber acting)
      !namesStateBody(doc, nameable, it.te, sentEnd)
    )
      continue;
    if (nameable) {
      // "US and British activists", "British, French and German diplomats": every conjunct shares the role
      // noun of the last
      const last = lastConjunct(doc, items, k);
      if (last > k) {
        const r2 = roleNounAfter(doc, items, last, sentEnd);
        if (r2 && !(has(r2, 'title') && items[k + 3]?.ts === r2.te && has(items[k + 3], 'person'))) {
          pushAt(doc, spanOf(it, sentence), {
            kind: 'compound',
            country: nameable.country,
            role: roleEntry(r2)!.role,
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
      if (roleItem && has(roleItem, 'title') && titleNamesPerson(doc, items, k + 2, roleItem.te, sentEnd))
        roleItem = null;
      if (roleItem) {
        used.add(k + 1);
        const roleE = roleEntry(roleItem)!;
        const noun = doc.text.slice(roleItem.start, roleItem.end).toLowerCase();
        // "a British company official", "Japanese bank officials": an office of the body the first noun names
        const office = officeOf(items, k + 2, roleItem, roleE.role);
        if (office) used.add(k + 2);
        // role noun + "of" + country handled below; here ADJ/COUNTRY + role noun
        pushAt(doc, spanOf(it, sentence, office ?? roleItem), {
          kind: 'compound',
          country: partyOwner(doc, items, k, nameable) ?? nameable.country,
          // "former South African president", "toppled Iraqi leader": a past office is an elite's
          role:
            pastBefore(doc, it.ts) && lex.cues.personNouns.has(noun)
              ? 'ELI'
              : roleWithin(nameable.role, roleE.role, noun),
          org: nameable.org,
          name: doc.text.slice(it.start, roleItem.end),
          locative: false,
          agentive: true,
          ...(lex.cues.personNouns.has(noun) ? { onePerson: true } : {}),
        });
        continue;
      }
      const adj = nameable.kind === 'countryAdj' || nameable.kind === 'orgAdj';
      if (adj && assemblePeople(doc, lex, items, k, used, sentence, sentEnd)) continue;
      if (adj) {
        assembleAdjective(doc, lex, items, k, used, nameable, sentence, sentStart, sentEnd);
        continue;
      }
      // "the Vienna talks", "the Uruguay round": the venue of a negotiation
      if (namesVenue(doc, it.ts, it.te, nameable.kind, sentStart)) continue;
      if (nameable.kind === 'place') {
        // "Khan Younis", "Bryansk region": a place of the country, a target only for force
        pushAt(doc, spanOf(it, sentence), {
          kind: 'country',
          country: nameable.country,
          role: null,
          org: null,
          name: nameable.name,
          locative: true,
          agentive: false,
          place: true,
        });
        continue;
      }
      if (ledCoalition(doc, items, k, nameable, sentence, sentEnd, used)) continue;
      const inside: number[] = [];
      if (nameable.kind === 'metonym' && endsUnknownName(doc, items, k, sentStart, inside)) {
        for (const i of inside) dropMentionOf(doc, items[i]);
        continue;
      }
      const owner = partyOwner(doc, items, k, nameable);
      pushAt(doc, spanOf(it, sentence), {
        kind:
          nameable.kind === 'capital' || nameable.kind === 'metonym'
            ? 'metonym'
            : nameable.kind === 'org'
              ? 'org'
              : 'country',
        country: owner ?? nameable.country,
        role: nameable.role,
        org: nameable.org,
        name: nameable.name,
        locative: isLocative(doc, lex, it.ts, sentStart),
        agentive: !(
          nameable.kind === 'country' &&
          (namesTopic(doc, it.ts, it.te, sentEnd) ||
            modifiesThings(doc, lex, items, it.te, sentEnd) ||
            originOfName(doc, items, it.ts, sentStart))
        ),
        ...(nameable.kind === 'capital' ? { capital: true } : {}),
        // "the other NATO member", "fellow EU member Hungary": one member state, not the body
        ...(nameable.kind === 'org' && doc.tokens[it.te]?.lower === 'member'
          ? { modifier: true, agentive: false }
          : {}),
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
      // "a Briton held hostage in Iraq", "taken prisoner": the noun says what the held one became, no actor
      if (heldAs(doc, it.ts, it.te)) continue;
      // role noun + of + [the] COUNTRY ("the foreign minister of Iran")
      let next = items[k + 1];
      const ofTok = doc.tokens[it.te];
      // "of President Joe Biden": look past the title to the person
      if (next && has(next, 'title') && items[k + 2]?.ts === next.te && has(items[k + 2], 'person'))
        next = items[k + 2];
      if (
        next &&
        (ofTok?.lower === 'of' ||
          (ofTok?.lower === 'in' &&
            !lex.cues.visitorNouns.has(doc.tokens[it.te - 1].lower) &&
            // ("killing two militants in Gaza air strikes": a place modifying a noun after it is no one's home)
            !placeModifiesNoun(doc, next.te, lex)) ||
          (ofTok?.lower === 'from' && !movedFrom(doc, it.ts))) &&
        next.ts - it.te <= 3
      ) {
        const pe = get(next, 'person')?.person;
        if (pe) {
          // "the administration of President Joe Biden" -> the person's country, the role noun's role
          const pc = codePerson(pe, doc.referenceDate);
          if (pc.country || pc.org) {
            used.add(k + 1);
            used.add(items.indexOf(next));
            pushAt(doc, spanOf(it, sentence, next), {
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
          // "the foreign ministers of France, Germany and Italy": the role goes to every country of the list
          for (const x of coordinatedCountries(doc, items, k + 1, sentEnd)) {
            const e = firstNameable(items[x])!;
            used.add(x);
            push(doc, {
              start: items[x].start,
              end: items[x].end,
              tokenStart: items[x].ts,
              tokenEnd: items[x].te,
              sentence,
              kind: 'compound',
              country: e.country,
              role: roleWithin(e.role, roleE.role, doc.tokens[it.te - 1].lower),
              org: e.org,
              name: doc.text.slice(items[x].start, items[x].end),
              locative: false,
              agentive: true,
            });
          }
          pushAt(doc, spanOf(it, sentence, next), {
            kind: 'compound',
            country: ne.country,
            // "president of the Inter-American Development Bank" acts as the bank, "leader of Hamas" as the group
            role: roleWithin(ne.role, roleE.role, doc.tokens[it.te - 1].lower),
            org: ne.org,
            name: doc.text.slice(it.start, next.end),
            locative: false,
            agentive: true,
          });
          continue;
        }
      }
      // a bare "man", "girl" names no one's actor: only with a country ("a Palestinian man") is it one
      if (lex.cues.genericPersonNouns.has(it.entries[0].surface.toLowerCase())) continue;
      // "subsidies given to aircraft makers", "tank factories": military craft naming a trade
      if (roleE.role === 'MIL' && tradeNounAfter(doc, it.te, sentEnd)) continue;
      // "an official visit", "official figures": a one-word government role the tagger read as an adjective of a noun
      // (a force's adjective still names its actor: "terrorist attacks", "military drills")
      if (
        roleE.role === 'GOV' &&
        it.te === it.ts + 1 &&
        doc.tokens[it.ts].pos === 'ADJ' &&
        doc.tokens[it.te]?.pos === 'NOUN'
      )
        continue;
      pushAt(doc, spanOf(it, sentence), {
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

/** a captive's noun as the complement of hold/take/keep ("held hostage", "were taken prisoner") */
/** bodies that are not the state, whose offices act for them ("company official", "church envoy", "party leaders") */
const INSTITUTION = /^(BUS|LAB|REL|NGO|MED|EDU|HLH|PTY|AGR|ENV)$/;

/** the government-office role noun right after role noun `body` (a non-state body), which then names its office */
function officeOf(items: RawItem[], next: number, body: RawItem, bodyRole: string | null): RawItem | null {
  const o = items[next];
  if (!o || o.ts !== body.te || !bodyRole || !INSTITUTION.test(bodyRole)) return null;
  return roleEntry(o)?.role === 'GOV' && !has(o, 'title') ? o : null;
}

function heldAs(doc: Doc, ts: number, te: number): boolean {
  const verb = doc.tokens[ts - 1];
  return (
    te === ts + 1 &&
    verb !== undefined &&
    verb.pos === 'VERB' &&
    /^(hold|take|keep)$/.test(verb.lemma) &&
    CAPTIVE_NOUNS.test(doc.tokens[ts].lower)
  );
}

/**
 * does the title ending at token `te` introduce a person: a known one (the next item) or a capitalised name
 * the lexicon does not know ("Kosovo Prime Minister Dardan Veliqi")
 */
function titleNamesPerson(doc: Doc, items: RawItem[], next: number, te: number, sentEnd: number): boolean {
  if (items[next]?.ts === te) return has(items[next], 'person');
  const t = doc.tokens[te];
  return te < sentEnd && t.pos === 'PROPN' && /^[A-Z][a-z]/.test(t.text);
}

/**
 * "withdraw troops from Europe", "pulled its diplomats from Kabul": a movement verb just before the role noun
 * makes "from" its source place, not the people's origin ("officials from Iran", "troops from Chad")
 */
function movedFrom(doc: Doc, roleStart: number): boolean {
  for (let j = roleStart - 1; j >= 0 && roleStart - j <= 4; j--) {
    const t = doc.tokens[j];
    if (t.pos === 'VERB') return MOVEMENT.test(t.lemma);
    if (t.lower === 'of' && j > 0) return MOVEMENT_NOUN.test(doc.tokens[j - 1].lower);
    if (t.text === ',' || t.pos === 'ADP') return false;
  }
  return false;
}

/** the place ending before token k modifies a noun phrase after it: an attack noun ("Gaza strikes") or two nouns
 * ("Gaza air strikes"); a headline's verb read as a noun ("Thousands in Iran protest against ...") is none */
function placeModifiesNoun(doc: Doc, k: number, lex: Lexicon): boolean {
  const a = doc.tokens[k];
  const b = doc.tokens[k + 1];
  const noun = (t: Doc['tokens'][number] | undefined) => t?.pos === 'NOUN' && /^\p{Ll}/u.test(t.text);
  return noun(a) && (lex.cues.attackNouns.has(a.lower) || (noun(b) && b.sentence === a.sentence));
}
