/**
 * Refiners over the events of one sentence (chrono-style: small filters after the parsers):
 *   - a source acting on itself is dropped (same mention or the same actor code and name)
 *   - a target-less event is absorbed by an event with the same source and root that has a target
 *   - exact duplicates (source, target, code) are merged
 */
import type { EventParts } from './build.js';

type Part = EventParts & { srcIds: number[]; tgtIds: number[] };

export function refineSentenceEvents(parts: Part[]): Part[] {
  const self = (p: Part) =>
    p.target !== null && (p.srcIds.some((id) => p.tgtIds.includes(id)) || (p.source!.code === p.target.code && p.source!.name === p.target.name));
  let out = parts.filter((p) => p.source && !self(p));
  out = out.filter(
    (p) => p.target !== null || !out.some((q) => q !== p && q.target !== null && q.source!.code === p.source!.code && q.code.slice(0, 2) === p.code.slice(0, 2)),
  );
  const seen = new Set<string>();
  return out.filter((p) => {
    const k = `${p.source!.code}|${p.source!.name}|${p.target?.code ?? '-'}|${p.code}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
