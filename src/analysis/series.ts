/**
 * Dyad-by-day series and the escalation index (defined in docs/escalation.md):
 *   conflict weight C_d  = sum of -Goldstein over the dyad's conflict events that day (quad 3, 4)
 *   cooperation K_d      = sum of +Goldstein over its cooperation events (quad 1, 2)
 *   escalation_d         = C7 / (C7 + K7), the 7-day Goldstein-weighted conflict share (0..1)
 *   z_d                  = (C_d - mean(C over the previous 30 days)) / sd(...), null without a baseline
 *   spike_d              = z_d >= 2 and C_d >= 5 (at least one serious conflict event)
 * Duplicate mentions of one event (same cluster) count once. Dates coarser than a day are left out.
 */
import type { EventFilter, EventRepository, StoredEvent } from '../store/repository.js';

export interface SeriesPoint {
  date: string;
  events: number;
  byQuad: [number, number, number, number];
  goldsteinSum: number;
  goldsteinMean: number;
  conflictWeight: number;
  cooperationWeight: number;
  escalation: number;
  zScore: number | null;
  spike: boolean;
}

export interface DyadSeries {
  source: string;
  target: string;
  points: SeriesPoint[];
}

export interface SeriesQuery {
  source?: string;
  target?: string;
  filter?: EventFilter;
  /** minimum events for a dyad to be returned when no source/target is given */
  minEvents?: number;
}

export const SPIKE_Z = 2;
export const SPIKE_MIN_WEIGHT = 5;

/** the actor key a dyad is built on: country, else organisation */
export function actorKey(a: StoredEvent['source']): string | null {
  return a ? (a.country ?? a.org ?? null) : null;
}

const DAY = 86_400_000;
const iso = (t: number) => new Date(t).toISOString().slice(0, 10);

export function buildSeries(events: Iterable<StoredEvent>): DyadSeries[] {
  const dyads = new Map<string, Map<string, StoredEvent[]>>();
  const seen = new Set<string>();
  for (const e of events) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(e.date)) continue;
    const s = actorKey(e.source);
    const t = actorKey(e.target);
    if (!s || !t || s === t) continue;
    const cluster = e.clusterId ?? e.id;
    const k = `${s}>${t}`;
    if (seen.has(`${k}|${cluster}`)) continue;
    seen.add(`${k}|${cluster}`);
    const days = dyads.get(k) ?? new Map<string, StoredEvent[]>();
    const list = days.get(e.date) ?? [];
    list.push(e);
    days.set(e.date, list);
    dyads.set(k, days);
  }
  const out: DyadSeries[] = [];
  for (const [k, days] of dyads) {
    const [source, target] = k.split('>');
    const dates = [...days.keys()].sort();
    const first = Date.parse(dates[0]);
    const last = Date.parse(dates[dates.length - 1]);
    const points: SeriesPoint[] = [];
    for (let t = first; t <= last; t += DAY) {
      const evs = days.get(iso(t)) ?? [];
      const byQuad: SeriesPoint['byQuad'] = [0, 0, 0, 0];
      let g = 0;
      let c = 0;
      let k2 = 0;
      for (const e of evs) {
        byQuad[e.quadClass - 1]++;
        g += e.goldstein;
        if (e.quadClass >= 3) c += Math.max(0, -e.goldstein);
        else k2 += Math.max(0, e.goldstein);
      }
      points.push({
        date: iso(t),
        events: evs.length,
        byQuad,
        goldsteinSum: g,
        goldsteinMean: evs.length ? g / evs.length : 0,
        conflictWeight: c,
        cooperationWeight: k2,
        escalation: 0,
        zScore: null,
        spike: false,
      });
    }
    for (let i = 0; i < points.length; i++) {
      let c7 = 0;
      let k7 = 0;
      for (let j = Math.max(0, i - 6); j <= i; j++) {
        c7 += points[j].conflictWeight;
        k7 += points[j].cooperationWeight;
      }
      points[i].escalation = c7 + k7 ? c7 / (c7 + k7) : 0;
      const base = points.slice(Math.max(0, i - 30), i).map((p) => p.conflictWeight);
      if (base.length >= 7) {
        const mean = base.reduce((a, b) => a + b, 0) / base.length;
        const sd = Math.sqrt(base.reduce((a, b) => a + (b - mean) ** 2, 0) / base.length);
        points[i].zScore = (points[i].conflictWeight - mean) / Math.max(sd, 1);
        points[i].spike = points[i].zScore! >= SPIKE_Z && points[i].conflictWeight >= SPIKE_MIN_WEIGHT;
      }
    }
    out.push({ source, target, points });
  }
  return out.sort(
    (a, b) => b.points.reduce((x, p) => x + p.events, 0) - a.points.reduce((x, p) => x + p.events, 0),
  );
}

export async function dyadSeries(repo: EventRepository, q: SeriesQuery = {}): Promise<DyadSeries[]> {
  const filter: EventFilter = { ...(q.filter ?? {}) };
  if (q.source) filter.source = q.source;
  if (q.target) filter.target = q.target;
  const events: StoredEvent[] = [];
  for await (const e of repo.allEvents(filter)) events.push(e);
  let series = buildSeries(events);
  if (q.source) series = series.filter((s) => s.source === q.source);
  if (q.target) series = series.filter((s) => s.target === q.target);
  const min = q.minEvents ?? 1;
  return series.filter((s) => s.points.reduce((a, p) => a + p.events, 0) >= min);
}
