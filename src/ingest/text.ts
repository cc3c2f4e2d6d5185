import type { Article } from '../model/article.js';
import { RedlineError } from '../util/errors.js';
import { isIsoDate } from './date.js';
import { articleIdFor } from './hash.js';

export interface TextOptions {
  /** article id; default: derived from the content hash */
  id?: string;
  /** publication date, must be a valid `YYYY-MM-DD` (else R107) */
  published?: string;
  /** where the text came from, for error messages */
  where?: string;
}

const MAX_HEADLINE_CHARS = 160;
const MAX_HEADLINE_WORDS = 25;

/** A first line that reads like a headline: short, one line, not ending in sentence punctuation. */
export function looksLikeHeadline(line: string): boolean {
  const s = line.trim();
  if (!s || s.length > MAX_HEADLINE_CHARS) return false;
  if (s.split(/\s+/).length > MAX_HEADLINE_WORDS) return false;
  if (/[.,;:]$/.test(s) && !/\.\.\.$|…$/.test(s)) return false;
  return /\p{L}/u.test(s);
}

/** Validate a user-given publication date (R107 when not a real `YYYY-MM-DD`). */
export function checkPublished(published: string | undefined, where: string | null = null): string | null {
  if (published === undefined) return null;
  if (!isIsoDate(published)) {
    throw new RedlineError('R107', `invalid date "${published}" (expected YYYY-MM-DD)`, where);
  }
  return published;
}

/**
 * Plain text → one Article. The text is kept exactly as given (only a BOM is dropped), because event
 * offsets are indices into it; a first line that looks like a headline (followed by more text) is also
 * recorded as the title.
 */
export function textToArticle(input: string, opts: TextOptions = {}): Article {
  const where = opts.where ?? null;
  const published = checkPublished(opts.published, where);
  const text = input.replace(/^\uFEFF/, '');
  if (!text.trim()) throw new RedlineError('R100', 'empty input', where);
  let title: string | null = null;
  const lead = text.replace(/^\s+/, '');
  const nl = lead.indexOf('\n');
  if (nl > 0) {
    const first = lead.slice(0, nl);
    if (lead.slice(nl + 1).trim() && looksLikeHeadline(first)) title = first.trim();
  }
  return { id: opts.id ?? articleIdFor(text), text, title, url: null, outlet: null, published };
}
