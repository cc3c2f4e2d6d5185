/**
 * The document store: one per article. Every stage reads and adds standoff annotations (character
 * spans into `text`, UTF-16 offsets) instead of copying strings around.
 */
import type { Article } from './article.js';
import type { CodedEvent } from './event.js';

/** roles of non-state groups: their forces and officials act as the group (compounds.ts treats "a Houthi official" so) */
const NON_STATE_GROUP = /^(REB|INS|SEP|OPP|UAF|LAB|ENV|NGO|HRI|RAD)$/;
/** nouns naming a possessor's state ("their countries", "his government"): the pronoun mention spans them */
export const STATE_NOUN = /^(country|countries|nation|nations|state|states|government|governments|homeland)$/;
/** of those, the ones that name the state even after a group ("the rebels' government" is the rebels') */
const POSSESSED_STATE = /\s(country|countries|nation|nations|state|states|homeland)$/;

export interface Span {
  start: number;
  end: number;
}

export interface Sentence extends Span {
  index: number;
  paragraph: number;
  /** token index range [tokenStart, tokenEnd) */
  tokenStart: number;
  tokenEnd: number;
  /** first line of the article without final punctuation */
  headline: boolean;
}

export interface Token extends Span {
  i: number;
  text: string;
  lower: string;
  lemma: string;
  /** Universal POS tag from the NLP library */
  pos: string;
  sentence: number;
}

export type MentionKind = 'country' | 'person' | 'org' | 'metonym' | 'compound' | 'pronoun' | 'role';

export interface ActorMention extends Span {
  id: number;
  tokenStart: number;
  tokenEnd: number;
  sentence: number;
  text: string;
  kind: MentionKind;
  country: string | null;
  role: string | null;
  org: string | null;
  /** canonical name: person's full name, country or organisation name, or the text */
  name: string;
  /** person only */
  gender?: 'm' | 'f' | null;
  /** person only: the title held on the article date ("President") */
  title?: string | null;
  /** a compound naming one person ("Montenegro's prime minister"): a he/she antecedent; a demonym naming one
   * person of a people ("a Briton"), which is no evidence of the story's country */
  onePerson?: boolean;
  /** object of a locative preposition ("in Kyiv"): a place, not an actor, unless a rule says so */
  locative: boolean;
  /** pronoun or definite description resolved to this mention id */
  antecedent?: number | null;
  /** "both countries": the two mentions it stands for */
  antecedents?: number[];
  /** a modifier inside a compound word ("US-made", "NATO-backed"): never a source or target */
  modifier?: boolean;
  /** a country's capital city standing for its government ("Kabul", "Paris") */
  capital?: boolean;
  /** a named town, region or feature of a country (places.yaml: "Juba", "Khan Younis"), not the state */
  place?: boolean;
  /** the preposition governing the mention ("with" in "relations with Russia"), or null */
  prep?: string | null;
  /** false for mentions that only carry a country (e.g. "Russian territory") and must not be sources */
  agentive: boolean;
}

export interface Quote extends Span {
  /** the quoted words without the quote marks */
  contentStart: number;
  contentEnd: number;
  /** mention id of the speaker (after coreference), or null */
  speaker: number | null;
  speakerName: string | null;
  /** span of the attribution ("Putin stated on Sept. 12") */
  attribution: Span | null;
  /** how the speaker was found: after | before | parenthetical | according-to | previous-sentence */
  attributionRule: string | null;
}

export interface DateMention extends Span {
  text: string;
  sentence: number;
  /** ISO value at the given granularity: 2024-09-12, 2024-09, 2022 */
  value: string;
  granularity: 'day' | 'week' | 'month' | 'year';
}

export interface Diagnostic {
  code: string;
  message: string;
  start?: number;
  end?: number;
}

export class Doc {
  readonly article: Article;
  readonly text: string;
  /**
   * the date relative dates and offices held resolve against: the publication date; for an undated article
   * the date of its lead, else one the offices of its titled people imply (set by the actor stage), else today
   */
  referenceDate: string;
  readonly publishedKnown: boolean;
  /** where `referenceDate` comes from ('dateline': a dateline's day and month, the year the latest possible) */
  referenceFrom: 'published' | 'lead' | 'dateline' | 'people' | 'today';
  sentences: Sentence[] = [];
  tokens: Token[] = [];
  mentions: ActorMention[] = [];
  quotes: Quote[] = [];
  dates: DateMention[] = [];
  events: CodedEvent[] = [];
  diagnostics: Diagnostic[] = [];
  /** which annotation layers are present (checked by the pipeline) */
  readonly layers = new Set<string>();
  /** resolves the date expressions of one sentence (set by the dates stage; see `datesIn`) */
  dateResolver: ((s: Sentence) => DateMention[]) | null = null;
  private readonly datesResolved = new Set<number>();
  private readonly datesBySentence = new Map<number, DateMention[]>();
  private quoteMaxEnd: number[] = [];

  constructor(
    article: Article,
    referenceDate: string,
    publishedKnown: boolean,
    referenceFrom: Doc['referenceFrom'] = publishedKnown ? 'published' : 'today',
  ) {
    this.article = article;
    this.text = article.text;
    this.referenceDate = referenceDate;
    this.publishedKnown = publishedKnown;
    this.referenceFrom = referenceFrom;
  }

  /**
   * The date mentions of sentence `index`, resolved on first use: the dates stage either resolves every
   * sentence up front or (on-demand mode) leaves it to the event stage to ask for the sentences it dates.
   */
  datesIn(index: number): DateMention[] {
    if (this.dateResolver && !this.datesResolved.has(index) && this.sentences[index]) {
      this.datesResolved.add(index);
      const found = this.dateResolver(this.sentences[index]);
      if (found.length) {
        // keep `dates` in text order without re-sorting: sentences are mostly resolved in order (append)
        const ds = this.dates;
        let at = ds.length;
        while (at > 0 && ds[at - 1].start > found[0].start) at--;
        if (at === ds.length) ds.push(...found);
        else ds.splice(at, 0, ...found);
      }
      this.datesBySentence.set(index, found);
    }
    return this.datesBySentence.get(index) ?? this.dates.filter((d) => d.sentence === index);
  }

  /**
   * Mentions that start inside [start, end), by binary search: valid once the actor stage has sorted
   * `mentions` by offset (every later stage reads them that way). Callers check `end` themselves.
   */
  mentionsIn(start: number, end: number): ActorMention[] {
    const ms = this.mentions;
    let lo = 0;
    let hi = ms.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (ms[mid].start < start) lo = mid + 1;
      else hi = mid;
    }
    const out: ActorMention[] = [];
    for (let k = lo; k < ms.length && ms[k].start < end; k++) out.push(ms[k]);
    return out;
  }

  slice(span: Span): string {
    return this.text.slice(span.start, span.end);
  }

  sentenceTokens(s: Sentence): Token[] {
    return this.tokens.slice(s.tokenStart, s.tokenEnd);
  }

  /** index of the first token ending after character offset `pos`: the token at or after it (binary search) */
  tokenIndexAt(pos: number): number {
    let lo = 0;
    let hi = this.tokens.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.tokens[mid].end <= pos) lo = mid + 1;
      else hi = mid - 1;
    }
    return lo;
  }

  /** index of the sentence containing character offset `pos` (binary search) */
  sentenceAt(pos: number): number {
    let lo = 0;
    let hi = this.sentences.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const s = this.sentences[mid];
      if (pos < s.start) hi = mid - 1;
      else if (pos >= s.end) lo = mid + 1;
      else return mid;
    }
    return -1;
  }

  /** the actors a mention stands for: itself resolved, or both antecedents of "both countries" */
  expand(m: ActorMention): ActorMention[] {
    if (m.antecedents?.length)
      return m.antecedents.map((id) => this.actingAs(m, this.resolve(this.mentions[id])));
    return [m.kind === 'pronoun' ? this.resolve(m) : m];
  }

  /**
   * the first quote whose content holds `pos`. Quotes are in order of their opening mark; a prefix maximum
   * of their ends bounds the backward scan, so the lookup stays logarithmic even if two quotes overlap.
   */
  quoteAt(pos: number): Quote | null {
    const qs = this.quotes;
    if (this.quoteMaxEnd.length !== qs.length) {
      this.quoteMaxEnd = [];
      let max = -1;
      for (const q of qs) this.quoteMaxEnd.push((max = Math.max(max, q.contentEnd)));
    }
    let lo = 0;
    let hi = qs.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (qs[mid].contentStart <= pos) lo = mid + 1;
      else hi = mid;
    }
    let found: Quote | null = null;
    for (let k = lo - 1; k >= 0 && this.quoteMaxEnd[k] > pos; k--)
      if (pos >= qs[k].contentStart && pos < qs[k].contentEnd) found = qs[k];
    return found;
  }

  mention(id: number | null | undefined): ActorMention | null {
    if (id === null || id === undefined) return null;
    return this.mentions[id] ?? null;
  }

  /**
   * follow pronoun/definite-description links to the mention that names the actor; a possessive
   * compound ("our army") keeps its own role on the antecedent's country, except that a non-state group's forces or
   * officials are the group ("Chechen rebel leader Doku Umarov said his forces will carry out attacks": RUS REB)
   */
  resolve(m: ActorMention): ActorMention {
    let cur = m;
    for (let i = 0; i < 5 && cur.antecedent !== undefined && cur.antecedent !== null; i++) {
      const next = this.mentions[cur.antecedent];
      if (!next) break;
      cur = next;
    }
    return cur === m ? cur : this.actingAs(m, cur);
  }

  /**
   * the antecedent `cur` of pronoun `m` as the pronoun names it: "its army" is the country's MIL; a group's
   * "its government" stays the group ("the rebels' government"), but "their countries" / "his country" is the
   * possessor's state whoever the possessor is
   */
  private actingAs(m: ActorMention, cur: ActorMention): ActorMention {
    if (m.kind !== 'pronoun' || !m.role) return cur;
    const group =
      (m.role === 'GOV' || m.role === 'MIL') &&
      cur.role !== null &&
      NON_STATE_GROUP.test(cur.role) &&
      !POSSESSED_STATE.test(m.text);
    return { ...cur, role: group ? cur.role : m.role, text: m.text, start: m.start, end: m.end };
  }
}
