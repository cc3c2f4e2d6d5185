/** Bloc memberships (lexicon/blocs.yaml): does an actor belong to a bloc named in a red line? */
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { DEFAULT_LEXICON_DIR } from './load.js';
import { RedlineError } from '../util/errors.js';

export const blocsFile = z.object({ blocs: z.record(z.string(), z.array(z.string())) });

export class Blocs {
  private readonly members = new Map<string, Set<string>>();

  constructor(raw: Record<string, string[]>) {
    const expand = (b: string, seen: Set<string>): Set<string> => {
      const out = new Set<string>();
      for (const m of raw[b] ?? []) {
        out.add(m);
        if (raw[m] && !seen.has(m)) for (const x of expand(m, new Set([...seen, m]))) out.add(x);
      }
      return out;
    };
    for (const b of Object.keys(raw)) this.members.set(b, expand(b, new Set([b])));
  }

  /** true when `code` (a country or organisation) is, or belongs to, `spec` */
  within(code: string | null | undefined, spec: string): boolean {
    if (!code) return false;
    return code === spec || (this.members.get(spec)?.has(code) ?? false);
  }
}

let cached: Blocs | null = null;

export function loadBlocs(dir: string = DEFAULT_LEXICON_DIR): Blocs {
  if (cached && dir === DEFAULT_LEXICON_DIR) return cached;
  const f = join(dir, 'blocs.yaml');
  if (!existsSync(f)) return new Blocs({});
  const r = blocsFile.safeParse(parse(readFileSync(f, 'utf8')));
  if (!r.success) throw new RedlineError('R200', r.error.issues[0].message, f);
  const b = new Blocs(r.data.blocs);
  if (dir === DEFAULT_LEXICON_DIR) cached = b;
  return b;
}
