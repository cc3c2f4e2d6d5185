import { describe, it, expect } from 'vitest';
import { ScratchArray } from '../../src/util/scratch-array.js';

describe('ScratchArray', () => {
  it('hands out views of the requested length, filled afresh on every take', () => {
    const s = new ScratchArray(Int32Array);
    const a = s.take(10);
    a.fill(7);
    const b = s.take(5, -1);
    expect(b.length).toBe(5);
    expect([...b]).toEqual([-1, -1, -1, -1, -1]);
    const c = s.take(10);
    expect([...c]).toEqual(new Array(10).fill(0));
    // the same memory is reused
    expect(c.buffer).toBe(a.buffer);
  });

  it('grows for a larger document and gives very large requests an array of their own', () => {
    const s = new ScratchArray(Uint8Array);
    const small = s.take(3);
    const big = s.take(5000);
    expect(big.length).toBe(5000);
    expect(big.buffer).not.toBe(small.buffer);
    const huge = s.take((1 << 20) + 1);
    expect(huge.length).toBe((1 << 20) + 1);
    expect(s.take(10).buffer).toBe(big.buffer);
  });
});
