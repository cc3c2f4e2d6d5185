/**
 * The Redline HTTP server: the REST API under /api (routes.ts), its OpenAPI description at
 * /api/docs, and the dashboard (web/dist) at /. The API reads through an EventRepository only;
 * the one write endpoint (POST /api/articles) is off unless a token is configured and calls an
 * injected `ingest` function.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import Fastify, { type FastifyError, type FastifyInstance } from 'fastify';
import { openStore } from '../app/store.js';
import { ingestItems } from '../app/ingest.js';
import type { Article } from '../model/article.js';
import type { EventRepository } from '../store/repository.js';
import { ROOT } from '../util/root.js';
import { type ErrorCode, isRedlineError } from '../util/errors.js';
import { apiRoutes } from './routes.js';

export const BODY_LIMIT = 1024 * 1024;
export const DEFAULT_WEB_DIR = join(ROOT, 'web', 'dist');

/** codes and stores one article (wired by the integrator: coder + a writable store) */
export type IngestFn = (article: Article) => Promise<{ events: number }>;

export interface ServerOptions {
  repo: EventRepository;
  /** bearer token for the write endpoint; null/empty: POST /api/articles is off (404) */
  token?: string | null;
  /** built dashboard (default web/dist) */
  webDir?: string;
  logger?: boolean;
  ingest?: IngestFn;
}

/** the dashboard's Content-Security-Policy: same origin only */
const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "font-src 'self' data:",
  "object-src 'none'",
  "base-uri 'self'",
  "frame-ancestors 'none'",
].join('; ');

const NOT_BUILT = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Redline</title>
<link rel="icon" href="data:,"></head><body style="font-family:system-ui;margin:3rem">
<h1>Redline dashboard not built</h1><p>The dashboard files (web/dist) are missing:
run <code>npm run build:web</code> and restart the server.</p>
<p>The API is available under <a href="api/stats">/api</a> (docs at <a href="api/docs">/api/docs</a>).</p>
</body></html>`;

function errorStatus(err: FastifyError): number {
  if (err.validation) return 400;
  // input errors (R1xx: an empty or binary article), a bad filter (R400), a bad parameter (R500)
  if (isRedlineError(err)) return /^R1|^R400$|^R500$/.test(err.code) ? 400 : 500;
  const s = err.statusCode ?? 500;
  return s >= 400 && s < 600 ? s : 500;
}

/** the stable code of an API error: a RedlineError's own, else the one for its HTTP status (docs/errors.md) */
function errorCode(err: FastifyError, status: number): ErrorCode {
  if (isRedlineError(err) && status < 500) return err.code;
  if (status === 401 || status === 403) return 'R502';
  if (status === 404) return 'R501';
  if (status === 413) return 'R103';
  if (status === 501) return 'R503';
  return status >= 500 ? 'R504' : 'R500';
}

export async function buildServer(opts: ServerOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: opts.logger ?? false,
    bodyLimit: BODY_LIMIT,
    ajv: {
      customOptions: { coerceTypes: 'array', removeAdditional: true, useDefaults: true, allErrors: false },
    },
  }).withTypeProvider<TypeBoxTypeProvider>();

  app.setErrorHandler((err: FastifyError, req, reply) => {
    const status = errorStatus(err);
    if (status >= 500) req.log.error(err);
    const message =
      status >= 500 && status !== 501
        ? 'internal server error'
        : err.validation
          ? `invalid ${err.validationContext ?? 'request'}: ${err.message}`
          : isRedlineError(err)
            ? err.message.slice(err.code.length + 1) // the code is in its own field
            : err.message;
    return reply.status(status).send({ error: { code: errorCode(err, status), message } });
  });
  app.setNotFoundHandler((req, reply) =>
    reply
      .status(404)
      .send({ error: { code: 'R501', message: `not found: ${req.method} ${req.url.split('?')[0]}` } }),
  );
  app.addHook('onSend', async (req, reply, payload) => {
    reply.header('X-Content-Type-Options', 'nosniff');
    reply.header('Referrer-Policy', 'no-referrer');
    if (!req.url.startsWith('/api/')) reply.header('Content-Security-Policy', CSP);
    return payload;
  });

  await app.register(fastifySwagger, {
    openapi: {
      info: {
        title: 'Redline API',
        description: 'CAMEO events coded from international-politics news, red lines and their crossings',
        version: '0.1.0',
      },
      components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
    },
  });
  await app.register(fastifySwaggerUi, {
    routePrefix: '/api/docs',
    uiConfig: { validatorUrl: null, deepLinking: false },
    // swagger-ui sets inline styles; everything else stays same-origin
    staticCSP:
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:",
  });

  await app.register(apiRoutes, {
    prefix: '/api',
    repo: opts.repo,
    token: opts.token ? opts.token : null,
    ingest: opts.ingest,
  });

  const webDir = opts.webDir ?? DEFAULT_WEB_DIR;
  if (existsSync(`${webDir}/index.html`)) {
    await app.register(fastifyStatic, { root: webDir, prefix: '/', index: ['index.html'] });
  } else {
    app.get('/', { schema: { hide: true } }, (_req, reply) =>
      reply.status(503).type('text/html').send(NOT_BUILT),
    );
  }
  await app.ready();
  return app as unknown as FastifyInstance;
}

export interface StartOptions {
  db: string;
  port?: number;
  host?: string;
  token?: string | null;
  webDir?: string;
  logger?: boolean;
  ingest?: IngestFn;
}

/** open the store read-only and listen; `close` stops the server and closes the store */
export async function startServer(
  opts: StartOptions,
): Promise<{ url: string; app: FastifyInstance; close: () => Promise<void> }> {
  const { db, port = 8080, host = '127.0.0.1', token = process.env.REDLINE_TOKEN ?? null } = opts;
  // read-only unless a token turns the write endpoint on; then POST /api/articles codes and stores
  const writable = !!token && !opts.ingest;
  const repo = await openStore(db, { readOnly: !writable });
  const ingest =
    opts.ingest ??
    (writable
      ? async (article: Article) => {
          const items = (async function* () {
            yield { ok: true as const, origin: 'api', article };
          })();
          const s = await ingestItems(repo, items, { progress: null });
          return { events: s.events };
        }
      : undefined);
  let app: FastifyInstance;
  try {
    app = await buildServer({ repo, token, webDir: opts.webDir, logger: opts.logger, ingest });
    await app.listen({ port, host });
  } catch (e) {
    await repo.close();
    throw e;
  }
  const addr = app.server.address();
  const actualPort = typeof addr === 'object' && addr ? addr.port : port;
  const shownHost = host.includes(':') ? `[${host}]` : host;
  return {
    url: `http://${shownHost}:${actualPort}/`,
    app,
    close: async () => {
      await app.close();
      await repo.close();
    },
  };
}
