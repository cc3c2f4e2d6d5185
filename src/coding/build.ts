/** Turns coded pieces into the public `CodedEvent` shape (ontology lookups, actor codes, spans). */
import type { ActorMention, Doc } from '../model/document.js';
import type { ActorRef, CodedEvent, ConditionRef, Modality, QuoteRef, TextSpan } from '../model/event.js';
import type { Lexicon } from '../lexicon/load.js';

export function actorCode(m: { country: string | null; org: string | null; role: string | null }): string {
  const base = m.country ?? m.org ?? '';
  return base + (m.role && !(m.org && !m.country && m.role === 'IGO') ? m.role : '');
}

export function actorRef(m: ActorMention, shown: ActorMention = m): ActorRef {
  return {
    code: actorCode(m),
    country: m.country,
    role: m.role,
    org: m.org,
    name: m.kind === 'person' || m.kind === 'country' || m.kind === 'org' ? m.name : shown.text,
    start: shown.start,
    end: shown.end,
  };
}

export interface EventParts {
  code: string;
  rule: string;
  modality: Modality;
  condition: ConditionRef | null;
  date: string;
  dateOrigin: 'text' | 'published';
  source: ActorRef | null;
  target: ActorRef | null;
  evidence: TextSpan;
  trigger: TextSpan;
  quote: QuoteRef | null;
  ploverMode?: string;
  /** the pattern's mutual-act flag (used by the refiners, not stored) */
  reciprocal?: boolean;
  /** the pattern codes only mutual acts of coordinated subjects (refiners drop it otherwise) */
  mutualOnly?: boolean;
}

export function buildEvent(doc: Doc, lex: Lexicon, n: number, p: EventParts): CodedEvent {
  const c = lex.cameo.get(p.code);
  if (!c) throw new Error(`unknown CAMEO code ${p.code}`);
  return {
    id: `${doc.article.id}:${n}`,
    articleId: doc.article.id,
    code: p.code,
    root: c.root,
    goldstein: c.goldstein,
    quadClass: c.quadClass,
    plover: { type: c.plover, mode: p.ploverMode ?? c.ploverMode },
    modality: p.modality,
    condition: p.condition,
    date: p.date,
    dateOrigin: p.dateOrigin,
    source: p.source,
    target: p.target,
    evidence: p.evidence,
    trigger: p.trigger,
    rule: p.rule,
    quote: p.quote,
  };
}

/**
 * A country named as the author of a statement, appeal, promise, demand or threat ("China will respond",
 * "Iran accused Israel") speaks through its government: CAMEO roots 01-13 give a bare country the GOV role.
 */
export function sourceRef(m: ActorMention, code: string) {
  const ref = actorRef(m);
  const verbal = Number(code.slice(0, 2)) <= 13;
  if (verbal && m.kind === 'country' && m.role === null && m.country && !m.org)
    return { ...ref, role: 'GOV', code: `${m.country}GOV` };
  return ref;
}
