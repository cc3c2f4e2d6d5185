/**
 * Stage `events`: for each sentence, find pattern triggers (hash lookup by lemma), match the most
 * specific pattern, find source and target, compute modality and condition, date the event, and
 * build `CodedEvent`s with their evidence and the id of the rule that matched.
 */
import type { Stage } from '../nlp/pipeline.js';
import type { ActorMention, Doc } from '../model/document.js';
import type { ConditionRef } from '../model/event.js';
import type { Lexicon } from '../lexicon/load.js';
import { analyzeClauses, inRanges, speechVerbIn } from './clauses.js';
import { sentenceView } from './match.js';
import { actorPhraseAt } from './actor-phrase.js';
import { findMatches } from './triggers.js';
import { referredAct, agentOfPriorAct } from './anaphora.js';
import { conditionSpan, conditionActors, conditionOf } from './conditions.js';
import { findSource, codable, objectOwner, type SourceSearch } from './roles.js';
import { findTarget } from './target-search.js';
import { selfOnly } from './target-filters.js';
import { ceasedCode, cessationBefore } from './cessation.js';
import { answerer } from './answers.js';
import { issuingVerb } from './documents.js';
import { isPassive, passiveSubject } from './passives.js';
import { inAccidentSubject, passiveAgent } from './passive-agents.js';
import { reportAddressee, reporterOf } from './reports.js';
import { recentCounterpart, uncodedAddressee, uncodedPartner } from './counterpart.js';
import { modalityOf, threatCodeFor, intentCodeFor, hasIntentCue } from './modality.js';
import { actorRef, buildEvent, sourceRef, type EventParts } from './build.js';
import { isPlaceMention, ownBareCountry, targetRef, withoutRedundantPlaces } from './place-targets.js';
import { actorsFitPattern } from './pattern-fit.js';
import { dateForEvent, laterThanStory } from './event-date.js';
import { firstConjunctVerb } from './shared-subject.js';
import { politicalReading } from './political-acts.js';
import { refineSentenceEvents } from './refine.js';
import { domesticTarget, homeProtestTarget, locatedProtesters } from './protesters.js';
import { custodyPlace, easedPlace } from './located-acts.js';
import { domainSuppressor } from '../lexicon/domains.js';
import { sameSide } from './obligation.js';
import { askedOfOthers } from './asked.js';
import { refusalBefore, refusedCode } from './refusal.js';
import { actNounAgentAt, attackSubjectAgent } from './noun-agents.js';
import { deployedToTarget } from './deployments.js';
import { spokenQuote, speakerAsSource } from './scare-quotes.js';

/** assault, fight, mass violence */
const FORCE_ROOTS = new Set(['18', '19', '20']);

export function createEventStage(lex: Lexicon): Stage {
  return {
    name: 'events',
    requires: ['tokens', 'actors', 'coref', 'quotes', 'dates'],
    provides: ['events'],
    run(doc: Doc) {
      let n = 0;
      // sport and market stories (cue words counted on the first sentence with a trigger match)
      const domainRoots = domainSuppressor(lex.domains, doc.tokens);
      // mentions grouped by sentence once (doc.mentions is sorted by offset)
      const bySentence = new Map<number, ActorMention[]>();
      for (const m of doc.mentions) {
        const list = bySentence.get(m.sentence);
        if (list) list.push(m);
        else bySentence.set(m.sentence, [m]);
      }
      for (const s of doc.sentences) {
        if (s.headline) continue;
        const mentions = bySentence.get(s.index);
        if (!mentions) continue;
        const v = sentenceView(doc, s, mentions);
        const matches = findMatches(lex, v);
        if (!matches.length) continue;
        const suppressed = domainRoots(s.tokenStart, s.tokenEnd);
        const ci = analyzeClauses(doc, s, lex);
        const inCond = (i: number) => ci.conditions.find((c) => i >= c.a && i < c.b) ?? null;
        const reportedBefore = (i: number) => speechVerbIn(doc.tokens, s.tokenStart, i, lex);
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
          const quote = spokenQuote(doc, doc.quoteAt(trig.start));
          const lo = quote ? doc.tokenIndexAt(quote.contentStart) : s.tokenStart;
          const usable = (ms: ActorMention[] | null) => {
            const out = ms?.flatMap((m) => doc.expand(m)).filter(codable) ?? [];
            return out.length ? out : null;
          };
          let sources = usable(r.sources);
          let targets = usable(r.targets);
          const slotUncoded = !targets && uncodedAddressee(v, r.targets);
          const search: SourceSearch = { trigger: r.trigger, clauses: ci, lo, conditionRange: null };
          const passive = !sources && isPassive(v, r.trigger);
          if (passive) {
            sources = usable(passiveAgent(v, r.agentFrom >= 0 ? r.agentFrom : r.end)); // an uncoded agent ("by Walsh") is no source
            if (!targets) targets = passiveSubject(doc, v, r.trigger, lo);
          }
          // "received weapons from $": the giver fills the source slot, the clause subject is the receiver
          if (r.sources && !targets && !passive) targets = usable(findSource(doc, v, search, lex));
          // "Russian shelling killed five": an attack noun's modifier is the agent, before any actor further back
          if (!sources && !passive && FORCE_ROOTS.has(p.root) && trig.pos === 'VERB')
            sources = attackSubjectAgent(doc, v, r.trigger, lo, lex);
          if (!sources && !passive) sources = findSource(doc, v, search, lex);
          if (!passive && !r.sources) sources = objectOwner(doc, v, p.root, r.trigger, r.end, sources);
          if (sources && FORCE_ROOTS.has(p.root) && inAccidentSubject(v, sources[0])) sources = null;
          if (!sources && !passive && p.root === '14')
            sources = locatedProtesters(v, r.trigger, lo, s.tokenEnd);
          // "a missionary was arrested in Lebanon": custody with no agent named is the state's where it happened
          let located = false;
          if (!sources && passive && p.code === '173') {
            const at = custodyPlace(v, r.trigger);
            if (at) sources = at;
            located = !!at; // (whoever is named after it did not undergo it: "arrested in Lebanon for spying for Israel")
          }
          if (p.reporterSource && !r.sources) {
            // the subject caused it; whoever says so is the author ("X said Y would have consequences")
            const rep = reporterOf(doc, v, r.trigger, lo, quote, ci, lex);
            if (rep) {
              // a speaker's own side is no target of its threat or demand ("Putin said Russia must respond")
              if (
                !targets &&
                sources &&
                !sources.some((m) => rep.some((x) => x.id === m.id || sameSide(x, m)))
              )
                targets = sources;
              sources = rep;
            } else if (!quote) sources = null;
          }
          if (!sources && quote && trig.pos !== 'NOUN')
            sources = speakerAsSource(doc, quote.speaker, r.trigger, lo, passive);
          if (!sources) continue;
          const cond = conditionOf(ci, r.trigger, s.tokenStart, doc.tokens, lex.cues.speechVerbs);
          const ceased = cessationBefore(doc.tokens, s.tokenStart, r.trigger, lex);
          let modality = modalityOf(
            {
              toks: doc.tokens,
              sentStart: s.tokenStart,
              trigger: r.trigger,
              matchEnd: r.end,
              root: p.root,
              patternModality: p.modality,
              conditional: cond !== null,
              reported: reportedBefore(r.trigger),
            },
            lex,
          );
          if (inRanges(r.trigger, ci.questions)) modality = 'hypothetical';
          // "will attack the base and kill the guards": a verb coordinated after another shares its modality, a document's
          // act its issuing verb's ("failed to adopt a resolution demanding"), an ended act its cessation verb's
          if (modality === 'actual') {
            const first = firstConjunctVerb(v, r.trigger, lo, lex.cues.speechVerbs);
            const issuer =
              trig.pos === 'VERB' && r.trigger - 1 > lo ? issuingVerb(v, r.trigger - 1, lo, lex) : -1;
            const governing = first >= 0 ? first : issuer >= 0 ? issuer : ceased;
            if (governing >= 0) {
              const m1 = modalityOf(
                {
                  toks: doc.tokens,
                  sentStart: s.tokenStart,
                  trigger: governing,
                  root: p.root,
                  conditional: cond !== null,
                  reported: reportedBefore(governing),
                },
                lex,
              );
              if (m1 === 'future' || m1 === 'hypothetical' || m1 === 'negated') modality = m1;
            }
          }
          const date = dateForEvent(
            doc,
            s,
            r,
            quote,
            cond ? [doc.tokens[cond.a].start, doc.tokens[cond.b - 1].end] : null,
            lex.cues,
          );
          // "Mikulic visits West Germany next week": an act dated after the story is not done yet
          if (modality === 'actual' && laterThanStory(doc, date, trig)) modality = 'future';
          if (!targets) {
            // "condemned the launch": when the object is an act noun, the target is whoever carried out that act
            // right after the match, or its object inside it ("called the drills a provocation")
            const ref = referredAct(v, r.end) ?? referredAct(v, r.trigger + 1);
            if (ref) targets = agentOfPriorAct(doc, parts, ref, sources);
          }
          if (!targets && !located && !slotUncoded) {
            targets = findTarget(doc, v, {
              from: r.trigger + 1,
              lo,
              clauses: ci,
              sources,
              // material conflict, and withdrawals: "pulled its forces out of Gaza" leaves Gaza's state
              allowPlaces: Number(p.root) >= 13 || p.code.startsWith('087'),
              placePreps: Number(p.root) >= 13 ? undefined : /^(from|of)$/,
              victims: Number(p.root) >= 17,
              placePeople: FORCE_ROOTS.has(p.root),
              // (a quote's act has no target past the quote: '"... Russia will respond," Medvedev said')
              hi: quote ? Math.min(s.tokenEnd, doc.tokenIndexAt(quote.contentEnd)) : s.tokenEnd,
              conditionRange: null,
              stopAtComplement: p.root === '01',
              skipTopics: /^0[3-6]$/.test(p.root),
              consumed: r.consumed,
              root: p.root,
            });
          }
          if (!targets && p.root === '17') targets = domesticTarget(v, r.trigger, s.tokenEnd, sources[0]);
          if (!targets && p.root === '14') targets = homeProtestTarget(v, r.trigger, s.tokenEnd, sources[0]);
          if (!targets && p.code.startsWith('081')) targets = easedPlace(v, r.end - 1);
          // a threat with no target of its own is addressed to whoever it was told to ("warned X that ...")
          if (!targets && p.root === '13') targets = reportAddressee(doc, v, r.trigger, lo);
          if (!targets && trig.pos === 'NOUN') targets = answerer(doc, v, search, lex, sources);
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
            const np =
              actorPhraseAt(v, cond.a + 1) ??
              actorPhraseAt(v, cond.a + 2) ??
              actNounAgentAt(v, cond.a, cond.b);
            const subj = np?.mentions.filter((m) => codable(m) && !sources!.some((x) => x.id === m.id)) ?? [];
            if (subj.length) {
              if (!condition.source) condition = { ...condition, source: actorRef(subj[0]) };
              if (!condition.subjects.length)
                condition = { ...condition, subjects: subj.map((m) => actorRef(m)) };
              // a threat without an explicit target is addressed to whoever must meet the condition
              if (!targets) targets = [subj[0]];
            }
          }
          // a threat still without a target answers the other side the story just named
          if (!targets && (p.root === '13' || modality === 'threat' || p.storyTarget))
            targets = recentCounterpart(doc, s.index, r.trigger, sources);
          if (p.requireModality && !p.requireModality.includes(modality)) continue;
          if (p.conditionActor && !condition?.actors.length) continue;
          if (!actorsFitPattern(p, v, r.trigger, sources, targets, lex)) continue;
          // "a teenager has killed herself": violence to oneself alone is no event between actors
          if (FORCE_ROOTS.has(p.root) && !targets && selfOnly(doc.tokens, r.trigger + 1)) continue;
          if (targets && ownBareCountry(p.code, sources, targets)) continue;
          let code = p.code;
          let rule = p.id;
          if (p.targetOrgCode && targets?.some((m) => m.org !== null)) {
            code = p.targetOrgCode;
            rule = `${p.id}>org`;
          }
          // acts asked of others: obligations, wishes, orders, permissions, blame (asked.ts)
          const asked = askedOfOthers(
            {
              doc,
              v,
              lex,
              clauses: ci,
              sentStart: s.tokenStart,
              lo,
              quote,
              trigger: r.trigger,
              pattern: p,
              passive,
            },
            { modality, sources, targets, code, rule },
          );
          if (asked === 'drop') continue;
          if (asked) ({ modality, sources, targets, code, rule } = asked);
          // "stopped supplying gas": the end of a cooperative act is a reduction (16) with the act's sub-code
          if (ceased >= 0) {
            if (!ceasedCode(code)) continue;
            [code, rule] = [ceasedCode(code)!, `${p.id}>cessation`];
          }
          // "declined to resign": the refusal of the act is a rejection (12) with the act's sub-code
          const refused = modality === 'negated' && refusalBefore(doc.tokens, s.tokenStart, r.trigger, lex);
          if (refused && refusedCode(code))
            [code, modality, rule] = [refusedCode(code)!, 'actual', `${p.id}>refusal`];
          const intentCue = hasIntentCue(doc.tokens, s.tokenStart, r.trigger, lex);
          if (modality === 'conditional' || modality === 'future' || intentCue) {
            const t =
              (modality === 'conditional' || modality === 'future') &&
              !deployedToTarget(v, code, r.end, targets)
                ? threatCodeFor(code)
                : null;
            const intent = modality === 'future' || intentCue ? intentCodeFor(code) : null;
            if (t) {
              rule = `${p.id}>threat`;
              code = t;
            } else if (intent) {
              rule = `${p.id}>intent`;
              code = intent;
            }
          }
          const matched = doc.tokens.slice(r.trigger, r.end);
          const political = politicalReading(code, sources, p.code, targets, matched);
          if (political) {
            code = political;
            rule = `${p.id}>political`;
          }
          if (modality === 'actual' && code.startsWith('13')) modality = 'threat';
          const evidence = { start: s.start, end: s.end, text: doc.slice(s) };
          const trigger = {
            start: doc.tokens[Math.min(r.trigger, r.consumed[0] ?? r.trigger)].start, // ("the deal was signed")
            end: doc.tokens[Math.max(r.trigger, r.consumed[r.consumed.length - 1] ?? r.trigger)].end,
            text: '',
          };
          trigger.text = doc.text.slice(trigger.start, trigger.end);
          const q = quote ? { speaker: quote.speakerName, start: quote.start, end: quote.end } : null;
          // ("struck agreements with commercial banks", "talked to bankers": subjects with another partner do not pair)
          const reciprocal = slotUncoded || uncodedPartner(v, r.end) ? false : p.reciprocal;
          const tgts: Array<ActorMention | null> = targets?.length
            ? withoutRedundantPlaces(targets).slice(0, 4)
            : [null];
          for (const sm of sources.slice(0, 4)) {
            // "the government accused Israel" in a story naming only Israel: the bare role took that country by
            // inference, and a country does not act on itself — the inference is wrong, so the source is unknown
            // ("troops attack Kyiv" in a story naming only Ukraine and Putin: a state's own forces against its
            // government; rebels, opposition and gunmen against it are kept)
            if (
              sm.kind === 'role' &&
              tgts.some(
                (tm) =>
                  tm &&
                  tm.country === sm.country &&
                  ((tm.role === null && !(FORCE_ROOTS.has(p.root) && isPlaceMention(tm))) ||
                    (tm.role === 'GOV' && /^(GOV|MIL|COP)$/.test(sm.role ?? ''))),
              )
            )
              continue;
            // (a bare country as a verb's subject is its state: "China protested the visit" complains officially;
            // "Egyptian protests", "Sri Lanka's protesting monks" are its people's)
            const role = sm.role ?? (trig.pos === 'VERB' && bareStateSubject(doc, sm) ? 'GOV' : null);
            const byRole = role ? p.sourceRoleCodes?.[role] : undefined;
            const smCode = byRole ?? code;
            for (const tm of tgts) {
              const target = tm ? targetRef(tm, smCode, sm) : null;
              parts.push({
                code: smCode,
                rule: byRole ? `${rule}>${role}` : rule,
                modality,
                condition,
                date: date.value,
                dateOrigin: date.origin,
                source: sourceRef(sm, smCode),
                target,
                evidence,
                trigger,
                quote: q,
                ploverMode: p.ploverMode,
                reciprocal,
                mutualOnly: p.mutualOnly,
                srcIds: [sm.id],
                tgtIds: target && tm ? [tm.id] : [],
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

/** a country named as itself, not as a possessor or modifier ("China protested"; not "Russia's protest movement") */
function bareStateSubject(doc: Doc, m: ActorMention): boolean {
  if (m.kind !== 'country' || !m.country || m.org || !m.agentive) return false;
  const next = doc.tokens[m.tokenEnd];
  return !(next && /^['’]s?$/.test(next.lower));
}
