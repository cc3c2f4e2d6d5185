/**
 * Acceptance on the seed article (../shared/eval/seed): the figures the core issue names.
 * The gold is read from ../shared; nothing of it is copied into the project.
 */
import { describe, it, expect, beforeAll } from 'vitest';
import { join } from 'node:path';
import { DEFAULT_SHARED_EVAL, evaluate, type EvalReport } from '../../src/eval/run.js';
import { loadGold } from '../../src/eval/gold.js';
import { scoreFile, totals } from '../../src/eval/score.js';
import { createPipeline } from '../../src/coding/pipeline.js';

const seedGold = join(DEFAULT_SHARED_EVAL, 'seed', 'gold.json');

describe('seed article acceptance', () => {
  const pipeline = createPipeline();
  const gold = loadGold(seedGold);
  const { score, doc } = scoreFile(gold, pipeline);
  const t = totals([score]);

  it('finds required events with root-level recall >= 0.8 and precision >= 0.7', () => {
    expect(t.root.recall).toBeGreaterThanOrEqual(0.8);
    expect(t.root.precision).toBeGreaterThanOrEqual(0.7);
  });
  it('resolves "Sept. 12" to 2024-09-12', () => {
    const d = doc.dates.find((x) => x.text === 'Sept. 12');
    expect(d?.value).toBe('2024-09-12');
  });
  it('attributes the three quotes to Putin', () => {
    expect(doc.quotes.filter((q) => q.speakerName === 'Vladimir Putin').length).toBeGreaterThanOrEqual(3);
    expect(score.quotes.correct).toBe(score.quotes.total);
    expect(score.quotes.total).toBe(3);
  });
  it('codes S1 and S9 as conditional with their conditions', () => {
    const s1 = doc.events.find(
      (e) =>
        e.modality === 'conditional' &&
        /should the United States and NATO allies/.test(e.condition?.text ?? ''),
    );
    const s9 = doc.events.find(
      (e) =>
        e.modality === 'conditional' && /if Western forces directly endangered/.test(e.condition?.text ?? ''),
    );
    expect(s1?.source?.code).toBe('RUSGOV');
    expect(s1?.code.startsWith('13')).toBe(true);
    expect(s9?.code.startsWith('138')).toBe(true);
    expect(score.conditions.found).toBe(score.conditions.total);
  });
});

describe('red lines across the seed and its follow-up', () => {
  let report: EvalReport;
  beforeAll(async () => {
    report = await evaluate([join(DEFAULT_SHARED_EVAL, 'seed')]);
  }, 120_000);
  it('finds RL1 and RL2, flags RL1 as met and not RL2', () => {
    const rl = report.redLines[0];
    expect(rl.found).toEqual({ correct: 2, total: 2 });
    expect(rl.met).toEqual({ correct: 2, total: 2 });
    expect(rl.details.find((d) => d.id === 'RL1')?.status).toBe('met');
    expect(rl.details.find((d) => d.id === 'RL2')?.status).not.toBe('met');
  });
});
