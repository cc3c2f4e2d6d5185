/** Query-string → EventFilter, highlight spans of an event, and the per-day timeline. */
import type { EventFilter, StoredEvent } from '../store/repository.js';
import type { FilterQuery, Span, TimelineResponse } from './contract.js';

/** the API's filter parameters as a repository filter (undefined keys left out) */
export function toFilter(q: FilterQuery): EventFilter {
  const f: EventFilter = {};
  if (q.actor !== undefined) f.actor = q.actor;
  if (q.source !== undefined) f.source = q.source;
  if (q.target !== undefined) f.target = q.target;
  if (q.root?.length) f.root = q.root;
  if (q.code?.length) f.code = q.code;
  if (q.quadClass?.length) f.quadClass = q.quadClass;
  if (q.modality?.length) f.modality = q.modality;
  if (q.from !== undefined) f.from = q.from;
  if (q.to !== undefined) f.to = q.to;
  if (q.q !== undefined && q.q !== '') f.text = q.q;
  return f;
}

/**
 * The spans the dashboard highlights, as offsets into the article text: evidence (the clause),
 * condition, source, target and trigger. Spans outside the text are left out; the span text is
 * read from the article when it is available.
 */
export function eventSpans(e: StoredEvent, text: string | null): Span[] {
  const out: Span[] = [];
  const add = (kind: Span['kind'], start: number, end: number, fallback: string) => {
    if (!(Number.isInteger(start) && Number.isInteger(end) && start >= 0 && end > start)) return;
    if (text !== null && end > text.length) return;
    out.push({ kind, start, end, text: text !== null ? text.slice(start, end) : fallback });
  };
  add('evidence', e.evidence.start, e.evidence.end, e.evidence.text);
  if (e.condition) add('condition', e.condition.start, e.condition.end, e.condition.text);
  if (e.source) add('source', e.source.start, e.source.end, e.source.name);
  if (e.target) add('target', e.target.start, e.target.end, e.target.name);
  add('trigger', e.trigger.start, e.trigger.end, e.trigger.text);
  return out;
}

const DAY = 86_400_000;
const MAX_DAYS = 366 * 30;

/** events per day and quad class; days without events between the first and last are filled with 0 */
export async function timeline(events: AsyncIterable<StoredEvent>): Promise<TimelineResponse> {
  const byDay = new Map<string, number[]>();
  let undated = 0;
  for await (const e of events) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(e.date)) {
      undated++;
      continue;
    }
    const q = byDay.get(e.date) ?? [0, 0, 0, 0];
    q[e.quadClass - 1]++;
    byDay.set(e.date, q);
  }
  const dates = [...byDay.keys()].sort();
  if (!dates.length) return { days: [], undated };
  const first = Date.parse(dates[0]);
  const last = Date.parse(dates[dates.length - 1]);
  if ((last - first) / DAY > MAX_DAYS) {
    return { days: dates.map((date) => ({ date, byQuad: byDay.get(date)! })), undated };
  }
  const days: TimelineResponse['days'] = [];
  for (let t = first; t <= last; t += DAY) {
    const date = new Date(t).toISOString().slice(0, 10);
    days.push({ date, byQuad: byDay.get(date) ?? [0, 0, 0, 0] });
  }
  return { days, undated };
}
