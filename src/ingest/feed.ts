import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { Article } from '../model/article.js';
import { RedlineError } from '../util/errors.js';
import { publishedDate } from './date.js';
import { articleIdFor } from './hash.js';
import { collapseWhitespace, decodeXmlText, htmlToText } from './paragraphs.js';
import type { IngestItem } from './types.js';

type Node = Record<string, unknown>;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  htmlEntities: true,
  // Atom content/summary may hold XHTML markup or escaped HTML: keep it raw and convert it ourselves
  stopNodes: ['*.content', '*.summary'],
  isArray: (name) => name === 'item' || name === 'entry' || name === 'link',
});

function asArray(v: unknown): unknown[] {
  return v === undefined || v === null ? [] : Array.isArray(v) ? v : [v];
}

/** Text of a parsed node: a string, or an element object's `#text`. */
function textOf(v: unknown): string | null {
  if (Array.isArray(v)) return v.length ? textOf(v[0]) : null;
  if (typeof v === 'string' || typeof v === 'number') return String(v).trim() || null;
  if (v && typeof v === 'object') return textOf((v as Node)['#text']);
  return null;
}

function attr(v: unknown, name: string): string | null {
  return v && typeof v === 'object' && !Array.isArray(v) ? textOf((v as Node)[`@_${name}`]) : null;
}

/** Body of an Atom content/summary stop node (raw inner XML) → plain-text paragraphs. */
function atomBody(v: unknown): string | null {
  const raw = textOf(v);
  if (!raw) return null;
  const type = (attr(Array.isArray(v) ? v[0] : v, 'type') ?? 'text').toLowerCase();
  if (type === 'xhtml' || type.endsWith('xml')) return htmlToText(raw) || null;
  return htmlToText(decodeXmlText(raw)) || null;
}

/** RSS description / content:encoded (entities already decoded by the parser; may be HTML). */
function rssBody(v: unknown): string | null {
  const raw = textOf(v);
  return raw ? htmlToText(raw) || null : null;
}

function rssLink(item: Node): string | null {
  for (const l of asArray(item.link)) {
    const t = textOf(l) ?? attr(l, 'href');
    if (t) return t;
  }
  return null;
}

function atomLink(entry: Node): string | null {
  const links = asArray(entry.link);
  const pick =
    links.find((l) => (attr(l, 'rel') ?? 'alternate') === 'alternate') ?? links.find((l) => attr(l, 'href'));
  return pick ? (attr(pick, 'href') ?? textOf(pick)) : null;
}

interface RawItem {
  id: string | null;
  title: string | null;
  url: string | null;
  /** the date as written (normalised when the item becomes an article) */
  published: string | null;
  text: string | null;
}

function rssItem(item: Node): RawItem {
  const guid = textOf(item.guid);
  return {
    id: guid,
    title: textOf(item.title),
    url: rssLink(item) ?? (attr(item.guid, 'isPermaLink') === 'true' ? guid : null),
    published: textOf(item.pubDate) ?? textOf(item['dc:date']) ?? textOf(item.published),
    text: rssBody(item['content:encoded']) ?? rssBody(item.description) ?? atomBody(item.content),
  };
}

function atomEntry(entry: Node): RawItem {
  return {
    id: textOf(entry.id),
    title: textOf(entry.title),
    url: atomLink(entry),
    published: textOf(entry.published) ?? textOf(entry.updated) ?? textOf(entry['dc:date']),
    text: atomBody(entry.content) ?? atomBody(entry.summary),
  };
}

/** Locate the item list and outlet of an RSS 2.0 / RSS 1.0 (RDF) / Atom document. */
function feedItems(doc: Node): { outlet: string | null; items: RawItem[] } | null {
  const rss = doc.rss as Node | undefined;
  if (rss && typeof rss === 'object') {
    const channel = (asArray(rss.channel)[0] ?? {}) as Node;
    return { outlet: textOf(channel.title), items: asArray(channel.item).map((i) => rssItem(i as Node)) };
  }
  const rdf = doc['rdf:RDF'] as Node | undefined;
  if (rdf && typeof rdf === 'object') {
    const channel = (asArray(rdf.channel)[0] ?? {}) as Node;
    return { outlet: textOf(channel.title), items: asArray(rdf.item).map((i) => rssItem(i as Node)) };
  }
  const feed = doc.feed as Node | undefined;
  if (feed && typeof feed === 'object') {
    return { outlet: textOf(feed.title), items: asArray(feed.entry).map((e) => atomEntry(e as Node)) };
  }
  return null;
}

/**
 * RSS 2.0 / RSS 1.0 / Atom XML → one IngestItem per item/entry (origin `path#itemN`, 1-based). Links are
 * never fetched. Unparsable XML, an unknown root, or a feed without items → a single R108 item.
 */
export function feedToItems(xml: string, path: string): IngestItem[] {
  const fail = (msg: string): IngestItem[] => [
    { ok: false, error: new RedlineError('R108', msg, path), origin: path },
  ];
  const valid = XMLValidator.validate(xml);
  if (valid !== true) return fail(`malformed feed XML: ${valid.err.msg} (line ${valid.err.line})`);
  let doc: Node;
  try {
    doc = parser.parse(xml) as Node;
  } catch (e) {
    return fail(`malformed feed XML: ${(e as Error).message}`);
  }
  const found = feedItems(doc);
  if (!found) return fail('not an RSS or Atom feed');
  if (found.items.length === 0) return fail('feed has no items');
  const outlet = found.outlet ? collapseWhitespace(found.outlet) : null;
  return found.items.map((raw, i): IngestItem => {
    const origin = `${path}#item${i + 1}`;
    const text = raw.text ?? raw.title;
    if (!text) {
      return { ok: false, error: new RedlineError('R105', 'feed item has no text or title', origin), origin };
    }
    const warnings: RedlineError[] = [];
    const article: Article = {
      id: raw.id ?? raw.url ?? articleIdFor(text),
      text,
      title: raw.title ? collapseWhitespace(raw.title) : null,
      url: raw.url,
      outlet,
      published: publishedDate(raw.published, origin, warnings),
    };
    return warnings.length ? { ok: true, article, origin, warnings } : { ok: true, article, origin };
  });
}
