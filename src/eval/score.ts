/**
 * Scores Redline against gold files: precision/recall/F1 at exact-code and root level, modality, date
 * and quote-speaker accuracy, with the misses and false positives listed so a user can see why.
 */
import type { CodedEvent } from '../model/event.js';
import type { Doc, Span } from '../model/document.js';
import type { Pipeline } from '../nlp/pipeline.js';
import type { GoldEvent, GoldFile } from './gold.js';
import { eventMatches, type MatchLevel } from './match.js';

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}
export interface FileScore {
  file: string;
  exact: Counts;
  root: Counts;
  modality: { correct: number; total: number };
  date: { correct: number; total: number };
  dateMentions: { correct: number; total: number };
  quotes: { correct: number; total: number };
  conditions: { found: number; total: number };
  misses: Array<{ id: string; evidence: string }>;
  falsePositives: Array<{ code: string; source: string; target: string; text: string; rule: string }>;
  wrongModality: Array<{ id: string; expected: string; got: string }>;
  wrongDates: Array<{ id: string; expected: string; got: string }>;
}

function normalizeWs(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/** character span of the gold evidence in the text (whitespace-tolerant) */
export function locate(text: string, evidence: string): Span | null {
  const ev = evidence.trim().replace(/^\{|\}$/g, '');
  let at = text.indexOf(ev);
  if (at >= 0) return { start: at, end: at + ev.length };
  const words = normalizeWs(ev).split(' ').slice(0, 6).join(' ');
  at = text.indexOf(words);
  return at >= 0 ? { start: at, end: at + ev.length } : null;
}

function sentenceSpan(doc: Doc, ev: Span): Span {
  const a = doc.sentenceAt(ev.start);
  const b = doc.sentenceAt(Math.max(ev.start, ev.end - 1));
  const sa = doc.sentences[a >= 0 ? a : 0];
  const sb = doc.sentences[b >= 0 ? b : a >= 0 ? a : 0];
  return { start: sa?.start ?? ev.start, end: sb?.end ?? ev.end };
}

function assign(gold: GoldEvent[], spans: Span[], events: CodedEvent[], level: 'exact' | 'root') {
  const pairs = new Map<number, number>(); // gold index -> event index
  const usedE = new Set<number>();
  // required gold first, exact before root, so optional gold never steals a match
  const order = gold.map((g, i) => i).sort((a, b) => Number(gold[b].required) - Number(gold[a].required));
  for (const want of level === 'exact' ? (['exact'] as MatchLevel[]) : (['exact', 'root'] as MatchLevel[])) {
    for (const gi of order) {
      if (pairs.has(gi)) continue;
      for (let ei = 0; ei < events.length; ei++) {
        if (usedE.has(ei)) continue;
        if (eventMatches(gold[gi], spans[gi], events[ei]) === want) {
          pairs.set(gi, ei);
          usedE.add(ei);
          break;
        }
      }
    }
  }
  return pairs;
}

function counts(gold: GoldEvent[], spans: Span[], events: CodedEvent[], pairs: Map<number, number>): Counts {
  let tp = 0;
  let fn = 0;
  const optionalMatched = new Set<number>();
  gold.forEach((g, i) => {
    const e = pairs.get(i);
    if (g.required) {
      if (e !== undefined) tp++;
      else fn++;
    } else if (e !== undefined) optionalMatched.add(e);
  });
  // events that match any optional gold event at any level are not false positives
  events.forEach((e, ei) => {
    if (gold.some((g, gi) => !g.required && eventMatches(g, spans[gi], e))) optionalMatched.add(ei);
  });
  const matched = new Set([...pairs.values()]);
  const fp = events.filter((_, ei) => !matched.has(ei) && !optionalMatched.has(ei)).length;
  return { tp, fp, fn };
}

const lastName = (s: string) => s.trim().split(/\s+/).pop()!.toLowerCase();

export function scoreFile(gold: GoldFile, pipeline: Pipeline): { score: FileScore; doc: Doc } {
  const doc = pipeline.run({ id: gold.article, text: gold.text, published: gold.published });
  const events = doc.events;
  const spans = gold.events.map((g) => {
    const at = locate(gold.text, g.evidence);
    return at ? sentenceSpan(doc, at) : { start: -1, end: -1 };
  });
  const exactPairs = assign(gold.events, spans, events, 'exact');
  const rootPairs = assign(gold.events, spans, events, 'root');
  const score: FileScore = {
    file: gold.path,
    exact: counts(gold.events, spans, events, exactPairs),
    root: counts(gold.events, spans, events, rootPairs),
    modality: { correct: 0, total: 0 },
    date: { correct: 0, total: 0 },
    dateMentions: { correct: 0, total: 0 },
    quotes: { correct: 0, total: 0 },
    conditions: { found: 0, total: 0 },
    misses: [],
    falsePositives: [],
    wrongModality: [],
    wrongDates: [],
  };
  const matchedEvents = new Set(rootPairs.values());
  gold.events.forEach((g, gi) => {
    const ei = rootPairs.get(gi);
    if (ei === undefined) {
      if (g.required) score.misses.push({ id: g.id, evidence: g.evidence });
      return;
    }
    const e = events[ei];
    if (g.modality) {
      score.modality.total++;
      if (g.modality === e.modality) score.modality.correct++;
      else score.wrongModality.push({ id: g.id, expected: g.modality, got: e.modality });
    }
    if (g.date) {
      score.date.total++;
      if (e.date.startsWith(g.date)) score.date.correct++;
      else score.wrongDates.push({ id: g.id, expected: g.date, got: e.date });
    }
    if (g.condition) {
      score.conditions.total++;
      if (e.condition) score.conditions.found++;
    }
  });
  events.forEach((e, ei) => {
    if (matchedEvents.has(ei)) return;
    if (gold.events.some((g, gi) => !g.required && eventMatches(g, spans[gi], e))) return;
    score.falsePositives.push({
      code: e.code,
      source: e.source?.code ?? '-',
      target: e.target?.code ?? '-',
      text: e.trigger.text,
      rule: e.rule,
    });
  });
  for (const d of gold.dates ?? []) {
    score.dateMentions.total++;
    const at = locate(gold.text, d.evidence);
    if (at && doc.dates.some((m) => m.start < at.end && at.start < m.end && m.value.startsWith(d.resolved)))
      score.dateMentions.correct++;
  }
  for (const q of gold.quotes ?? []) {
    score.quotes.total++;
    const at = locate(gold.text, q.evidence);
    const quote = at && doc.quotes.find((x) => x.contentStart <= at.start && at.end <= x.contentEnd);
    if (quote && quote.speakerName && lastName(quote.speakerName) === lastName(q.speaker))
      score.quotes.correct++;
  }
  return { score, doc };
}

export interface Totals {
  files: number;
  exact: Counts & { precision: number; recall: number; f1: number };
  root: Counts & { precision: number; recall: number; f1: number };
  modality: number | null;
  date: number | null;
  dateMentions: number | null;
  quotes: number | null;
  conditions: number | null;
}

function prf(c: Counts) {
  const precision = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 1;
  const recall = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { ...c, precision, recall, f1 };
}

export function totals(scores: FileScore[]): Totals {
  const sum = (k: 'exact' | 'root') =>
    scores.reduce((a, s) => ({ tp: a.tp + s[k].tp, fp: a.fp + s[k].fp, fn: a.fn + s[k].fn }), {
      tp: 0,
      fp: 0,
      fn: 0,
    });
  const ratio = (k: 'modality' | 'date' | 'dateMentions' | 'quotes') => {
    const c = scores.reduce((a, s) => a + s[k].correct, 0);
    const t = scores.reduce((a, s) => a + s[k].total, 0);
    return t ? c / t : null;
  };
  const cf = scores.reduce((a, s) => a + s.conditions.found, 0);
  const ct = scores.reduce((a, s) => a + s.conditions.total, 0);
  return {
    files: scores.length,
    exact: prf(sum('exact')),
    root: prf(sum('root')),
    modality: ratio('modality'),
    date: ratio('date'),
    dateMentions: ratio('dateMentions'),
    quotes: ratio('quotes'),
    conditions: ct ? cf / ct : null,
  };
}
