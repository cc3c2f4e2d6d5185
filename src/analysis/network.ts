/** Actor network (nodes, weighted edges with mean Goldstein) and per-country counts for the map. */
import type { EventFilter, EventRepository } from '../store/repository.js';
import { actorKey } from './series.js';

export interface NetworkNode {
  id: string;
  label: string;
  events: number;
}
export interface NetworkEdge {
  source: string;
  target: string;
  events: number;
  meanGoldstein: number;
  conflict: number;
}
export interface Network {
  nodes: NetworkNode[];
  edges: NetworkEdge[];
}

export async function actorNetwork(
  repo: EventRepository,
  filter: EventFilter = {},
  maxEdges = 200,
): Promise<Network> {
  const nodes = new Map<string, NetworkNode>();
  const edges = new Map<string, NetworkEdge & { g: number }>();
  for await (const e of repo.allEvents(filter)) {
    const s = actorKey(e.source);
    const t = actorKey(e.target);
    if (!s || !t || s === t) continue;
    for (const [id, a] of [
      [s, e.source],
      [t, e.target],
    ] as const) {
      const n = nodes.get(id) ?? { id, label: a?.country ? id : (a?.org ?? id), events: 0 };
      n.events++;
      nodes.set(id, n);
    }
    const k = `${s}>${t}`;
    const ed = edges.get(k) ?? { source: s, target: t, events: 0, meanGoldstein: 0, conflict: 0, g: 0 };
    ed.events++;
    ed.g += e.goldstein;
    if (e.quadClass >= 3) ed.conflict++;
    edges.set(k, ed);
  }
  const top = [...edges.values()].sort((a, b) => b.events - a.events).slice(0, maxEdges);
  const keep = new Set(top.flatMap((e) => [e.source, e.target]));
  return {
    nodes: [...nodes.values()].filter((n) => keep.has(n.id)),
    edges: top.map(({ g, ...e }) => ({ ...e, meanGoldstein: e.events ? g / e.events : 0 })),
  };
}

export interface CountryCount {
  country: string;
  events: number;
  conflict: number;
  cooperation: number;
}

/** events involving each country (as source or target; an event touching two countries counts for both) */
export async function countryCounts(
  repo: EventRepository,
  filter: EventFilter = {},
): Promise<CountryCount[]> {
  const out = new Map<string, CountryCount>();
  for await (const e of repo.allEvents(filter)) {
    const cs = new Set([e.source?.country, e.target?.country].filter((c): c is string => !!c));
    for (const c of cs) {
      const r = out.get(c) ?? { country: c, events: 0, conflict: 0, cooperation: 0 };
      r.events++;
      if (e.quadClass >= 3) r.conflict++;
      else r.cooperation++;
      out.set(c, r);
    }
  }
  return [...out.values()].sort((a, b) => b.events - a.events);
}
