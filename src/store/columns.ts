/**
 * The flattened event columns, in table order, with how each is taken from a CodedEvent and how
 * a stored row is turned back into a StoredEvent. The DuckDB appender writes rows in this order.
 */
import type { ActorRef, CodedEvent, Modality } from '../model/event.js';
import { datePeriod, isoFromSqlTimestamp } from './dates.js';
import type { StoredArticle, StoredEvent } from './repository.js';

export type ColumnKind = 'VARCHAR' | 'INTEGER' | 'DOUBLE' | 'DATE';
type Value = string | number | null;

function actorCols(prefix: 'source' | 'target'): Array<[string, ColumnKind, (e: CodedEvent) => Value]> {
  const a = (e: CodedEvent): ActorRef | null => e[prefix];
  return [
    [`${prefix}_code`, 'VARCHAR', (e) => a(e)?.code ?? null],
    [`${prefix}_country`, 'VARCHAR', (e) => a(e)?.country ?? null],
    [`${prefix}_role`, 'VARCHAR', (e) => a(e)?.role ?? null],
    [`${prefix}_org`, 'VARCHAR', (e) => a(e)?.org ?? null],
    [`${prefix}_name`, 'VARCHAR', (e) => a(e)?.name ?? null],
    [`${prefix}_start`, 'INTEGER', (e) => a(e)?.start ?? null],
    [`${prefix}_end`, 'INTEGER', (e) => a(e)?.end ?? null],
  ];
}

/** events table columns, in DDL order */
export const EVENT_COLUMNS: ReadonlyArray<readonly [string, ColumnKind, (e: CodedEvent) => Value]> = [
  ['id', 'VARCHAR', (e) => e.id],
  ['article_id', 'VARCHAR', (e) => e.articleId],
  ['code', 'VARCHAR', (e) => e.code],
  ['root', 'VARCHAR', (e) => e.root],
  ['goldstein', 'DOUBLE', (e) => e.goldstein],
  ['quad_class', 'INTEGER', (e) => e.quadClass],
  ['plover_type', 'VARCHAR', (e) => e.plover.type],
  ['plover_mode', 'VARCHAR', (e) => e.plover.mode],
  ['modality', 'VARCHAR', (e) => e.modality],
  ['condition_text', 'VARCHAR', (e) => e.condition?.text ?? null],
  ['condition_start', 'INTEGER', (e) => e.condition?.start ?? null],
  ['condition_end', 'INTEGER', (e) => e.condition?.end ?? null],
  ['condition_json', 'VARCHAR', (e) => (e.condition ? JSON.stringify(e.condition) : null)],
  ['date', 'VARCHAR', (e) => e.date],
  ['date_start', 'DATE', (e) => datePeriod(e.date)?.start ?? null],
  ['date_end', 'DATE', (e) => datePeriod(e.date)?.end ?? null],
  ['date_origin', 'VARCHAR', (e) => e.dateOrigin],
  ...actorCols('source'),
  ...actorCols('target'),
  ['evidence_start', 'INTEGER', (e) => e.evidence.start],
  ['evidence_end', 'INTEGER', (e) => e.evidence.end],
  ['evidence_text', 'VARCHAR', (e) => e.evidence.text],
  ['trigger_start', 'INTEGER', (e) => e.trigger.start],
  ['trigger_end', 'INTEGER', (e) => e.trigger.end],
  ['trigger_text', 'VARCHAR', (e) => e.trigger.text],
  ['rule', 'VARCHAR', (e) => e.rule],
  ['quote_speaker', 'VARCHAR', (e) => e.quote?.speaker ?? null],
  ['quote_start', 'INTEGER', (e) => e.quote?.start ?? null],
  ['quote_end', 'INTEGER', (e) => e.quote?.end ?? null],
  ['cluster_id', 'VARCHAR', () => null],
];

/** computed columns listEvents adds to every events row */
export const EXTRA_COLUMNS: ReadonlyArray<readonly [string, ColumnKind]> = [
  ['num_mentions', 'INTEGER'],
  ['num_sources', 'INTEGER'],
  ['num_articles', 'INTEGER'],
  ['article_url', 'VARCHAR'],
  ['article_outlet', 'VARCHAR'],
  ['published', 'VARCHAR'],
  ['ingested_at', 'VARCHAR'],
];

/** every column of a stored-event row (events columns + computed), the flat export layout */
export const STORED_EVENT_COLUMNS: ReadonlyArray<readonly [string, ColumnKind]> = [
  ...EVENT_COLUMNS.map(([n, k]) => [n, k] as const),
  ...EXTRA_COLUMNS,
];

type Row = Record<string, unknown>;

const str = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));
const num = (v: unknown): number => (typeof v === 'bigint' ? Number(v) : Number(v ?? 0));

function actorFromRow(r: Row, p: 'source' | 'target'): ActorRef | null {
  const code = str(r[`${p}_code`]);
  if (code === null) return null;
  return {
    code,
    country: str(r[`${p}_country`]),
    role: str(r[`${p}_role`]),
    org: str(r[`${p}_org`]),
    name: str(r[`${p}_name`]) ?? '',
    start: num(r[`${p}_start`]),
    end: num(r[`${p}_end`]),
  };
}

/** a row selected by the event query (dates cast to VARCHAR) → StoredEvent */
export function storedEventFromRow(r: Row): StoredEvent {
  const cond = str(r.condition_json);
  const hasQuote = r.quote_start !== null && r.quote_start !== undefined;
  return {
    id: String(r.id),
    articleId: String(r.article_id),
    code: String(r.code),
    root: String(r.root),
    goldstein: num(r.goldstein),
    quadClass: num(r.quad_class) as 1 | 2 | 3 | 4,
    plover: { type: String(r.plover_type), mode: str(r.plover_mode) },
    modality: String(r.modality) as Modality,
    condition: cond ? (JSON.parse(cond) as CodedEvent['condition']) : null,
    date: String(r.date),
    dateOrigin: String(r.date_origin) as CodedEvent['dateOrigin'],
    source: actorFromRow(r, 'source'),
    target: actorFromRow(r, 'target'),
    evidence: { start: num(r.evidence_start), end: num(r.evidence_end), text: String(r.evidence_text) },
    trigger: { start: num(r.trigger_start), end: num(r.trigger_end), text: String(r.trigger_text) },
    rule: String(r.rule),
    quote: hasQuote
      ? { speaker: str(r.quote_speaker), start: num(r.quote_start), end: num(r.quote_end) }
      : null,
    clusterId: str(r.cluster_id),
    numMentions: num(r.num_mentions ?? 1),
    numSources: num(r.num_sources ?? 1),
    numArticles: num(r.num_articles ?? 1),
    articleUrl: str(r.article_url),
    articleOutlet: str(r.article_outlet),
    published: str(r.published),
    ingestedAt: isoFromSqlTimestamp(str(r.ingested_at)),
  };
}

export const ARTICLE_COLS =
  'id, content_hash, url, outlet, published, title, text, CAST(ingested_at AS VARCHAR) AS ingested_at';

export function articleFromRow(r: Row): StoredArticle {
  return {
    id: String(r.id),
    contentHash: String(r.content_hash),
    url: str(r.url),
    outlet: str(r.outlet),
    published: str(r.published),
    title: str(r.title),
    text: String(r.text),
    ingestedAt: isoFromSqlTimestamp(str(r.ingested_at)) ?? '',
  };
}
