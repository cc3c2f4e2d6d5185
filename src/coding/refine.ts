/**
 * Refiners over the events of one sentence (chrono-style: small filters after the parsers):
 *   - a source acting on itself is dropped (same mention or the same actor code)
 *   - a target-less event is absorbed by an event with the same source and root that has a target (for statements,
 *     appeals, cooperation and criticism only by the same code, a sub-code or the root's unspecified code)
 *   - a public statement (01x) without a target is dropped, except 012/015/016/018
 *   - an unspecified statement (010) is dropped when its source has another act in the sentence
 *   - one event per dyad and CAMEO root in a sentence: the most specific code is kept
 */
import type { EventParts } from './build.js';

/** public statements other than pessimism, responsibility and sympathy need an addressee to be events */
const STATEMENT_NEEDS_TARGET = /^01[013479]?$/;

/** roots whose acts of different codes stay apart when only one has a target */
const DISTINCT_ACTS = /^(0[1-6]|1[0-2])/;

/** one code is the other's sub-code, or either is its root's unspecified code ("100" and "103": one demand) */
function sameAct(a: string, b: string): boolean {
  const general = (c: string) => c.length === 3 && c.endsWith('0');
  return a.startsWith(b) || b.startsWith(a) || general(a) || general(b);
}

type Part = EventParts & { srcIds: number[]; tgtIds: number[] };

/** negotiations and signed agreements are mutual: "A held talks with B" is also B with A (PETRARCH practice); so is a
 * telephone call, as the PLOVER gold codes it ("Christopher telephoned Kozyrev": both consulted) */
const SYMMETRIC = /^(041|046|057)$/;
/**
 * cooperation by coordinated subjects without a target: "A and B agreed" -> A with B, B with A; also any
 * pattern flagged `reciprocal` ("A and B exchanged fire", "A and B agreed to a truce"); a pattern flagged
 * `reciprocal: false` is an act each subject does alone ("France and Jordan ratified the convention")
 */
const PAIRWISE_ROOTS = /^(03|04|05|06)$/;
/** ... but praise, defence, rallying support, apology and forgiveness are one-sided (the 05 acts other than
 * cooperation, recognition and agreements): "Tories and Lib Dems welcomed the report" praise the report */
const ONE_SIDED_05 = /^05[12356]/;
/** ... but giving is one-way: "Japan, the World Bank and the ADB are expected to provide financing" (033x), and
 * so is mediating: "Qatar and Egypt are mediating talks between Israel and Hamas" (045) */
const ONE_WAY = /^(033|045)/;

function mirror(p: Part): Part {
  return { ...p, source: p.target, target: p.source, srcIds: p.tgtIds, tgtIds: p.srcIds };
}

/** adds the mirrored and pairwise events implied by symmetric acts */
export function symmetricEvents(parts: Part[]): Part[] {
  const out = [...parts];
  // (not an act each party does alone: "Turkey's parliament ratified Sweden's NATO bid" is Turkey's)
  for (const p of parts)
    if (p.target && SYMMETRIC.test(p.code) && p.reciprocal !== false) out.push(mirror(p));
  // group target-less cooperative events by trigger: coordinated subjects act with each other
  const byTrigger = new Map<number, Part[]>();
  for (const p of parts)
    if (
      !p.target &&
      (p.reciprocal ??
        (PAIRWISE_ROOTS.test(p.code.slice(0, 2)) && !ONE_WAY.test(p.code) && !ONE_SIDED_05.test(p.code)))
    )
      byTrigger.set(p.trigger.start, [...(byTrigger.get(p.trigger.start) ?? []), p]);
  for (const group of byTrigger.values()) {
    if (group.length < 2) continue;
    for (const a of group)
      for (const b of group) if (a !== b) out.push({ ...a, target: b.source, tgtIds: b.srcIds });
    for (const a of group) out.splice(out.indexOf(a), 1);
  }
  // a mutual-only pattern ("met" with no object) with one subject, or with a target it found itself,
  // is no event ("met demand", "meets the criteria"): only the pairs made above remain
  const paired = new Set(out.filter((p) => !parts.includes(p)));
  return out.filter((p) => !p.mutualOnly || paired.has(p));
}

export function refineSentenceEvents(parts: Part[]): Part[] {
  parts = symmetricEvents(parts);
  // one actor code with a role on both sides is no dyad (PETRARCH practice): "Baldrige asked the White House"
  // is inside the US government, "Egypt ... in Moscow" paired Egypt with Cairo; a bare country on both sides
  // stays ("the Albanians of southern Serbia demand autonomy from Serbia": a group of the country vs the state);
  // so do two named bodies of one country ("the Northern Alliance attacked the Taliban", Likud against Labour)
  const self = (p: Part) =>
    p.target !== null &&
    (p.srcIds.some((id) => p.tgtIds.includes(id)) ||
      (p.source!.code === p.target.code &&
        (p.source!.role !== null || p.source!.name === p.target.name) &&
        !(p.source!.org && p.target.org && p.source!.org !== p.target.org)));
  let out = parts.filter(
    (p) => p.source && !self(p) && !(p.target === null && STATEMENT_NEEDS_TARGET.test(p.code)),
  );
  out = out.filter(
    (p) =>
      p.target !== null ||
      !out.some(
        (q) =>
          q !== p &&
          q.target !== null &&
          q.source!.code === p.source!.code &&
          q.code.slice(0, 2) === p.code.slice(0, 2) &&
          // (a statement, appeal, cooperative or critical act of another code is another act: "denied that
          // Belgrade was involved and declared a day of mourning for the Serbs"; force and threats of one root in a
          // sentence tell one incident: "bombed Fallujah, killing 10")
          (!DISTINCT_ACTS.test(p.code) || sameAct(p.code, q.code)),
      ),
  );
  // "issued a statement condemning Y": an unspecified statement (010) by a source that also has the act the
  // statement carries is only its vehicle
  out = out.filter(
    (p) =>
      p.code !== '010' || !out.some((q) => q.code.slice(0, 2) !== '01' && q.source!.code === p.source!.code),
  );
  const seen = new Set<string>();
  // one event per dyad and root in a sentence ("reiterated its call for de-escalation, urging NATO to ..."):
  // keep one that carries a condition ("warned X that any attack would have consequences": the conditional
  // threat is a red line, a bare warning or a planned act of the same root is not), then the most specific
  // code (longest; of equal length, not an "unspecified" code ending in 0: 106 over 100), then the first
  const unspecified = (c: string) => Number(c.endsWith('0'));
  out = [...out].sort(
    (a, b) =>
      Number(!!b.condition) - Number(!!a.condition) ||
      b.code.length - a.code.length ||
      unspecified(a.code) - unspecified(b.code),
  );
  return out.filter((p) => {
    const k = `${p.source!.code}|${p.source!.name}|${p.target?.code ?? '-'}|${p.code.slice(0, 2)}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
