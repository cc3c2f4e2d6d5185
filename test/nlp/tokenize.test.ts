import { describe, it, expect } from 'vitest';
import { Pipeline } from '../../src/nlp/pipeline.js';
import { tokenizeStage } from '../../src/nlp/tokenize.js';

const p = new Pipeline([tokenizeStage]);
const sentences = (text: string) => {
  const d = p.run({ id: 't', text, published: '2024-01-01' });
  return d.sentences.map((s) => d.slice(s));
};

describe('tokenize stage', () => {
  it('keeps abbreviations inside sentences (Sept., Gen., Dr., U.S.)', () => {
    expect(sentences('Gen. Smith met Dr. Jones on Sept. 12 in the U.S. capital. They talked.')).toEqual([
      'Gen. Smith met Dr. Jones on Sept. 12 in the U.S. capital.',
      'They talked.',
    ]);
  });
  it('makes a headline line its own sentence and marks it', () => {
    const d = p.run({
      id: 't',
      text: 'Ukraine fires missiles into Russia\nKYIV - Ukrainian forces fired missiles.',
    });
    expect(d.sentences[0].headline).toBe(true);
    expect(d.slice(d.sentences[0])).toBe('Ukraine fires missiles into Russia');
    expect(d.sentences[1].headline).toBe(false);
  });
  it('gives offsets that slice back to the token text, across curly quotes, dashes and non-ASCII names', () => {
    const text =
      '“We will respond,” said Sergei Lavrov – Russia’s top diplomat – in Zürich. Çavuşoğlu agreed…';
    const d = p.run({ id: 't', text });
    for (const t of d.tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(d.tokens.map((t) => t.text)).toContain('Çavuşoğlu');
    expect(d.tokens.find((t) => t.text === 'said')?.lemma).toBe('say');
    expect(d.tokens.find((t) => t.text === 'said')?.pos).toBe('VERB');
  });
  it('keeps paragraphs apart', () => {
    const d = p.run({ id: 't', text: 'First paragraph here.\n\nSecond paragraph here.' });
    expect(d.sentences.map((s) => s.paragraph)).toEqual([0, 1]);
  });
});
