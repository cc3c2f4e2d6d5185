/**
 * Every failure Redline reports carries a stable code, so scripts can react to it and users can
 * look it up in docs/errors.md. Codes: R1xx input, R2xx lexicon/config, R3xx pipeline, R4xx store,
 * R5xx API.
 */
export const ERROR_CODES = {
  R100: 'empty input',
  R101: 'binary input (not text)',
  R102: 'invalid UTF-8',
  R103: 'input too large',
  R104: 'malformed JSONL line',
  R105: 'article record missing text',
  R106: 'unreadable file or path',
  R107: 'invalid date',
  R108: 'unsupported or malformed feed/HTML',
  R109: 'unusable publication date (the article is read as undated)',
  R200: 'lexicon file invalid',
  R201: 'lexicon pattern invalid',
  R300: 'pipeline stage requirement not met',
  R301: 'pipeline stage failed',
  R400: 'store error',
  R500: 'bad API request',
  R501: 'API resource not found',
  R502: 'API request not authorized',
  R503: 'API feature not configured',
  R504: 'internal server error',
} as const;
export type ErrorCode = keyof typeof ERROR_CODES;

export class RedlineError extends Error {
  readonly code: ErrorCode;
  /** where the problem is: a file path, `file:line`, an article id */
  readonly where: string | null;
  constructor(code: ErrorCode, message: string, where: string | null = null) {
    super(`${code} ${message}${where ? ` (${where})` : ''}`);
    this.name = 'RedlineError';
    this.code = code;
    this.where = where;
  }
}

export function isRedlineError(e: unknown): e is RedlineError {
  return e instanceof RedlineError;
}
