/**
 * The REST API contract: TypeBox schemas for every request and response, and their static types.
 * Shared by the Fastify server (validation, serialisation, OpenAPI) and the web dashboard (types
 * only). Keep this module free of Node imports: the browser bundle reads it.
 */
import { Type, type Static, type TSchema } from 'typebox';

const Nullable = <T extends TSchema>(t: T) => Type.Union([t, Type.Null()]);

export const MODALITY_VALUES = ['actual', 'threat', 'conditional', 'negated', 'future', 'hypothetical'] as const;
export const SORT_VALUES = ['date', '-date', 'goldstein', '-goldstein'] as const;
export const RED_LINE_STATUSES = ['open', 'possibly-met', 'met', 'withdrawn'] as const;
export const QUAD_LABELS = ['Verbal cooperation', 'Material cooperation', 'Verbal conflict', 'Material conflict'] as const;
export const SPAN_KINDS = ['evidence', 'condition', 'source', 'target', 'trigger'] as const;
/** the largest page the API returns */
export const MAX_PAGE = 1000;

const Literals = <const T extends string[]>(vals: readonly [...T]) => Type.Enum(vals);

export const ErrorBody = Type.Object({
  error: Type.Object({ code: Type.String(), message: Type.String() }),
});
export type ErrorBody = Static<typeof ErrorBody>;

// ---------- requests ----------

const DATE = '^\\d{4}(-\\d{2}(-\\d{2})?)?$';
const Actor = Type.String({ minLength: 1, maxLength: 100, pattern: '^[A-Za-z0-9:_-]+$' });

const filterProps = {
  actor: Type.Optional(Actor),
  source: Type.Optional(Actor),
  target: Type.Optional(Actor),
  root: Type.Optional(Type.Array(Type.String({ pattern: '^\\d{2}$' }), { maxItems: 20 })),
  code: Type.Optional(Type.Array(Type.String({ pattern: '^\\d{2,4}$' }), { maxItems: 50 })),
  quadClass: Type.Optional(Type.Array(Type.Integer({ minimum: 1, maximum: 4 }), { maxItems: 4 })),
  modality: Type.Optional(Type.Array(Literals(MODALITY_VALUES), { maxItems: 6 })),
  from: Type.Optional(Type.String({ pattern: DATE, description: 'YYYY, YYYY-MM or YYYY-MM-DD' })),
  to: Type.Optional(Type.String({ pattern: DATE, description: 'YYYY, YYYY-MM or YYYY-MM-DD' })),
  q: Type.Optional(Type.String({ maxLength: 200, description: 'case-insensitive text in the evidence' })),
};

/** filters shared by /events, /network, /countries, /timeline and /series */
export const FilterQuery = Type.Object(filterProps, { additionalProperties: false });
export type FilterQuery = Static<typeof FilterQuery>;

export const EventsQuery = Type.Object(
  {
    ...filterProps,
    limit: Type.Optional(Type.Integer({ minimum: 0, maximum: MAX_PAGE, default: 50 })),
    offset: Type.Optional(Type.Integer({ minimum: 0, maximum: 10_000_000, default: 0 })),
    sort: Type.Optional(Literals(SORT_VALUES)),
  },
  { additionalProperties: false },
);
export type EventsQuery = Static<typeof EventsQuery>;

export const SeriesQuery = Type.Object(
  { ...filterProps, minEvents: Type.Optional(Type.Integer({ minimum: 1, maximum: 100_000 })) },
  { additionalProperties: false },
);
export type SeriesQuery = Static<typeof SeriesQuery>;

export const IdParams = Type.Object({ id: Type.String({ minLength: 1, maxLength: 300 }) });
export type IdParams = Static<typeof IdParams>;

export const PageQuery = Type.Object(
  {
    limit: Type.Optional(Type.Integer({ minimum: 0, maximum: MAX_PAGE, default: 50 })),
    offset: Type.Optional(Type.Integer({ minimum: 0, maximum: 10_000_000, default: 0 })),
  },
  { additionalProperties: false },
);
export type PageQuery = Static<typeof PageQuery>;

export const RedLinesQuery = Type.Object(
  { status: Type.Optional(Literals(RED_LINE_STATUSES)) },
  { additionalProperties: false },
);
export type RedLinesQuery = Static<typeof RedLinesQuery>;

export const IngestBody = Type.Object(
  {
    id: Type.Optional(Type.String({ minLength: 1, maxLength: 300 })),
    text: Type.String({ minLength: 1 }),
    title: Type.Optional(Type.String({ maxLength: 2000 })),
    url: Type.Optional(Type.String({ maxLength: 4000 })),
    outlet: Type.Optional(Type.String({ maxLength: 300 })),
    published: Type.Optional(Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}', maxLength: 40 })),
  },
  { additionalProperties: false },
);
export type IngestBody = Static<typeof IngestBody>;

export const IngestResponse = Type.Object({ id: Type.String(), events: Type.Integer() });
export type IngestResponse = Static<typeof IngestResponse>;

// ---------- responses ----------

export const ActorRef = Type.Object({
  code: Type.String(),
  country: Nullable(Type.String()),
  role: Nullable(Type.String()),
  org: Nullable(Type.String()),
  name: Type.String(),
  start: Type.Integer(),
  end: Type.Integer(),
});
export type ActorRef = Static<typeof ActorRef>;

export const TextSpan = Type.Object({ start: Type.Integer(), end: Type.Integer(), text: Type.String() });
export type TextSpan = Static<typeof TextSpan>;

export const Event = Type.Object({
  id: Type.String(),
  articleId: Type.String(),
  code: Type.String(),
  root: Type.String(),
  goldstein: Type.Number(),
  quadClass: Type.Integer({ minimum: 1, maximum: 4 }),
  plover: Type.Object({ type: Type.String(), mode: Nullable(Type.String()) }),
  modality: Literals(MODALITY_VALUES),
  condition: Nullable(
    Type.Object({
      text: Type.String(),
      start: Type.Integer(),
      end: Type.Integer(),
      source: Nullable(ActorRef),
      target: Nullable(ActorRef),
      code: Nullable(Type.String()),
      subjects: Type.Optional(Type.Array(ActorRef)),
    }),
  ),
  date: Type.String(),
  dateOrigin: Literals(['text', 'published'] as const),
  source: Nullable(ActorRef),
  target: Nullable(ActorRef),
  evidence: TextSpan,
  trigger: TextSpan,
  rule: Type.String(),
  quote: Nullable(Type.Object({ speaker: Nullable(Type.String()), start: Type.Integer(), end: Type.Integer() })),
  clusterId: Nullable(Type.String()),
  numMentions: Type.Integer(),
  numSources: Type.Integer(),
  numArticles: Type.Integer(),
  articleUrl: Nullable(Type.String()),
  articleOutlet: Nullable(Type.String()),
  published: Nullable(Type.String()),
  ingestedAt: Nullable(Type.String()),
});
export type Event = Static<typeof Event>;

export const EventList = Type.Object({
  total: Type.Integer(),
  limit: Type.Integer(),
  offset: Type.Integer(),
  rows: Type.Array(Event),
});
export type EventList = Static<typeof EventList>;

const articleMeta = {
  id: Type.String(),
  title: Nullable(Type.String()),
  url: Nullable(Type.String()),
  outlet: Nullable(Type.String()),
  published: Nullable(Type.String()),
  ingestedAt: Type.String(),
};
export const Article = Type.Object({ ...articleMeta, contentHash: Type.String(), text: Type.String() });
export type Article = Static<typeof Article>;
export const ArticleListItem = Type.Object({ ...articleMeta, chars: Type.Integer() });
export type ArticleListItem = Static<typeof ArticleListItem>;
export const ArticleList = Type.Object({
  total: Type.Integer(),
  limit: Type.Integer(),
  offset: Type.Integer(),
  rows: Type.Array(ArticleListItem),
});
export type ArticleList = Static<typeof ArticleList>;

export const Span = Type.Object({
  kind: Literals(SPAN_KINDS),
  start: Type.Integer(),
  end: Type.Integer(),
  text: Type.String(),
});
export type Span = Static<typeof Span>;

/** an event with its article and the spans to highlight (offsets into article.text) */
export const EventDetail = Type.Object({
  event: Event,
  article: Nullable(Article),
  spans: Type.Array(Span),
  rule: Type.String(),
  modality: Literals(MODALITY_VALUES),
});
export type EventDetail = Static<typeof EventDetail>;

export const SeriesPoint = Type.Object({
  date: Type.String(),
  events: Type.Integer(),
  byQuad: Type.Array(Type.Integer(), { minItems: 4, maxItems: 4 }),
  goldsteinSum: Type.Number(),
  goldsteinMean: Type.Number(),
  conflictWeight: Type.Number(),
  cooperationWeight: Type.Number(),
  escalation: Type.Number(),
  zScore: Nullable(Type.Number()),
  spike: Type.Boolean(),
});
export const SeriesResponse = Type.Object({
  series: Type.Array(Type.Object({ source: Type.String(), target: Type.String(), points: Type.Array(SeriesPoint) })),
});
export type SeriesResponse = Static<typeof SeriesResponse>;

export const TimelineResponse = Type.Object({
  /** events per day (day-precision dates only) by quad class 1..4 */
  days: Type.Array(Type.Object({ date: Type.String(), byQuad: Type.Array(Type.Integer(), { minItems: 4, maxItems: 4 }) })),
  /** events whose date is coarser than a day (left out of `days`) */
  undated: Type.Integer(),
});
export type TimelineResponse = Static<typeof TimelineResponse>;

export const NetworkResponse = Type.Object({
  nodes: Type.Array(Type.Object({ id: Type.String(), label: Type.String(), events: Type.Integer() })),
  edges: Type.Array(
    Type.Object({
      source: Type.String(),
      target: Type.String(),
      events: Type.Integer(),
      meanGoldstein: Type.Number(),
      conflict: Type.Integer(),
    }),
  ),
});
export type NetworkResponse = Static<typeof NetworkResponse>;

export const CountriesResponse = Type.Object({
  countries: Type.Array(
    Type.Object({ country: Type.String(), events: Type.Integer(), conflict: Type.Integer(), cooperation: Type.Integer() }),
  ),
});
export type CountriesResponse = Static<typeof CountriesResponse>;

const ConstraintSet = {
  sources: Type.Array(Type.String()),
  targets: Type.Array(Type.String()),
  roots: Type.Array(Type.String()),
  codes: Type.Array(Type.String()),
  terms: Type.Array(Type.String()),
};
export const Crossing = Type.Object({
  redLineId: Type.String(),
  eventId: Type.String(),
  articleId: Type.String(),
  date: Type.String(),
  lagDays: Type.Number(),
  status: Literals(['met', 'possibly-met'] as const),
  reason: Type.String(),
  evidence: TextSpan,
});
export type Crossing = Static<typeof Crossing>;

export const RedLine = Type.Object({
  id: Type.String(),
  articleId: Type.String(),
  eventId: Type.String(),
  date: Type.String(),
  holder: Nullable(ActorRef),
  addressees: Type.Array(ActorRef),
  condition: Type.Object({
    text: Type.String(),
    start: Type.Integer(),
    end: Type.Integer(),
    ...ConstraintSet,
    alternatives: Type.Optional(Type.Array(Type.Object(ConstraintSet))),
  }),
  response: Type.Object({ text: Type.String(), code: Type.String() }),
  status: Literals(RED_LINE_STATUSES),
  evidence: TextSpan,
  crossings: Type.Array(Crossing),
});
export type RedLine = Static<typeof RedLine>;
export const RedLinesResponse = Type.Object({ redLines: Type.Array(RedLine) });
export type RedLinesResponse = Static<typeof RedLinesResponse>;

export const StatsResponse = Type.Object({
  articles: Type.Integer(),
  events: Type.Integer(),
  actors: Type.Integer(),
  mentions: Type.Integer(),
  clusters: Type.Integer(),
  redLines: Type.Integer(),
  crossings: Type.Integer(),
  dateRange: Nullable(Type.Object({ from: Type.String(), to: Type.String() })),
});
export type StatsResponse = Static<typeof StatsResponse>;
