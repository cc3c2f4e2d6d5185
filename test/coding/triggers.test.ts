/**
 * The candidate patterns of a trigger, narrowed by the words of its sentence: the narrowed list must be the full
 * list without exactly the patterns whose first required word the sentence lacks, in the same order, so the first
 * pattern that matches (the one coded) is the same.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createPipeline } from '../../src/coding/pipeline.js';
import { matchPattern, sentenceView, sentenceWords } from '../../src/coding/match.js';
import { allCandidates, candidates } from '../../src/coding/triggers.js';
import { loadLexicon } from '../../src/lexicon/load.js';
import type { Article } from '../../src/model/article.js';
import { ROOT } from '../../src/util/root.js';

const lex = loadLexicon();
const pipeline = createPipeline(lex, { dates: 'on-demand' });

const own: Article[] = [
  'Serbia agreed to a ceasefire on Sunday. Kosovo agreed with Serbia on the border. The talks agreed nothing.',
  'Russia called for talks with Ukraine. Germany called on Iran to halt enrichment. The minister called Macron.',
  'China offered aid to Nepal. Turkey offered to mediate between Armenia and Azerbaijan. Japan made an offer.',
  'The EU asked Serbia to recognise Kosovo. Hungary asked for more time. Poland said it would ask NATO for troops.',
].map((text, k) => ({ id: `own-${k}`, text, published: '2026-03-02', url: null, outlet: null }));
const samples: Article[] = readFileSync(join(ROOT, 'samples', 'wire.jsonl'), 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((l) => JSON.parse(l) as Article);

describe('candidates', () => {
  it('drops only patterns whose first required word the sentence lacks, keeping the order', () => {
    let narrowed = 0;
    let tokens = 0;
    for (const a of [...own, ...samples]) {
      const doc = pipeline.run(a);
      for (const s of doc.sentences) {
        const v = sentenceView(
          doc,
          s,
          doc.mentions.filter((m) => m.sentence === s.index),
        );
        const words = sentenceWords(v);
        for (let i = v.a; i < v.b; i++) {
          const all = allCandidates(lex, v, i);
          if (!all.length) continue;
          tokens++;
          const possible = (p: (typeof all)[number]) =>
            !p.required.length || p.required[0].some((w) => words.has(w));
          const got = candidates(lex, v, i);
          // in the same order, every possible pattern kept, only impossible ones dropped (short lists are kept whole)
          expect(got).toEqual(all.filter((p) => got.includes(p)));
          for (const p of all) expect(got.includes(p) || !possible(p)).toBe(true);
          if (got.length < all.length) narrowed++;
          // the pattern that codes the token is the same either way
          const first = (list: typeof all) => list.find((p) => matchPattern(v, p, i))?.id ?? null;
          expect(first(got)).toBe(first(all));
        }
      }
    }
    expect(tokens).toBeGreaterThan(50);
    expect(narrowed).toBeGreaterThan(10);
  });
});
