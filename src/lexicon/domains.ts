/** Non-political domains (lexicon/domains.yaml): cue words that switch off event roots in sport or market stories. */
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { RedlineError } from '../util/errors.js';

export const domainsFile = z.object({
  minArticleCues: z.number().int().min(1),
  domains: z.record(
    z.string(),
    z.object({ suppressRoots: z.array(z.string().regex(/^\d{2}$/)), cues: z.array(z.string()) }),
  ),
});

export interface Domain {
  name: string;
  suppressRoots: Set<string>;
  cues: Set<string>;
}

export interface Domains {
  minArticleCues: number;
  list: Domain[];
}

export function loadDomains(dir: string): Domains {
  const f = join(dir, 'domains.yaml');
  if (!existsSync(f)) return { minArticleCues: Infinity, list: [] };
  const r = domainsFile.safeParse(parse(readFileSync(f, 'utf8')));
  if (!r.success)
    throw new RedlineError('R200', `${r.error.issues[0].path.join('.')}: ${r.error.issues[0].message}`, f);
  return {
    minArticleCues: r.data.minArticleCues,
    list: Object.entries(r.data.domains).map(([name, d]) => ({
      name,
      suppressRoots: new Set(d.suppressRoots),
      cues: new Set(d.cues),
    })),
  };
}
