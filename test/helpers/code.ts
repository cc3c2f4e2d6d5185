/** Shared helpers for coder tests: code a text and find mentions/events by their text. */
import { codeArticle } from '../../src/coding/pipeline.js';
import type { Doc } from '../../src/model/document.js';
import type { CodedEvent } from '../../src/model/event.js';

export function code(text: string, published = '2024-10-01'): Doc {
  return codeArticle({ id: 't', text, published });
}

/** the resolved actor code ("RUS:MIL") of the mention with this exact text */
export function actorOf(doc: Doc, text: string): string | null {
  const m = doc.mentions.find((x) => x.text === text || x.text.replace(/^the /i, '') === text);
  if (!m) return null;
  const r = doc.resolve(m);
  return `${r.country ?? r.org ?? '?'}${r.role ? ':' + r.role : ''}`;
}

/** compact view of events: "RUSGOV>UKR 190 actual" */
export function brief(events: CodedEvent[]): string[] {
  return events.map((e) => `${e.source?.code ?? '-'}>${e.target?.code ?? '-'} ${e.code} ${e.modality}`);
}

/** code a text and give its events in the compact view */
export const ev = (text: string, published = '2024-10-01'): string[] => brief(code(text, published).events);
