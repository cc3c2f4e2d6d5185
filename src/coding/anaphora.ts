/** Event anaphora: "condemned the launch" is addressed to whoever carried out the launch. */
import type { ActorMention, Doc } from '../model/document.js';
import type { SentenceView } from './match.js';
import { actorRef, type EventParts } from './build.js';

/** event nouns that refer back to an earlier act, with the CAMEO roots they can refer to */
const ACT_NOUNS: Array<[RegExp, RegExp]> = [
  [/^(launch|launches|test|tests|test-firing)$/, /^(15|19)$/],
  [
    /^(attack|attacks|strike|strikes|raid|raids|bombing|shelling|assault|offensive|incursion|killing|killings)$/,
    /^(18|19|20)$/,
  ],
  [/^(accusation|accusations|allegation|allegations|charges|criticism)$/, /^(11)$/],
  [/^(threat|threats|ultimatum|warning)$/, /^(13)$/],
  [/^(sanctions|tariffs|embargo|expulsion|ban)$/, /^(16|17)$/],
  // drills are a show of force (15) or joint military cooperation (06: "exercises with Guyana")
  [/^(drills|exercises|deployment|build-up|buildup|mobilisation|mobilization)$/, /^(06|15)$/],
  [/^(decision|move|step|remarks|comments|statement|proposal|offer|deal|agreement)$/, /^\d\d$/],
];

/** the source of the latest earlier event whose root the act noun can refer to (not the current source) */
export function agentOfPriorAct(
  doc: Doc,
  parts: EventParts[],
  roots: RegExp,
  sources: ActorMention[],
): ActorMention[] | null {
  const own = new Set(sources.map((m) => actorRef(m).code));
  const prior = [...doc.events, ...parts]
    .filter((e) => roots.test(e.code.slice(0, 2)) && e.source && !own.has(e.source.code))
    .pop();
  const src = prior?.source;
  if (!src) return null;
  const m = doc.mentions.find((x) => x.start === src.start && x.end === src.end);
  return m ? [doc.resolve(m)] : null;
}

/** "the launch" right after a trigger: which roots the referred-to act may have */
export function referredAct(v: SentenceView, i: number): RegExp | null {
  let j = i;
  if (v.toks[j]?.lower !== 'the' && v.toks[j]?.lower !== 'this' && v.toks[j]?.lower !== 'these') return null;
  j++;
  while (j < v.b && v.toks[j].pos === 'ADJ') j++;
  const w = v.toks[j]?.lower;
  if (!w) return null;
  for (const [re, roots] of ACT_NOUNS) if (re.test(w)) return roots;
  return null;
}
