/**
 * Compiles the pattern strings of lexicon/events/*.yaml into element lists and a trigger index
 * (hash map from trigger word to its patterns, most specific first), so the coder only tries the
 * patterns whose trigger occurs in a sentence.
 */
import type { EventPattern } from './schema.js';
import { RedlineError } from '../util/errors.js';

/** one word alternative, split on hyphens: "cease-fire" -> ["cease", "-", "fire"] */
export type WordAlt = string[];

export type PatternElement =
  | { kind: 'word'; alts: WordAlt[] }
  | { kind: 'gap' }
  | { kind: 'target' }
  | { kind: 'source' }
  | { kind: 'not'; alts: WordAlt[] };

export interface CompiledPattern {
  id: string;
  code: string;
  root: string;
  pos?: 'VERB' | 'NOUN' | 'ADJ';
  modality?: 'threat' | 'future' | 'hypothetical';
  ploverMode?: string;
  requireModality?: string[];
  /** the condition must name an actor (see the schema) */
  conditionActor: boolean;
  /** the target slot takes no possessor of a thing (see the schema) */
  targetNotPossessor: boolean;
  /** the target slot takes no actor of these roles (see the schema) */
  targetNotRoles?: ReadonlySet<string>;
  /** the target slot takes only a coded actor (see the schema) */
  targetCoded: boolean;
  /** the governed verb stays free to code on its own (see the schema) */
  freeContent: boolean;
  /** with no target in its sentence, the target is the other side the story just named (see the schema) */
  storyTarget: boolean;
  /** coordinated subjects without a target act on each other: true/false as the pattern says, else by root */
  reciprocal: boolean | undefined;
  /** codes only the mutual act of coordinated subjects (see the schema) */
  mutualOnly: boolean;
  /** the reporting speaker is the source, the clause subject the target (see the schema) */
  reporterSource: boolean;
  /** role of the source -> the code to use instead (see the schema) */
  sourceRoleCodes?: Record<string, string>;
  /** codes only with an organisation as its target (see the schema) */
  targetOrg: boolean;
  /** codes only with an organisation as its source (see the schema) */
  sourceOrg: boolean;
  /** codes only with another country's actor as its target (see the schema) */
  foreignTarget: boolean;
  /** codes only with a town, region or capital as its target (see the schema) */
  targetPlace: boolean;
  targetPerson: boolean;
  /** source roles one of which the pattern requires (see the schema) */
  sourceRoles?: ReadonlySet<string>;
  /** the code when the target is an organisation (see the schema) */
  targetOrgCode?: string;
  /** lemmas right before the trigger that block it (see the schema) */
  notAfter?: ReadonlySet<string>;
  /** head lemmas of the object after the trigger that block it (see the schema) */
  notObject?: ReadonlySet<string>;
  /** head lemmas of a passive's subject, one of which the pattern requires (see the schema) */
  passiveHead?: ReadonlySet<string>;
  trigger: WordAlt[];
  /** elements after the trigger */
  rest: PatternElement[];
  specificity: number;
  /**
   * for each word element after the trigger, the forms one of which must occur in the sentence (first word
   * of each alternative, and the hyphenated whole): lets the matcher skip a pattern without trying it
   */
  required: string[][];
  hasTarget: boolean;
  hasSource: boolean;
  order: number;
}

function splitAlt(w: string): WordAlt {
  const parts = w.toLowerCase().split(/(-)/).filter(Boolean);
  return parts.length ? parts : [w.toLowerCase()];
}

function parseAlts(el: string): WordAlt[] {
  return el.split('|').filter(Boolean).map(splitAlt);
}

export function compilePattern(p: EventPattern, order: number, where: string): CompiledPattern {
  const parts = p.pattern.trim().split(/\s+/);
  const first = parts[0];
  if (!first || first === '*' || first === '+' || first === '$' || first.startsWith('~'))
    throw new RedlineError('R201', `pattern "${p.id}" must start with a trigger word`, where);
  const rest: PatternElement[] = [];
  let specificity = 1;
  for (const el of parts.slice(1)) {
    if (el === '*') rest.push({ kind: 'gap' });
    else if (el === '+') {
      rest.push({ kind: 'target' });
      specificity += 2;
    } else if (el === '$') {
      rest.push({ kind: 'source' });
      specificity += 2;
    } else if (el.startsWith('~')) rest.push({ kind: 'not', alts: parseAlts(el.slice(1)) });
    else {
      rest.push({ kind: 'word', alts: parseAlts(el) });
      specificity += 3;
    }
  }
  return {
    id: p.id,
    code: p.code,
    root: p.code.slice(0, 2),
    pos: p.pos,
    modality: p.modality,
    ploverMode: p.ploverMode,
    requireModality: p.requireModality,
    conditionActor: p.conditionActor === true,
    targetNotPossessor: p.targetNotPossessor === true,
    targetNotRoles: p.targetNotRoles ? new Set(p.targetNotRoles) : undefined,
    targetCoded: p.targetCoded === true,
    freeContent: p.freeContent === true,
    storyTarget: p.storyTarget === true,
    reciprocal: p.mutualOnly === true ? true : p.reciprocal,
    mutualOnly: p.mutualOnly === true,
    reporterSource: p.reporterSource === true,
    sourceRoleCodes: p.sourceRoleCodes,
    targetOrg: p.targetOrg === true,
    sourceOrg: p.sourceOrg === true,
    foreignTarget: p.foreignTarget === true,
    targetPlace: p.targetPlace === true,
    targetPerson: p.targetPerson === true,
    sourceRoles: p.sourceRoles ? new Set(p.sourceRoles) : undefined,
    targetOrgCode: p.targetOrgCode,
    // present on every pattern (one hidden class for the matcher's loop over candidate patterns)
    notAfter: p.notAfter ? new Set(p.notAfter.map((w) => w.toLowerCase())) : undefined,
    notObject: p.notObject ? new Set(p.notObject.map((w) => w.toLowerCase())) : undefined,
    passiveHead: p.passiveHead ? new Set(p.passiveHead.map((w) => w.toLowerCase())) : undefined,
    trigger: parseAlts(first),
    rest,
    specificity,
    required: rest.flatMap((e) =>
      e.kind === 'word' ? [e.alts.flatMap((a) => (a.length > 1 ? [a[0], a.join('')] : [a[0]]))] : [],
    ),
    hasTarget: rest.some((e) => e.kind === 'target'),
    hasSource: rest.some((e) => e.kind === 'source'),
    order,
  };
}

/** trigger index: first sub-token of each trigger alternative -> patterns, most specific first */
export function indexPatterns(patterns: CompiledPattern[]): Map<string, CompiledPattern[]> {
  const idx = new Map<string, CompiledPattern[]>();
  for (const p of patterns) {
    for (const alt of p.trigger) {
      const keys = new Set([alt[0], alt.join('')]);
      for (const k of keys) {
        const list = idx.get(k) ?? [];
        if (!list.includes(p)) list.push(p);
        idx.set(k, list);
      }
    }
  }
  for (const list of idx.values()) list.sort((a, b) => b.specificity - a.specificity || a.order - b.order);
  return idx;
}
