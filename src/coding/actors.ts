/**
 * Stage `actors`: finds actor mentions with the lexicon trie and assembles compounds:
 *   ADJ/COUNTRY/ORG/METONYM + role noun  -> country + role   ("Russian defence ministry" -> RUS MIL)
 *   [ADJ] [TITLE] PERSON                 -> person coded by the office held on the article date
 *   TITLE + unknown capitalised name     -> person coded by the title's role
 *   ADJ + place noun                     -> country, target-only ("Russian territory")
 *   role noun + of + COUNTRY             -> country + role   ("the foreign minister of Iran")
 * Pronouns become unresolved mentions for the coreference stage.
 */
import { placeLinkedGroups } from './linked-groups.js';
import { placeSharedParties } from './shared-parties.js';
import type { Stage } from '../nlp/pipeline.js';
import type { ActorMention, Doc } from '../model/document.js';
import type { ActorEntry, Lexicon } from '../lexicon/load.js';
import { normalizeText } from '../lexicon/trie.js';
import { type RawItem, caseOk } from './actor-items.js';
import { assemble } from './compounds.js';
import { placeEthnicGroups } from './peoples.js';
import { addPronouns } from './pronouns.js';
import { addSurnameMentions } from './surnames.js';
import { followFullNames, uncodeForeignSurnames, uncodeOtherBearers } from './namesakes.js';
import { markDateline } from './dateline.js';
import { addRoleNamedPersons } from './role-persons.js';
import { officeDate } from './office-dates.js';
import { markPlaceModifiers } from './place-modifiers.js';
import { addSupporters } from './supporters.js';
import { titleCaseSpan } from '../nlp/title-case.js';
import { ScratchArray } from '../util/scratch-array.js';
import { dropOutOfContext } from './story-context.js';
/** quantities that stand for people when no "of" follows */
const QUANTITY_PEOPLE = /^(thousands|hundreds|dozens|scores)$/;

const LETTER = /\p{L}/u;

/** per-document work tables of this stage, reused across documents */
const TOKEN_AT_END = new ScratchArray(Int32Array);
const POSSESSOR_COVERED = new ScratchArray(Uint8Array);

export function createActorStage(lex: Lexicon): Stage {
  const { cues } = lex;
  return {
    name: 'actors',
    requires: ['tokens'],
    provides: ['actors'],
    run(doc: Doc) {
      const norm = normalizeText(doc.text);
      // token index ending at each character offset (+1; 0 = none): an array, not a Map, on this hot path
      const tokenAtEnd = TOKEN_AT_END.take(doc.text.length + 1);
      for (const t of doc.tokens) tokenAtEnd[t.end] = t.i + 1;
      const itemsBySentence: RawItem[][] = [];
      for (const s of doc.sentences) {
        const items: RawItem[] = [];
        itemsBySentence.push(items);
        const endsInSentence = (end: number) => tokenAtEnd[end] > 0 && tokenAtEnd[end] - 1 < s.tokenEnd;
        for (let i = s.tokenStart; i < s.tokenEnd;) {
          const t = doc.tokens[i];
          if (
            !lex.actors.mayStartWith(t.lower, norm, t.end) ||
            !lex.actors.canStart(norm[t.start]) ||
            !LETTER.test(t.text[0] ?? '')
          ) {
            i++;
            continue;
          }
          const matches = lex.actors.matchAt(norm, t.start, endsInSentence);
          let taken = false;
          for (const m of matches) {
            const original = doc.text.slice(t.start, m.end);
            let entries = m.values.filter((e) => caseOk(e, original) && existed(e, doc.referenceDate));
            // "Boy Scouts of America", "Bank of England", "University of Tehran": the place ends a name
            if (nameOfPlace(doc, lex, items, i)) entries = entries.filter((e) => !PLACE_KINDS.has(e.kind));
            // "North Kingstown", "West Berlin", "Port Louis" is itself a capital only when listed as such
            if (compassBefore(doc, items, i)) entries = entries.filter((e) => e.kind !== 'capital');
            // "a firm commitment", "its daily exports": an adjective, no role noun
            if (adjectiveOnly(doc, i, m.end, lex.cues.adjectiveRoleNouns))
              entries = entries.filter((e) => e.kind !== 'roleNoun');
            // "Air Canada", "Air India": a company's name
            if (wordBefore(doc, items, i, lex.cues.namePrefixes))
              entries = entries.filter((e) => !PLACE_KINDS.has(e.kind));
            // "thousands rallied", "hundreds fled": a bare quantity is people (roles.yaml), "thousands of dollars" or
            // "dozens of Hamas operatives" is whatever follows
            if (doc.tokens[tokenAtEnd[m.end] ?? -1]?.lower === 'of' && QUANTITY_PEOPLE.test(t.lower))
              entries = entries.filter((e) => e.kind !== 'roleNoun');
            if (!entries.length) continue;
            // "the West German capital": a longer name starting at the next word wins over "the West"
            if (t.lower === 'the' && longerAfter(doc, lex, norm, i, m.end, endsInSentence)) break;
            const te = tokenAtEnd[m.end];
            items.push({ ts: i, te, start: t.start, end: m.end, entries });
            i = te;
            taken = true;
            break;
          }
          if (!taken) i++;
        }
      }
      dropOutOfContext(doc, itemsBySentence);
      // an undated article with no date in its lead: the offices of the titled people it names date it
      if (doc.referenceFrom === 'today') {
        const day = officeDate(doc, itemsBySentence, doc.referenceDate);
        if (day && day !== doc.referenceDate) {
          doc.referenceDate = day;
          doc.referenceFrom = 'people';
        }
      }
      for (const s of doc.sentences) {
        assemble(doc, lex, itemsBySentence[s.index], s.tokenStart, s.tokenEnd, s.index);
        addPronouns(doc, lex, s.tokenStart, s.tokenEnd, s.index);
      }
      placeSharedParties(doc, lex);
      addRoleNamedPersons(doc, lex.cues.genericPersonNouns);
      placeEthnicGroups(doc);
      placeLinkedGroups(doc);
      inferPersonCountries(doc);
      addSurnameMentions(doc);
      uncodeForeignSurnames(doc);
      uncodeOtherBearers(doc, (w) => lex.cues.personNouns.has(w));
      addSupporters(doc);
      doc.mentions.sort((a, b) => a.start - b.start);
      followFullNames(doc);
      markDateline(doc);
      doc.mentions.forEach((m, i) => {
        m.id = i;
        m.prep = governingPrep(doc, m);
        // "NATO-backed", "US-made", "Iran-backed": a modifier, not an acting subject
        const n1 = doc.tokens[m.tokenEnd];
        const n2 = doc.tokens[m.tokenEnd + 1];
        // "the one-China policy", "pro-Kremlin media", "anti-US protests": a name inside a prefixed compound
        const p1 = doc.tokens[m.tokenStart - 1];
        const p2 = doc.tokens[m.tokenStart - 2];
        const prefixed =
          p1?.text === '-' && p1.end === m.start && p2?.end === p1.start && /^[a-z]+$/.test(p2.text);
        if (
          prefixed ||
          (n1?.text === '-' &&
            n1.start === m.end &&
            n2 &&
            /(?:ed|en|made|led|run|built|style|like|type|era)$/.test(n2.lower))
        ) {
          m.agentive = false;
          m.modifier = true;
        }
      });
      markPlaceModifiers(doc, lex.cues.blastNouns);
      markNamePossessors(doc, lex.cues);
      void cues;
    },
  };
}

/**
 * A country that owns a name the lexicon does not know is not who acts: in "France's Peugeot warned that its
 * profits may decline" or "Japan's Nippon Steel agreed to pay more" the subject is the company, not the French or
 * Japanese government. The possessor is no source; a known name after it ("Russia's Gazprom", "France's
 * President Macron") is a mention of its own and acts itself.
 */
function markNamePossessors(doc: Doc, cues: Lexicon['cues']): void {
  const covered = POSSESSOR_COVERED.take(doc.tokens.length);
  for (const m of doc.mentions) covered.fill(1, m.tokenStart, m.tokenEnd);
  for (const m of doc.mentions) {
    if (!m.country || m.kind === 'person' || m.kind === 'pronoun') continue;
    const s = doc.tokens[m.tokenEnd];
    const n = doc.tokens[m.tokenEnd + 1];
    if (!s || !n || n.sentence !== m.sentence || !/^['’]s$/.test(s.lower)) continue;
    // title case makes every word a name ("Israel's Latest Assault on Gaza")
    const sent = doc.sentences[m.sentence];
    if (covered[n.i] || n.pos !== 'PROPN' || titleCaseSpan(doc.tokens, sent.tokenStart, sent.tokenEnd))
      continue;
    if (!/^\p{Lu}/u.test(n.text) || cues.personNouns.has(n.lower)) continue;
    // the name's words, through "of"/"and"/"for": a state body's head keeps the country acting
    let k = n.i;
    let stateBody = false;
    while (k < doc.tokens.length && doc.tokens[k].sentence === m.sentence && k - n.i < 8) {
      const t = doc.tokens[k];
      if (!/^\p{Lu}/u.test(t.text) && !/^(of|and|for|&)$/.test(t.lower)) break;
      if (cues.stateBodyHeads.has(t.lower)) stateBody = true;
      k++;
    }
    if (!stateBody) m.agentive = false;
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
  let j = m.tokenStart - 1;
  while (j >= first && /^(DET|ADJ|NUM)$/.test(doc.tokens[j].pos)) j--;
  const t = j >= first ? doc.tokens[j] : null;
  // "two car bombs in Baghdad killed", "airstrikes on Syria killed", "talks with Iran collapsed": a mention in a
  // phrase after a noun stays the object of its preposition (the noun heads the verb's subject)
  const placeAfterNoun =
    t !== null &&
    /^(in|at|near|from|outside|inside|on|against|into|across|over|with|for|toward|towards)$/.test(t.lower) &&
    j > first &&
    // (a capitalised first word is tagged a name: "Airstrikes on Syria killed 12")
    (doc.tokens[j - 1].pos === 'NOUN' || (doc.tokens[j - 1].pos === 'PROPN' && j - 1 === first));
  if (
    !placeAfterNoun &&
    next &&
    next.sentence === m.sentence &&
    (next.pos === 'VERB' || next.pos === 'AUX' || (next.pos === 'ADV' && next2?.pos === 'VERB')) &&
    !/ing$/.test(next.lower)
  )
    return null;
  if (t === null) return null;
  return t.pos === 'ADP' ? t.lower : null;
}

/** a modifier saying a role is not the story's country's ("foreign troops", "world leaders") */
const FOREIGN = /^(foreign|world|global|international|multinational|overseas|outside)$/;

/**
 * A titled person the lexicon does not know ("Prime Minister Albin Kurti") has a role but no country: take the
 * country of the article's dateline ("PRISTINA, Sept. 24 -"), else the country the article names most often.
 */
function inferPersonCountries(doc: Doc): void {
  // a bare political, armed or police role noun ("insurgents", "officials", "troops", "riot police") takes the
  // country only when the article names exactly one (courts, companies and media stay uncoded: a fraud trial is
  // not an event)
  const countries = new Set(
    // (one person of a people, "gunned down a Briton in Riyadh", is a victim, not the story's setting)
    doc.mentions.filter((m) => m.country && m.kind !== 'person' && !isOneOfAPeople(m)).map((m) => m.country),
  );
  if (countries.size === 1) {
    const only = [...countries][0];
    for (const m of doc.mentions)
      if (
        m.kind === 'role' &&
        !m.country &&
        !m.org &&
        m.role &&
        /^(GOV|MIL|REB|INS|SEP|OPP|UAF|COP|RAD)$/.test(m.role) &&
        !afterUnknownName(doc, m) &&
        !ofUnknownName(doc, m) &&
        !FOREIGN.test(doc.tokens[m.tokenStart - 1]?.lower ?? '') &&
        // an embassy, ambassador or envoy is mostly a foreign country's in the story's one country
        !DIPLOMATIC.test(m.text.toLowerCase().split(/\s+/).pop() ?? '')
      )
        m.country = only;
  }
  let unknown = doc.mentions.filter((m) => m.kind === 'person' && !m.country && !m.org && m.role);
  if (!unknown.length) return;
  // "King Hassan of Morocco", "President Mwanawasa of Zambia": the country the name itself is given
  for (const m of unknown) m.country = ofCountryAfter(doc, m);
  unknown = unknown.filter((m) => !m.country);
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
    // a country named once in passing is no evidence of the person's nationality
    if (top.length && top[0][1] >= 2 && (top.length === 1 || top[0][1] > top[1][1])) country = top[0][0];
  }
  if (country) for (const m of unknown) m.country = country;
}

/**
 * a role noun right after an acronym the lexicon does not know ("EC foreign ministers", "TRW officials", "ASA
 * leaders"): the acronym's body owns the role, so the article's only country does not. Capitalised words are left
 * alone: "Finance Ministry officials", "Communist rebels" are the country's.
 */
function afterUnknownName(doc: Doc, m: ActorMention): boolean {
  const t = doc.tokens[m.tokenStart - 1];
  if (t === undefined || t.sentence !== m.sentence || (t.pos !== 'PROPN' && t.pos !== 'NOUN')) return false;
  if (/^\p{Lu}{2,}$/u.test(t.text)) return true;
  // ... and a spokesman after any unknown name ("a Coastal spokesman said", "a Toyota spokeswoman"): a body's
  // voice, not the country's
  return (
    SPOKES.test(m.text) &&
    /^\p{Lu}\p{Ll}/u.test(t.text) &&
    !doc.mentions.some((x) => x.tokenEnd === m.tokenStart)
  );
}

const SPOKES = /^(spokesman|spokeswoman|spokesperson|spokesmen)$/i;
/** the last word of a non-state body's name */
const BODY_HEAD =
  /^(association|associations|institute|federation|society|foundation|corp|corporation|company|co|inc|ltd|plc|group|league|club|union|chamber|council|board|exchange|bank|fund|trust|church|university|college)$/;

/**
 * a role noun before "of" and a name the lexicon does not know ("Leaders of the American Soybean Association",
 * "officials of Acme Corp"): that body owns the role, not the article's only country
 */
function ofUnknownName(doc: Doc, m: ActorMention): boolean {
  let k = m.tokenEnd;
  if (doc.tokens[k]?.lower !== 'of') return false;
  k++;
  if (doc.tokens[k]?.lower === 'the') k++;
  const t = doc.tokens[k];
  if (t === undefined || t.sentence !== m.sentence || !/^\p{Lu}/u.test(t.text)) return false;
  // (the run of capitalised words: no mention may start or lie in it)
  let e = k;
  while (doc.tokens[e]?.sentence === m.sentence && /^\p{Lu}/u.test(doc.tokens[e].text)) e++;
  // (a body's name: "Minister of State for Finance", "governor of the Asir region" are the country's; "the full force
  // of Hurricane Ivan" is no armed force of anyone's)
  if (!BODY_HEAD.test(doc.tokens[e - 1].lower) && m.text.toLowerCase() !== 'force') return false;
  return !doc.mentions.some((x) => x.sentence === m.sentence && x.tokenStart < e && x.tokenEnd > k);
}

const DIPLOMATIC =
  /^(embassy|embassies|consulate|consulates|ambassador|ambassadors|envoy|envoys|diplomat|diplomats|legation|charge)$/;

/** the country named in an "of" phrase right after mention `m` ("King Hassan of Morocco"), else null */
function ofCountryAfter(doc: Doc, m: ActorMention): string | null {
  if (doc.tokens[m.tokenEnd]?.lower !== 'of') return null;
  const next = doc.mentions.find((c) => c.tokenStart === m.tokenEnd + 1);
  return next && next.kind === 'country' && next.role === null && !next.place ? next.country : null;
}

/** a name that starts at the token after i and ends beyond `end` */
function longerAfter(
  doc: Doc,
  lex: Lexicon,
  norm: string,
  i: number,
  end: number,
  endsInSentence: (end: number) => boolean,
): boolean {
  const next = doc.tokens[i + 1];
  if (!next || next.sentence !== doc.tokens[i].sentence) return false;
  return lex.actors
    .matchAt(norm, next.start, endsInSentence)
    .some((x) => x.end > end && x.values.some((e) => caseOk(e, doc.text.slice(next.start, x.end))));
}

/** an organisation's names mean it only while it existed ("ICC" in a 1987 story is not the criminal court) */
function existed(e: ActorEntry, day: string): boolean {
  return (!e.since || day >= e.since) && (!e.until || day <= e.until);
}

const PLACE_KINDS = new Set(['country', 'capital', 'metonym']);

/**
 * a place right after "Head of" ends the name of something else ("Boy Scouts of America", "Muslim Council of
 * Britain"): the capitalised word is a name head (cues nameHeads) and no item (a title or role noun: "President of
 * Iran", "Bank of England" stay compounds); a person's surname ("Xuto of Thailand") is no name head. Drops an item
 * ending at a water word before it ("the Gulf" of "the Gulf of Oman").
 */
function nameOfPlace(doc: Doc, lex: Lexicon, items: RawItem[], i: number): boolean {
  const of = doc.tokens[i - 1];
  const cap = doc.tokens[i - 2];
  if (!of || of.lower !== 'of' || !cap || cap.sentence !== doc.tokens[i].sentence) return false;
  if (!/^\p{Lu}\p{Ll}/u.test(cap.text) || (cap.pos !== 'PROPN' && cap.pos !== 'NOUN')) return false;
  const last = items[items.length - 1];
  if (last && last.te > i - 2) {
    // "the Gulf of Oman": an item ending at the waters' head word ("the Gulf") is part of their name: it goes
    if (last.te !== i - 1 || !WATERS.test(cap.lower)) return false;
    items.pop();
  }
  return lex.cues.nameHeads.has(cap.lower);
}
const WATERS = /^(gulf|sea|bay|strait|straits)$/;

const COMPASS = /^(North|South|East|West|New|Old|Upper|Lower|Port|Fort|Mount|Lake|Saint|St\.?)$/;

/** a capitalised compass or place word right before, not part of any item: another town's name */
function compassBefore(doc: Doc, items: RawItem[], i: number): boolean {
  const prev = doc.tokens[i - 1];
  return !!prev && COMPASS.test(prev.text) && freeWordBefore(doc, items, i);
}

const ALLIANCE_NOUN = /^(alliance|alliances|bloc|pact|coalition|grouping)$/;

/** token i alone (the match ends at `end`) is one of `words` before a common noun, or any before an alliance's noun */
function adjectiveOnly(doc: Doc, i: number, end: number, words: Set<string>): boolean {
  const t = doc.tokens[i];
  const next = doc.tokens[i + 1];
  if (t.end !== end || next?.pos !== 'NOUN' || next.sentence !== t.sentence) return false;
  // ("the Russian-led CSTO military alliance": any role word before an alliance's noun describes the alliance)
  return words.has(t.lower) || ALLIANCE_NOUN.test(next.lower);
}

/** the word right before token i, spelled as one of `words`, in its sentence and part of no item */
function wordBefore(doc: Doc, items: RawItem[], i: number, words: Set<string>): boolean {
  const prev = doc.tokens[i - 1];
  return !!prev && words.has(prev.text) && freeWordBefore(doc, items, i);
}

function freeWordBefore(doc: Doc, items: RawItem[], i: number): boolean {
  if (doc.tokens[i - 1].sentence !== doc.tokens[i].sentence) return false;
  const last = items[items.length - 1];
  return !(last && last.te > i - 1);
}

/** "a Briton", "an American": one person of a people (adjectives.ts), a non-agentive civilian named by a demonym */
function isOneOfAPeople(m: ActorMention): boolean {
  return m.kind === 'country' && m.onePerson === true;
}
