import { z } from 'zod';

/** lexicon/cameo.yaml rows: [code, goldstein, quadClass, plover, ploverMode, context, name, origin] */
export const cameoFile = z.object({
  codes: z.array(
    z.tuple([
      z.string(),
      z.number(),
      z.number().int().min(1).max(4),
      z.string().nullable(),
      z.string().nullable(),
      z.string().nullable(),
      z.string(),
      // plover: the CAMEO2PLOVER-2021 row; manual: the PLOVER manual's text overrides that row; own: no row
      z.enum(['plover', 'manual', 'own']),
    ]),
  ),
});

export interface CameoCode {
  code: string;
  root: string;
  goldstein: number;
  quadClass: 1 | 2 | 3 | 4;
  plover: string;
  ploverMode: string | null;
  context: string | null;
  name: string;
}

export function compileCameo(f: z.infer<typeof cameoFile>): Map<string, CameoCode> {
  const out = new Map<string, CameoCode>();
  for (const [code, goldstein, quad, plover, mode, context, name] of f.codes) {
    out.set(code, {
      code,
      root: code.slice(0, 2),
      goldstein,
      quadClass: quad as 1 | 2 | 3 | 4,
      plover: plover ?? 'STATEMENT',
      ploverMode: mode,
      context,
      name,
    });
  }
  return out;
}
