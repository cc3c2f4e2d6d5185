/**
 * query(): one read-only SELECT with bound parameters. Three guards: the statement must start with
 * SELECT / WITH / VALUES / TABLE; it runs through the extended protocol (one statement only, so
 * "SELECT 1; DROP TABLE x" is refused by the server); and inside a READ ONLY transaction, so a
 * data-modifying CTE fails too.
 */
import type { QueryConfig } from 'pg';
import { RedlineError } from '../../util/errors.js';
import type { PgClient, Row } from './pool.js';

/** strip leading whitespace and comments */
function head(sql: string): string {
  let s = sql;
  for (;;) {
    const t = s.replace(/^\s+/, '');
    if (t.startsWith('--')) s = t.replace(/^--[^\n]*\n?/, '');
    else if (t.startsWith('/*')) s = t.replace(/^\/\*[\s\S]*?\*\//, '');
    else return t;
  }
}

/** `?` placeholders → $1, $2, ... (outside quotes), when the SQL uses no $n placeholder */
export function numberPlaceholders(sql: string): string {
  if (/\$\d/.test(sql)) return sql;
  let n = 0;
  let out = '';
  let quote: string | null = null;
  for (const ch of sql) {
    if (quote) {
      if (ch === quote) quote = null;
      out += ch;
    } else if (ch === "'" || ch === '"') {
      quote = ch;
      out += ch;
    } else if (ch === '?') out += `$${++n}`;
    else out += ch;
  }
  return out;
}

function toParam(v: unknown): unknown {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  if (typeof v === 'bigint') return v.toString();
  if (v instanceof Date) return v.toISOString();
  throw new RedlineError('R400', `unsupported query parameter type: ${typeof v}`);
}

export async function readOnlySelect(c: PgClient, sql: string, params: unknown[]): Promise<Row[]> {
  if (!/^(select|with|values|table|\()/i.test(head(sql))) {
    throw new RedlineError('R400', 'query() accepts a single read-only SELECT statement');
  }
  await c.query('BEGIN READ ONLY');
  try {
    // queryMode is supported by pg >= 8.12 but missing from @types/pg
    const config = { text: numberPlaceholders(sql), values: params.map(toParam), queryMode: 'extended' };
    const r = await c.query(config as QueryConfig);
    return r.rows as Row[];
  } finally {
    await c.query('ROLLBACK').catch(() => undefined);
  }
}
