import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServer } from '../../src/api/server.js';
import type { Article } from '../../src/model/article.js';
import { DuckDbStore } from '../../src/store/duckdb.js';
import { fixtureDb } from './fixtures.js';

let db: Awaited<ReturnType<typeof fixtureDb>>;
let store: DuckDbStore;
let app: FastifyInstance;
let writeApp: FastifyInstance;
let noIngestApp: FastifyInstance;
const ingested: Article[] = [];
const TOKEN = 's3cret-token';

beforeAll(async () => {
  db = await fixtureDb();
  store = new DuckDbStore(db.file, { readOnly: true });
  await store.init();
  const webDir = `${db.file}.no-web`;
  app = await buildServer({ repo: store, webDir, token: null });
  writeApp = await buildServer({
    repo: store,
    token: TOKEN,
    webDir,
    ingest: async (a) => {
      ingested.push(a);
      return { events: 2 };
    },
  });
  noIngestApp = await buildServer({ repo: store, token: TOKEN, webDir });
});
afterAll(async () => {
  await app?.close();
  await writeApp?.close();
  await noIngestApp?.close();
  await store?.close();
  db?.cleanup();
});

describe('POST /api/articles', () => {
  const body = {
    text: 'Russia warned Ukraine on Monday.',
    title: 'New',
    outlet: 'wire',
    published: '2024-10-01',
  };
  const post = (server: FastifyInstance, payload: unknown, auth?: string) =>
    server.inject({
      method: 'POST',
      url: '/api/articles',
      payload: payload as object,
      headers: auth ? { authorization: auth } : {},
    });

  it('is off (404) without a configured token', async () => {
    const r = await post(app, body, `Bearer ${TOKEN}`);
    expect(r.statusCode).toBe(404);
  });

  it('401 without or with a wrong token', async () => {
    expect((await post(writeApp, body)).statusCode).toBe(401);
    const r = await post(writeApp, body, 'Bearer wrong');
    expect(r.statusCode).toBe(401);
    expect(r.json().error.code).toBe('R502');
    expect((await post(writeApp, body, TOKEN)).statusCode).toBe(401);
    expect(ingested).toHaveLength(0);
  });

  it('201 with the right token: calls the injected ingest', async () => {
    const r = await post(writeApp, body, `Bearer ${TOKEN}`);
    expect(r.statusCode).toBe(201);
    expect(r.json()).toEqual({ id: expect.stringMatching(/^api-[0-9a-f]{16}$/), events: 2 });
    expect(ingested.at(-1)).toMatchObject({
      text: body.text,
      title: 'New',
      outlet: 'wire',
      url: null,
      published: '2024-10-01',
    });
    const withId = await post(writeApp, { ...body, id: 'mine' }, `Bearer ${TOKEN}`);
    expect(withId.json()).toEqual({ id: 'mine', events: 2 });
  });

  it('a timestamp is stored as its date; a date that does not exist is an R107 (400)', async () => {
    const at = await post(writeApp, { ...body, published: '2024-10-01T09:30:00Z' }, `Bearer ${TOKEN}`);
    expect(at.statusCode).toBe(201);
    expect(ingested.at(-1)?.published).toBe('2024-10-01');
    const n = ingested.length;
    const bad = await post(writeApp, { ...body, published: '2024-02-31' }, `Bearer ${TOKEN}`);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.code).toBe('R107');
    expect(ingested).toHaveLength(n);
  });

  it('documents the write endpoint only when it is on', async () => {
    const on = (await writeApp.inject({ method: 'GET', url: '/api/docs/json' })).json();
    expect(on.paths['/api/articles']).toHaveProperty('post');
    const off = (await app.inject({ method: 'GET', url: '/api/docs/json' })).json();
    expect(off.paths['/api/articles']).not.toHaveProperty('post');
  });

  it('400 on an invalid body, 501 without ingest, 413 over 1 MB, each with its own code', async () => {
    const invalid = await post(writeApp, { title: 'no text' }, `Bearer ${TOKEN}`);
    expect(invalid.statusCode).toBe(400);
    expect(invalid.json().error.code).toBe('R500');
    expect((await post(writeApp, { text: '' }, `Bearer ${TOKEN}`)).statusCode).toBe(400);
    const none = await post(noIngestApp, body, `Bearer ${TOKEN}`);
    expect(none.statusCode).toBe(501);
    expect(none.json().error.code).toBe('R503');
    const big = await post(writeApp, { text: 'x'.repeat(1024 * 1024 + 10) }, `Bearer ${TOKEN}`);
    expect(big.statusCode).toBe(413);
    expect(big.json().error.code).toBe('R103');
  });
});
