/**
 * The owner a verb's object names: "open its own market to U.S. goods", "withdraw their troops". A possessive
 * pronoun opening the object of a verb is bound by the verb's subject, so when the subject search lands on another
 * country (a sentence's first actor, several infinitives back: "Reagan announced the tariffs to retaliate for Japan's
 * failure to honor an agreement ... to open its own market"), the pronoun's antecedent is the subject.
 */
import type { ActorMention, Doc } from '../model/document.js';
import type { SentenceView } from './sentence-view.js';
import { codable } from './mention-at.js';

const OWNER_PRONOUN = /^(its|their)$/;
/** roots of acts on what one owns (open its market, withdraw its troops, mobilise its forces, cut its aid); an act on
 * another party names that party's things ("praised their majority") */
const OWN_THING_ROOTS = /^(06|08|15|16)$/;

/** the antecedent of "its"/"their" right after the verb at `trigger` (past one adverb) inside the matched span (to
 * `end`) when it is of another country than `sources`; else `sources` */
export function objectOwner(
  doc: Doc,
  v: SentenceView,
  root: string,
  trigger: number,
  end: number,
  sources: ActorMention[] | null,
): ActorMention[] | null {
  if (!sources || !OWN_THING_ROOTS.test(root) || v.toks[trigger].pos !== 'VERB') return sources;
  let k = trigger + 1;
  if (v.toks[k]?.pos === 'ADV' || v.toks[k]?.pos === 'PART') k++;
  if (k >= end || !OWNER_PRONOUN.test(v.toks[k].lower)) return sources;
  const m = v.mentionAt.get(k);
  if (!m || m.kind !== 'pronoun') return sources;
  const r = doc.resolve(m);
  if (r === m || !codable(r) || !r.country) return sources;
  if (sources.some((s) => s.country === r.country || s.id === r.id)) return sources;
  return m.antecedents?.length ? doc.expand(m).filter(codable) : [r];
}
