/** Global filters and view state, kept in the URL query string (shareable; reload restores them). */
export const VIEWS = ['timeline', 'map', 'network', 'events', 'redlines'] as const;
export type View = (typeof VIEWS)[number];

export interface Filters {
  from: string;
  to: string;
  actor: string;
  modality: string;
  quadClass: number[];
}

export interface State {
  view: View;
  filters: Filters;
  /** timeline dyad, "RUS>UKR" */
  dyad: string;
  /** events table: text search, sort, page offset, selected event */
  q: string;
  sort: string;
  offset: number;
  event: string;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const SORTS = ['date', '-date', 'goldstein', '-goldstein'];

export function readState(search = location.search): State {
  const p = new URLSearchParams(search);
  const view = p.get('view') as View;
  const quads = p
    .getAll('quadClass')
    .map(Number)
    .filter((n) => Number.isInteger(n) && n >= 1 && n <= 4);
  const date = (k: string) => {
    const v = p.get(k) ?? '';
    return DATE.test(v) ? v : '';
  };
  const offset = Number(p.get('offset') ?? 0);
  return {
    view: VIEWS.includes(view) ? view : 'timeline',
    filters: {
      from: date('from'),
      to: date('to'),
      actor: (p.get('actor') ?? '').trim().toUpperCase(),
      modality: p.get('modality') ?? '',
      quadClass: [...new Set(quads)].sort(),
    },
    dyad: p.get('dyad') ?? '',
    q: p.get('q') ?? '',
    sort: SORTS.includes(p.get('sort') ?? '') ? p.get('sort')! : '-date',
    offset: Number.isInteger(offset) && offset >= 0 ? offset : 0,
    event: p.get('event') ?? '',
  };
}

/** the API parameters of the global filters */
export function filterParams(f: Filters): URLSearchParams {
  const p = new URLSearchParams();
  if (f.from) p.set('from', f.from);
  if (f.to) p.set('to', f.to);
  if (f.actor) p.set('actor', f.actor);
  if (f.modality) p.set('modality', f.modality);
  for (const q of f.quadClass) p.append('quadClass', String(q));
  return p;
}

export function writeState(s: State): void {
  const p = filterParams(s.filters);
  p.set('view', s.view);
  if (s.dyad) p.set('dyad', s.dyad);
  if (s.q) p.set('q', s.q);
  if (s.sort !== '-date') p.set('sort', s.sort);
  if (s.offset) p.set('offset', String(s.offset));
  if (s.event) p.set('event', s.event);
  const url = `${location.pathname}?${p.toString()}`;
  if (url !== `${location.pathname}${location.search}`) history.replaceState(null, '', url);
}
