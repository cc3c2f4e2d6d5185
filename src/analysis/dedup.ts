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

const shift = (d: string, n: number) =>
  new Date(Date.parse(padDate(d)) + n * 86_400_000).toISOString().slice(0, 10);

/** cluster every event not yet clustered; returns the number of events that joined an existing cluster */
export async function clusterPending(repo: EventRepository): Promise<{ analysed: number; merged: number }> {
  const pending: StoredEvent[] = [];
  for await (const e of repo.allEvents({ clustered: false })) pending.push(e);
  if (!pending.length) return { analysed: 0, merged: 0 };
  const codes = [...new Set(pending.map((e) => e.code))];
  const dates = pending.map((e) => padDate(e.date)).sort();
  const candidates: StoredEvent[] = [];
  for (let i = 0; i < codes.length; i += 100)
    for await (const e of repo.allEvents({
      code: codes.slice(i, i + 100),
      from: shift(dates[0], -1),
      to: shift(dates[dates.length - 1], 1),
    }))
      candidates.push(e);
  const clusterOf = new Map<string, string>();
  for (const e of candidates) if (e.clusterId) clusterOf.set(e.id, e.clusterId);
  const byKey = new Map<string, StoredEvent[]>();
  const key = (e: StoredEvent) => `${e.source?.code ?? ''}|${e.target?.code ?? ''}|${e.code}`;
  for (const e of candidates) byKey.set(key(e), [...(byKey.get(key(e)) ?? []), e]);
  let merged = 0;
  const rows: Array<{ eventId: string; clusterId: string }> = [];
  // earlier events first, so a cluster is named after its first report
  pending.sort((a, b) => padDate(a.date).localeCompare(padDate(b.date)) || a.id.localeCompare(b.id));
  for (const e of pending) {
    const match = (byKey.get(key(e)) ?? []).find(
      (o) => o.id !== e.id && clusterOf.has(o.id) && sameEvent(e, o),
    );
    const cluster = match ? clusterOf.get(match.id)! : e.id;
    if (match) merged++;
    clusterOf.set(e.id, cluster);
    rows.push({ eventId: e.id, clusterId: cluster });
  }
  await repo.saveEventClusters(rows);
  return { analysed: pending.length, merged };
}
