/**
 * Reported speech around a trigger: who reports the clause ("Gaviria said (that) ..."), and who it is told to
 * ("warned the United States that ..."). Used for threats whose grammatical subject is not their author.
 */
import type { ActorMention, Doc } from '../model/document.js';
import type { Lexicon } from '../lexicon/load.js';
import type { SentenceView } from './match.js';
import type { ClauseInfo } from './clauses.js';
import { codable, findSource, mentionEndingAt } from './roles.js';
import { issuingVerb } from './documents.js';

/** a mention between a verb and a complementizer ("told Israel that", "warned the US that") */
export function addresseeOfReport(v: SentenceView, m: ActorMention, lo: number): boolean {
  const next = v.toks[m.tokenEnd];
  if (!next || next.lower !== 'that') return false;
  // "arrested the militants that kidnapped ...": a "that" right before a verb is the relative clause's subject
  const after = v.toks[m.tokenEnd + 1];
  if (after && (after.pos === 'VERB' || after.pos === 'AUX') && !/^(is|was|are|were)$/.test(after.lower))
    return false;
  let j = m.tokenStart - 1;
  while (j >= lo && v.toks[j].pos === 'DET') j--;
  return j >= lo && v.toks[j].pos === 'VERB';
}

/**
 * who reports the clause a trigger is in: the speaker of the quote it is in, else the subject of the nearest
 * speech or warning verb before it whose complement holds the trigger ("Gaviria said (that) ...",
 * "Egypt warned Israel that ...") or of the verb issuing a statement noun ("issued a reminder to Iraq that ...")
 */
export function reporterOf(
  doc: Doc,
  v: SentenceView,
  trigger: number,
  lo: number,
  quote: { speaker: number | null } | null,
  clauses: ClauseInfo,
  lex: Lexicon,
): ActorMention[] | null {
  if (quote) {
    const sp = quote.speaker !== null ? doc.mention(quote.speaker) : null;
    return sp && codable(sp) ? [sp] : null;
  }
  for (let j = trigger - 1; j >= lo; j--) {
    const t = v.toks[j];
    // "issued a stern reminder to Iraq that ...": a document or message one issues reports as a verb would
    const issuer = t.pos === 'NOUN' ? issuingVerb(v, j, lo, lex) : -1;
    if (issuer >= 0 || (t.pos === 'VERB' && (lex.cues.speechVerbs.has(t.lemma) || t.lemma === 'warn'))) {
      const src = findSource(
        doc,
        v,
        { trigger: issuer >= 0 ? issuer : j, clauses, lo, conditionRange: null },
        lex,
      );
      return src?.filter(codable).length ? src.filter(codable) : null;
    }
  }
  return null;
}

/**
 * the addressee of the reporting verb that introduces the trigger's clause ("warned the United States that
 * any interference would have consequences" -> the United States), for a threat that names no target
 */
export function reportAddressee(
  doc: Doc,
  v: SentenceView,
  trigger: number,
  lo: number,
): ActorMention[] | null {
  for (let j = trigger - 1; j >= lo; j--) {
    const m = mentionEndingAt(v, j);
    if (m && addresseeOfReport(v, m, lo)) {
      const r = m.kind === 'pronoun' ? doc.resolve(m) : m;
      return codable(r) ? [r] : null;
    }
  }
  return null;
}
