/** The real server with a token: POST /api/articles codes and stores the article (wired in startServer). */
import { describe, it, expect } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer } from '../../src/api/server.js';
import { DuckDbStore } from '../../src/store/duckdb.js';

describe('POST /api/articles on a served store', () => {
  it('codes and stores an article when a token is configured, and refuses a wrong token', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'redline-write-'));
    const db = join(dir, 'w.duckdb');
    const init = new DuckDbStore(db);
    await init.init();
    await init.close();
    const server = await startServer({ db, port: 0, token: 'secret-token' });
    try {
      const body = JSON.stringify({
        id: 'posted-1',
        text: 'Iran accused Israel of aggression on Monday.',
        published: '2024-04-03',
      });
      const bad = await fetch(`${server.url}api/articles`, {
        method: 'POST',
        body,
        headers: { 'content-type': 'application/json', authorization: 'Bearer nope' },
      });
      expect(bad.status).toBe(401);
      const ok = await fetch(`${server.url}api/articles`, {
        method: 'POST',
        body,
        headers: { 'content-type': 'application/json', authorization: 'Bearer secret-token' },
      });
      expect(ok.status).toBe(201);
      const ev = (await (await fetch(`${server.url}api/events?q=aggression`)).json()) as {
        total: number;
        rows: Array<{ articleId: string; code: string }>;
      };
      expect(ev.rows.some((e) => e.articleId === 'posted-1' && e.code.startsWith('11'))).toBe(true);
    } finally {
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
