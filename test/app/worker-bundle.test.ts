import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { workerBundle } from '../../src/app/worker-bundle.js';

describe('workerBundle', () => {
  it('builds the coding worker once as plain JS that finds its data through the project root only', async () => {
    const url = await workerBundle();
    expect(url).not.toBeNull();
    expect(await workerBundle()).toBe(url);
    const file = fileURLToPath(url!);
    expect(file).toMatch(
      /node_modules\/\.cache\/redline\/parallel-worker-[0-9a-f]{12}\/parallel-worker\.js$/,
    );
    const dir = dirname(file);
    const code = readdirSync(dir)
      .filter((f) => f.endsWith('.js'))
      .map((f) => readFileSync(join(dir, f), 'utf8'))
      .join('\n');
    // every import.meta.url was replaced by root.ts's URL; none is left to point at the bundle's location
    expect(code).not.toContain('import.meta');
    expect(code).toContain('src/util/root.ts');
    // project modules are inside (the only relative imports are the bundle's own chunks); packages stay imports
    for (const m of code.matchAll(/from ["'](\.{1,2}\/[^"']+)["']/g))
      expect(m[1]).toMatch(/^\.\/[\w-]+\.js$/);
    expect(code).toMatch(/from ["']wink-nlp["']/);
  });
});
