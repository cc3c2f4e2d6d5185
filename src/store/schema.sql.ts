/**
 * DuckDB DDL for the Redline store. Documented column by column in docs/schema.md.
 * Each migration is a list of statements applied in one transaction; `schema_migrations` records
 * the versions applied. Append new migrations, never edit an applied one.
 */
export const SCHEMA_VERSION = 2;

export const SCHEMA_V1: readonly string[] = [
  `CREATE TABLE IF NOT EXISTS articles (
    id           VARCHAR PRIMARY KEY,
    content_hash VARCHAR NOT NULL UNIQUE,
    url          VARCHAR,
    outlet       VARCHAR,
    published    VARCHAR,
    title        VARCHAR,
    text         VARCHAR NOT NULL,
    ingested_at  TIMESTAMP NOT NULL
  )`,
  `CREATE TABLE IF NOT EXISTS events (
    id             VARCHAR PRIMARY KEY,
    article_id     VARCHAR NOT NULL,
    code           VARCHAR NOT NULL,
    root           VARCHAR NOT NULL,
    goldstein      DOUBLE NOT NULL CHECK (goldstein >= -10 AND goldstein <= 10),
    quad_class     INTEGER NOT NULL CHECK (quad_class BETWEEN 1 AND 4),
    plover_type    VARCHAR NOT NULL,
    plover_mode    VARCHAR,
    modality       VARCHAR NOT NULL CHECK (modality IN
                     ('actual','threat','conditional','negated','future','hypothetical')),
    condition_text  VARCHAR,
    condition_start INTEGER,
    condition_end   INTEGER,
    condition_json  VARCHAR,
    date           VARCHAR NOT NULL,
    date_start     DATE,
    date_end       DATE,
    date_origin    VARCHAR NOT NULL CHECK (date_origin IN ('text','published')),
    source_code    VARCHAR,
    source_country VARCHAR,
    source_role    VARCHAR,
    source_org     VARCHAR,
    source_name    VARCHAR,
    source_start   INTEGER,
    source_end     INTEGER,
    target_code    VARCHAR,
    target_country VARCHAR,
    target_role    VARCHAR,
    target_org     VARCHAR,
    target_name    VARCHAR,
    target_start   INTEGER,
    target_end     INTEGER,
    evidence_start INTEGER NOT NULL,
    evidence_end   INTEGER NOT NULL,
    evidence_text  VARCHAR NOT NULL,
    trigger_start  INTEGER NOT NULL,
    trigger_end    INTEGER NOT NULL,
    trigger_text   VARCHAR NOT NULL,
    rule           VARCHAR NOT NULL,
    quote_speaker  VARCHAR,
    quote_start    INTEGER,
    quote_end      INTEGER,
    cluster_id     VARCHAR
  )`,
  `CREATE INDEX IF NOT EXISTS events_article_idx ON events (article_id)`,
  `CREATE TABLE IF NOT EXISTS actors (
    code    VARCHAR PRIMARY KEY,
    country VARCHAR,
    role    VARCHAR,
    org     VARCHAR,
    name    VARCHAR
  )`,
  `CREATE TABLE IF NOT EXISTS mentions (
    event_id       VARCHAR NOT NULL,
    article_id     VARCHAR NOT NULL,
    evidence_start INTEGER NOT NULL,
    evidence_end   INTEGER NOT NULL
  )`,
  `CREATE TABLE IF NOT EXISTS red_lines (
    id              VARCHAR PRIMARY KEY,
    article_id      VARCHAR NOT NULL,
    event_id        VARCHAR NOT NULL,
    date            VARCHAR NOT NULL,
    holder_code     VARCHAR,
    holder_json     VARCHAR,
    addressees_json VARCHAR NOT NULL,
    condition_text  VARCHAR NOT NULL,
    condition_start INTEGER NOT NULL,
    condition_end   INTEGER NOT NULL,
    condition_json  VARCHAR NOT NULL,
    response_text   VARCHAR NOT NULL,
    response_code   VARCHAR NOT NULL,
    status          VARCHAR NOT NULL CHECK (status IN ('open','possibly-met','met','withdrawn')),
    evidence_start  INTEGER NOT NULL,
    evidence_end    INTEGER NOT NULL,
    evidence_text   VARCHAR NOT NULL,
    updated_at      TIMESTAMP NOT NULL
  )`,
  `CREATE TABLE IF NOT EXISTS red_line_crossings (
    red_line_id    VARCHAR NOT NULL,
    event_id       VARCHAR NOT NULL,
    article_id     VARCHAR NOT NULL,
    date           VARCHAR NOT NULL,
    lag_days       INTEGER NOT NULL,
    status         VARCHAR NOT NULL CHECK (status IN ('met','possibly-met')),
    reason         VARCHAR NOT NULL,
    evidence_start INTEGER NOT NULL,
    evidence_end   INTEGER NOT NULL,
    evidence_text  VARCHAR NOT NULL,
    PRIMARY KEY (red_line_id, event_id)
  )`,
];

/**
 * v2: `articles` without its two indexes (PRIMARY KEY id, UNIQUE content_hash). DuckDB keeps an ART index
 * wholly in memory, inside `memory_limit`: at ~150 bytes per article the two grew to 153 MB over a 1.2-million-
 * article (1 GB) ingest, and with the limit at 128 MB the ingest failed ("failed to pin block") after 600,000
 * articles; at the 256 MB default it would have after ~2 million. The store checks both keys itself before every
 * insert (its fingerprints of stored keys, then SQL for a fingerprint it holds, inside the batch's transaction;
 * DuckDB lets one process write a file), so the indexes only guarded what the writer already guarantees. Events
 * (a seventh as many rows) keep theirs.
 */
export const SCHEMA_V2: readonly string[] = [
  `CREATE TABLE articles_v2 (
    id           VARCHAR NOT NULL,
    content_hash VARCHAR NOT NULL,
    url          VARCHAR,
    outlet       VARCHAR,
    published    VARCHAR,
    title        VARCHAR,
    text         VARCHAR NOT NULL,
    ingested_at  TIMESTAMP NOT NULL
  )`,
  'INSERT INTO articles_v2 SELECT id, content_hash, url, outlet, published, title, text, ingested_at FROM articles',
  'DROP TABLE articles',
  'ALTER TABLE articles_v2 RENAME TO articles',
];

export const MIGRATIONS: ReadonlyArray<{ version: number; statements: readonly string[] }> = [
  { version: 1, statements: SCHEMA_V1 },
  { version: 2, statements: SCHEMA_V2 },
];

export const MIGRATIONS_TABLE = `CREATE TABLE IF NOT EXISTS schema_migrations (
  version    INTEGER PRIMARY KEY,
  applied_at TIMESTAMP NOT NULL
)`;
