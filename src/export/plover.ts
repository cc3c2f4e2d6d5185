/**
 * PLOVER records (PLOVER manual draft 0.8 field names where they exist). Redline modality maps to
 * PLOVER's auxiliary mode: negated → "negation", future → "future", hypothetical and conditional →
 * "hypothetical"; actual and threat (THREATEN is an event type) → null.
 */
import type { Writable } from 'node:stream';
import type { Modality } from '../model/event.js';
import type { StoredEvent } from '../store/repository.js';
import { ploverContexts } from './plover-contexts.js';
import { openSink } from './write.js';

export type PloverAuxMode = 'negation' | 'future' | 'hypothetical';

export const AUX_MODE: Readonly<Record<Modality, PloverAuxMode | null>> = {
  actual: null,
  threat: null,
  conditional: 'hypothetical',
  negated: 'negation',
  future: 'future',
  hypothetical: 'hypothetical',
};

export interface PloverRecord {
  id: string;
  date: string;
  event_type: string;
  mode: string | null;
  context: string[];
  actor: string | null;
  actor_code: string | null;
  actor_country: string | null;
  actor_role: string | null;
  recipient: string | null;
  recipient_code: string | null;
  recipient_country: string | null;
  recipient_role: string | null;
  aux_mode: PloverAuxMode | null;
  redline_modality: Modality;
  condition: string | null;
  cameo_code: string;
  goldstein: number;
  article_id: string;
  source_url: string | null;
  publisher: string | null;
  published: string | null;
  evidence: string;
  num_mentions: number;
}

export function ploverRecord(e: StoredEvent): PloverRecord {
  return {
    id: e.id,
    date: e.date,
    event_type: e.plover.type,
    mode: e.plover.mode,
    context: ploverContexts(e.code),
    actor: e.source?.name ?? null,
    actor_code: e.source?.code ?? null,
    actor_country: e.source?.country ?? e.source?.org ?? null,
    actor_role: e.source?.role ?? null,
    recipient: e.target?.name ?? null,
    recipient_code: e.target?.code ?? null,
    recipient_country: e.target?.country ?? e.target?.org ?? null,
    recipient_role: e.target?.role ?? null,
    aux_mode: AUX_MODE[e.modality] ?? null,
    redline_modality: e.modality,
    condition: e.condition?.text ?? null,
    cameo_code: e.code,
    goldstein: e.goldstein,
    article_id: e.articleId,
    source_url: e.articleUrl,
    publisher: e.articleOutlet,
    published: e.published,
    evidence: e.evidence.text,
    num_mentions: e.numMentions,
  };
}

/** a JSON array (default) or JSONL of PLOVER records */
export async function writePlover(
  events: AsyncIterable<StoredEvent>,
  out: string | Writable,
  opts: { jsonl?: boolean } = {},
): Promise<number> {
  const sink = openSink(out);
  let n = 0;
  if (!opts.jsonl) await sink.write('[');
  for await (const e of events) {
    const json = JSON.stringify(ploverRecord(e));
    await sink.write(opts.jsonl ? `${json}\n` : `${n ? ',' : ''}\n${json}`);
    n++;
  }
  if (!opts.jsonl) await sink.write(n ? '\n]\n' : ']\n');
  await sink.end();
  return n;
}
