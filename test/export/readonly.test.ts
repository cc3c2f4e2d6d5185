import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { exportEvents } from '../../src/export/index.js';
import { DuckDbStore } from '../../src/store/duckdb.js';
import { sampleBatch, tempDir } from '../helpers/events.js';

describe('exports from a read-only store', () => {
  it('exports parquet and gdelt without writing to the database', async () => {
    const tmp = tempDir();
    try {
      const rw = new DuckDbStore(tmp.file('ro.duckdb'));
      await rw.saveBatch(sampleBatch());
      await rw.close();
      const ro = new DuckDbStore(tmp.file('ro.duckdb'), { readOnly: true });
      try {
        expect(await exportEvents(ro, { format: 'parquet', out: tmp.file('ro.parquet') })).toEqual({
          count: 5,
        });
        expect(await exportEvents(ro, { format: 'gdelt', out: tmp.file('ro.tsv') })).toEqual({ count: 5 });
        expect(readFileSync(tmp.file('ro.tsv'), 'utf8').trim().split('\n')).toHaveLength(5);
      } finally {
        await ro.close();
      }
    } finally {
      tmp.cleanup();
    }
  });
});
