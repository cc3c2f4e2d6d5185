/**
 * The REST API contract: TypeBox schemas for every request and response, and their static types.
 * Shared by the Fastify server (validation, serialisation, OpenAPI) and the web dashboard (types
 * only). Keep this module free of Node imports: the browser bundle reads it.
 */
import { Type, type Static, type TProperties, type TSchema } from 'typebox';

const Nullable = <T extends TSchema>(t: T) => Type.Union([t, Type.Null()]);
const Str = () => Type.String();
const Int = () => Type.Integer();
const NStr = () => Nullable(Str());

// prettier-ignore
export const MODALITY_VALUES = ['actual', 'threat', 'conditional', 'negated', 'future', 'hypothetical'] as const;
export const SORT_VALUES = ['date', '-date', 'goldstein', '-goldstein'] as const;
export const RED_LINE_STATUSES = ['open', 'possibly-met', 'met', 'withdrawn'] as const;
// prettier-ignore
export const QUAD_LABELS = ['Verbal cooperation', 'Material cooperation', 'Verbal conflict', 'Material conflict'] as const;
export const SPAN_KINDS = ['evidence', 'condition', 'source', 'target', 'trigger'] as const;
/** the largest page the API returns */
export const MAX_PAGE = 1000;

const Literals = <const T extends string[]>(vals: readonly [...T]) => Type.Enum(vals);
/** a query-string object: unknown parameters are dropped */
const Query = <P extends TProperties>(props: P) => Type.Object(props, { additionalProperties: false });
const Page = {
  limit: Type.Optional(Type.Integer({ minimum: 0, maximum: MAX_PAGE, default: 50 })),
  offset: Type.Optional(Type.Integer({ minimum: 0, maximum: 10_000_000, default: 0 })),
};

export const ErrorBody = Type.Object({ error: Type.Object({ code: Str(), message: Str() }) });
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
export const FilterQuery = Query(filterProps);
export type FilterQuery = Static<typeof FilterQuery>;

export const EventsQuery = Query({ ...filterProps, ...Page, sort: Type.Optional(Literals(SORT_VALUES)) });
export type EventsQuery = Static<typeof EventsQuery>;

export const SeriesQuery = Query({
  ...filterProps,
  minEvents: Type.Optional(Type.Integer({ minimum: 1, maximum: 100_000 })),
});
export type SeriesQuery = Static<typeof SeriesQuery>;

export const IdParams = Type.Object({ id: Type.String({ minLength: 1, maxLength: 300 }) });
export type IdParams = Static<typeof IdParams>;

export const PageQuery = Query(Page);
export type PageQuery = Static<typeof PageQuery>;

export const RedLinesQuery = Query({ status: Type.Optional(Literals(RED_LINE_STATUSES)) });
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

export const IngestResponse = Type.Object({ id: Str(), events: Int() });
export type IngestResponse = Static<typeof IngestResponse>;

// ---------- responses ----------

export const ActorRef = Type.Object({
  code: Str(),
  country: NStr(),
  role: NStr(),
  org: NStr(),
  name: Str(),
  start: Int(),
  end: Int(),
});
export type ActorRef = Static<typeof ActorRef>;

export const TextSpan = Type.Object({ start: Int(), end: Int(), text: Str() });
export type TextSpan = Static<typeof TextSpan>;

export const Event = Type.Object({
  id: Str(),
  articleId: Str(),
  code: Str(),
  root: Str(),
  goldstein: Type.Number(),
  quadClass: Type.Integer({ minimum: 1, maximum: 4 }),
  plover: Type.Object({ type: Str(), mode: NStr() }),
  modality: Literals(MODALITY_VALUES),
  condition: Nullable(
    Type.Object({
      text: Str(),
      start: Int(),
      end: Int(),
      source: Nullable(ActorRef),
      target: Nullable(ActorRef),
      code: NStr(),
      subjects: Type.Optional(Type.Array(ActorRef)),
    }),
  ),
  date: Str(),
  dateOrigin: Literals(['text', 'published'] as const),
  source: Nullable(ActorRef),
  target: Nullable(ActorRef),
  evidence: TextSpan,
  trigger: TextSpan,
  rule: Str(),
  quote: Nullable(Type.Object({ speaker: NStr(), start: Int(), end: Int() })),
  clusterId: NStr(),
  numMentions: Int(),
  numSources: Int(),
  numArticles: Int(),
  articleUrl: NStr(),
  articleOutlet: NStr(),
  published: NStr(),
  ingestedAt: NStr(),
});
export type Event = Static<typeof Event>;

export const EventList = Type.Object({
  total: Int(),
  limit: Int(),
  offset: Int(),
  rows: Type.Array(Event),
});
export type EventList = Static<typeof EventList>;

const articleMeta = {
  id: Str(),
  title: NStr(),
  url: NStr(),
  outlet: NStr(),
  published: NStr(),
  ingestedAt: Str(),
};
export const Article = Type.Object({ ...articleMeta, contentHash: Str(), text: Str() });
export type Article = Static<typeof Article>;
export const ArticleListItem = Type.Object({ ...articleMeta, chars: Int() });
export type ArticleListItem = Static<typeof ArticleListItem>;
export const ArticleList = Type.Object({
  total: Int(),
  limit: Int(),
  offset: Int(),
  rows: Type.Array(ArticleListItem),
});
export type ArticleList = Static<typeof ArticleList>;

export const Span = Type.Object({
  kind: Literals(SPAN_KINDS),
  start: Int(),
  end: Int(),
  text: Str(),
});
export type Span = Static<typeof Span>;

/** an event with its article and the spans to highlight (offsets into article.text) */
export const EventDetail = Type.Object({
  event: Event,
  article: Nullable(Article),
  spans: Type.Array(Span),
  rule: Str(),
  modality: Literals(MODALITY_VALUES),
});
export type EventDetail = Static<typeof EventDetail>;

export const SeriesPoint = Type.Object({
  date: Str(),
  events: Int(),
  byQuad: Type.Array(Int(), { minItems: 4, maxItems: 4 }),
  goldsteinSum: Type.Number(),
  goldsteinMean: Type.Number(),
  conflictWeight: Type.Number(),
  cooperationWeight: Type.Number(),
  escalation: Type.Number(),
  zScore: Nullable(Type.Number()),
  spike: Type.Boolean(),
});
export const SeriesResponse = Type.Object({
  series: Type.Array(Type.Object({ source: Str(), target: Str(), points: Type.Array(SeriesPoint) })),
});
export type SeriesResponse = Static<typeof SeriesResponse>;

export const TimelineResponse = Type.Object({
  /** events per day (day-precision dates only) by quad class 1..4 */
  days: Type.Array(Type.Object({ date: Str(), byQuad: Type.Array(Int(), { minItems: 4, maxItems: 4 }) })),
  /** events whose date is coarser than a day (left out of `days`) */
  undated: Int(),
});
export type TimelineResponse = Static<typeof TimelineResponse>;

export const NetworkResponse = Type.Object({
  nodes: Type.Array(Type.Object({ id: Str(), label: Str(), events: Int() })),
  edges: Type.Array(
    Type.Object({
      source: Str(),
      target: Str(),
      events: Int(),
      meanGoldstein: Type.Number(),
      conflict: Int(),
    }),
  ),
});
export type NetworkResponse = Static<typeof NetworkResponse>;

export const CountriesResponse = Type.Object({
  countries: Type.Array(
    Type.Object({
      country: Str(),
      events: Int(),
      conflict: Int(),
      cooperation: Int(),
    }),
  ),
});
export type CountriesResponse = Static<typeof CountriesResponse>;

const ConstraintSet = {
  sources: Type.Array(Str()),
  targets: Type.Array(Str()),
  roots: Type.Array(Str()),
  codes: Type.Array(Str()),
  terms: Type.Array(Str()),
};
export const Crossing = Type.Object({
  redLineId: Str(),
  eventId: Str(),
  articleId: Str(),
  date: Str(),
  lagDays: Type.Number(),
  status: Literals(['met', 'possibly-met'] as const),
  reason: Str(),
  evidence: TextSpan,
});
export type Crossing = Static<typeof Crossing>;

export const RedLine = Type.Object({
  id: Str(),
  articleId: Str(),
  eventId: Str(),
  date: Str(),
  holder: Nullable(ActorRef),
  addressees: Type.Array(ActorRef),
  condition: Type.Object({
    text: Str(),
    start: Int(),
    end: Int(),
    ...ConstraintSet,
    alternatives: Type.Optional(Type.Array(Type.Object(ConstraintSet))),
    negated: Type.Optional(Type.Boolean()),
  }),
  response: Type.Object({ text: Str(), code: Str() }),
  status: Literals(RED_LINE_STATUSES),
  evidence: TextSpan,
  crossings: Type.Array(Crossing),
});
export type RedLine = Static<typeof RedLine>;
export const RedLinesResponse = Type.Object({ redLines: Type.Array(RedLine) });
export type RedLinesResponse = Static<typeof RedLinesResponse>;

export const StatsResponse = Type.Object({
  articles: Int(),
  events: Int(),
  actors: Int(),
  mentions: Int(),
  clusters: Int(),
  redLines: Int(),
  crossings: Int(),
  dateRange: Nullable(Type.Object({ from: Str(), to: Str() })),
});
export type StatsResponse = Static<typeof StatsResponse>;
