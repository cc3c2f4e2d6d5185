/**
 * A reusable typed array for per-document work tables (token index by character offset, covered-token flags).
 * A fresh typed array per document costs more than the work it serves: each one is a separately allocated
 * backing store that V8 counts as external memory, which brings full garbage collections forward. One buffer
 * per call site and thread, grown to the largest document seen (up to MAX_KEPT elements; a larger request gets
 * an array of its own), is handed out zero-filled (or filled with `fill`) as a view of the first `n` elements.
 *
 * A call site must not ask again while it still uses the previous view (each site has its own instance).
 */
const MAX_KEPT = 1 << 20;

type TypedArrayCtor<T> = { new (n: number): T };

export class ScratchArray<T extends Int32Array | Uint8Array> {
  private buf: T | null = null;
  constructor(private readonly ctor: TypedArrayCtor<T>) {}

  /** a view of `n` elements, every one set to `fill` */
  take(n: number, fill = 0): T {
    if (n > MAX_KEPT) return new this.ctor(n).fill(fill) as T;
    if (!this.buf || this.buf.length < n) this.buf = new this.ctor(Math.max(n, 1024));
    const view = this.buf.subarray(0, n) as T;
    view.fill(fill);
    return view;
  }
}
