import type { Article } from '../model/article.js';
import type { RedlineError } from '../util/errors.js';

/**
 * One result of reading input: an article, or the error that stopped one from being read.
 * `origin` is the file path, `path:LINE` for JSONL / JSON lines, or `path#itemN` for feed items and
 * JSON arrays (1-based), or `-` for stdin. `warnings` are problems that did not stop the article from being read
 * (R109: a publication date that is no date, so the article is read as undated).
 */
export type IngestItem =
  | { ok: true; article: Article; origin: string; warnings?: RedlineError[] }
  | { ok: false; error: RedlineError; origin: string };

/** Options shared by the readers. */
export interface ReadOptions {
  /** publication date (YYYY-MM-DD) for plain-text input, which carries none itself */
  published?: string;
  /** size limit for whole-file formats (text/HTML/feed/JSON); default 20 MB */
  maxBytes?: number;
  /** size limit for one JSONL line; default 10 MB */
  maxLineBytes?: number;
  /** walk directories recursively (default true) */
  recursive?: boolean;
}

export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;
export const DEFAULT_MAX_LINE_BYTES = 10 * 1024 * 1024;
