/** A small typed client of the Redline API (same origin, relative URLs). */
import type {
  CountriesResponse,
  ErrorBody,
  EventDetail,
  EventList,
  NetworkResponse,
  RedLinesResponse,
  SeriesResponse,
  StatsResponse,
  TimelineResponse,
} from '../../src/api/contract.js';

export class ApiError extends Error {}

async function get<T>(path: string, params?: URLSearchParams): Promise<T> {
  const qs = params && [...params.keys()].length ? `?${params.toString()}` : '';
  const r = await fetch(`api/${path}${qs}`, { headers: { accept: 'application/json' } });
  if (!r.ok) {
    let msg = `${r.status} ${r.statusText}`;
    try {
      msg = ((await r.json()) as ErrorBody).error.message;
    } catch {
      /* not JSON */
    }
    throw new ApiError(msg);
  }
  return (await r.json()) as T;
}

export const api = {
  stats: () => get<StatsResponse>('stats'),
  events: (p: URLSearchParams) => get<EventList>('events', p),
  event: (id: string) => get<EventDetail>(`events/${encodeURIComponent(id)}`),
  timeline: (p: URLSearchParams) => get<TimelineResponse>('timeline', p),
  series: (p: URLSearchParams) => get<SeriesResponse>('series', p),
  network: (p: URLSearchParams) => get<NetworkResponse>('network', p),
  countries: (p: URLSearchParams) => get<CountriesResponse>('countries', p),
  redlines: () => get<RedLinesResponse>('redlines'),
};
