/**
 * Red-line tracking over the whole store: red lines are (re)built from every conditional event, then
 * every actual event on or after a red line's date is checked against it. Both steps are idempotent,
 * so a run killed half-way is repaired by the next one.
 */
import type { EventRepository, StoredEvent } from '../store/repository.js';
import type { RedLine, RedLineCrossing } from '../model/redline.js';
import type { Lexicon } from '../lexicon/load.js';
import { loadBlocs, type Blocs } from '../lexicon/blocs.js';
import { checkCrossing, extractRedLines, statusFromCrossings } from './redlines.js';
import { padDate } from '../util/dates.js';

export interface TrackResult {
  redLines: number;
  crossings: number;
  met: number;
}

/** "unless …", or a condition holding a negation word or verb ("if they were not met", "if Tokyo failed to act") */
export function negatedCondition(text: string, lex: Lexicon): boolean {
  const words = text.toLowerCase().match(/[\p{L}']+/gu) ?? [];
  if (words[0] === 'unless') return true;
  return words.some((w) => lex.cues.negation.has(w) || w.endsWith("n't") || lex.cues.negationVerbs.has(w));
}

export async function trackRedLines(
  repo: EventRepository,
  lex: Lexicon,
  blocs: Blocs = loadBlocs(),
): Promise<TrackResult> {
  const conditional: StoredEvent[] = [];
  for await (const e of repo.allEvents({ modality: 'conditional' })) conditional.push(e);
  const quad = (code: string) => lex.cameo.get(code)?.quadClass ?? 4;
  const fresh = extractRedLines(conditional, lex.cues.redLineTerms, quad, (text) =>
    negatedCondition(text, lex),
  );
  const old = new Map((await repo.listRedLines()).map((r) => [r.id, r]));
  const lines: RedLine[] = fresh.map((r) =>
    old.get(r.id)?.status === 'withdrawn' ? { ...r, status: 'withdrawn' } : r,
  );
  if (!lines.length) return { redLines: 0, crossings: 0, met: 0 };
  const from = lines.map((r) => padDate(r.date)).sort()[0];
  const crossings: RedLineCrossing[] = [];
  const byLine = new Map<string, RedLineCrossing[]>();
  for await (const e of repo.allEvents({ modality: 'actual', from })) {
    for (const rl of lines) {
      const c = checkCrossing(rl, e, blocs, lex.cues.redLineCivilRoles, lex.cues.redLineHorizonDays);
      if (!c) continue;
      crossings.push(c);
      const list = byLine.get(rl.id);
      if (list) list.push(c);
      else byLine.set(rl.id, [c]);
    }
  }
  for (const rl of lines) rl.status = statusFromCrossings(rl, byLine.get(rl.id) ?? []);
  await repo.saveRedLines(lines);
  if (crossings.length) await repo.saveCrossings(crossings);
  return {
    redLines: lines.length,
    crossings: crossings.length,
    met: lines.filter((l) => l.status === 'met').length,
  };
}
