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
    z.object({
      suppressRoots: z.array(z.string().regex(/^\d{2}$/)),
      cues: z.array(z.string()),
      /** overrides the file's minArticleCues for cues specific enough to count once ("money market") */
      minArticleCues: z.number().int().min(1).optional(),
    }),
  ),
});

export interface Domain {
  name: string;
  suppressRoots: Set<string>;
  /** one-word cues */
  cues: Set<string>;
  /** multi-word cues ("money market", "test match"), as lower-case words */
  phrases: string[][];
  /** first words of the phrases: most tokens start none, and skip the phrase loop */
  phraseStarts: Set<string>;
  minArticleCues: number;
}

/** the number of tokens of a domain cue starting at token i (a word or a phrase), or 0 */
export function cueAt(d: Domain, lower: (k: number) => string | undefined, i: number): number {
  const w = lower(i);
  if (w === undefined) return 0;
  if (d.cues.has(w)) return 1;
  if (!d.phraseStarts.has(w)) return 0;
  for (const ph of d.phrases) if (ph[0] === w && ph.every((x, k) => lower(i + k) === x)) return ph.length;
  return 0;
}

export interface Domains {
  minArticleCues: number;
  list: Domain[];
  /** every word that may start a cue of any domain: tokens outside it are skipped with one lookup */
  starts: Set<string>;
}

export function loadDomains(dir: string): Domains {
  const f = join(dir, 'domains.yaml');
  if (!existsSync(f)) return { minArticleCues: Infinity, list: [], starts: new Set() };
  const r = domainsFile.safeParse(parse(readFileSync(f, 'utf8')));
  if (!r.success)
    throw new RedlineError('R200', `${r.error.issues[0].path.join('.')}: ${r.error.issues[0].message}`, f);
  const list: Domain[] = Object.entries(r.data.domains).map(([name, d]) => {
    // wink keeps some hyphenated words whole ("semi-final") and splits others ("half - time"): take both forms
    const forms = d.cues.flatMap((c) => (c.includes('-') ? [c, c.replace(/-/g, ' - ')] : [c]));
    const words = forms.map((c) => c.toLowerCase().split(/\s+/).filter(Boolean));
    return {
      name,
      suppressRoots: new Set(d.suppressRoots),
      cues: new Set(words.filter((w) => w.length === 1).map((w) => w[0])),
      phrases: words.filter((w) => w.length > 1),
      phraseStarts: new Set(words.filter((w) => w.length > 1).map((w) => w[0])),
      minArticleCues: d.minArticleCues ?? r.data.minArticleCues,
    };
  });
  const starts = new Set(list.flatMap((d) => [...d.cues, ...d.phraseStarts]));
  return { minArticleCues: r.data.minArticleCues, list, starts };
}
