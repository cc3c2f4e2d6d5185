import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { Article } from '../model/article.js';
import { RedlineError } from '../util/errors.js';
import { normaliseDate } from './date.js';
import { articleIdFor } from './hash.js';
import { collapseWhitespace, htmlToParagraphs } from './paragraphs.js';

export interface HtmlOptions {
  /** article id; default: derived from the content hash */
  id?: string;
  /** where the HTML came from, for error messages */
  where?: string;
}

type Doc = ReturnType<typeof parseHTML>['document'];

/** Page chrome removed before extraction, so it can never leak into the main text. */
const CHROME =
  'script, style, noscript, template, nav, footer, aside, form, iframe, ' +
  '[role="navigation"], [role="contentinfo"], [role="banner"], [aria-hidden="true"]';

function meta(doc: Doc, ...keys: string[]): string | null {
  for (const key of keys) {
    for (const attr of ['property', 'name', 'itemprop']) {
      const el = doc.querySelector(`meta[${attr}="${key}"]`);
      const v = el?.getAttribute('content');
      if (v && v.trim()) return collapseWhitespace(v);
    }
  }
  return null;
}

function linkHref(doc: Doc, rel: string): string | null {
  const v = doc.querySelector(`link[rel="${rel}"]`)?.getAttribute('href');
  return v && v.trim() ? v.trim() : null;
}

/** Metadata read before readability touches (and rewrites) the document. */
export interface HtmlMeta {
  title: string | null;
  published: string | null;
  outlet: string | null;
  url: string | null;
}

export function extractMeta(doc: Doc): HtmlMeta {
  const docTitle = doc.querySelector('title')?.textContent;
  const title = meta(doc, 'og:title') ?? (docTitle ? collapseWhitespace(docTitle) || null : null);
  const rawDate =
    meta(doc, 'article:published_time', 'og:published_time', 'date', 'pubdate', 'datePublished', 'dc.date') ??
    doc.querySelector('time[datetime]')?.getAttribute('datetime') ??
    null;
  return {
    title,
    published: normaliseDate(rawDate),
    outlet: meta(doc, 'og:site_name'),
    url: linkHref(doc, 'canonical') ?? meta(doc, 'og:url'),
  };
}

/** Fallback main text: the text of the page's `<p>` elements. */
function paragraphsFallback(doc: Doc): string[] {
  const out: string[] = [];
  for (const p of Array.from(doc.querySelectorAll('p'))) {
    const t = collapseWhitespace(p.textContent ?? '');
    if (t) out.push(t);
  }
  return out;
}

/**
 * HTML page → Article: main text by @mozilla/readability (paragraphs separated by a blank line), title
 * (og:title, <title>, readability's), published (article/og meta, meta date/pubdate, <time datetime>) as
 * `YYYY-MM-DD`, outlet (og:site_name), url (canonical link, og:url). No text at all → R108.
 */
export function htmlToArticle(html: string, opts: HtmlOptions = {}): Article {
  const where = opts.where ?? null;
  const { document } = parseHTML(html);
  const info = extractMeta(document);
  for (const el of Array.from(document.querySelectorAll(CHROME))) el.remove();

  let paragraphs: string[] = [];
  let readTitle: string | null = null;
  let readPublished: string | null = null;
  try {
    const result = new Readability(document as unknown as Document).parse();
    if (result) {
      readTitle = result.title ? collapseWhitespace(result.title) || null : null;
      readPublished = normaliseDate(result.publishedTime);
      if (result.content) paragraphs = htmlToParagraphs(result.content);
    }
  } catch {
    // readability failed on this markup: fall back to the <p> elements below
  }
  if (paragraphs.length === 0) {
    // readability mutates the document, so re-parse for the fallback
    const { document: fresh } = parseHTML(html);
    for (const el of Array.from(fresh.querySelectorAll(CHROME))) el.remove();
    paragraphs = paragraphsFallback(fresh);
    if (paragraphs.length === 0 && fresh.body) paragraphs = htmlToParagraphs(fresh.body.innerHTML);
  }
  const title = info.title ?? readTitle;
  // readability repeats the headline as the first paragraph: drop it from the body
  const heads = [title, readTitle].filter((t): t is string => !!t).map((t) => t.toLowerCase());
  if (paragraphs.length > 1 && heads.includes(paragraphs[0].toLowerCase())) paragraphs = paragraphs.slice(1);
  const text = paragraphs.join('\n\n');
  if (!text) throw new RedlineError('R108', 'HTML page has no extractable text', where);
  return {
    id: opts.id ?? articleIdFor(text),
    text,
    title,
    url: info.url,
    outlet: info.outlet,
    published: info.published ?? readPublished,
  };
}
