/**
 * A character trie over normalised surface strings (lower case, single spaces, straight apostrophes).
 * Matching walks the normalised text from a token start, so multiword names ("United States",
 * "Ministry of Defense") match regardless of how the tokenizer split them.
 */
export interface TrieNode<T> {
  next: Map<string, TrieNode<T>>;
  values: T[] | null;
}

export function normalizeChar(c: string): string {
  if (c === '’' || c === '‘' || c === '`' || c === 'ʼ') return "'";
  if (c === '–' || c === '—' || c === '‐') return '-';
  if (c === '\n' || c === '\t' || c === '\r' || c === ' ') return ' ';
  const l = c.toLowerCase();
  return l.length === 1 ? l : c;
}

export function normalizeSurface(s: string): string {
  let out = '';
  for (const c of s.normalize('NFC')) out += normalizeChar(c);
  return out.replace(/ +/g, ' ').trim();
}

export class Trie<T> {
  private root: TrieNode<T> = { next: new Map(), values: null };
  /** the leading [a-z]+ run of every key: a token made only of such letters can start a match only if listed */
  private firstRuns = new Set<string>();
  size = 0;

  add(surface: string, value: T): void {
    const key = normalizeSurface(surface);
    if (!key) return;
    this.firstRuns.add(/^[a-z]*/.exec(key)![0]);
    let node = this.root;
    for (const c of key) {
      let n = node.next.get(c);
      if (!n) {
        n = { next: new Map(), values: null };
        node.next.set(c, n);
      }
      node = n;
    }
    (node.values ??= []).push(value);
    this.size++;
  }

  /** can any entry start with this (normalised) character? */
  canStart(c: string | undefined): boolean {
    return c !== undefined && this.root.next.has(c);
  }

  /**
   * Can a match start at a token whose lower-case text is `lower`? A match ends at a token end, so when
   * the token is all [a-z] letters, the key's leading letter run must be exactly that token.
   */
  mayStartWith(lower: string): boolean {
    if (this.firstRuns.has(lower)) return true;
    for (let i = 0; i < lower.length; i++) {
      const c = lower.charCodeAt(i);
      if (c < 97 || c > 122) return true; // not plain a-z: let the trie decide
    }
    return false;
  }

  /**
   * All matches starting at `from` in `norm` (a text already normalised char-by-char, same length as the
   * original) that end where `isEnd(endOffset)` holds; longest first.
   */
  matchAt(norm: string, from: number, isEnd: (end: number) => boolean): Array<{ end: number; values: T[] }> {
    const found: Array<{ end: number; values: T[] }> = [];
    let node: TrieNode<T> | undefined = this.root;
    let i = from;
    let prevSpace = false;
    while (node && i < norm.length) {
      const c = norm[i];
      if (c === ' ' && prevSpace) {
        i++;
        continue; // collapse runs of whitespace
      }
      prevSpace = c === ' ';
      node = node.next.get(c);
      i++;
      if (node?.values && isEnd(i)) found.push({ end: i, values: node.values });
    }
    return found.reverse();
  }
}

/** normalise a whole text char by char, keeping offsets aligned with the original */
export function normalizeText(text: string): string {
  const lower = text.toLowerCase();
  // fast path: lower-casing kept every offset (true unless a character like "İ" expands)
  if (lower.length === text.length)
    return lower
      .replace(/[’‘`ʼ]/g, "'")
      .replace(/[–—‐]/g, '-')
      .replace(/[\n\t\r]/g, ' ');
  let out = '';
  for (let i = 0; i < text.length; i++) out += normalizeChar(text[i]);
  return out;
}
