/**
 * EventFilter → SQL. Every user value is bound as a parameter ($1, $2, ...); only column names and
 * sort orders from the whitelists below are written into the SQL text.
 */
import { z } from 'zod';
import { MODALITIES } from '../model/event.js';
import { RedlineError } from '../util/errors.js';
import { STORED_EVENT_COLUMNS } from './columns.js';
import { datePeriod } from './dates.js';
import { EVENT_SORTS, type EventFilter, type EventSort } from './repository.js';

export const DEFAULT_LIMIT = 100;
export const MAX_LIMIT = 100_000;

const value = z.string().min(1).max(500);
const oneOrMany = <T extends z.ZodTypeAny>(t: T) => z.union([t, z.array(t).min(1).max(100)]);
const dateValue = z.string().refine((s) => datePeriod(s) !== null, 'expected YYYY, YYYY-MM or YYYY-MM-DD');

const filterSchema = z
  .object({
    actor: value.optional(),
    source: value.optional(),
    target: value.optional(),
    root: oneOrMany(value).optional(),
    code: oneOrMany(value).optional(),
    quadClass: oneOrMany(z.number().int().min(1).max(4)).optional(),
    modality: oneOrMany(z.enum(MODALITIES as [string, ...string[]])).optional(),
    from: dateValue.optional(),
    to: dateValue.optional(),
    text: z.string().max(1000).optional(),
    articleId: value.optional(),
    clustered: z.boolean().optional(),
    limit: z.number().int().min(0).max(MAX_LIMIT).optional(),
    offset: z.number().int().min(0).optional(),
    sort: z.enum(EVENT_SORTS as [EventSort, ...EventSort[]]).optional(),
  })
  .strict();

/** validate a filter (unknown keys, bad types, bad dates → RedlineError R400) */
export function parseFilter(filter: EventFilter | undefined): EventFilter {
  const r = filterSchema.safeParse(filter ?? {});
  if (!r.success) {
    const msg = r.error.issues.map((i) => `${i.path.join('.') || 'filter'}: ${i.message}`).join('; ');
    throw new RedlineError('R400', `invalid event filter: ${msg}`);
  }
  return r.data as EventFilter;
}

const ORDER_BY: Record<EventSort, string> = {
  date: 'sel.date_start ASC NULLS LAST, sel.id ASC',
  '-date': 'sel.date_start DESC NULLS LAST, sel.id ASC',
  goldstein: 'sel.goldstein ASC, sel.id ASC',
  '-goldstein': 'sel.goldstein DESC, sel.id ASC',
};

export interface BuiltQuery {
  /** the page of rows (or all rows when unpaged) */
  sql: string;
  /** `SELECT count(*) AS n` over the same filter */
  countSql: string;
  params: Array<string | number>;
}

const list = <T>(v: T | T[] | undefined): T[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

/**
 * @param paged add LIMIT/OFFSET from the filter
 * @param castDates cast DATE columns to VARCHAR (for JS rows); Parquet keeps them as DATE
 */
export function buildEventQuery(
  raw: EventFilter | undefined,
  opts: { paged?: boolean; castDates?: boolean; eventId?: string } = {},
): BuiltQuery {
  const f = parseFilter(raw);
  const params: Array<string | number> = [];
  const p = (v: string | number): string => {
    params.push(v);
    return `$${params.length}`;
  };
  const where: string[] = [];
  const actorMatch = (side: 'source' | 'target', ph: string) =>
    `${side}_code = ${ph} OR ${side}_country = ${ph} OR ${side}_org = ${ph}`;
  if (f.actor !== undefined) {
    const ph = p(f.actor);
    where.push(`(${actorMatch('source', ph)} OR ${actorMatch('target', ph)})`);
  }
  if (f.source !== undefined) where.push(`(${actorMatch('source', p(f.source))})`);
  if (f.target !== undefined) where.push(`(${actorMatch('target', p(f.target))})`);
  const inList = (col: string, vals: Array<string | number>) => {
    if (vals.length) where.push(`${col} IN (${vals.map(p).join(', ')})`);
  };
  inList('root', list(f.root));
  inList('code', list(f.code));
  inList('quad_class', list(f.quadClass));
  inList('modality', list(f.modality));
  if (f.from !== undefined) where.push(`date_end >= CAST(${p(datePeriod(f.from)!.start)} AS DATE)`);
  if (f.to !== undefined) where.push(`date_start <= CAST(${p(datePeriod(f.to)!.end)} AS DATE)`);
  if (f.text) where.push(`strpos(lower(evidence_text), lower(${p(f.text)})) > 0`);
  if (f.articleId !== undefined) where.push(`article_id = ${p(f.articleId)}`);
  if (f.clustered !== undefined) where.push(f.clustered ? 'cluster_id IS NOT NULL' : 'cluster_id IS NULL');
  if (opts.eventId !== undefined) where.push(`id = ${p(opts.eventId)}`);
  const whereSql = where.length ? `WHERE ${where.join(' AND ')}` : '';

  // the filter runs on events alone, before the join with articles, and the cluster counts read only the
  // clusters of the selected events: joining every event with its article first (a CTE read twice, which
  // DuckDB materialises) held the whole join in memory, ~100 MB and a minute per page of `allEvents` over 600,000
  // articles, and failed under a 128 MB memory limit
  const withArticle = (events: string) => `SELECT e.*, a.url AS article_url, a.outlet AS article_outlet,
      a.published AS published, CAST(a.ingested_at AS VARCHAR) AS ingested_at, COALESCE(e.cluster_id, e.id) AS ckey,
      COALESCE(a.outlet, '#' || a.id) AS src_key
    FROM ${events} e JOIN articles a ON a.id = e.article_id`;
  const order = ORDER_BY[f.sort ?? 'date'];
  // a page is chosen on the events table alone (ids by the sort keys, all events columns), and only its rows
  // are joined and counted: `allEvents` pages through a store of any size in the memory of one page
  const paged = opts.paged !== false;
  const selected = paged
    ? `(SELECT * FROM events WHERE id IN (SELECT id FROM events ${whereSql} ORDER BY ${order.replace(/sel\./g, '')}
        LIMIT ${p(f.limit ?? DEFAULT_LIMIT)} OFFSET ${p(f.offset ?? 0)}))`
    : `(SELECT * FROM events ${whereSql})`;
  const sel = `sel AS (${withArticle(selected)})`;
  const countSql = `SELECT CAST(count(*) AS INTEGER) AS n FROM (SELECT article_id FROM events ${whereSql}) e
    JOIN articles a ON a.id = e.article_id`;

  const projection = STORED_EVENT_COLUMNS.map(([name, kind]) => {
    const src = name.startsWith('num_') ? `cl.${name}` : `sel.${name}`;
    return kind === 'DATE' && opts.castDates !== false
      ? `CAST(${src} AS VARCHAR) AS ${name}`
      : `${src} AS ${name}`;
  }).join(', ');
  const sql = `WITH ${sel},
    cl AS (
      SELECT ckey, CAST(count(*) AS INTEGER) AS num_mentions,
        CAST(count(DISTINCT src_key) AS INTEGER) AS num_sources,
        CAST(count(DISTINCT article_id) AS INTEGER) AS num_articles
      FROM (${withArticle(`(SELECT * FROM events WHERE COALESCE(cluster_id, id) IN (SELECT ckey FROM sel))`)}) m
      GROUP BY ckey)
    SELECT ${projection} FROM sel JOIN cl ON cl.ckey = sel.ckey
    ORDER BY ${order}`;
  return { sql, countSql, params };
}

/** the count query's parameters: the page parameters are always the last two */
export function countParams(q: BuiltQuery, paged: boolean): Array<string | number> {
  return paged ? q.params.slice(0, -2) : q.params;
}
