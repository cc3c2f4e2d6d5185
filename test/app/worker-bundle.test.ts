import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { workerBundle } from '../../src/app/worker-bundle.js';

describe('workerBundle', () => {
  it('builds the coding worker once as plain JS that finds its data through the project root only', async () => {
    const url = await workerBundle();
    expect(url).not.toBeNull();
    expect(await workerBundle()).toBe(url);
    const file = fileURLToPath(url!);
    expect(file).toMatch(/node_modules\/\.cache\/redline\/parallel-worker-[0-9a-f]{12}\.mjs$/);
    const code = readFileSync(file, 'utf8');
    // every import.meta.url was replaced by root.ts's URL; none is left to point at the bundle's location
    expect(code).not.toContain('import.meta');
    expect(code).toContain('src/util/root.ts');
    // project modules are inside; packages stay imports
    expect(code).not.toMatch(/from ["']\.{1,2}\//);
    expect(code).toMatch(/from ["']wink-nlp["']/);
  });
});
