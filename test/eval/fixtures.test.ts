/**
 * The same coder on a dozen short articles of our own writing about other crises (test/fixtures/articles)
 * and on three non-political ones. Thresholds sit a little under the figures measured when they were set,
 * so a regression fails the build; the README gives the current figures.
 */
import { describe, it, expect } from 'vitest';
import { join } from 'node:path';
import { findGoldFiles, loadGold } from '../../src/eval/gold.js';
import { scoreFile, totals } from '../../src/eval/score.js';
import { createPipeline } from '../../src/coding/pipeline.js';

const dir = join(import.meta.dirname, '..', 'fixtures', 'articles');
const pipeline = createPipeline();
const golds = findGoldFiles([dir]).map(loadGold);
const scored = golds.map((g) => scoreFile(g, pipeline));

describe('own crisis articles', () => {
  it('has a dozen political articles and three non-political ones', () => {
    expect(golds.filter((g) => g.events.length).length).toBeGreaterThanOrEqual(12);
    expect(golds.filter((g) => !g.events.length).length).toBe(3);
  });
  it('keeps root-level recall and precision above the regression floor', () => {
    const t = totals(scored.filter((s, i) => golds[i].events.length).map((s) => s.score));
    expect(t.root.recall).toBeGreaterThanOrEqual(0.4);
    expect(t.root.precision).toBeGreaterThanOrEqual(0.45);
  });
  it('codes (almost) nothing in the football, court and market stories', () => {
    const nonpol = scored.filter((_, i) => !golds[i].events.length);
    const fp = nonpol.reduce((a, s) => a + s.doc.events.length, 0);
    expect(fp).toBeLessThanOrEqual(1);
  });
});
