/** The /api routes. Every read goes through EventRepository methods (bound parameters only). */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { actorNetwork, countryCounts } from '../analysis/network.js';
import { dyadSeries } from '../analysis/series.js';
import type { RedLineCrossing } from '../model/redline.js';
import type { EventRepository } from '../store/repository.js';
import {
  Article,
  ArticleList,
  CountriesResponse,
  ErrorBody,
  EventDetail,
  EventList,
  EventsQuery,
  FilterQuery,
  IdParams,
  IngestBody,
  IngestResponse,
  NetworkResponse,
  PageQuery,
  RedLinesQuery,
  RedLinesResponse,
  SeriesQuery,
  SeriesResponse,
  StatsResponse,
  TimelineResponse,
} from './contract.js';
import { eventSpans, timeline, toFilter } from './query.js';
import type { IngestFn } from './server.js';
import { normaliseDate } from '../ingest/date.js';
import { RedlineError } from '../util/errors.js';

export interface ApiOptions {
  repo: EventRepository;
  token: string | null;
  ingest?: IngestFn;
}

const errors = { 400: ErrorBody, 404: ErrorBody };
const MAX_SERIES = 50;

class HttpError extends Error {
  constructor(
    readonly statusCode: number,
    message: string,
  ) {
    super(message);
  }
}

/** optional article metadata as explicit nulls */
const withNulls = <
  T extends { title?: string | null; url?: string | null; outlet?: string | null; published?: string | null },
>(
  a: T,
) => ({
  ...a,
  title: a.title ?? null,
  url: a.url ?? null,
  outlet: a.outlet ?? null,
  published: a.published ?? null,
});

const digest = (s: string) => createHash('sha256').update(s).digest();

export const apiRoutes: FastifyPluginAsyncTypebox<ApiOptions> = async (app, { repo, token, ingest }) => {
  app.get(
    '/events',
    {
      schema: {
        summary: 'List events (filtered, sorted, paged)',
        querystring: EventsQuery,
        response: { 200: EventList, ...errors },
      },
    },
    async (req) => {
      const filter = toFilter(req.query);
      const limit = req.query.limit ?? 50;
      const offset = req.query.offset ?? 0;
      const { total, rows } = await repo.listEvents({ ...filter, limit, offset, sort: req.query.sort });
      return { total, limit, offset, rows };
    },
  );

  app.get(
    '/events/:id',
    {
      schema: {
        summary: 'One event with its article text and the evidence spans to highlight',
        params: IdParams,
        response: { 200: EventDetail, ...errors },
      },
    },
    async (req) => {
      const event = await repo.getEvent(req.params.id);
      if (!event) throw new HttpError(404, `unknown event: ${req.params.id}`);
      const article = await repo.getArticle(event.articleId);
      return {
        event,
        article: article ? withNulls(article) : null,
        spans: eventSpans(event, article?.text ?? null),
        rule: event.rule,
        modality: event.modality,
      };
    },
  );

  app.get(
    '/series',
    {
      schema: {
        summary: 'Dyad-by-day series with the escalation index (source → target)',
        querystring: SeriesQuery,
        response: { 200: SeriesResponse, ...errors },
      },
    },
    async (req) => {
      const { source, target, minEvents, ...rest } = req.query;
      const series = await dyadSeries(repo, { source, target, minEvents, filter: toFilter(rest) });
      return { series: series.slice(0, MAX_SERIES) };
    },
  );

  app.get(
    '/timeline',
    {
      schema: {
        summary: 'Events per day by quad class',
        querystring: FilterQuery,
        response: { 200: TimelineResponse, ...errors },
      },
    },
    async (req) => timeline(repo.allEvents(toFilter(req.query))),
  );

  app.get(
    '/network',
    {
      schema: {
        summary: 'Actor network: actors and dyads with mean Goldstein',
        querystring: FilterQuery,
        response: { 200: NetworkResponse, ...errors },
      },
    },
    async (req) => actorNetwork(repo, toFilter(req.query)),
  );

  app.get(
    '/countries',
    {
      schema: {
        summary: 'Events per country (for the map)',
        querystring: FilterQuery,
        response: { 200: CountriesResponse, ...errors },
      },
    },
    async (req) => ({ countries: await countryCounts(repo, toFilter(req.query)) }),
  );

  app.get(
    '/redlines',
    {
      schema: {
        summary: 'Red lines with their crossings',
        querystring: RedLinesQuery,
        response: { 200: RedLinesResponse, ...errors },
      },
    },
    async (req) => {
      const lines = await repo.listRedLines(req.query.status ? { status: req.query.status } : {});
      const byLine = new Map<string, RedLineCrossing[]>();
      for (const c of await repo.listCrossings()) {
        const list = byLine.get(c.redLineId) ?? [];
        list.push(c);
        byLine.set(c.redLineId, list);
      }
      return { redLines: lines.map((l) => ({ ...l, crossings: byLine.get(l.id) ?? [] })) };
    },
  );

  app.get(
    '/articles',
    {
      schema: {
        summary: 'List stored articles (paged)',
        querystring: PageQuery,
        response: { 200: ArticleList, ...errors },
      },
    },
    async (req) => {
      const limit = req.query.limit ?? 50;
      const offset = req.query.offset ?? 0;
      const { total, rows } = await repo.listArticles(limit, offset);
      return {
        total,
        limit,
        offset,
        rows: rows.map(({ text, contentHash: _h, ...a }) => ({ ...withNulls(a), chars: text.length })),
      };
    },
  );

  app.get(
    '/articles/:id',
    {
      schema: {
        summary: 'One article with its text',
        params: IdParams,
        response: { 200: Article, ...errors },
      },
    },
    async (req) => {
      const a = await repo.getArticle(req.params.id);
      if (!a) throw new HttpError(404, `unknown article: ${req.params.id}`);
      return withNulls(a);
    },
  );

  app.get('/stats', { schema: { summary: 'Store statistics', response: { 200: StatsResponse } } }, async () =>
    repo.stats(),
  );

  if (token) {
    const expected = digest(token);
    app.post(
      '/articles',
      {
        schema: {
          summary: 'Code and store one article (needs a configured token)',
          security: [{ bearer: [] }],
          body: IngestBody,
          response: { 201: IngestResponse, 401: ErrorBody, 400: ErrorBody, 413: ErrorBody, 501: ErrorBody },
        },
        // before the body is read: unauthorised requests never reach parsing or validation
        onRequest: async (req) => {
          const m = /^Bearer (.+)$/.exec(req.headers.authorization ?? '');
          if (!m || !timingSafeEqual(digest(m[1]), expected)) {
            throw new HttpError(401, 'missing or invalid bearer token');
          }
        },
      },
      async (req, reply) => {
        if (!ingest) throw new HttpError(501, 'ingestion is not configured on this server');
        const b = req.body;
        // (the schema checks the form only: "2026-02-31" and "2026-03-04T10:00:00Z" pass it)
        const published = b.published === undefined ? null : normaliseDate(b.published);
        if (b.published !== undefined && published === null)
          throw new RedlineError('R107', `invalid published date "${b.published}" (expected YYYY-MM-DD)`);
        const id = b.id ?? `api-${createHash('sha256').update(b.text).digest('hex').slice(0, 16)}`;
        const r = await ingest({
          id,
          text: b.text,
          title: b.title ?? null,
          url: b.url ?? null,
          outlet: b.outlet ?? null,
          published,
        });
        return reply.status(201).send({ id, events: r.events });
      },
    );
  }
};
