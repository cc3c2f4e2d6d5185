/**
 * Personal names the actor lexicon does not know ("presiding judge Anna Keller said", "said Priya
 * Natarajan, chief strategist at ..."): a run of two to five capitalised proper-noun tokens, allowing
 * initials ("J."), particles inside ("bin", "al-", "van", "de") and a trailing "Jr."/"Sr.". Used to name the
 * speaker of a quote when no person mention is there; such a speaker is named but not coded.
 */
import type { Doc } from '../model/document.js';

const CAP = /^\p{Lu}[\p{L}'’.-]*$/u;
export const NAME_PARTICLE = /^(bin|ibn|al|el|van|von|de|da|der|den|du|la|le|di|dos|das)$/;
const SUFFIX = /^(Jr\.?|Sr\.?|II|III)$/;
/** words that make a capitalised run an organisation, outlet or place rather than a person */
export const INSTITUTION =
  /^(Times|Post|News|Journal|Daily|Herald|Press|Agency|Bank|Group|Corp\.?|Corporation|Co\.?|Inc\.?|Ltd\.?|Plc|PLC|LLC|Industries|Electric|Dynamics|Mills|Foods|Systems|Company|Capital|Fund|Securities|University|College|Institute|Commission|Council|Committee|Ministry|Office|Department|Party|Union|Association|Foundation|Court|Street|City|Province|Republic|Kingdom|States|Airlines|Motors|Energy|Oil|Holdings|Partners)$/;
/** capitalised words that start sentences or name things, never a first name */
const NOT_NAME =
  /^(The|A|An|In|On|At|But|And|He|She|They|We|It|His|Her|Their|Its|This|That|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Mr\.?|Mrs\.?|Ms\.?|Dr\.?)$/;

export interface NameSpan {
  /** token range [a, b) */
  a: number;
  b: number;
  text: string;
}

/** the name run that starts at token i (before token hi), or null */
export function nameAt(doc: Doc, i: number, hi: number): NameSpan | null {
  const toks = doc.tokens;
  const first = toks[i];
  if (!first || first.pos !== 'PROPN' || !CAP.test(first.text) || NOT_NAME.test(first.text)) return null;
  let j = i + 1;
  let words = 1;
  while (j < hi && words < 5) {
    const t = toks[j];
    const glued = t.start === toks[j - 1].end && /^[-’']/.test(t.text); // "Ching-te", "O'Brien" pieces
    if (glued || ((t.pos === 'PROPN' || SUFFIX.test(t.text)) && CAP.test(t.text))) {
      if (!glued) words++;
      j++;
    } else if (NAME_PARTICLE.test(t.lower) && toks[j + 1] && CAP.test(toks[j + 1].text)) j++;
    else break;
  }
  if (words < 2) return null;
  // an acronym inside ("ECOWAS Commission") or an actor the lexicon knows is not a personal name
  for (let k = i; k < j; k++)
    if (/^\p{Lu}{2,}$/u.test(toks[k].text) || INSTITUTION.test(toks[k].text)) return null;
  return { a: i, b: j, text: doc.text.slice(first.start, toks[j - 1].end) };
}

/**
 * the name run nearest to token `at` inside [lo, hi), looking left first; a run that starts at `lo` itself
 * wins ("…,” Omar Alieu Touray, president of the ECOWAS Commission, told"); null when none. Runs that
 * overlap an actor mention other than a person are not names.
 */
export function nameNear(doc: Doc, at: number, lo: number, hi: number): NameSpan | null {
  let best: NameSpan | null = null;
  let bestDist = Infinity;
  const actorAt = (n: NameSpan) =>
    doc
      .mentionsIn(doc.tokens[n.a].start, doc.tokens[n.b - 1].end)
      .some((m) => m.kind !== 'person' && m.kind !== 'pronoun' && m.tokenEnd > n.a && m.tokenStart < n.b);
  for (let i = lo; i < hi; i++) {
    const n = nameAt(doc, i, hi);
    if (!n || actorAt(n)) continue;
    if (i === lo) return n;
    const d = n.b <= at ? at - n.b : n.a - at + 0.5;
    if (d >= 0 && d < bestDist) {
      best = n;
      bestDist = d;
    }
    i = n.b - 1;
  }
  return best;
}
