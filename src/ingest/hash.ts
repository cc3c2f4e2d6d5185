import { createHash } from 'node:crypto';
import type { Article } from '../model/article.js';

/** Normalised form of a text for hashing: NFC, whitespace runs collapsed to one space, trimmed. */
export function normaliseForHash(text: string): string {
  return text.normalize('NFC').replace(/\s+/gu, ' ').trim();
}

/** sha256 hex of the normalised text: the dedup key for re-ingest (same text → same key). */
export function contentHash(article: Pick<Article, 'text'> | string): string {
  const text = typeof article === 'string' ? article : article.text;
  return createHash('sha256').update(normaliseForHash(text), 'utf8').digest('hex');
}

/** Stable article id derived from the content: `a-` + first 16 hex chars of the content hash. */
export function articleIdFor(text: string): string {
  return `a-${contentHash(text).slice(0, 16)}`;
}
