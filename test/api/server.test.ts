import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServer } from '../../src/api/server.js';
import { DuckDbStore } from '../../src/store/duckdb.js';
import { dashboardBatch, dashboardCrossings, fixtureDb } from './fixtures.js';

let db: Awaited<ReturnType<typeof fixtureDb>>;
let store: DuckDbStore;
let app: FastifyInstance;
const batch = dashboardBatch();
const allEvents = batch.flatMap((b) => b.events);
type Ev = (typeof allEvents)[number];

beforeAll(async () => {
  db = await fixtureDb();
  store = new DuckDbStore(db.file, { readOnly: true });
  await store.init();
  app = await buildServer({ repo: store, webDir: `${db.file}.no-web` });
});
afterAll(async () => {
  await app?.close();
  await store?.close();
  db?.cleanup();
});

const get = async (url: string, server = app) => {
  const r = await server.inject({ method: 'GET', url });
  return { status: r.statusCode, body: r.json(), headers: r.headers };
};
const ids = (rows: Array<{ id: string }>) => rows.map((r) => r.id).sort();

describe('GET /api/events', () => {
  it('lists events with total and default paging', async () => {
    const r = await get('/api/events');
    expect(r.status).toBe(200);
    expect(r.body.total).toBe(allEvents.length);
    expect(r.body.limit).toBe(50);
    expect(r.body.offset).toBe(0);
    expect(ids(r.body.rows)).toEqual(ids(allEvents));
    const first = r.body.rows[0];
    expect(first).toMatchObject({
      id: 'd01:0',
      code: '190',
      quadClass: 4,
      modality: 'actual',
      date: '2024-09-02',
    });
    expect(first.source).toMatchObject({ code: 'RUSMIL', country: 'RUS', name: 'Russian troops' });
    expect(first.articleOutlet).toBe('daily');
  });

  it.each([
    ['actor=UKR', (e: Ev) => e.source?.country === 'UKR' || e.target?.country === 'UKR'],
    ['source=RUS', (e: Ev) => e.source?.country === 'RUS'],
    ['target=IRN', (e: Ev) => e.target?.country === 'IRN'],
    ['root=19', (e: Ev) => e.root === '19'],
    ['code=0332&code=057', (e: Ev) => ['0332', '057'].includes(e.code)],
    ['quadClass=4', (e: Ev) => e.quadClass === 4],
    ['quadClass=1&quadClass=2', (e: Ev) => e.quadClass <= 2],
    ['modality=threat&modality=conditional', (e: Ev) => ['threat', 'conditional'].includes(e.modality)],
    ['from=2024-09-10&to=2024-09-15', (e: Ev) => e.date >= '2024-09-10' && e.date <= '2024-09-15'],
    ['q=SHELLED', (e: Ev) => e.evidence.text.includes('shelled')],
    [
      'source=RUS&quadClass=4&from=2024-09-05',
      (e: Ev) => e.source?.country === 'RUS' && e.quadClass === 4 && e.date >= '2024-09-05',
    ],
  ])('filters: %s', async (qs, pred) => {
    const r = await get(`/api/events?${qs}&limit=1000`);
    expect(r.status).toBe(200);
    const expected = allEvents.filter(pred);
    expect(expected.length).toBeGreaterThan(0);
    expect(r.body.total).toBe(expected.length);
    expect(ids(r.body.rows)).toEqual(ids(expected));
  });

  it('pages and sorts', async () => {
    const p1 = await get('/api/events?limit=5&offset=0&sort=-date');
    const p2 = await get('/api/events?limit=5&offset=5&sort=-date');
    expect(p1.body.rows).toHaveLength(5);
    expect(p1.body.total).toBe(allEvents.length);
    expect(p1.body.rows[0].date).toBe('2024-09-25');
    const dates = [...p1.body.rows, ...p2.body.rows].map((r: { date: string }) => r.date);
    expect(dates).toEqual([...dates].sort().reverse());
    expect(new Set([...ids(p1.body.rows), ...ids(p2.body.rows)]).size).toBe(10);
    const byG = await get('/api/events?sort=goldstein&limit=1');
    expect(byG.body.rows[0].goldstein).toBe(-10);
    const byG2 = await get('/api/events?sort=-goldstein&limit=1');
    expect(byG2.body.rows[0].goldstein).toBe(8);
    const beyond = await get('/api/events?offset=1000');
    expect(beyond.body.rows).toEqual([]);
    expect(beyond.body.total).toBe(allEvents.length);
  });

  // prettier-ignore
  it.each([
    'quadClass=9', 'quadClass=x', 'limit=-1', 'limit=100001', 'offset=-5', 'sort=random', 'modality=sometimes',
    'from=12-09-2024', 'root=1', "actor=RUS'%20OR%201=1",
  ])('400 on bad input: %s', async (qs) => {
    const r = await get(`/api/events?${qs}`);
    expect(r.status).toBe(400);
    expect(r.body.error.code).toBe('R500');
    expect(r.body.error.message).toMatch(/\w/);
  });
  it("400 with the filter's own code on a date that passes the schema but is no day", async () => {
    const r = await get('/api/events?to=2024-13-45');
    expect(r.status).toBe(400);
    expect(r.body.error.code).toBe('R400');
    expect(r.body.error.message).toMatch(/^invalid event filter: to:/);
  });
});

describe('GET /api/events/:id', () => {
  it('returns the event, its article and the spans to highlight', async () => {
    const r = await get('/api/events/d-rl:0');
    expect(r.status).toBe(200);
    expect(r.body.rule).toBe('threaten.warn_if');
    expect(r.body.modality).toBe('conditional');
    expect(r.body.article.id).toBe('d-rl');
    expect(r.body.article.text).toContain('Vladimir Putin warned NATO');
    const span = (k: string) => r.body.spans.find((s: { kind: string }) => s.kind === k)?.text;
    expect(span('source')).toBe('Russian President Vladimir Putin');
    expect(span('trigger')).toBe('warned');
    expect(span('target')).toBe('NATO');
    expect(span('condition')).toBe(
      'if the alliance allows Ukraine to strike deep into Russia with long-range missiles',
    );
    expect(span('evidence')).toMatch(/^MOSCOW.*Moscow will respond\.$/);
    for (const s of r.body.spans) expect(r.body.article.text.slice(s.start, s.end)).toBe(s.text);
  });

  it('404 on an unknown event', async () => {
    const r = await get('/api/events/nope:0');
    expect(r.status).toBe(404);
    expect(r.body.error).toEqual({ code: 'R501', message: 'unknown event: nope:0' });
  });
});

describe('analysis endpoints', () => {
  it('GET /api/series: the dyad series with the escalation index', async () => {
    const r = await get('/api/series?source=RUS&target=UKR');
    expect(r.status).toBe(200);
    expect(r.body.series).toHaveLength(1);
    const s = r.body.series[0];
    expect(s).toMatchObject({ source: 'RUS', target: 'UKR' });
    expect(s.points[0].date).toBe('2024-09-02');
    expect(s.points.at(-1).date).toBe('2024-09-22');
    expect(s.points[0].escalation).toBe(1);
    const sep9 = s.points.find((p: { date: string }) => p.date === '2024-09-09');
    expect(sep9.escalation).toBeGreaterThan(0);
    const total = s.points.reduce((a: number, p: { events: number }) => a + p.events, 0);
    expect(total).toBe(
      allEvents.filter((e) => e.source?.country === 'RUS' && e.target?.country === 'UKR').length,
    );
    const all = await get('/api/series');
    expect(all.body.series.length).toBeGreaterThan(5);
    const filtered = await get('/api/series?source=RUS&target=UKR&quadClass=4');
    expect(filtered.body.series[0].points.every((p: { byQuad: number[] }) => p.byQuad[2] === 0)).toBe(true);
    expect((await get('/api/series?source=RUS&minEvents=0')).status).toBe(400);
  });

  it('GET /api/timeline: events per day by quad class', async () => {
    const r = await get('/api/timeline');
    expect(r.status).toBe(200);
    expect(r.body.days[0]).toEqual({ date: '2024-09-02', byQuad: [0, 0, 0, 1] });
    expect(r.body.days.at(-1).date).toBe('2024-09-25');
    expect(r.body.days).toHaveLength(24);
    const sum = r.body.days.reduce(
      (a: number, d: { byQuad: number[] }) => a + d.byQuad.reduce((x, y) => x + y, 0),
      0,
    );
    expect(sum).toBe(allEvents.length);
    const q1 = await get('/api/timeline?quadClass=1');
    expect(q1.body.days.every((d: { byQuad: number[] }) => d.byQuad[3] === 0)).toBe(true);
  });

  it('GET /api/network: nodes and edges with mean Goldstein, filtered', async () => {
    const r = await get('/api/network');
    expect(r.status).toBe(200);
    const edge = r.body.edges.find(
      (e: { source: string; target: string }) => e.source === 'RUS' && e.target === 'UKR',
    );
    expect(edge).toMatchObject({ events: 9, conflict: 8 });
    expect(r.body.nodes.map((n: { id: string }) => n.id)).toContain('NATO');
    const f = await get('/api/network?actor=IRN');
    expect(f.body.nodes.map((n: { id: string }) => n.id).sort()).toEqual(['FRA', 'IRN', 'ISR']);
    expect((await get('/api/network?quadClass=0')).status).toBe(400);
  });

  it('GET /api/countries: counts per country, filtered', async () => {
    const r = await get('/api/countries');
    expect(r.status).toBe(200);
    const ukr = r.body.countries.find((c: { country: string }) => c.country === 'UKR');
    expect(ukr.events).toBe(
      allEvents.filter((e) => e.source?.country === 'UKR' || e.target?.country === 'UKR').length,
    );
    const f = await get('/api/countries?modality=threat');
    expect(f.body.countries.map((c: { country: string }) => c.country).sort()).toEqual([
      'IRN',
      'ISR',
      'RUS',
      'UKR',
    ]);
    expect((await get('/api/countries?from=yesterday')).status).toBe(400);
  });

  it('GET /api/redlines: red lines with crossings, by status', async () => {
    const r = await get('/api/redlines');
    expect(r.status).toBe(200);
    expect(r.body.redLines.map((l: { id: string }) => l.id)).toEqual(['rl-iran', 'rl-longrange']);
    const met = await get('/api/redlines?status=met');
    expect(met.body.redLines).toHaveLength(1);
    const rl = met.body.redLines[0];
    expect(rl).toMatchObject({ id: 'rl-longrange', status: 'met', holder: { code: 'RUSGOV' } });
    expect(rl.condition.text).toContain('long-range missiles');
    expect(rl.crossings).toEqual(dashboardCrossings());
    expect((await get('/api/redlines?status=open')).body.redLines[0].crossings).toEqual([]);
    expect((await get('/api/redlines?status=maybe')).status).toBe(400);
  });

  it('GET /api/stats', async () => {
    const r = await get('/api/stats');
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({
      articles: batch.length,
      events: allEvents.length,
      redLines: 2,
      crossings: 1,
    });
    expect(r.body.dateRange).toEqual({ from: '2024-09-02', to: '2024-09-25' });
  });
});

describe('articles', () => {
  it('GET /api/articles pages', async () => {
    const p1 = await get('/api/articles?limit=10');
    const p3 = await get('/api/articles?limit=10&offset=20');
    expect(p1.status).toBe(200);
    expect(p1.body.total).toBe(batch.length);
    expect(p1.body.rows).toHaveLength(10);
    expect(p3.body.rows).toHaveLength(batch.length - 20);
    expect(p1.body.rows[0]).toHaveProperty('chars');
    expect(p1.body.rows[0]).not.toHaveProperty('text');
    expect((await get('/api/articles?limit=-1')).status).toBe(400);
    expect((await get('/api/articles?offset=abc')).status).toBe(400);
  });

  it('GET /api/articles/:id and 404', async () => {
    const r = await get('/api/articles/d-strike');
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({
      id: 'd-strike',
      title: 'Ukraine strikes Russian airfield',
      published: '2024-09-20',
    });
    expect(r.body.text).toContain('long-range missiles');
    expect((await get('/api/articles/missing')).status).toBe(404);
  });
});

describe('docs and static', () => {
  it('serves the OpenAPI JSON and swagger-ui', async () => {
    const json = await get('/api/docs/json');
    expect(json.status).toBe(200);
    expect(json.body.openapi).toMatch(/^3\./);
    for (const p of [
      '/api/events',
      '/api/events/{id}',
      '/api/series',
      '/api/network',
      '/api/countries',
      '/api/redlines',
      '/api/articles',
      '/api/stats',
    ]) {
      expect(json.body.paths).toHaveProperty([p]);
    }
    const ui = await app.inject({ method: 'GET', url: '/api/docs/' });
    expect(ui.statusCode).toBe(200);
    expect(ui.body).toContain('swagger');
    expect(ui.body).not.toMatch(/https?:\/\/(?!127\.0\.0\.1|localhost)[a-z]/i);
  });

  it('explains a missing dashboard build, 404 JSON for unknown API paths', async () => {
    const r = await app.inject({ method: 'GET', url: '/' });
    expect(r.statusCode).toBe(503);
    expect(r.body).toContain('npm run build:web');
    const nf = await get('/api/nothing');
    expect(nf.status).toBe(404);
    expect(nf.body.error.code).toBe('R501');
  });
});
