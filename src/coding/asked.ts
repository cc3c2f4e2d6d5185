/**
 * Acts asked of others, in the events stage: "Russia said that Sudan must return the helicopter" is Russia's demand
 * on Sudan (an obligation the reporter states), "Seoul wants Tokyo to ease curbs" Seoul's appeal to Tokyo (a wish or
 * an order to an addressee: requestBefore), "a deal to allow the UK to deport" only possible, "Britain said Iran was
 * to blame" Britain's accusation. Unreported, or said of oneself, the act is only hypothetical.
 */
import type { ActorMention, Doc } from '../model/document.js';
import type { Modality } from '../model/event.js';
import type { Lexicon } from '../lexicon/load.js';
import type { CompiledPattern } from '../lexicon/patterns.js';
import type { SentenceView } from './match.js';
import type { ClauseInfo } from './clauses.js';
import { findSource, codable } from './roles.js';
import { reporterOf } from './reports.js';
import { modalityOf } from './modality.js';
import { obligationBefore, obligedCode, requestBefore, sameSide, type Obligation } from './obligation.js';

export interface AskedInput {
  doc: Doc;
  v: SentenceView;
  lex: Lexicon;
  clauses: ClauseInfo;
  sentStart: number;
  /** the first token the source may be found at (the quote's content, else the sentence) */
  lo: number;
  quote: { speaker: number | null } | null;
  trigger: number;
  pattern: CompiledPattern;
  passive: boolean;
}

export interface Asked {
  modality: Modality;
  sources: ActorMention[];
  targets: ActorMention[] | null;
  code: string;
  rule: string;
}

const ORDER = /^(order|instruct|command)$/;
const FORCES = /^(MIL|COP|SPY)$/;

/** "Holder ordered the FBI to open a probe", "Putin ordered troops to withdraw": a command to forces is carried
 * out, their act (10.order_to leaves such orders alone too) */
function orderToForces(v: SentenceView, asked: ReturnType<typeof requestBefore>): boolean {
  if (!asked || asked.verb < 0 || !ORDER.test(v.toks[asked.verb].lemma)) return false;
  const m = v.mentionAt.get(asked.verb + 1) ?? v.mentionAt.get(asked.verb + 2);
  return !!m && m.role !== null && FORCES.test(m.role);
}

/** the event recoded as asked of others, or 'drop' (a blame nobody reports), or null (nothing asked) */
export function askedOfOthers(inp: AskedInput, now: Asked): Asked | 'drop' | null {
  const { doc, v, lex, pattern: p, passive } = inp;
  const modality = now.modality;
  // (an intent pattern's own future counts as actual here: "must agree to" is demanded)
  const obl =
    (modality === 'actual' || (modality === 'future' && p.modality === 'future')) &&
    !passive &&
    !p.reporterSource
      ? obligationBefore(doc.tokens, inp.sentStart, inp.trigger)
      : null;
  // a passive act still required is not done ("must be ratified by parliament", "needs to be approved by France")
  if (passive && modality === 'actual' && obligationBefore(doc.tokens, inp.sentStart, inp.trigger))
    return { ...now, modality: 'hypothetical' };
  const asked = obl || passive || p.reporterSource ? null : requestBefore(v, inp.lo, inp.trigger, lex.cues);
  // what is (not) permitted is only possible ("will not allow anyone to threaten our sovereignty"); a negated
  // request keeps its negation ("did not tell Iran to attack")
  if (asked?.kind === 'permit') return { ...now, modality: 'hypothetical' };
  const req = modality === 'negated' || orderToForces(v, asked) ? null : asked;
  // asked of others the lexicon does not know: nobody known does the act
  if (req?.addressees?.length === 0) return 'drop';
  if (!obl && !req) return null;
  const obliged = req?.addressees ?? now.sources;
  const rep = (
    req && req.verb >= 0
      ? findSource(doc, v, { trigger: req.verb, clauses: inp.clauses, lo: inp.lo, conditionRange: null }, lex)
      : reporterOf(doc, v, inp.trigger, inp.lo, inp.quote, inp.clauses, lex)
  )?.filter((m) => codable(m) && !obliged.some((x) => x.id === m.id || sameSide(x, m)));
  const kind = obl ?? (req!.kind as Obligation | 'blamed');
  if (!rep?.length) return kind === 'blamed' ? 'drop' : { ...now, modality: 'hypothetical' };
  // ("renewed its call for Russia to withdraw": an act asked for is unasserted, the request was made; "will ask
  // Russia to" keeps its future)
  const own =
    req && req.verb >= 0 && modality === 'hypothetical'
      ? modalityOf(
          {
            toks: doc.tokens,
            sentStart: inp.sentStart,
            trigger: req.verb,
            root: '02',
            conditional: false,
            reported: false,
          },
          lex,
        )
      : modality;
  return {
    // the demand, appeal or blame was made
    modality: obl || kind === 'blamed' ? 'actual' : own,
    sources: rep,
    targets: obliged,
    code: kind === 'blamed' ? now.code : obligedCode(now.code, kind),
    rule: `${p.id}>${kind}`,
  };
}
