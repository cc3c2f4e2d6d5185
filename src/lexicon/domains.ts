/** Non-political domains (lexicon/domains.yaml): cue words that switch off event roots in sport or market stories. */
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { RedlineError } from '../util/errors.js';

export const domainsFile = z.object({
  minArticleCues: z.number().int().min(1),
  /** words of political news; a story with more than `maxPoliticalCues` of them is never a whole-story domain */
  politicalCues: z.array(z.string()).default([]),
  maxPoliticalCues: z.number().int().min(0).default(2),
  domains: z.record(
    z.string(),
    z.object({
      suppressRoots: z.array(z.string().regex(/^\d{2}$/)),
      cues: z.array(z.string()),
      /** regular expressions a whole token may match to count as a cue ("4-0": a score) */
      cuePatterns: z.array(z.string()).default([]),
      /** overrides the file's minArticleCues for cues specific enough to count once ("money market") */
      minArticleCues: z.number().int().min(1).optional(),
      /** an article with this many cues (and few political words) is a story of the domain: its roots are
       * switched off in every sentence, not only in sentences with a cue */
      storyCues: z.number().int().min(1).optional(),
    }),
  ),
});

export interface Domain {
  name: string;
  suppressRoots: Set<string>;
  /** one-word cues */
  cues: Set<string>;
  /** multi-word cues ("money market", "test match"), as lower-case words */
  phrases: string[][];
  /** first words of the phrases: most tokens start none, and skip the phrase loop */
  phraseStarts: Set<string>;
  /** whole-token cue patterns (tried only on tokens that start with a digit) */
  patterns: RegExp[];
  minArticleCues: number;
  storyCues: number;
}

const DIGIT_START = /^\d/;
const MONTH =
  /^(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.?$/;

/** the number of tokens of a domain cue starting at token i (a word or a phrase), or 0 */
export function cueAt(d: Domain, lower: (k: number) => string | undefined, i: number): number {
  const w = lower(i);
  if (w === undefined) return 0;
  if (d.cues.has(w)) return 1;
  // (a day range after a month is no score: "June 8-10")
  if (DIGIT_START.test(w)) return d.patterns.some((re) => re.test(w)) && !MONTH.test(lower(i - 1) ?? '') ? 1 : 0;
  if (!d.phraseStarts.has(w)) return 0;
  for (const ph of d.phrases) if (ph[0] === w && ph.every((x, k) => lower(i + k) === x)) return ph.length;
  return 0;
}

export interface Domains {
  minArticleCues: number;
  list: Domain[];
  politicalCues: Set<string>;
  maxPoliticalCues: number;
  /** every word that may start a cue of any domain: tokens outside it are skipped with one lookup */
  starts: Set<string>;
  /** some domain has cue patterns: tokens starting with a digit are tried too */
  hasPatterns: boolean;
}

export function loadDomains(dir: string): Domains {
  const f = join(dir, 'domains.yaml');
  if (!existsSync(f))
    return {
      minArticleCues: Infinity,
      list: [],
      starts: new Set(),
      hasPatterns: false,
      politicalCues: new Set(),
      maxPoliticalCues: 0,
    };
  const r = domainsFile.safeParse(parse(readFileSync(f, 'utf8')));
  if (!r.success)
    throw new RedlineError('R200', `${r.error.issues[0].path.join('.')}: ${r.error.issues[0].message}`, f);
  const list: Domain[] = Object.entries(r.data.domains).map(([name, d]) => {
    // wink keeps some hyphenated words whole ("semi-final") and splits others ("half - time"): take both forms
    const forms = d.cues.flatMap((c) => (c.includes('-') ? [c, c.replace(/-/g, ' - ')] : [c]));
    const words = forms.map((c) => c.toLowerCase().split(/\s+/).filter(Boolean));
    return {
      name,
      suppressRoots: new Set(d.suppressRoots),
      cues: new Set(words.filter((w) => w.length === 1).map((w) => w[0])),
      phrases: words.filter((w) => w.length > 1),
      phraseStarts: new Set(words.filter((w) => w.length > 1).map((w) => w[0])),
      patterns: d.cuePatterns.map((re) => new RegExp(re)),
      minArticleCues: d.minArticleCues ?? r.data.minArticleCues,
      storyCues: d.storyCues ?? Infinity,
    };
  });
  const starts = new Set(list.flatMap((d) => [...d.cues, ...d.phraseStarts]));
  return {
    minArticleCues: r.data.minArticleCues,
    list,
    starts,
    hasPatterns: list.some((d) => d.patterns.length > 0),
    politicalCues: new Set(r.data.politicalCues.map((w) => w.toLowerCase())),
    maxPoliticalCues: r.data.maxPoliticalCues,
  };
}

/** token w may start a cue of some domain: a cue word, or a token starting with a digit when patterns exist */
function mayStartCue(domains: Domains, w: string): boolean {
  return domains.starts.has(w) || (domains.hasPatterns && DIGIT_START.test(w));
}

/**
 * The CAMEO roots a document's domains switch off, per sentence. Cue words are counted once per document, on
 * the first call (most documents never ask: no sentence has a trigger). A domain counts when the article has
 * at least its `minArticleCues`; it then switches its roots off in sentences with one of its cues, or in every
 * sentence of a story of the domain (`storyCues` cues and at most `maxPoliticalCues` political words).
 */
export function domainSuppressor(
  domains: Domains,
  tokens: ReadonlyArray<{ lower: string }>,
): (tokenStart: number, tokenEnd: number) => Set<string> {
  const lower = (k: number) => tokens[k]?.lower;
  let counts: number[] | null = null;
  let political = 0;
  const count = (): number[] => {
    const c = domains.list.map(() => 0);
    for (let i = 0; i < tokens.length; i++) {
      const w = tokens[i].lower;
      if (domains.politicalCues.has(w)) political++;
      if (!mayStartCue(domains, w)) continue;
      domains.list.forEach((d, k) => {
        if (cueAt(d, lower, i)) c[k]++;
      });
    }
    return c;
  };
  return (tokenStart, tokenEnd) => {
    const suppressed = new Set<string>();
    const c = (counts ??= count());
    domains.list.forEach((d, k) => {
      if (c[k] < d.minArticleCues) return;
      const story = c[k] >= d.storyCues && political <= domains.maxPoliticalCues;
      for (let i = tokenStart; i < tokenEnd; i++)
        if (story || (mayStartCue(domains, tokens[i].lower) && cueAt(d, lower, i))) {
          for (const r of d.suppressRoots) suppressed.add(r);
          break;
        }
    });
    return suppressed;
  };
}
