/**
 * Stage `quotes`: direct quotations (curly “…”, straight "…", ``…'') and their speakers.
 * Speaker rules, tried in order:
 *   after         “…,” Putin said / “…,” said the minister
 *   parenthetical The ministry, he revealed, is “…”
 *   before        Putin replied, “…”
 *   according-to  “…”, according to X
 *   previous      a quote that is a whole sentence takes the speaker of the previous sentence
 * First-person pronouns inside the quote are then linked to the speaker.
 */
import type { Stage } from './pipeline.js';
import type { ActorMention, Doc, Quote, Span } from '../model/document.js';
import type { Lexicon } from '../lexicon/load.js';
import { nameNear, type NameSpan } from './names.js';

const PAIRS: Array<[string, string]> = [
  ['“', '”'],
  ['``', "''"],
  ['«', '»'],
];

function findQuoteSpans(text: string): Array<{ open: number; close: number; ol: number; cl: number }> {
  const out: Array<{ open: number; close: number; ol: number; cl: number }> = [];
  const paraRe = /[^\n]+/g;
  let m: RegExpExecArray | null;
  while ((m = paraRe.exec(text))) {
    const p = m[0];
    const base = m.index;
    for (const [o, c] of PAIRS) {
      let from = 0;
      for (;;) {
        const a = p.indexOf(o, from);
        if (a < 0) break;
        let b = p.indexOf(c, a + o.length);
        if (b < 0) b = p.length; // unclosed: runs to the paragraph end
        out.push({ open: base + a, close: base + b, ol: o.length, cl: b < p.length ? c.length : 0 });
        from = b + c.length;
      }
    }
    // straight double quotes alternate open/close
    let open = -1;
    for (let i = 0; i < p.length; i++) {
      if (p[i] !== '"') continue;
      if (open < 0) open = i;
      else {
        out.push({ open: base + open, close: base + i, ol: 1, cl: 1 });
        open = -1;
      }
    }
    // an odd mark that opens (after a space or the line's start, before a word) opens a quote that runs on into the
    // next paragraph (news marks no close there): it runs to this paragraph's end, as an unclosed curly quote does
    // (not a closing mark left over, 'a "big boost" from', nor an apostrophe typed as one, 'Qatar"s prices')
    if (
      open >= 0 &&
      p.length - open > 3 &&
      (open === 0 || /\s/.test(p[open - 1])) &&
      /[\p{L}\p{N}]/u.test(p[open + 1])
    )
      out.push({ open: base + open, close: base + p.length, ol: 1, cl: 0 });
  }
  return out.sort((a, b) => a.open - b.open);
}

/**
 * a quote that can be attributed after it: one no speech verb introduces, or one whose words end with a mark
 * ('said: "We will respond," Putin added'), or one an attribution follows at once ('"..." he said') or after a
 * verbless tail and a comma ('"... no formal investigation" in connection with the bid, he said'). A fragment quoted
 * inside a clause a speech verb opens ('said it "strongly condemns" the decision and urged Tokyo') is that clause's,
 * and a speech verb after it is another one.
 */
function quoteEndsClause(
  doc: Doc,
  q: { contentStart: number; contentEnd: number; before: number; after: number },
  isSpeech: (doc: Doc, i: number) => boolean,
): boolean {
  const t = doc.tokens[q.after];
  if (!t || t.pos === 'PUNCT' || t.pos === 'VERB' || t.pos === 'AUX') return true;
  let introduced = false;
  for (let k = q.before - 1; k >= Math.max(0, q.before - 3) && doc.tokens[k].sentence === t.sentence; k--)
    introduced ||= isSpeech(doc, k);
  if (!introduced || /[,.!?…;:—–-]\s*$/.test(doc.text.slice(q.contentStart, q.contentEnd))) return true;
  if (mentionOpens(doc, t.pos === 'DET' ? q.after + 1 : q.after)) return true;
  let comma = false;
  for (
    let i = q.after;
    i < Math.min(doc.tokens.length, q.after + 16) && doc.tokens[i].sentence === t.sentence;
    i++
  ) {
    const w = doc.tokens[i];
    if (w.text === ',') {
      if (comma) return false;
      comma = true;
    } else if (comma && isSpeech(doc, i)) return true;
    else if (comma ? i > q.after + 8 : w.pos === 'VERB' || w.pos === 'AUX') return false;
  }
  return false;
}

/** a mention starts at token k */
function mentionOpens(doc: Doc, k: number): boolean {
  const t = doc.tokens[k];
  return !!t && doc.mentionsIn(t.start, t.end).some((m) => m.tokenStart === k);
}

export function createQuoteStage(lex: Lexicon): Stage {
  const speech = lex.cues.speechVerbs;
  const isSpeech = (doc: Doc, i: number) => {
    const t = doc.tokens[i];
    return (
      !!t &&
      (t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'NOUN') &&
      (speech.has(t.lemma) || speech.has(t.lower))
    );
  };
  const speakerCandidate = (m: ActorMention) =>
    m.kind !== 'pronoun' || m.antecedent != null || m.gender != null;

  /** nearest mention to token i within [lo, hi) (token indices), preferring the left side */
  function mentionNear(doc: Doc, i: number, lo: number, hi: number, inside: Span): ActorMention | null {
    let best: ActorMention | null = null;
    let bestDist = Infinity;
    if (lo >= hi) return null;
    for (const m of doc.mentionsIn(doc.tokens[lo].start, doc.tokens[hi - 1].end)) {
      if (m.tokenStart < lo || m.tokenEnd > hi) continue;
      if (m.start >= inside.start && m.end <= inside.end) continue;
      if (!speakerCandidate(m) || m.locative) continue;
      const d = m.tokenEnd <= i ? i - m.tokenEnd : m.tokenStart - i + 0.5;
      if (d >= 0 && d < bestDist) {
        best = m;
        bestDist = d;
      }
    }
    return bestDist <= 8 ? best : null;
  }

  /** the last speaker mention before the first verb of [lo, hi): the subject of the sentence's first clause */
  function clauseSubject(doc: Doc, lo: number, hi: number, inside: Span): ActorMention | null {
    let v = lo;
    while (v < hi && doc.tokens[v].pos !== 'VERB') v++;
    if (v >= hi || v === lo) return null;
    let best: ActorMention | null = null;
    for (const m of doc.mentionsIn(doc.tokens[lo].start, doc.tokens[v - 1].end)) {
      if (m.tokenStart < lo || m.tokenEnd > v || (m.start >= inside.start && m.end <= inside.end)) continue;
      if (speakerCandidate(m) && !m.locative && (!best || m.tokenEnd >= best.tokenEnd)) best = m;
    }
    return best;
  }

  return {
    name: 'quotes',
    requires: ['tokens', 'actors', 'coref'],
    provides: ['quotes'],
    run(doc: Doc) {
      let prevSpeaker: { id: number | null; sentence: number } | null = null;
      for (const q of findQuoteSpans(doc.text)) {
        const contentStart = q.open + q.ol;
        const contentEnd = q.close;
        if (contentEnd - contentStart < 3) continue;
        const inside: Span = { start: q.open, end: q.close + q.cl };
        const sA = doc.sentenceAt(q.open);
        const sB = doc.sentenceAt(Math.max(q.open, q.close - 1));
        if (sA < 0 || sB < 0) continue;
        const SA = doc.sentences[sA];
        const SB = doc.sentences[sB];
        let speaker: ActorMention | null = null;
        let rule: string | null = null;
        let attribution: Span | null = null;
        // a personal name in the attribution, known to the lexicon or not ("presiding judge Anna Keller said");
        // once a rule has named the speaker (`rule` set), the later rules are not tried
        let named: NameSpan | null = null;
        // after: speech verb within 12 tokens after the closing mark (room for "Name, title of X, told")
        const after = doc.tokenIndexAt(inside.end);
        const attributable = quoteEndsClause(
          doc,
          { contentStart, contentEnd, before: doc.tokenIndexAt(q.open), after },
          isSpeech,
        );
        for (let i = after; attributable && i < Math.min(SB.tokenEnd, after + 12); i++) {
          if (isSpeech(doc, i)) {
            speaker = i - after <= 8 ? mentionNear(doc, i, after, SB.tokenEnd, inside) : null;
            named = nameNear(doc, i, after, Math.min(SB.tokenEnd, i + 6));
            if (named && named.a > i && speaker && speaker.tokenEnd <= i) named = null; // "X said Y ..." is not Y
            if (speaker || named) {
              rule = 'after';
              attribution = { start: doc.tokens[after].start, end: SB.end };
            }
            break;
          }
        }
        // parenthetical ", he revealed," in the quote's sentence, outside the quote
        if (!speaker && !rule) {
          for (let i = SA.tokenStart + 1; i < SA.tokenEnd - 1; i++) {
            const t = doc.tokens[i];
            if (t.start >= inside.start && t.end <= inside.end) continue;
            if (!isSpeech(doc, i)) continue;
            const prevComma = doc.tokens.slice(Math.max(SA.tokenStart, i - 6), i).some((x) => x.text === ',');
            const nextComma = doc.tokens[i + 1]?.text === ',';
            if (prevComma && nextComma) {
              const m = mentionNear(doc, i, Math.max(SA.tokenStart, i - 6), i, inside);
              if (m) {
                speaker = m;
                rule = 'parenthetical';
                attribution = { start: m.start, end: doc.tokens[i].end };
                break;
              }
            }
          }
        }
        // before: the last speech verb before the opening mark in the same sentence
        if (!speaker && !rule) {
          const before = doc.tokenIndexAt(q.open);
          for (let i = before - 1; i >= SA.tokenStart; i--) {
            if (isSpeech(doc, i)) {
              // "X accused Y of … and warned that Beijing would take “…”": a coordinated verb's speaker is the
              // subject of the first one, not the nearest mention (Y)
              speaker = /^(and|but)$/.test(doc.tokens[i - 1]?.lower ?? '')
                ? (clauseSubject(doc, SA.tokenStart, i, inside) ??
                  mentionNear(doc, i, SA.tokenStart, i, inside))
                : mentionNear(doc, i, SA.tokenStart, i, inside);
              named = nameNear(doc, i, Math.max(SA.tokenStart, i - 8), i);
              if (speaker) {
                rule = 'before';
                attribution = { start: speaker.start, end: doc.tokens[i].end };
              } else if (named) {
                rule = 'before';
                attribution = { start: doc.tokens[named.a].start, end: doc.tokens[i].end };
              }
              break;
            }
          }
        }
        // according to X
        if (!speaker && !rule) {
          const sent = doc.text.slice(SA.start, SB.end).toLowerCase();
          for (const cue of lex.cues.accordingTo) {
            const at = sent.indexOf(cue);
            if (at < 0) continue;
            const pos = SA.start + at + cue.length;
            const m = doc.mentionsIn(pos, pos + 30).find((x) => x.sentence <= sB);
            if (m) {
              speaker = m;
              rule = 'according-to';
              attribution = { start: SA.start + at, end: m.end };
              break;
            }
          }
        }
        // previous sentence's speaker when the quote opens the sentence
        if (!speaker && !rule && prevSpeaker && prevSpeaker.sentence >= sA - 1 && q.open - SA.start <= 1) {
          speaker = doc.mention(prevSpeaker.id);
          rule = 'previous-sentence';
        }
        if (!speaker && !rule && q.open - SA.start <= 1 && sA > 0) {
          const prev = doc.sentences[sA - 1];
          const persons = doc
            .mentionsIn(prev.start, prev.end)
            .filter((m) => m.sentence === prev.index && m.kind === 'person');
          if (persons.length) {
            speaker = persons[persons.length - 1];
            rule = 'previous-sentence';
          }
        }
        const resolved = speaker ? doc.resolve(speaker) : null;
        // a person mention names the speaker; else a name in the attribution does ("Brazil coach Marcelo
        // Teixeira": the speaker is coded from "Brazil" but named Marcelo Teixeira)
        const speakerName =
          resolved?.kind === 'person'
            ? resolved.name
            : (named?.text ?? (resolved && resolved.kind !== 'pronoun' ? resolved.name : null));
        const quote: Quote = {
          start: inside.start,
          end: inside.end,
          contentStart,
          contentEnd,
          speaker: resolved ? resolved.id : null,
          speakerName,
          attribution,
          attributionRule: rule,
        };
        doc.quotes.push(quote);
        if (resolved) prevSpeaker = { id: resolved.id, sentence: sB };
        // first-person pronouns inside the quote refer to the speaker
        if (resolved)
          for (const m of doc.mentionsIn(contentStart, contentEnd))
            if (m.kind === 'pronoun' && m.end <= contentEnd && lex.cues.firstPersonPronouns.has(m.name))
              m.antecedent = resolved.id;
      }
    },
  };
}
