/** Gold files in the format of ../shared/eval/seed/gold.json (schema + loader). */
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { z } from 'zod';
import { RedlineError } from '../util/errors.js';

const spec = z.string().nullable();
export const goldEvent = z.object({
  id: z.string(),
  required: z.boolean().default(true),
  evidence: z.string(),
  sources: z.array(spec).default(['?']),
  targets: z.array(spec).default(['?']),
  codes: z.array(z.string()).optional(),
  plover: z.array(z.string()).optional(),
  modality: z.string().optional(),
  condition: z.string().optional(),
  date: z.string().optional(),
  crosses: z.array(z.string()).optional(),
});
export const goldRedLine = z.object({
  id: z.string(),
  holder: z.string(),
  addressees: z.array(z.string()).default([]),
  condition: z.string(),
  conditionMatches: z.record(z.string(), z.unknown()).optional(),
  threatenedResponse: z.string().optional(),
  evidence: z.string(),
});
export const goldFile = z.object({
  article: z.string(),
  published: z.string(),
  notes: z.string().optional(),
  events: z.array(goldEvent).default([]),
  redLines: z.array(goldRedLine).optional(),
  redLinesMet: z.array(z.string()).optional(),
  dates: z.array(z.object({ evidence: z.string(), resolved: z.string() })).optional(),
  quotes: z.array(z.object({ evidence: z.string(), speaker: z.string() })).optional(),
});
export type GoldEvent = z.infer<typeof goldEvent>;
export type GoldFile = z.infer<typeof goldFile> & { path: string; text: string };

export function loadGold(path: string): GoldFile {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new RedlineError('R106', `cannot read gold file: ${(e as Error).message}`, path);
  }
  const r = goldFile.safeParse(raw);
  if (!r.success)
    throw new RedlineError(
      'R200',
      `invalid gold file: ${r.error.issues[0].path.join('.')} ${r.error.issues[0].message}`,
      path,
    );
  const textPath = join(dirname(path), r.data.article);
  if (!existsSync(textPath)) throw new RedlineError('R106', `article ${r.data.article} not found`, path);
  return { ...r.data, path, text: readFileSync(textPath, 'utf8') };
}

/** gold files named on the command line: files, or folders searched for *.gold.json / gold.json */
export function findGoldFiles(paths: string[]): string[] {
  const out: string[] = [];
  const walk = (p: string) => {
    const st = statSync(p);
    if (st.isDirectory()) {
      for (const f of readdirSync(p).sort()) walk(join(p, f));
    } else if (/(^|[./])gold\.json$/.test(p)) out.push(resolve(p));
  };
  for (const p of paths) walk(p);
  return out;
}
