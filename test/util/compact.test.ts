import { describe, expect, it } from 'vitest';
import { compactArrays } from '../../src/util/compact.js';

describe('compactArrays', () => {
  it('copies every array of a parsed tree, nested in objects and arrays, keeping its items', () => {
    const inner = [1, 2];
    const tree = { a: [inner, { b: ['x'] }], c: 'y', d: null, e: 3 };
    const outer = tree.a;
    const out = compactArrays(tree);
    expect(out).toEqual({ a: [[1, 2], { b: ['x'] }], c: 'y', d: null, e: 3 });
    expect(out).toBe(tree); // objects are updated in place
    expect(out.a).not.toBe(outer);
    expect((out.a as unknown[])[0]).not.toBe(inner);
  });

  it('leaves class instances, Maps, Sets and regexes alone', () => {
    const m = new Map([['k', [1]]]);
    const re = /x/g;
    const s = new Set([1]);
    const out = compactArrays({ m, re, s });
    expect(out.m).toBe(m);
    expect(out.m.get('k')).toBe(m.get('k'));
    expect(out.re).toBe(re);
    expect(out.s).toBe(s);
  });
});
