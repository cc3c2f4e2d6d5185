/**
 * Stage `events`: for each sentence, find pattern triggers (hash lookup by lemma), match the most
 * specific pattern, find source and target, compute modality and condition, date the event, and
 * build `CodedEvent`s with their evidence and the id of the rule that matched.
 */
import type { Stage } from '../nlp/pipeline.js';
import type { ActorMention, Doc, Sentence } from '../model/document.js';
import type { ConditionRef } from '../model/event.js';
import type { Lexicon } from '../lexicon/load.js';
import type { CompiledPattern } from '../lexicon/patterns.js';
import { analyzeClauses, type ClauseInfo } from './clauses.js';
import { matchPattern, stem, actorPhraseAt, type MatchResult, type SentenceView } from './match.js';
import { findSource, findTarget, isPassive, passiveAgent, passiveSubject, codable } from './roles.js';
import { modalityOf, threatCodeFor, intentCodeFor, hasIntentCue } from './modality.js';
import { actorRef, buildEvent, type EventParts } from './build.js';
import { dateForEvent } from './event-date.js';
import { refineSentenceEvents } from './refine.js';

function sentenceView(doc: Doc, s: Sentence): SentenceView {
  const mentionAt = new Map<number, ActorMention>();
  for (const m of doc.mentions) if (m.sentence === s.index) mentionAt.set(m.tokenStart, m);
  const hardStops = new Set<number>();
  for (let i = s.tokenStart; i < s.tokenEnd; i++) {
    const w = doc.tokens[i].text;
    if (w === ';' || w === ':' || w === '“' || w === '”' || w === '"') hardStops.add(i);
  }
  return { doc, toks: doc.tokens, a: s.tokenStart, b: s.tokenEnd, mentionAt, hardStops };
}

/** candidate patterns per (lemma, lower-case form), memoised per lexicon: the vocabulary is small */
const candidateCache = new WeakMap<Lexicon, Map<string, CompiledPattern[]>>();

function candidates(lex: Lexicon, v: SentenceView, i: number): CompiledPattern[] {
  const t = v.toks[i];
  let cache = candidateCache.get(lex);
  if (!cache) candidateCache.set(lex, (cache = new Map()));
  const key = `${t.lemma}\u0000${t.lower}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const out: CompiledPattern[] = [];
  for (const k of new Set([t.lemma, t.lower, stem(t.lower)]))
    for (const p of lex.triggers.get(k) ?? []) if (!out.includes(p)) out.push(p);
  out.sort((a, b) => b.specificity - a.specificity || a.order - b.order);
  if (cache.size < 200_000) cache.set(key, out);
  return out;
}

const TOPIC_NOUNS =
  /^(specifics|details|question|questions|issue|debate|debates|discussion|discussions|talk|prospect|prospects|possibility|risk|risks|fear|fears|idea|notion|threat|danger|scope)$/;

/**
 * triggers that name a topic rather than an act: a gerund governed by a preposition ("capable of
 * targeting", "talk about arming"; "by targeting" is kept) and a noun phrase that is the object of
 * "about"/"regarding" or of a topic noun ("the specifics of Russia's retaliatory actions")
 */
function isTopic(v: SentenceView, i: number): boolean {
  const t = v.toks[i];
  const prev = v.toks[i - 1];
  if (i > v.a && t.pos === 'VERB' && /ing$/.test(t.lower) && prev.pos === 'ADP' && prev.lower !== 'by')
    return true;
  // a participle used as an adjective ("the occupied West Bank", "a disputed region")
  if (
    i > v.a &&
    t.pos === 'VERB' &&
    /ed$/.test(t.lower) &&
    prev.pos === 'DET' &&
    v.toks[i + 1] &&
    /^(NOUN|PROPN|ADJ)$/.test(v.toks[i + 1].pos)
  )
    return true;
  // a gerund that is the subject of a clause ("that granting Ukraine missiles would ...")
  if (
    i > v.a &&
    t.pos === 'VERB' &&
    /ing$/.test(t.lower) &&
    (prev.pos === 'SCONJ' || prev.pos === 'DET' || prev.lower === 'that')
  )
    return true;
  if (t.pos !== 'NOUN' && t.pos !== 'ADJ') return false;
  let j = i - 1;
  while (
    j >= v.a &&
    (/^(ADJ|NOUN|PROPN|DET|NUM)$/.test(v.toks[j].pos) || /^['’]s?$|^-$/.test(v.toks[j].text))
  )
    j--;
  if (j < v.a) return false;
  const w = v.toks[j].lower;
  if (/^(about|regarding|concerning)$/.test(w)) return true;
  return w === 'of' && j - 1 >= v.a && TOPIC_NOUNS.test(v.toks[j - 1].lower);
}

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
  [/^(drills|exercises|deployment|build-up|buildup|mobilisation|mobilization)$/, /^(15)$/],
  [/^(decision|move|step|remarks|comments|statement|proposal|offer|deal|agreement)$/, /^\d\d$/],
];

/** the source of the latest earlier event whose root the act noun can refer to (not the current source) */
function agentOfPriorAct(
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
function referredAct(v: SentenceView, i: number): RegExp | null {
  let j = i;
  if (v.toks[j]?.lower !== 'the' && v.toks[j]?.lower !== 'this' && v.toks[j]?.lower !== 'these') return null;
  j++;
  while (j < v.b && v.toks[j].pos === 'ADJ') j++;
  const w = v.toks[j]?.lower;
  if (!w) return null;
  for (const [re, roots] of ACT_NOUNS) if (re.test(w)) return roots;
  return null;
}

/** character span of a condition clause, without trailing punctuation */
function conditionSpan(doc: Doc, a: number, b: number): { start: number; end: number } {
  let last = b - 1;
  while (last > a && /^[.,;:!?”"’)]$/.test(doc.tokens[last].text)) last--;
  return { start: doc.tokens[a].start, end: doc.tokens[last].end };
}

/** codable actors named inside a condition span (pronouns resolved, compound modifiers left out) */
function conditionActors(doc: Doc, span: { start: number; end: number }) {
  const out = [];
  for (const m of doc.mentions) {
    if (m.start < span.start || m.end > span.end || m.modifier) continue;
    const r = m.kind === 'pronoun' ? doc.resolve(m) : m;
    if (codable(r)) out.push(actorRef(r, m));
  }
  return out;
}

function findMatches(lex: Lexicon, v: SentenceView): MatchResult[] {
  const inMention = new Set<number>();
  for (const m of v.mentionAt.values()) for (let k = m.tokenStart; k < m.tokenEnd; k++) inMention.add(k);
  const consumed = new Set<number>();
  const out: MatchResult[] = [];
  for (let i = v.a; i < v.b; i++) {
    if (consumed.has(i) || inMention.has(i) || isTopic(v, i)) continue;
    for (const p of candidates(lex, v, i)) {
      const r = matchPattern(v, p, i);
      if (!r) continue;
      out.push(r);
      for (const c of r.consumed) consumed.add(c);
      // the verb an appeal, demand, pledge, refusal or threat governs is its content, not an act of its own:
      // "urged Iran to release", "refused to withdraw", "threatened to strike"
      if (/^(02|03|10|12|13)$/.test(p.root)) {
        // "demanded that China return ...": the complement clause's verb is the demand's content
        const thatAt = [r.end - 1, r.end].find((x) => v.toks[x]?.lower === 'that');
        if (thatAt !== undefined)
          for (let x = thatAt + 1; x < Math.min(v.b, thatAt + 7); x++)
            if (v.toks[x].pos === 'VERB') {
              consumed.add(x);
              break;
            }
        let k = r.end;
        if (v.toks[k] && v.toks[k].lower !== 'to' && v.toks[k - 1]?.lower !== 'to') k = -1;
        if (k >= 0) {
          if (v.toks[k]?.lower === 'to') k++;
          if (v.toks[k]?.pos === 'ADV') k++;
          if (k < v.b && v.toks[k].pos === 'VERB') consumed.add(k);
        }
      }
      break;
    }
  }
  return out;
}

function conditionOf(ci: ClauseInfo, trigger: number, a: number): { a: number; b: number } | null {
  for (const c of ci.conditions) {
    if (trigger >= c.a && trigger < c.b) return null;
    if (c.a > trigger && c.a - trigger <= 30) return c; // "... will respond if X does Y"
    if (c.b <= trigger && c.a <= a + 1) return c; // "If X does Y, Z will respond"
  }
  return null;
}

export function createEventStage(lex: Lexicon): Stage {
  return {
    name: 'events',
    requires: ['tokens', 'actors', 'coref', 'quotes', 'dates'],
    provides: ['events'],
    run(doc: Doc) {
      let n = 0;
      const tokenIndexAt = (pos: number) => {
        let lo = 0;
        let hi = doc.tokens.length - 1;
        while (lo <= hi) {
          const mid = (lo + hi) >> 1;
          if (doc.tokens[mid].end <= pos) lo = mid + 1;
          else hi = mid - 1;
        }
        return lo;
      };
      // sport and market stories: count each domain's cue words once per article
      const cueCount = lex.domains.list.map((d) => doc.tokens.filter((t) => d.cues.has(t.lower)).length);
      for (const s of doc.sentences) {
        if (s.headline) continue;
        const suppressed = new Set<string>();
        lex.domains.list.forEach((d, k) => {
          if (cueCount[k] < lex.domains.minArticleCues) return;
          for (let i = s.tokenStart; i < s.tokenEnd; i++)
            if (d.cues.has(doc.tokens[i].lower)) {
              for (const r of d.suppressRoots) suppressed.add(r);
              break;
            }
        });
        const v = sentenceView(doc, s);
        if (!v.mentionAt.size) continue;
        const ci = analyzeClauses(doc, s, lex);
        const matches = findMatches(lex, v);
        if (!matches.length) continue;
        const inCond = (i: number) => ci.conditions.find((c) => i >= c.a && i < c.b) ?? null;
        const reportedBefore = (i: number) => {
          for (let j = s.tokenStart; j < i; j++) {
            const t = doc.tokens[j];
            if (t.pos === 'VERB' && lex.cues.speechVerbs.has(t.lemma)) return true;
          }
          return false;
        };
        const parts: Array<EventParts & { srcIds: number[]; tgtIds: number[] }> = [];
        // condition events first, so the consequent can carry them
        const condEvents = new Map<number, ConditionRef>();
        for (const r of matches) {
          const c = inCond(r.trigger);
          if (!c || condEvents.has(c.a)) continue;
          const range: [number, number] = [c.a, c.b];
          const src =
            r.sources ??
            findSource(doc, v, { trigger: r.trigger, clauses: ci, lo: c.a, conditionRange: range }, lex);
          const tgt =
            r.targets ??
            findTarget(doc, v, {
              from: r.trigger + 1,
              clauses: ci,
              sources: src ?? [],
              allowPlaces: true,
              hi: c.b,
              conditionRange: range,
            });
          const span = conditionSpan(doc, c.a, c.b);
          condEvents.set(c.a, {
            ...span,
            text: doc.text.slice(span.start, span.end),
            source: src?.[0] ? actorRef(src[0]) : null,
            target: tgt?.[0] ? actorRef(tgt[0]) : null,
            code: r.pattern.code,
            subjects: (src ?? []).map((m) => actorRef(m)),
            actors: conditionActors(doc, span),
          });
        }
        for (const r of matches) {
          const p = r.pattern;
          if (inCond(r.trigger)) continue;
          const trig = doc.tokens[r.trigger];
          const quote = doc.quoteAt(trig.start);
          const lo = quote ? tokenIndexAt(quote.contentStart) : s.tokenStart;
          const usable = (ms: ActorMention[] | null) => {
            const out = ms?.flatMap((m) => doc.expand(m)).filter(codable) ?? [];
            return out.length ? out : null;
          };
          let sources = usable(r.sources);
          let targets = usable(r.targets);
          const passive = !sources && isPassive(v, r.trigger);
          if (passive) {
            sources = passiveAgent(v, r.end);
            if (!targets) targets = passiveSubject(doc, v, r.trigger, lo);
          }
          if (!sources && !passive)
            sources = findSource(doc, v, { trigger: r.trigger, clauses: ci, lo, conditionRange: null }, lex);
          if (!sources && quote && quote.speaker !== null && trig.pos !== 'NOUN') {
            const sp = doc.mention(quote.speaker);
            if (sp && codable(sp)) sources = [sp];
          }
          if (!sources) continue;
          const cond = conditionOf(ci, r.trigger, s.tokenStart);
          let modality = modalityOf(
            {
              toks: doc.tokens,
              sentStart: s.tokenStart,
              trigger: r.trigger,
              root: p.root,
              patternModality: p.modality,
              conditional: cond !== null,
              reported: reportedBefore(r.trigger),
            },
            lex,
          );
          if (!targets) {
            // "condemned the launch": when the object is an act noun, the target is whoever carried out that act
            const ref = referredAct(v, r.end);
            if (ref) targets = agentOfPriorAct(doc, parts, ref, sources);
          }
          if (!targets) {
            targets = findTarget(doc, v, {
              from: r.trigger + 1,
              clauses: ci,
              sources,
              allowPlaces: Number(p.root) >= 13,
              hi: s.tokenEnd,
              conditionRange: null,
              stopAtComplement: p.root === '01',
            });
          }
          let condition: ConditionRef | null = null;
          if (cond) {
            const span = conditionSpan(doc, cond.a, cond.b);
            condition = condEvents.get(cond.a) ?? {
              ...span,
              text: doc.text.slice(span.start, span.end),
              source: null,
              target: null,
              code: null,
              subjects: [],
              actors: conditionActors(doc, span),
            };
            // the condition's subject: the actor phrase right after the marker ("if NATO ...", "should the US and NATO ...")
            const np = actorPhraseAt(v, cond.a + 1) ?? actorPhraseAt(v, cond.a + 2);
            const subj = np?.mentions.filter((m) => codable(m) && !sources!.some((x) => x.id === m.id)) ?? [];
            if (subj.length) {
              if (!condition.source) condition = { ...condition, source: actorRef(subj[0]) };
              if (!condition.subjects.length)
                condition = { ...condition, subjects: subj.map((m) => actorRef(m)) };
              // a threat without an explicit target is addressed to whoever must meet the condition
              if (!targets) targets = [subj[0]];
            }
          }
          if (p.requireModality && !p.requireModality.includes(modality)) continue;
          let code = p.code;
          let rule = p.id;
          const intentCue = hasIntentCue(doc.tokens, s.tokenStart, r.trigger);
          if (modality === 'conditional' || modality === 'future' || intentCue) {
            const t = modality === 'conditional' || modality === 'future' ? threatCodeFor(code) : null;
            const intent = modality === 'future' || intentCue ? intentCodeFor(code) : null;
            if (t) {
              rule = `${p.id}>threat`;
              code = t;
            } else if (intent) {
              rule = `${p.id}>intent`;
              code = intent;
            }
          }
          if (modality === 'actual' && code.startsWith('13')) modality = 'threat';
          const date = dateForEvent(
            doc,
            s,
            r.trigger,
            quote,
            cond ? [doc.tokens[cond.a].start, doc.tokens[cond.b - 1].end] : null,
          );
          const evidence = { start: s.start, end: s.end, text: doc.slice(s) };
          const trigger = {
            start: trig.start,
            end: doc.tokens[Math.max(r.trigger, r.consumed[r.consumed.length - 1] ?? r.trigger)].end,
            text: '',
          };
          trigger.text = doc.text.slice(trigger.start, trigger.end);
          const q = quote ? { speaker: quote.speakerName, start: quote.start, end: quote.end } : null;
          const tgts: Array<ActorMention | null> = targets?.length ? targets.slice(0, 4) : [null];
          for (const sm of sources.slice(0, 4)) {
            for (const tm of tgts) {
              parts.push({
                code,
                rule,
                modality,
                condition,
                date: date.value,
                dateOrigin: date.origin,
                source: actorRef(sm),
                target: tm ? actorRef(tm) : null,
                evidence,
                trigger,
                quote: q,
                ploverMode: p.ploverMode,
                srcIds: [sm.id],
                tgtIds: tm ? [tm.id] : [],
              });
            }
          }
        }
        for (const ep of refineSentenceEvents(parts)) {
          if (suppressed.has(ep.code.slice(0, 2))) continue;
          doc.events.push(buildEvent(doc, lex, n++, ep));
        }
      }
    },
  };
}
