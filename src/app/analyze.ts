/** Post-ingest analysis: dedup clusters for new events, then red lines and their crossings. */
import type { EventRepository } from '../store/repository.js';
import type { Lexicon } from '../lexicon/load.js';
import { clusterPending } from '../analysis/dedup.js';
import { trackRedLines, type TrackResult } from '../analysis/track.js';

export interface AnalyzeResult extends TrackResult {
  analysed: number;
  merged: number;
}

export async function analyzeStore(repo: EventRepository, lex: Lexicon): Promise<AnalyzeResult> {
  const run = async (): Promise<AnalyzeResult> => {
    const c = await clusterPending(repo);
    const t = await trackRedLines(repo, lex);
    return { ...c, ...t };
  };
  return repo.forAnalysis ? repo.forAnalysis(run) : run();
}
