/** bin/bundle.js: the CLI and the coding worker as cached plain-JS bundles of src/. */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundle, sourceStamp } from '../../bin/bundle.js';

const root = join(import.meta.dirname, '..', '..');

/** a project of two modules; its node_modules links to the real one (esbuild is resolved from this file) */
let proj: string;
beforeAll(() => {
  proj = mkdtempSync(join(tmpdir(), 'redline-bundle-'));
  mkdirSync(join(proj, 'src', 'util'), { recursive: true });
  mkdirSync(join(proj, 'node_modules'));
  writeFileSync(
    join(proj, 'src', 'util', 'root.ts'),
    "export const ROOT: string = new URL('../..', import.meta.url).pathname;\n",
  );
  writeFileSync(
    join(proj, 'src', 'main.ts'),
    "import { ROOT } from './util/root.js';\nexport const where = ROOT;\nexport const later = () => import('./late.js');\n",
  );
  writeFileSync(join(proj, 'src', 'late.ts'), 'export const late: number = 42;\n');
});
afterAll(() => rmSync(proj, { recursive: true, force: true }));

describe('sourceStamp', () => {
  it('changes when a source file changes, and only then', () => {
    const a = sourceStamp(proj);
    expect(sourceStamp(proj)).toBe(a);
    writeFileSync(join(proj, 'src', 'late.ts'), 'export const late: number = 43;\n');
    const b = sourceStamp(proj);
    expect(b).not.toBe(a);
    writeFileSync(join(proj, 'notes.md'), 'not a source\n');
    expect(sourceStamp(proj)).toBe(b);
  });
});

describe('bundle', () => {
  it('builds once per stamp, keeps a dynamic import as a chunk, and points import.meta.url at root.ts', async () => {
    const url = await bundle(proj, 'src/main.ts', 'cli');
    const file = fileURLToPath(url);
    expect(file).toBe(join(proj, 'node_modules', '.cache', 'redline', `cli-${sourceStamp(proj)}`, 'main.js'));
    const mod = (await import(url.href)) as { where: string; later: () => Promise<{ late: number }> };
    // the module's import.meta.url is root.ts's, so ROOT is the project and not the cache folder
    expect(mod.where.replace(/\/$/, '')).toBe(proj);
    expect((await mod.later()).late).toBe(43);
    expect(readdirSync(join(file, '..')).length).toBeGreaterThan(1); // main.js and the chunk of late.ts
    // a second call finds the cached bundle (no new folder)
    expect((await bundle(proj, 'src/main.ts', 'cli')).href).toBe(url.href);

    // a change gives a new stamp and a new bundle; the old one is removed once it is stale (10 minutes)
    const old = join(file, '..');
    const past = new Date(Date.now() - 20 * 60 * 1000);
    utimesSync(old, past, past);
    writeFileSync(join(proj, 'src', 'late.ts'), 'export const late: number = 44;\n');
    const url2 = await bundle(proj, 'src/main.ts', 'cli');
    expect(url2.href).not.toBe(url.href);
    expect(existsSync(old)).toBe(false);
    expect(((await (await import(url2.href)).later()) as { late: number }).late).toBe(44);
  });
});

describe('bin/redline.js', () => {
  it('runs the CLI from the bundle, and through tsx when REDLINE_TSX=1', () => {
    for (const env of [{}, { REDLINE_TSX: '1' }]) {
      const r = spawnSync(process.execPath, [join(root, 'bin', 'redline.js'), '--version'], {
        encoding: 'utf8',
        env: { ...process.env, ...env },
      });
      expect(r.status).toBe(0);
      expect(r.stdout.trim()).toBe('0.1.0');
    }
    // the first run built (or found) the bundle of the current sources
    const cli = join(root, 'node_modules', '.cache', 'redline', `cli-${sourceStamp(root)}`, 'main.js');
    expect(existsSync(cli)).toBe(true);
  });
});
