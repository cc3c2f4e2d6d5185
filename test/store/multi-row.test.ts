import { describe, expect, it } from 'vitest';
import { multiRowInserts } from '../../src/store/multi-row.js';

describe('multiRowInserts', () => {
  const sql = 'INSERT OR REPLACE INTO t (a, b, at) VALUES ($1, $2, CAST($3 AS TIMESTAMP))';
  it('numbers each row’s placeholders on from the last, casts included, in chunks', () => {
    const rows = [
      ['x', 1, '2024-01-01'],
      ['y', 2, '2024-01-02'],
      ['z', 3, '2024-01-03'],
    ];
    const out = multiRowInserts(sql, rows, (r) => String(r[0]), 2);
    expect(out).toEqual([
      {
        sql: 'INSERT OR REPLACE INTO t (a, b, at) VALUES ($1, $2, CAST($3 AS TIMESTAMP)), ($4, $5, CAST($6 AS TIMESTAMP))',
        params: ['x', 1, '2024-01-01', 'y', 2, '2024-01-02'],
      },
      {
        sql: 'INSERT OR REPLACE INTO t (a, b, at) VALUES ($1, $2, CAST($3 AS TIMESTAMP))',
        params: ['z', 3, '2024-01-03'],
      },
    ]);
  });
  it('keeps the last row of a key (an upsert may not touch one row twice in a statement)', () => {
    const out = multiRowInserts(
      sql,
      [
        ['x', 1, 'a'],
        ['y', 2, 'b'],
        ['x', 3, 'c'],
      ],
      (r) => String(r[0]),
    );
    expect(out).toHaveLength(1);
    expect(out[0].params).toEqual(['x', 3, 'c', 'y', 2, 'b']);
    expect(multiRowInserts(sql, [], (r) => String(r[0]))).toEqual([]);
  });
});
