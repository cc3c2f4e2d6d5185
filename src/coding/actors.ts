/**
 * Stage `actors`: finds actor mentions with the lexicon trie and assembles compounds:
 *   ADJ/COUNTRY/ORG/METONYM + role noun  -> country + role   ("Russian defence ministry" -> RUS MIL)
 *   [ADJ] [TITLE] PERSON                 -> person coded by the office held on the article date
 *   TITLE + unknown capitalised name     -> person coded by the title's role
 *   ADJ + place noun                     -> country, target-only ("Russian territory")
 *   role noun + of + COUNTRY             -> country + role   ("the foreign minister of Iran")
 * Pronouns become unresolved mentions for the coreference stage.
 */
import { giveOrderedForcesTheirCountry } from './ordered-forces.js';
import { inferPersonCountries, nationalCommissioners } from './role-countries.js';
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
            if (adjectiveOnly(doc, i, m.end, lex.cues.adjectiveRoleNouns) || adverbDaily(doc, i))
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
      // an undated article with no date in its lead (or a dateline's day without its year): the offices of the
      // titled people it names date it
      if (doc.referenceFrom === 'today' || doc.referenceFrom === 'dateline') {
        const day = officeDate(doc, itemsBySentence, doc.referenceDate, doc.referenceFrom === 'dateline');
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
      giveOrderedForcesTheirCountry(doc);
      inferPersonCountries(doc);
      nationalCommissioners(doc);
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
const CLAUSELESS_PREP = /^(on|upon|onto|against|into)$/;

const COMPASS_WORD =
  /^(north|south|east|west|northern|southern|eastern|western|central|northeast|northwest|southeast|southwest)$/;

function governingPrep(doc: Doc, m: ActorMention): string | null {
  const first = doc.sentences[m.sentence].tokenStart;
  const next = doc.tokens[m.tokenEnd];
  const next2 = doc.tokens[m.tokenEnd + 1];
  let j = m.tokenStart - 1;
  // (a compass word the tagger reads as an adverb too: "from north London")
  while (j >= first && (/^(DET|ADJ|NUM)$/.test(doc.tokens[j].pos) || COMPASS_WORD.test(doc.tokens[j].lower)))
    j--;
  const t = j >= first ? doc.tokens[j] : null;
  // "two car bombs in Baghdad killed", "airstrikes on Syria killed", "talks with Iran collapsed": a mention in a
  // phrase after a noun stays the object of its preposition (the noun heads the verb's subject)
  const placeAfterNoun =
    t !== null &&
    /^(in|at|near|from|outside|inside|on|against|into|across|over|with|for|to|toward|towards)$/.test(
      t.lower,
    ) &&
    j > first &&
    // (a capitalised first word is tagged a name: "Airstrikes on Syria killed 12")
    (doc.tokens[j - 1].pos === 'NOUN' || (doc.tokens[j - 1].pos === 'PROPN' && j - 1 === first));
  // (a preposition that never opens a clause keeps its object whatever follows: "sanctions imposed on Japan were")
  const clauseless =
    t !== null && t.pos === 'ADP' && CLAUSELESS_PREP.test(t.lower) && doc.tokens[j - 1]?.pos === 'VERB';
  if (
    !placeAfterNoun &&
    !clauseless &&
    next &&
    next.sentence === m.sentence &&
    (next.pos === 'VERB' || next.pos === 'AUX' || (next.pos === 'ADV' && next2?.pos === 'VERB')) &&
    !/ing$/.test(next.lower)
  )
    return null;
  if (t === null) return null;
  return t.pos === 'ADP' ? t.lower : null;
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

/** "trucks enter Gaza daily.": "daily" closing a verb's phrase is an adverb, no newspaper */
function adverbDaily(doc: Doc, i: number): boolean {
  const t = doc.tokens[i];
  if (t.lower !== 'daily' || i < 2) return false;
  const next = doc.tokens[i + 1];
  const closes = !next || next.sentence !== t.sentence || next.pos === 'PUNCT';
  return closes && /^(VERB|ADP)$/.test(doc.tokens[i - 2].pos) && doc.tokens[i - 1].sentence === t.sentence;
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
