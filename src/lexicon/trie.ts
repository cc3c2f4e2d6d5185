/**
 * A character trie over normalised surface strings (lower case, single spaces, straight apostrophes).
 * Matching walks the normalised text from a token start, so multiword names ("United States",
 * "Ministry of Defense") match regardless of how the tokenizer split them.
 *
 * Path-compressed (a radix trie): a run of characters with no branch and no entry is one edge label.
 * One node per character held 50,886 nodes and a Map each for 8,219 names (~13 MB of heap in every
 * thread that codes); the compressed trie has one node per branch or entry.
 */
export interface TrieNode<T> {
  /** outgoing edges by the first character of their label */
  edges: Map<string, TrieEdge<T>> | null;
  values: T[] | null;
}
interface TrieEdge<T> {
  label: string;
  node: TrieNode<T>;
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

const newNode = <T>(): TrieNode<T> => ({ edges: null, values: null });

export class Trie<T> {
  private root: TrieNode<T> = newNode();
  /**
   * the leading [a-z]+ run of every key: a token made only of such letters can start a match only if listed. The
   * value narrows it by what follows (`continuation`): " bahamas", " balkans", " 1", ... for "the"; null when some
   * key is the run alone. Most tokens that start a key start none here ("the", "to", "a", "said": 77% of the trie
   * walks on news failed).
   */
  private firstRuns = new Map<string, Set<string> | null>();
  size = 0;

  add(surface: string, value: T): void {
    const key = normalizeSurface(surface);
    if (!key) return;
    this.noteFirstRun(key);
    let node = this.root;
    let i = 0;
    while (i < key.length) {
      const edge = node.edges?.get(key[i]);
      if (!edge) {
        const leaf = newNode<T>();
        (node.edges ??= new Map()).set(key[i], { label: key.slice(i), node: leaf });
        node = leaf;
        break;
      }
      let k = 1;
      while (k < edge.label.length && i + k < key.length && edge.label[k] === key[i + k]) k++;
      if (k < edge.label.length) {
        // the key leaves (or ends inside) the edge: split it where they part
        const rest: TrieEdge<T> = { label: edge.label.slice(k), node: edge.node };
        edge.node = { edges: new Map([[rest.label[0], rest]]), values: null };
        edge.label = edge.label.slice(0, k);
      }
      node = edge.node;
      i += k;
    }
    // a new array of exact length each time: a pushed-to array keeps room for 17 (most nodes hold one value)
    node.values = node.values ? [...node.values, value] : [value];
    this.size++;
  }

  private noteFirstRun(key: string): void {
    const run = leadingRun(key, 0);
    const known = this.firstRuns.get(run);
    if (known === null) return;
    const next = continuation(key, run.length);
    if (next === '') this.firstRuns.set(run, null);
    else if (known) known.add(next);
    else this.firstRuns.set(run, new Set([next]));
  }

  /** can any entry start with this (normalised) character? */
  canStart(c: string | undefined): boolean {
    return c !== undefined && !!this.root.edges?.has(c);
  }

  /**
   * Can a match start at a token whose lower-case text is `lower`, ending at offset `end` of the normalised text
   * `norm`? A match ends at a token end, so when the token is all [a-z] letters, the key's leading letter run must
   * be exactly that token, and when every such key goes on with a space and a word, the word after the token must
   * lead with one of theirs.
   */
  mayStartWith(lower: string, norm: string, end: number): boolean {
    const next = this.firstRuns.get(lower);
    if (next === null) return true;
    if (next) return next.has(continuation(norm, end));
    for (let i = 0; i < lower.length; i++) {
      const c = lower.charCodeAt(i);
      if (c < 97 || c > 122) return true; // not plain a-z: let the trie decide
    }
    return false;
  }

  /**
   * All matches starting at `from` in `norm` (a text already normalised char-by-char, same length as the
   * original) that end where `isEnd(endOffset)` holds; longest first. Runs of whitespace in the text
   * match the single space of a key.
   */
  matchAt(norm: string, from: number, isEnd: (end: number) => boolean): Array<{ end: number; values: T[] }> {
    const found: Array<{ end: number; values: T[] }> = [];
    let node = this.root;
    let i = from;
    let prevSpace = false;
    for (;;) {
      while (prevSpace && norm[i] === ' ') i++; // collapse runs of whitespace
      if (i >= norm.length) break;
      const edge = node.edges?.get(norm[i]);
      if (!edge) break;
      const label = edge.label;
      let k = 0;
      while (k < label.length) {
        while (prevSpace && norm[i] === ' ') i++;
        if (i >= norm.length || norm[i] !== label[k]) return found.reverse();
        prevSpace = label[k] === ' ';
        i++;
        k++;
      }
      node = edge.node;
      if (node.values && isEnd(i)) found.push({ end: i, values: node.values });
    }
    return found.reverse();
  }
}

/**
 * What follows a leading run that ends at `at` (the text or key goes on there), as far as a key can say: "" at the
 * end; a space and the next word's [a-z] run (" bahamas"), or a space and its first character when it has none
 * (" 1" for "the 17 november group"); any other character alone ("." for "a. k. antony"). Spaces collapse.
 */
function continuation(s: string, at: number): string {
  if (at >= s.length) return '';
  if (s.charCodeAt(at) !== 32) return s[at];
  let j = at + 1;
  while (s.charCodeAt(j) === 32) j++;
  const run = leadingRun(s, j);
  return ` ${run || (s[j] ?? '')}`;
}

/** the run of [a-z] letters at offset `from` of s */
function leadingRun(s: string, from: number): string {
  let k = from;
  for (let c = s.charCodeAt(k); c >= 97 && c <= 122; c = s.charCodeAt(++k));
  return s.slice(from, k);
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
