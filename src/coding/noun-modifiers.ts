/**
 * A country's name or a military noun before or after another noun that it only modifies, so it does not act:
 * "the Iraq war" (a topic), "UK firms" (things), "Samsung of South Korea" (an origin), "aircraft makers" (a trade).
 */
import type { Doc } from '../model/document.js';
import type { Lexicon } from '../lexicon/load.js';
import type { RawItem } from './actor-items.js';

/**
 * "Samsung of South Korea", "Nippon Steel Corp of Japan": a country after "of" and a name the lexicon does not know
 * says where that name is from; the name (a company, mostly) acts, not the country. Known names with an "of" phrase
 * ("King Hassan of Morocco", "the foreign minister of Iran") are assembled before this.
 */
export function originOfName(doc: Doc, items: RawItem[], ts: number, sentStart: number): boolean {
  const of = doc.tokens[ts - 1];
  const name = doc.tokens[ts - 2];
  if (!of || of.lower !== 'of' || ts - 2 < sentStart || name.pos !== 'PROPN') return false;
  if (!/^\p{Lu}/u.test(name.text) || items.some((x) => x.ts <= ts - 2 && ts - 2 < x.te)) return false;
  // "the Republic of Korea", "the Kingdom of Saudi Arabia": a state's own style is none of this
  return !/^(republic|kingdom|state|states|emirate|sultanate|federation|union|principality|commonwealth)$/.test(
    name.lower,
  );
}

/** nouns of trade and manufacture: military craft before them name an industry, not a force */
const TRADE_NOUNS =
  /^(makers?|manufacturers?|industry|industries|company|companies|firms?|factory|factories|plants?|sales|exports|imports|orders?|subsidies|deals?|contracts?|parts|engines|builders?|producers?|suppliers?|maintenance|leasing|market)$/;

export function tradeNounAfter(doc: Doc, te: number, sentEnd: number): boolean {
  const t = doc.tokens[te];
  return te < sentEnd && t.pos === 'NOUN' && TRADE_NOUNS.test(t.lower);
}

/** craft a state sends: "U.S. planes bombed targets", "four U.S. destroyers attacked the platform" */
const CRAFT =
  /^(planes|aircraft|helicopters|ships|boats|vessels|vehicles|destroyers|frigates|submarines|cruisers)$/;

/**
 * "US acts are not faced with comparable expense when visiting the UK", "UK firms", "China stocks": a country's
 * name before a plural common noun that is no actor's (no role noun, no attack noun) modifies it; the noun heads
 * the phrase, so the country does not act ("Russia strikes kill 10", "US troops" keep theirs)
 */
export function modifiesThings(
  doc: Doc,
  lex: Lexicon,
  items: RawItem[],
  te: number,
  sentEnd: number,
): boolean {
  const noun = doc.tokens[te];
  return (
    te < sentEnd &&
    noun.pos === 'NOUN' &&
    /^\p{Ll}+s$/u.test(noun.text) &&
    noun.lemma !== noun.lower &&
    // the head ends the phrase: a name, a determiner or a pronoun after it makes it a verb ("Russia warns Ukraine")
    (te + 1 >= sentEnd || /^(VERB|AUX|ADP|PUNCT|CCONJ|SCONJ|ADV)$/.test(doc.tokens[te + 1].pos)) &&
    !items.some((x) => x.ts === te) &&
    !CRAFT.test(noun.lower) &&
    !lex.cues.attackNouns.has(noun.lower)
  );
}

/**
 * "the legality of the Iraq war amid ...", "the Ukraine crisis dominated": a country's name between an article and a
 * lower-case common noun that ends the phrase names that noun's topic, not its agent (a target at most, as "an
 * Israeli withdrawal" is)
 */
export function namesTopic(doc: Doc, ts: number, te: number, sentEnd: number): boolean {
  const before = doc.tokens[ts - 1];
  const article =
    (before !== undefined && /^(the|a|an)$/.test(before.lower)) || doc.tokens[ts].lower === 'the';
  const noun = doc.tokens[te];
  const after = doc.tokens[te + 1];
  return (
    article &&
    te < sentEnd &&
    noun.pos === 'NOUN' &&
    /^\p{Ll}/u.test(noun.text) &&
    (te + 1 >= sentEnd || /^(ADP|PUNCT|VERB|AUX|CCONJ|SCONJ)$/.test(after.pos))
  );
}

/** nouns a negotiation is named by after its venue ("the Vienna talks", "the Minsk agreements", "the Oslo accords") */
const NEGOTIATION_NOUN =
  /^(talks|rounds?|accords?|agreements?|process|format|protocol|negotiations|conference)$/;
const BEFORE_NAME = /^(DET|ADP|ADJ|NUM)$/;

/**
 * a capital or town naming a negotiation held there, or a country naming a trade round ("the Uruguay round"): the
 * venue is no actor ("Iran walked out of the Vienna talks" is not aimed at Austria)
 */
export function namesVenue(doc: Doc, ts: number, te: number, kind: string, sentStart: number): boolean {
  const noun = doc.tokens[te];
  const before = doc.tokens[ts - 1];
  if (!noun || (noun.pos !== 'NOUN' && noun.pos !== 'PROPN') || ts - 1 < sentStart) return false;
  if (!BEFORE_NAME.test(before.pos)) return false;
  if (kind === 'country') return /^rounds?$/.test(noun.lower);
  return (kind === 'capital' || kind === 'place') && NEGOTIATION_NOUN.test(noun.lower);
}
