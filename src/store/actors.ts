/**
 * The `actors` table is a by-product of stored events: one row per actor code with its country, role,
 * org, and the first surface name coded for it (later names do not overwrite it: "the Kremlin",
 * "Moscow" and "Putin's government" all code RUSGOV, and a last-seen name would flip on every batch).
 * Nearly every batch names the same few hundred actors again, and an INSERT … ON CONFLICT per batch was
 * the slowest part of saving one (DuckDB: ~30% of saveBatch on 10,000 news articles). The DuckDB store,
 * the file's only writer, therefore reads the table once, appends actors it has never seen and updates
 * only those whose country, role or org changed.
 * The memory is updated only after the batch's transaction commits (`remember`), so a rolled-back batch
 * never hides an actor from the next one.
 */
import type { ActorRef, CodedEvent } from '../model/event.js';

type Value = string | null;

function signature(a: Pick<ActorRef, 'country' | 'role' | 'org'>): string {
  return `${a.country ?? ''}\u0001${a.role ?? ''}\u0001${a.org ?? ''}`;
}

export class ActorCache {
  private readonly written = new Map<string, string>();
  private loadedFlag = false;

  /** true once the rows already in the table were read in (`load`) */
  get loaded(): boolean {
    return this.loadedFlag;
  }

  /** start from the rows already stored (a store that is the table's only writer knows them all) */
  load(rows: Iterable<Pick<ActorRef, 'code' | 'country' | 'role' | 'org'>>): void {
    for (const a of rows) this.written.set(a.code, signature(a));
    this.loadedFlag = true;
  }

  /**
   * The actors these events name (source, target, and those of a condition) that differ from the stored
   * rows this cache knows, one per code (the last one seen wins), each list sorted by code so concurrent
   * writers lock rows in the same order: `added` codes it has never seen, `updated` codes whose country,
   * role or org changed.
   */
  plan(events: readonly CodedEvent[]): { added: ActorRef[]; updated: ActorRef[] } {
    const actors = new Map<string, ActorRef>();
    for (const e of events) {
      for (const a of [e.source, e.target, e.condition?.source, e.condition?.target]) {
        if (a?.code) actors.set(a.code, a);
      }
    }
    const added: ActorRef[] = [];
    const updated: ActorRef[] = [];
    for (const a of actors.values()) {
      const known = this.written.get(a.code);
      if (known === undefined) added.push(a);
      else if (known !== signature(a)) updated.push(a);
    }
    const byCode = (a: ActorRef, b: ActorRef) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);
    return { added: added.sort(byCode), updated: updated.sort(byCode) };
  }

  /** record actors as stored (call after the transaction that wrote them committed) */
  remember(actors: readonly ActorRef[]): void {
    for (const a of actors) this.written.set(a.code, signature(a));
  }
}

/** INSERT … ON CONFLICT statements (≤ 200 rows each, $n placeholders) that upsert these actors */
export function actorUpserts(actors: readonly ActorRef[]): Array<{ sql: string; params: Value[] }> {
  const out: Array<{ sql: string; params: Value[] }> = [];
  for (let i = 0; i < actors.length; i += 200) {
    const params: Value[] = [];
    const rows = actors.slice(i, i + 200).map((a) => {
      params.push(a.code, a.country, a.role, a.org, a.name);
      const n = params.length;
      return `($${n - 4}, $${n - 3}, $${n - 2}, $${n - 1}, $${n})`;
    });
    out.push({
      sql: `INSERT INTO actors (code, country, role, org, name) VALUES ${rows.join(', ')}
       ON CONFLICT (code) DO UPDATE SET country = excluded.country, role = excluded.role,
         org = excluded.org`,
      params,
    });
  }
  return out;
}
