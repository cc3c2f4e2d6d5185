/**
 * The public event format (documented in docs/event-format.md). `redline code --format jsonl`
 * prints one `CodedEvent` per line; the store, API and exports all use this shape.
 * Offsets are UTF-16 indices into the article text as given.
 */
export type Modality = 'actual' | 'threat' | 'conditional' | 'negated' | 'future' | 'hypothetical';
export const MODALITIES: readonly Modality[] = [
  'actual',
  'threat',
  'conditional',
  'negated',
  'future',
  'hypothetical',
];

export interface OffsetSpan {
  start: number;
  end: number;
}

export interface TextSpan extends OffsetSpan {
  text: string;
}

export interface ActorRef {
  /** CAMEO-style actor code: country + role ("RUSGOV"), or org ("NATO"), or org + role */
  code: string;
  /** ISO3 / CAMEO country code, or null for IGOs and the West */
  country: string | null;
  /** CAMEO role/sector ("GOV", "MIL", ...) or null */
  role: string | null;
  /** organisation or bloc ("NATO", "EU", "UN", "WST") or null */
  org: string | null;
  /** the surface text or canonical person name that was coded */
  name: string;
  start: number;
  end: number;
}

export interface ConditionRef extends TextSpan {
  /** the condition coded as an event of its own, when possible (actors and CAMEO code) */
  source: ActorRef | null;
  target: ActorRef | null;
  code: string | null;
  /** every coordinated subject of the condition ("the United States and NATO allies") */
  subjects: ActorRef[];
  /** every actor named in the condition (subjects, objects, places), in text order */
  actors: ActorRef[];
}

export interface QuoteRef {
  speaker: string | null;
  start: number;
  end: number;
}

export interface CodedEvent {
  /** stable id within the article: `${articleId}:${index}` */
  id: string;
  articleId: string;
  /** CAMEO event code, e.g. "0232" */
  code: string;
  /** CAMEO root, e.g. "02" */
  root: string;
  goldstein: number;
  quadClass: 1 | 2 | 3 | 4;
  plover: { type: string; mode: string | null };
  modality: Modality;
  condition: ConditionRef | null;
  /** ISO date, day or coarser ("2024-09-12", "2024-09", "2022") */
  date: string;
  dateOrigin: 'text' | 'published';
  source: ActorRef | null;
  target: ActorRef | null;
  /** sentence or clause that carries the event */
  evidence: TextSpan;
  /** the trigger (verb or noun) that matched */
  trigger: TextSpan;
  /** id of the lexicon pattern (or built-in rule) that matched */
  rule: string;
  quote: QuoteRef | null;
}
