import { parseHTML } from 'linkedom';

/** Elements that end one paragraph and start another. */
const BLOCK = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BR',
  'DD',
  'DIV',
  'DL',
  'DT',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'TABLE',
  'TBODY',
  'THEAD',
  'TR',
  'UL',
  'BODY',
  'HTML',
]);

/** Elements whose content is never article text. */
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'SVG', 'CANVAS', 'HEAD', 'TITLE']);

/** Minimal structural view of a DOM node (linkedom's types are not the DOM lib's). */
interface NodeLike {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<NodeLike>;
}

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

/** Collapse whitespace runs (incl. NBSP) to one space and trim. */
export function collapseWhitespace(s: string): string {
  return s.replace(/[\s\u00a0]+/gu, ' ').trim();
}

/**
 * Split a DOM subtree into paragraphs: text is accumulated until a block element starts or ends.
 * Returns the paragraphs with whitespace collapsed, empty ones dropped.
 */
export function nodeToParagraphs(root: NodeLike): string[] {
  const out: string[] = [];
  let buf = '';
  const flush = (): void => {
    const p = collapseWhitespace(buf);
    if (p) out.push(p);
    buf = '';
  };
  const walk = (node: NodeLike): void => {
    if (node.nodeType === TEXT_NODE) {
      buf += node.textContent ?? '';
      return;
    }
    if (node.nodeType !== ELEMENT_NODE && node.nodeType !== 9 && node.nodeType !== 11) return;
    const name = node.nodeName.toUpperCase();
    if (SKIP.has(name)) return;
    const block = BLOCK.has(name);
    if (block) flush();
    const kids = node.childNodes;
    for (let i = 0; i < kids.length; i++) walk(kids[i]);
    if (block) flush();
    else if (name === 'TD' || name === 'TH') buf += ' ';
  };
  walk(root);
  flush();
  return out;
}

/** HTML (a fragment or a document) → paragraphs of plain text. */
export function htmlToParagraphs(html: string): string[] {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  return nodeToParagraphs(document.body as unknown as NodeLike);
}

/** HTML → plain text with paragraphs separated by a blank line. */
export function htmlToText(html: string): string {
  return htmlToParagraphs(html).join('\n\n');
}

const XML_ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** Decode the five XML entities and numeric character references; unwrap CDATA sections. */
export function decodeXmlText(raw: string): string {
  const parts = raw.split(/(<!\[CDATA\[[\s\S]*?\]\]>)/);
  return parts
    .map((part) => {
      if (part.startsWith('<![CDATA[')) return part.slice(9, -3);
      return part.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, ent: string) => {
        if (ent[0] === '#') {
          const code =
            ent[1] === 'x' || ent[1] === 'X' ? parseInt(ent.slice(2), 16) : parseInt(ent.slice(1), 10);
          return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : m;
        }
        return XML_ENTITIES[ent.toLowerCase()] ?? m;
      });
    })
    .join('');
}
