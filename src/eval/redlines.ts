/**
 * Red-line scoring. Gold files list the red lines an article states (`redLines`) and, in later
 * articles, which of them are met (`redLinesMet`). The articles of a folder are ingested in publication
 * order into a scratch store, exactly as `redline ingest` would, and then:
 *   found  a gold red line is found when a Redline red line's evidence overlaps the gold evidence's
 *          sentence and its holder is the gold holder's country or organisation (the role is not compared:
 *          "our army will shoot it down" said by Kim Yo Jong is a PRK red line whether coded GOV or MIL)
 *   met    every red line named in a later `redLinesMet` must have status "met"; every other gold red
 *          line must not be "met"
 */
import { dirname, join } from 'node:path';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { DuckDbStore } from '../store/duckdb.js';
import { ingestItems } from '../app/ingest.js';
import type { GoldFile } from './gold.js';
import { actorMatches } from './match.js';
import { locate } from './score.js';
import type { Lexicon } from '../lexicon/load.js';
import type { Pipeline } from '../nlp/pipeline.js';

export interface RedLineScore {
  folder: string;
  found: { correct: number; total: number };
  met: { correct: number; total: number };
  details: Array<{ id: string; found: boolean; status: string | null; expectedMet: boolean }>;
}

export async function scoreRedLines(
  golds: GoldFile[],
  lex: Lexicon,
  pipeline: Pipeline,
): Promise<RedLineScore[]> {
  const byFolder = new Map<string, GoldFile[]>();
  for (const g of golds) byFolder.set(dirname(g.path), [...(byFolder.get(dirname(g.path)) ?? []), g]);
  const out: RedLineScore[] = [];
  for (const [folder, files] of byFolder) {
    if (!files.some((f) => f.redLines?.length)) continue;
    const dir = mkdtempSync(join(tmpdir(), 'redline-eval-'));
    const repo = new DuckDbStore(join(dir, 'eval.duckdb'));
    await repo.init();
    try {
      const ordered = [...files].sort((a, b) => a.published.localeCompare(b.published));
      const items = ordered.map((g) => ({
        ok: true as const,
        origin: g.path,
        article: { id: g.article, text: g.text, published: g.published },
      }));
      await ingestItems(
        repo,
        (async function* () {
          yield* items;
        })(),
        { lexicon: lex, pipeline, progress: null },
      );
      const lines = await repo.listRedLines();
      const met = new Set(files.flatMap((f) => f.redLinesMet ?? []));
      const score: RedLineScore = {
        folder,
        found: { correct: 0, total: 0 },
        met: { correct: 0, total: 0 },
        details: [],
      };
      for (const g of files) {
        for (const rl of g.redLines ?? []) {
          const at = locate(g.text, rl.evidence);
          const ours = at
            ? lines.find(
                (l) =>
                  l.articleId === g.article &&
                  l.evidence.start <= at.start &&
                  at.start < l.evidence.end &&
                  actorMatches(rl.holder.split(':')[0], l.holder),
              )
            : undefined;
          score.found.total++;
          if (ours) score.found.correct++;
          score.met.total++;
          const isMet = ours?.status === 'met';
          if (isMet === met.has(rl.id)) score.met.correct++;
          score.details.push({
            id: rl.id,
            found: !!ours,
            status: ours?.status ?? null,
            expectedMet: met.has(rl.id),
          });
        }
      }
      out.push(score);
    } finally {
      await repo.close();
      rmSync(dir, { recursive: true, force: true });
    }
  }
  return out;
}
