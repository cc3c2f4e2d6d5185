/**
 * Copies every array in a parsed tree (objects and arrays, in place) to one of exactly its length. Arrays built
 * by `push` (zod's parsed arrays, most lexicon lists) keep V8's growth slack: an array of one or two items holds
 * room for 17 (152 bytes). The lexicon keeps ~35,000 such arrays in every thread that codes, ~4 MB of heap for
 * nothing (docs/decisions.md, seventeenth session).
 */
export function compactArrays<T>(value: T): T {
  if (Array.isArray(value)) {
    const out = value.slice();
    for (let i = 0; i < out.length; i++) out[i] = compactArrays(out[i]);
    return out as T;
  }
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    const o = value as Record<string, unknown>;
    for (const k of Object.keys(o)) o[k] = compactArrays(o[k]);
  }
  return value;
}
