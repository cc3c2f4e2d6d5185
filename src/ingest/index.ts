export type { IngestItem, ReadOptions } from './types.js';
export { DEFAULT_MAX_BYTES, DEFAULT_MAX_LINE_BYTES } from './types.js';
export {
  detectByName,
  detectFormat,
  sniffContent,
  isGzipMagic,
  type Detected,
  type InputFormat,
} from './detect.js';
export { checkFileSize, decodeText, looksBinary, stripBom } from './validate.js';
export { normaliseDate, isIsoDate } from './date.js';
export { contentHash, articleIdFor, normaliseForHash } from './hash.js';
export { htmlToParagraphs, htmlToText } from './paragraphs.js';
export { textToArticle, looksLikeHeadline, type TextOptions } from './text.js';
export { htmlToArticle, type HtmlOptions } from './html.js';
export { feedToItems } from './feed.js';
export { jsonToItems } from './json.js';
export { readJsonlChunks, readJsonlFile, recordToArticle, lineToItem, type JsonlOptions } from './jsonl.js';
export { readPaths, readOneFile, type ReadPathsOptions } from './read.js';
export { walkFiles } from './walk.js';
export { watchDirectory, type WatchOptions, type DirectoryWatcher } from './watch.js';
export { createProgress, type Progress, type ProgressOptions, type ProgressCounts } from './progress.js';
