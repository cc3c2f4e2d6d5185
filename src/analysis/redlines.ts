/**
 * The red-line tracker. A conditional threat ("if NATO allows long-range strikes, Russia will respond")
 * becomes a RedLine whose condition is a structured pattern:
 *   primary      the condition's own act: its subjects (and the threat's addressees) acting on its target,
 *                with the same family of CAMEO roots (cooperation 05-08, or conflict 15-20)
 *   kinetic      when the condition names weapons or the holder's territory: any actor of the condition
 *                using force (roots 18-20) against the holder, with the named means
 * Each stored event is checked against open red lines; a match is a crossing with both evidences and the
 * lag in days: "met" when actors, act and a key term match, "possibly-met" when the term is missing.
 */
import type { ActorRef, CodedEvent } from '../model/event.js';
import {
  recognisable,
  verbalAct,
  type ActorSpec,
  type RedLine,
  type RedLineCrossing,
} from '../model/redline.js';
import type { Blocs } from '../lexicon/blocs.js';
import { daysBetween, padDate } from '../util/dates.js';
import { stem } from '../coding/match.js';

type Pattern = {
  sources: ActorSpec[];
  targets: ActorSpec[];
  roots: string[];
  codes: string[];
  terms: string[];
};

const COOP_ROOTS = ['05', '06', '07', '08'];
const FORCE_ROOTS = ['18', '19', '20'];
const MATERIAL_CONFLICT = ['15', '16', '17', '18', '19', '20'];
const FORCE_WORDS =
  /\b(strike|strikes|attack|attacks|missile|missiles|rocket|drone|troops|invade|enter|cross|endanger|bomb|fire|shell)/i;

/** the roots that count as doing what a condition names: force is force whatever its kind */
function rootFamily(root: string): string[] {
  if (FORCE_ROOTS.includes(root)) return FORCE_ROOTS;
  if (COOP_ROOTS.includes(root)) return COOP_ROOTS;
  if (root === '03') return ['03', ...COOP_ROOTS];
  return [root];
}

const spec = (a: ActorRef | null): ActorSpec | null => (a ? (a.country ?? a.org ?? null) : null);
const uniq = <T>(xs: T[]) => [...new Set(xs)];
const NO_ROLES: ReadonlySet<string> = new Set();

export function termsIn(text: string, vocabulary: string[]): string[] {
  const lower = text.toLowerCase();
  return vocabulary.filter((t) =>
    new RegExp(`\\b${t.replace(/[-/\\^$*+?.()|[\]{}]/g, '\\$&')}`, 'i').test(lower),
  );
}

/** red lines stated by a batch of coded events (one per conditional statement, all its addressees) */
export function extractRedLines(
  events: CodedEvent[],
  terms: string[],
  cameoQuad: (code: string) => number,
  negated: (conditionText: string) => boolean = () => false,
): RedLine[] {
  const groups = new Map<string, CodedEvent[]>();
  for (const e of events) {
    if (e.modality !== 'conditional' || !e.condition || !e.source) continue;
    // one red line per condition and holder: "Vučić warned that Serbia would intervene if ..." states one
    // red line although both the warning and the intervention carry the condition
    const k = `${e.articleId}|${e.condition.start}|${e.source.code}`;
    groups.set(k, [...(groups.get(k) ?? []), e]);
  }
  const out: RedLine[] = [];
  for (const evs of groups.values()) {
    // a red line is a conditional threat: an offer, promise or concession on a condition ("offered talks as
    // long as Ankara ends its standoff": CAMEO 03–08) draws none, unless the condition is an act of conflict (a
    // commitment to defend: "will offer to assist Taiwan if it is threatened"); a veiled threat stays ("would
    // consider measures if the US imposes tariffs", 014)
    const promise = evs.every((e) => /^0[3-8]/.test(e.code));
    const cond = evs[0].condition!;
    if (promise && !(cond.code && cameoQuad(cond.code) >= 3)) continue;
    // the act threatened ("intervene") describes the red line better than the verb of saying it ("warned")
    const first = evs.find((e) => e.code.slice(0, 2) !== '13') ?? evs[0];
    const c = first.condition!;
    const holder = first.source!;
    const holderSpec = spec(holder);
    const addressees = evs.map((e) => e.target).filter((t): t is ActorRef => t !== null);
    const condSources = uniq(
      [spec(c.source), ...(c.subjects ?? []).map(spec), ...addressees.map(spec)].filter(
        (x): x is string => !!x && x !== holderSpec,
      ),
    );
    // a condition with no actor at all must at least share the condition's key terms
    const unanchored = !condSources.length;
    const named = uniq((c.actors ?? []).map(spec).filter((x): x is string => !!x && x !== holderSpec));
    const condTarget = spec(c.target);
    const condTerms = termsIn(c.text, terms);
    const coop = c.code ? cameoQuad(c.code) <= 2 : false;
    const negative = negated(c.text);
    // the holder is the target of the condition only when the condition names it ("Russian territory")
    const holderNamed = (c.actors ?? []).some((a) => spec(a) === holderSpec);
    const primary: Pattern = {
      sources: condSources,
      targets:
        condTarget && condTarget !== holderSpec
          ? [condTarget]
          : !coop && holderNamed && holderSpec
            ? [holderSpec]
            : unanchored
              ? named // "if armed groups attack KFOR or Kosovo police": the named actors are the ones acted on
              : [],
      // no roots: an act Redline could not code ("if Congress passes trade legislation", "should U.S.
      // sanctions materialise"): only a material-conflict act naming one of the condition's key terms
      // meets it (any conflict act of the source, as before, met 88 of 180 red lines in the news corpus)
      roots: c.code ? rootFamily(c.code.slice(0, 2)) : FORCE_WORDS.test(c.text) ? FORCE_ROOTS : [],
      codes: [],
      terms: unanchored && !named.length ? termsIn(c.text, terms) : [],
    };
    const alternatives: Pattern[] = [];
    if (holderSpec && !negative && FORCE_WORDS.test(c.text)) {
      alternatives.push({
        sources: uniq([
          ...condSources,
          ...named,
          ...(condTarget && condTarget !== holderSpec ? [condTarget] : []),
        ]),
        targets: [holderSpec],
        roots: FORCE_ROOTS,
        codes: [],
        terms: condTerms,
      });
    }
    out.push({
      id: `rl:${first.id}`,
      articleId: first.articleId,
      eventId: first.id,
      date: first.date,
      holder,
      addressees,
      condition: {
        text: c.text,
        start: c.start,
        end: c.end,
        ...primary,
        terms: condTerms,
        alternatives,
        ...(negative ? { negated: true } : {}),
      },
      response: { text: first.trigger.text, code: first.code },
      status: 'open',
      evidence: first.evidence,
    });
  }
  return out;
}

function actorIn(a: ActorRef | null, specs: ActorSpec[], blocs: Blocs): boolean {
  if (!specs.length) return true;
  if (!a) return false;
  return specs.some((s) => blocs.within(a.country, s) || blocs.within(a.org, s));
}

/**
 * How a pattern uses its key terms: `none` ignores them; `prefer` gives "possibly-met" without one;
 * `require` matches only with one (an unanchored condition, or one whose act could not be coded).
 */
type TermUse = 'none' | 'prefer' | 'require';

function patternMatch(e: CodedEvent, p: Pattern, blocs: Blocs, use: TermUse): 'met' | 'possibly-met' | null {
  if (!actorIn(e.source, p.sources, blocs) || !actorIn(e.target, p.targets, blocs)) return null;
  // no roots or codes: the condition's act was not coded. Only a material-conflict act (15-20) naming a key
  // term meets it, and only if the condition names an actor ("should U.S. sanctions materialise", with no
  // actor coded, was met by every later sanctions story)
  if (!recognisable(p)) return null;
  const anyAct = !p.roots.length && !p.codes.length;
  if (anyAct ? !MATERIAL_CONFLICT.includes(e.root) : !(p.roots.includes(e.root) || p.codes.includes(e.code)))
    return null;
  if (use === 'none' && !anyAct) return 'met';
  // a condition recognised by its terms alone cannot be recognised without them
  if (!p.terms.length) return null;
  const ev = e.evidence.text.toLowerCase();
  if (p.terms.some((t) => ev.includes(t) || ev.includes(stem(t)))) return 'met';
  return use === 'prefer' ? 'possibly-met' : null;
}

/**
 * Does `e` meet red line `rl`? Only actual events from the day the line was drawn to `horizonDays` after it
 * count (a 1987 warning is not met by a 2012 event), and never an act of a `civilRoles` actor (business,
 * civilians, education ...).
 */
export function checkCrossing(
  rl: RedLine,
  e: CodedEvent,
  blocs: Blocs,
  civilRoles: ReadonlySet<string> = NO_ROLES,
  horizonDays = Infinity,
): RedLineCrossing | null {
  if (e.modality !== 'actual' || e.id === rl.eventId) return null;
  if (e.source?.role && civilRoles.has(e.source.role)) return null;
  if (padDate(e.date) < padDate(rl.date)) return null;
  if (daysBetween(rl.date, e.date) > horizonDays) return null;
  // events told in the same article are background to the statement, not later crossings
  if (e.articleId === rl.articleId) return null;
  const holder = rl.holder;
  if (holder && e.source && (e.source.country ?? e.source.org) === (holder.country ?? holder.org))
    return null;
  const c = rl.condition;
  // a negated condition ("unless Japan pulls its troops out", "if the demands are not met") is met by an act
  // not happening: no event shows that (doing the act is the opposite; treating any rejection by its actors as
  // a crossing met 35 of 173 red lines in the news corpus, nearly all wrongly), so it stays open
  if (c.negated) return null;
  const unanchored = c.sources.length === 0 && c.targets.length === 0;
  let status = patternMatch(e, c, blocs, primaryTermUse(c, unanchored));
  let reason = status
    ? `primary: ${e.source?.code}→${e.target?.code ?? '-'} ${e.code} ` +
      (c.roots.length ? `in roots ${c.roots.join('/')}` : `with ${c.terms.join('/')}`)
    : '';
  for (const alt of c.alternatives ?? []) {
    if (status === 'met') break;
    const s = patternMatch(e, alt, blocs, 'prefer');
    if (s && (!status || s === 'met')) {
      status = s;
      reason =
        `kinetic: ${e.source?.code}→${e.target?.code} ${e.code}` +
        (s === 'met' ? ` with ${alt.terms.join('/')}` : ' without the named means');
    }
  }
  if (!status) return null;
  return {
    redLineId: rl.id,
    eventId: e.id,
    articleId: e.articleId,
    date: e.date,
    lagDays: daysBetween(rl.date, e.date),
    status,
    reason,
    evidence: e.evidence,
  };
}

/**
 * How the condition's own act uses its key terms. Unanchored, or an act of words or protest, it needs one
 * ("if it continued fighting …", coded 01, was met by any later Iranian statement); a condition that names its
 * means ("its third nuclear test") is met with them and only possibly met without ("stationing armored
 * vehicles"); else the act family alone meets it.
 */
function primaryTermUse(c: RedLine['condition'], unanchored: boolean): TermUse {
  const uncoded = !c.roots.length && !c.codes.length;
  if (unanchored || uncoded || verbalAct(c)) return 'require';
  return c.terms.length ? 'prefer' : 'none';
}

/** the status a red line has given its crossings */
export function statusFromCrossings(rl: RedLine, crossings: RedLineCrossing[]): RedLine['status'] {
  if (rl.status === 'withdrawn') return 'withdrawn';
  if (crossings.some((c) => c.status === 'met')) return 'met';
  if (crossings.length) return 'possibly-met';
  return 'open';
}
