/**
 * Dedup across articles, as GDELT does: the same event reported by several articles (same source,
 * target and CAMEO code, event dates within ±1 day, similar evidence) becomes one cluster; every
 * mention keeps its own row and evidence, and NumMentions/NumSources/NumArticles are counted per cluster.
 * Events not yet clustered (cluster_id null) are the ones to analyse; a singleton clusters with itself.
 */
import type { EventRepository, StoredEvent } from '../store/repository.js';
import { daysBetween, padDate } from '../util/dates.js';

const STOP = new Set([
  'the',
  'a',
  'an',
  'of',
  'to',
  'in',
  'on',
  'and',
  'that',
  'said',
  'for',
  'with',
  'by',
  'at',
  'its',
  'was',
  'has',
  'had',
  'is',
  'were',
  'from',
  'as',
]);

function words(s: string): Set<string> {
  return new Set(
    s
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w.length > 2 && !STOP.has(w)),
  );
}

/** Jaccard overlap of content words */
export function similarity(a: string, b: string): number {
  const A = words(a);
  const B = words(b);
  if (!A.size || !B.size) return 0;
  let inter = 0;
  for (const w of A) if (B.has(w)) inter++;
  return inter / (A.size + B.size - inter);
}

export const SIMILARITY_MIN = 0.12;

/** same event? (different articles, same dyad and code, ±1 day, similar trigger or evidence) */
export function sameEvent(a: StoredEvent, b: StoredEvent): boolean {
  if (a.articleId === b.articleId || a.code !== b.code) return false;
  if ((a.source?.code ?? '') !== (b.source?.code ?? '') || (a.target?.code ?? '') !== (b.target?.code ?? ''))
    return false;
  if (Math.abs(daysBetween(padDate(a.date), padDate(b.date))) > 1) return false;
  return (
    a.trigger.text.toLowerCase() === b.trigger.text.toLowerCase() ||
    similarity(a.evidence.text, b.evidence.text) >= SIMILARITY_MIN
  );
}

interface Row {
  id: string;
  article_id: string;
  code: string;
  source_code: string | null;
  target_code: string | null;
  date: string;
  trigger_text: string;
  evidence_text: string;
  cluster_id: string | null;
  /** the period the date covers, as day numbers (days since 1970-01-01) */
  day_start: number;
  day_end: number;
}

const COLS = `id, article_id, code, source_code, target_code, date, trigger_text, evidence_text, cluster_id,
  (date_start - DATE '1970-01-01')::INTEGER AS day_start, (date_end - DATE '1970-01-01')::INTEGER AS day_end`;

function rowEvent(r: Row) {
  return {
    id: r.id,
    articleId: r.article_id,
    code: r.code,
    date: r.date,
    source: r.source_code ? { code: r.source_code } : null,
    target: r.target_code ? { code: r.target_code } : null,
    trigger: { text: r.trigger_text },
    evidence: { text: r.evidence_text },
  } as unknown as StoredEvent;
}

const groupKey = (r: Row) => `${r.code}|${r.source_code ?? ''}|${r.target_code ?? ''}`;

/** events clustered per round: the candidate pairs of one round are held in memory at once */
export const CLUSTER_CHUNK = 5000;

/**
 * cluster every event not yet clustered; returns the number of events that joined an existing cluster.
 * Candidate pairs come from one self-join in SQL (same code and dyad, other article, dates within a day), so
 * only events that can be duplicates are read; the SQL is the same on DuckDB and PostgreSQL.
 *
 * Events go in rounds of `chunk`, earliest first, and each round's clusters are saved before the next round
 * is read, so memory stays that of one round however much was ingested (a 1 GB input adds ~150,000 events);
 * a later round sees the earlier rounds' clusters in the table, exactly as one round would have held them.
 */
export async function clusterPending(
  repo: EventRepository,
  chunk = CLUSTER_CHUNK,
): Promise<{ analysed: number; merged: number }> {
  let analysed = 0;
  let merged = 0;
  let first: string | undefined;
  for (;;) {
    const r = await clusterRound(repo, chunk);
    analysed += r.analysed;
    merged += r.merged;
    // (a round that starts where the last one did saved nothing: stop rather than loop)
    if (r.analysed < chunk || r.first === first) return { analysed, merged };
    first = r.first;
  }
}

async function clusterRound(
  repo: EventRepository,
  chunk: number,
): Promise<{ analysed: number; merged: number; first?: string }> {
  // the round: the earliest unclustered events
  const round = `FROM events WHERE cluster_id IS NULL ORDER BY date_start, id LIMIT ${Math.floor(chunk)}`;
  const next = `SELECT id ${round}`;
  const pending = await repo.query<Row>(`SELECT ${COLS} ${round}`);
  if (!pending.length) return { analysed: 0, merged: 0 };
  // every event that may be a duplicate of one of the round's (same code and dyad, dates within a day), read
  // once (a semi-join, not one row per pair: a busy day's dyad with n reports made n² rows) and grouped by dyad
  const candidates = await repo.query<Row>(
    `SELECT ${COLS} FROM events c WHERE EXISTS (
       SELECT 1 FROM events p WHERE p.id IN (${next})
        AND c.code = p.code AND c.id <> p.id
        AND COALESCE(c.source_code, '') = COALESCE(p.source_code, '')
        AND COALESCE(c.target_code, '') = COALESCE(p.target_code, '')
        AND c.date_start <= p.date_end + 1 AND c.date_end >= p.date_start - 1)
     ORDER BY c.date_start, c.id`,
  );
  const byGroup = new Map<string, Row[]>();
  for (const r of candidates) {
    const list = byGroup.get(groupKey(r));
    if (list) list.push(r);
    else byGroup.set(groupKey(r), [r]);
  }
  const clusterOf = new Map<string, string>();
  for (const c of candidates) if (c.cluster_id) clusterOf.set(c.id, c.cluster_id);
  let merged = 0;
  const rows: Array<{ eventId: string; clusterId: string }> = [];
  // earlier events first, so a cluster is named after its first report
  for (const p of pending) {
    const e = rowEvent(p);
    const match = (byGroup.get(groupKey(p)) ?? []).find(
      (o) =>
        clusterOf.has(o.id) &&
        o.article_id !== p.article_id &&
        o.day_start <= p.day_end + 1 &&
        o.day_end >= p.day_start - 1 &&
        sameEvent(e, rowEvent(o)),
    );
    const cluster = match ? clusterOf.get(match.id)! : p.id;
    if (match) merged++;
    clusterOf.set(p.id, cluster);
    rows.push({ eventId: p.id, clusterId: cluster });
  }
  for (let i = 0; i < rows.length; i += 5000) await repo.saveEventClusters(rows.slice(i, i + 5000));
  return { analysed: pending.length, merged, first: pending[0].id };
}
