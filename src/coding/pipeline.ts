/** The standard Redline pipeline: tokenize -> actors -> coref -> quotes -> dates -> events. */
import { Pipeline } from '../nlp/pipeline.js';
import { tokenizeStage } from '../nlp/tokenize.js';
import { corefStage } from '../nlp/coref.js';
import { createQuoteStage } from '../nlp/quotes.js';
import { createDateStage, type DateStageOptions } from '../nlp/dates.js';
import { createActorStage } from './actors.js';
import { createEventStage } from './events.js';
import { loadLexicon, type Lexicon } from '../lexicon/load.js';
import type { Article } from '../model/article.js';
import type { Doc } from '../model/document.js';
import type { CodedEvent } from '../model/event.js';

export interface PipelineOptions {
  /**
   * 'all' (default: explain, eval, tests) resolves every date expression in the article; 'on-demand'
   * (ingest, workers, `redline code`) only those in sentences that hold an event, which gives the same
   * events at a fraction of the date-parsing cost.
   */
  dates?: DateStageOptions['mode'];
}

export function createPipeline(lex: Lexicon = loadLexicon(), opts: PipelineOptions = {}): Pipeline {
  return new Pipeline([
    tokenizeStage,
    createActorStage(lex),
    corefStage,
    createQuoteStage(lex),
    createDateStage({ mode: opts.dates ?? 'all' }),
    createEventStage(lex),
  ]);
}

let shared: Pipeline | null = null;

/** code one article with the default lexicon; returns the annotated document */
export function codeArticle(article: Article, pipeline: Pipeline = (shared ??= createPipeline())): Doc {
  return pipeline.run(article);
}

export function codeEvents(article: Article, pipeline?: Pipeline): CodedEvent[] {
  return codeArticle(article, pipeline).events;
}
