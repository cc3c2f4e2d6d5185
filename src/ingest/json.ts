import { RedlineError } from '../util/errors.js';
import { recordToArticle } from './jsonl.js';
import type { IngestItem } from './types.js';

/**
 * A JSON document → items: a single article object (origin `path`), an array of them, or an object with an
 * `articles` array (origin `path#itemN`, 1-based). Unparsable JSON → R104; a record without text → R105.
 */
export function jsonToItems(text: string, path: string): IngestItem[] {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    const error = new RedlineError('R104', `malformed JSON: ${(e as Error).message}`, path);
    return [{ ok: false, error, origin: path }];
  }
  if (doc && typeof doc === 'object' && !Array.isArray(doc)) {
    const obj = doc as Record<string, unknown>;
    if (obj.text === undefined && Array.isArray(obj.articles)) doc = obj.articles;
  }
  const records = Array.isArray(doc) ? doc : [doc];
  if (records.length === 0) {
    return [{ ok: false, error: new RedlineError('R100', 'empty JSON array', path), origin: path }];
  }
  return records.map((record, i): IngestItem => {
    const origin = Array.isArray(doc) ? `${path}#item${i + 1}` : path;
    try {
      const warnings: RedlineError[] = [];
      const article = recordToArticle(record, origin, warnings);
      return warnings.length ? { ok: true, article, origin, warnings } : { ok: true, article, origin };
    } catch (e) {
      return { ok: false, error: e as RedlineError, origin };
    }
  });
}
