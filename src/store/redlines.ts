/** RedLine / RedLineCrossing ↔ table rows. */
import type { ActorRef } from '../model/event.js';
import type { RedLine, RedLineCrossing, RedLineStatus } from '../model/redline.js';
import { sqlTimestamp } from './dates.js';

type Row = Record<string, unknown>;
import type { Param } from './multi-row.js';

export const RED_LINE_INSERT = `INSERT OR REPLACE INTO red_lines (
  id, article_id, event_id, date, holder_code, holder_json, addressees_json,
  condition_text, condition_start, condition_end, condition_json, response_text, response_code,
  status, evidence_start, evidence_end, evidence_text, updated_at)
  VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, CAST($18 AS TIMESTAMP))`;

export function redLineParams(l: RedLine): Param[] {
  const { text, start, end, ...pattern } = l.condition;
  return [
    l.id,
    l.articleId,
    l.eventId,
    l.date,
    l.holder?.code ?? null,
    l.holder ? JSON.stringify(l.holder) : null,
    JSON.stringify(l.addressees ?? []),
    text,
    start,
    end,
    JSON.stringify(pattern),
    l.response.text,
    l.response.code,
    l.status,
    l.evidence.start,
    l.evidence.end,
    l.evidence.text,
    sqlTimestamp(),
  ];
}

export function redLineFromRow(r: Row): RedLine {
  const pattern = JSON.parse(String(r.condition_json)) as Omit<
    RedLine['condition'],
    'text' | 'start' | 'end'
  >;
  return {
    id: String(r.id),
    articleId: String(r.article_id),
    eventId: String(r.event_id),
    date: String(r.date),
    holder: r.holder_json ? (JSON.parse(String(r.holder_json)) as ActorRef) : null,
    addressees: JSON.parse(String(r.addressees_json)) as ActorRef[],
    condition: {
      text: String(r.condition_text),
      start: Number(r.condition_start),
      end: Number(r.condition_end),
      sources: pattern.sources ?? [],
      targets: pattern.targets ?? [],
      roots: pattern.roots ?? [],
      codes: pattern.codes ?? [],
      terms: pattern.terms ?? [],
      ...(pattern.alternatives?.length ? { alternatives: pattern.alternatives } : {}),
      ...(pattern.negated ? { negated: true } : {}),
    },
    response: { text: String(r.response_text), code: String(r.response_code) },
    status: String(r.status) as RedLineStatus,
    evidence: { start: Number(r.evidence_start), end: Number(r.evidence_end), text: String(r.evidence_text) },
  };
}

export const CROSSING_INSERT = `INSERT OR REPLACE INTO red_line_crossings (
  red_line_id, event_id, article_id, date, lag_days, status, reason,
  evidence_start, evidence_end, evidence_text)
  VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`;

export function crossingParams(c: RedLineCrossing): Param[] {
  return [
    c.redLineId,
    c.eventId,
    c.articleId,
    c.date,
    Math.round(c.lagDays),
    c.status,
    c.reason,
    c.evidence.start,
    c.evidence.end,
    c.evidence.text,
  ];
}

export function crossingFromRow(r: Row): RedLineCrossing {
  return {
    redLineId: String(r.red_line_id),
    eventId: String(r.event_id),
    articleId: String(r.article_id),
    date: String(r.date),
    lagDays: Number(r.lag_days),
    status: String(r.status) as RedLineCrossing['status'],
    reason: String(r.reason),
    evidence: { start: Number(r.evidence_start), end: Number(r.evidence_end), text: String(r.evidence_text) },
  };
}
