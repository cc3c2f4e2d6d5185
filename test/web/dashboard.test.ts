/**
 * The dashboard in a real browser (Debian chromium through playwright-core) against the real
 * server and a fixture store. Fails (never skips) when /usr/bin/chromium is missing: run
 * scripts/ensure-chromium.sh.
 */
import { existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from '../../src/api/server.js';
import { fixtureDb } from '../api/fixtures.js';

const CHROMIUM = '/usr/bin/chromium';
const ROOT = resolve(import.meta.dirname, '../..');
const WEB = join(ROOT, 'web');
const DIST = join(WEB, 'dist');
const SHOTS = join(ROOT, 'test-results');

let db: Awaited<ReturnType<typeof fixtureDb>>;
let server: Awaited<ReturnType<typeof startServer>>;
let browser: Browser;
let origin = '';
const consoleErrors: string[] = [];
const foreignRequests: string[] = [];

/** newest modification time under a folder */
function newest(dir: string): number {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

async function ensureBuilt(): Promise<void> {
  const index = join(DIST, 'index.html');
  const sources = Math.max(newest(join(WEB, 'src')), statSync(join(WEB, 'index.html')).mtimeMs);
  if (existsSync(index) && statSync(index).mtimeMs >= sources) return;
  const { build } = await import('vite');
  await build({ configFile: join(WEB, 'vite.config.ts'), logLevel: 'warn' });
}

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `${CHROMIUM} is missing: run scripts/ensure-chromium.sh (apt-get install chromium) first`,
    );
  }
  await ensureBuilt();
  db = await fixtureDb();
  server = await startServer({ db: db.file, port: 0, host: '127.0.0.1', token: null });
  origin = new URL(server.url).origin;
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  mkdirSync(SHOTS, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  db?.cleanup();
});

async function open(width: number, height: number, query = ''): Promise<{ ctx: BrowserContext; page: Page }> {
  const ctx = await browser.newContext({ viewport: { width, height }, deviceScaleFactor: 1 });
  const page = await ctx.newPage();
  page.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(`${m.text()} @ ${m.location().url}`);
  });
  page.on('pageerror', (e) => consoleErrors.push(`pageerror: ${e.message}`));
  page.on('request', (r) => {
    const u = new URL(r.url());
    if (!['data:', 'blob:'].includes(u.protocol) && u.origin !== origin) foreignRequests.push(r.url());
  });
  await page.goto(`${server.url}${query}`);
  return { ctx, page };
}

const ready = (page: Page, view: string) =>
  page.waitForSelector(`#view-${view}[data-ready="true"]:not([hidden])`, { timeout: 20_000 });

async function tab(page: Page, view: string, label: string): Promise<void> {
  await page.getByRole('tab', { name: label }).click();
  await ready(page, view);
}

const txt = (l: Locator) => l.innerText().then((s) => s.trim());
const apiJson = async <T>(path: string): Promise<T> =>
  (await fetch(`${origin}/api/${path}`)).json() as Promise<T>;
const QUADS = ['Verbal cooperation', 'Material cooperation', 'Verbal conflict', 'Material conflict'];

describe('dashboard at 1280×800', () => {
  let ctx: BrowserContext;
  let page: Page;
  beforeAll(async () => {
    ({ ctx, page } = await open(1280, 800));
    await ready(page, 'timeline');
  });
  afterAll(async () => ctx?.close());

  it('timeline: stacked bars by quad class drawn on the canvas, escalation line for the top dyad', async () => {
    await expect.poll(() => txt(page.locator('#stats'))).toContain('24 events');
    const painted = await page.evaluate(() => {
      const c = document.querySelector<HTMLCanvasElement>('#timeline-chart canvas')!;
      const d = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
      let n = 0;
      for (let i = 3; i < d.length; i += 4) if (d[i] > 0) n++;
      return { n, w: c.width, h: c.height };
    });
    expect(painted.w).toBeGreaterThan(600);
    expect(painted.n).toBeGreaterThan(5000);
    const aria = (await page.locator('#timeline-chart').getAttribute('aria-label')) ?? '';
    for (const q of QUADS) expect(aria).toContain(q);
    expect(aria).toContain('Escalation index RUS → UKR');
    expect(await page.locator('#dyad').inputValue()).toBe('RUS>UKR');
    expect(await page.locator('#timeline-chart').getAttribute('data-days')).toBe('24');
    await page.screenshot({ path: join(SHOTS, 'dashboard-timeline-1280.png') });
  });

  it('map: world countries drawn, countries with events coloured', async () => {
    await tab(page, 'map', 'Map');
    const paths = await page.locator('#map-chart svg path').count();
    expect(paths).toBeGreaterThan(150);
    const fills = await page.$$eval('#map-chart svg path', (ps) =>
      ps.map((p) => p.getAttribute('fill') ?? ''),
    );
    const counts = new Map<string, number>();
    for (const f of fills) counts.set(f, (counts.get(f) ?? 0) + 1);
    expect(counts.size).toBeGreaterThan(5);
    const countries = await apiJson<{ countries: unknown[] }>('countries');
    expect(await page.locator('#map-chart').getAttribute('data-countries')).toBe(
      String(countries.countries.length),
    );
    await page.screenshot({ path: join(SHOTS, 'dashboard-map-1280.png') });
  });

  it('network: one node per actor of the API network', async () => {
    await tab(page, 'network', 'Network');
    const net = await apiJson<{ nodes: unknown[]; edges: unknown[] }>('network');
    expect(net.nodes.length).toBeGreaterThan(10);
    const el = page.locator('#network-graph');
    expect(await el.getAttribute('data-nodes')).toBe(String(net.nodes.length));
    expect(await el.getAttribute('data-edges')).toBe(String(net.edges.length));
    expect(await page.locator('#network-graph canvas').count()).toBeGreaterThan(0);
    await page.waitForTimeout(300);
    await page.screenshot({ path: join(SHOTS, 'dashboard-network-1280.png') });
  });

  it('events: table rows; a click shows the article with source, trigger, target and condition highlighted', async () => {
    await tab(page, 'events', 'Events');
    await expect.poll(() => page.locator('#events-table tbody tr[data-id]').count()).toBe(24);
    await page.locator('#events-table tbody tr[data-id="d-rl:0"]').click();
    await page.waitForSelector('#event-detail:not([hidden]) .article-text');
    const spanText = (kind: string) =>
      page.$$eval(`#event-detail [data-kinds~="${kind}"]`, (els) => els.map((e) => e.textContent).join(''));
    expect(await spanText('source')).toBe('Russian President Vladimir Putin');
    expect(await spanText('trigger')).toBe('warned');
    expect(await spanText('target')).toBe('NATO');
    expect(await spanText('condition')).toBe(
      'if the alliance allows Ukraine to strike deep into Russia with long-range missiles',
    );
    await expect.poll(() => txt(page.locator('#event-detail .rule'))).toBe('threaten.warn_if');
    await expect.poll(() => txt(page.locator('#event-detail .modality'))).toBe('conditional');
    const colours = await page.$$eval('#event-detail .article-text mark', (ms) => [
      ...new Set(ms.map((m) => `${m.className}=${getComputedStyle(m).backgroundColor}`)),
    ]);
    const byKind = new Map(colours.map((c) => c.split('=') as [string, string]));
    expect(byKind.size).toBe(4);
    expect(new Set(byKind.values()).size).toBe(4);
    expect(page.url()).toContain('event=d-rl%3A0');
    await page.locator('#event-detail').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SHOTS, 'dashboard-events-1280.png'), fullPage: true });
  });

  it('events: sort by Goldstein, search, page', async () => {
    await page.locator('th[data-sort="goldstein"] button').click();
    await ready(page, 'events');
    await expect
      .poll(() => page.locator('th[data-sort="goldstein"]').getAttribute('aria-sort'))
      .toBe('descending');
    await expect.poll(() => txt(page.locator('#events-table tbody tr[data-id] td.num').first())).toBe('8.0');
    await page.locator('#q').fill('shelled');
    await page.locator('#q').press('Enter');
    await expect.poll(() => page.locator('#events-table tbody tr[data-id]').count()).toBe(2);
    await expect.poll(() => txt(page.locator('#page-info'))).toBe('1–2 of 2');
  });

  it('global filters live in the URL and survive a reload', async () => {
    await page.locator('#q').fill('');
    await page.locator('#q').press('Enter');
    await page.locator('input[name=quadClass][value="4"]').check();
    await ready(page, 'events');
    await page.locator('input[name=from]').fill('2024-09-05');
    await ready(page, 'events');
    await expect.poll(() => txt(page.locator('#page-info'))).toMatch(/of 6$/);
    expect(page.url()).toContain('quadClass=4');
    expect(page.url()).toContain('from=2024-09-05');
    await page.reload();
    await ready(page, 'events');
    expect(await page.locator('input[name=quadClass][value="4"]').isChecked()).toBe(true);
    expect(await page.locator('input[name=from]').inputValue()).toBe('2024-09-05');
    const quads = await page.$$eval('#events-table tbody tr[data-id] .quad', (q) =>
      q.map((e) => e.textContent),
    );
    expect(quads.length).toBe(6);
    expect(new Set(quads)).toEqual(new Set(['4']));
    await tab(page, 'timeline', 'Timeline');
    expect(page.url()).toContain('quadClass=4');
    const aria = (await page.locator('#timeline-chart').getAttribute('aria-label')) ?? '';
    expect(aria).toContain('Material conflict');
    await page.getByRole('button', { name: 'Reset' }).click();
    await ready(page, 'timeline');
    expect(page.url()).not.toContain('quadClass');
  });

  it('red lines: a met red line with its crossing, evidence and lag', async () => {
    await tab(page, 'redlines', 'Red lines');
    const card = page.locator('.redline[data-id="rl-longrange"]');
    await expect.poll(() => txt(card.locator('.status'))).toBe('met');
    await expect.poll(() => txt(card.locator('.who'))).toContain('Vladimir Putin');
    await expect.poll(() => txt(card.locator('.who'))).toContain('NATO');
    await expect.poll(() => txt(card.locator('.condition'))).toContain('long-range missiles');
    const crossing = card.locator('.crossing');
    await expect.poll(() => crossing.count()).toBe(1);
    await expect.poll(() => txt(crossing)).toContain('d-strike:0');
    await expect.poll(() => txt(crossing.locator('.lag'))).toBe('8 days later');
    await expect
      .poll(() => txt(crossing.locator('blockquote')))
      .toContain('Ukrainian forces struck an airfield inside Russia');
    await expect.poll(() => txt(page.locator('.redline[data-id="rl-iran"] .status'))).toBe('open');
    await page.screenshot({ path: join(SHOTS, 'dashboard-redlines-1280.png'), fullPage: true });
  });
});

describe('dashboard at 390×844', () => {
  let ctx: BrowserContext;
  let page: Page;
  beforeAll(async () => {
    ({ ctx, page } = await open(390, 844, '?view=timeline&actor=RUS'));
    await ready(page, 'timeline');
  });
  afterAll(async () => ctx?.close());

  it('every view fits the width and renders data', async () => {
    expect(await page.locator('input[name=actor]').inputValue()).toBe('RUS');
    const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(await overflow()).toBeLessThanOrEqual(0);
    await page.screenshot({ path: join(SHOTS, 'dashboard-timeline-390.png'), fullPage: true });
    for (const [view, label] of [
      ['map', 'Map'],
      ['network', 'Network'],
      ['events', 'Events'],
      ['redlines', 'Red lines'],
    ] as const) {
      await tab(page, view, label);
      expect(await overflow(), view).toBeLessThanOrEqual(0);
      await page.screenshot({ path: join(SHOTS, `dashboard-${view}-390.png`), fullPage: true });
    }
    await tab(page, 'events', 'Events');
    expect(await page.locator('#events-table tbody tr[data-id]').count()).toBeGreaterThan(5);
  });
});

describe('browser hygiene', () => {
  it('no console errors and no requests to other origins', () => {
    expect(consoleErrors).toEqual([]);
    expect(foreignRequests).toEqual([]);
  });
});
