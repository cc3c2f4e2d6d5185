/**
 * Wire datelines ("KINGSTOWN, St. Vincent, Dec. 15 (Reuters) - ", "WASHINGTON, March 17 - ") name where a
 * story was filed, not who acts: the places in one are marked locative, so they are neither sources nor
 * targets nor the antecedent of a later "they"/"their". (The dateline still gives an unknown titled person
 * a country: inferPersonCountries reads it by its capitals, not by this flag.)
 */
import type { Doc } from '../model/document.js';
import { datelineAt } from '../nlp/dateline-pattern.js';

/** the character span of the dateline at the start of one of the first sentences, or null */
export function datelineSpan(doc: Doc): { start: number; end: number } | null {
  for (const s of doc.sentences.slice(0, 3)) {
    const m = datelineAt(doc.text.slice(s.start, Math.min(s.end, s.start + 120)));
    if (m) return { start: s.start, end: s.start + m.length };
  }
  return null;
}

/** marks every mention inside the dateline as a place (the headline before it is left alone) */
export function markDateline(doc: Doc): void {
  const span = datelineSpan(doc) ?? bareDateline(doc);
  if (!span) return;
  for (const m of doc.mentions) {
    if (m.start >= span.end) break;
    if (m.start >= span.start && m.end <= span.end) {
      m.locative = true;
      m.agentive = false;
    }
  }
}

/**
 * A capital in capitals opening the text, with no date or region after it, then the story's first word ("TAIPEI A
 * strong earthquake ...", "KABUL - A man ..."): a dateline too. Only a capital or a named place (an acronym such as
 * "NATO Allies agree" or "NATO - " is a headline's subject).
 */
function bareDateline(doc: Doc): { start: number; end: number } | null {
  const m = doc.mentions[0];
  const s = doc.sentences[0];
  if (!m || !s || m.start !== s.start || !(m.capital || m.place)) return null;
  if (m.text.length < 4 || m.text !== m.text.toUpperCase()) return null;
  // (a dash may follow: "KABUL - A man with six grenades ...")
  const dash = /^[-–—]$/.test(doc.tokens[m.tokenEnd]?.text ?? '') ? 1 : 0;
  const next = doc.tokens[m.tokenEnd + dash];
  if (!next || next.sentence !== m.sentence || !/^[A-Z](?:[a-z]|$)/.test(next.text)) return null;
  return { start: m.start, end: m.end };
}
