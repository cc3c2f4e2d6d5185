/** Human-readable explanation of a coded document, sentence by sentence. */
import type { Doc } from '../model/document.js';

export function explainDoc(doc: Doc): string {
  const out: string[] = [];
  const a = doc.article;
  out.push(`# ${a.id}  published ${a.published ?? '(unknown)'}${a.outlet ? `  ${a.outlet}` : ''}`);
  for (const s of doc.sentences) {
    out.push('');
    out.push(`[${s.index}] ${doc.slice(s)}`);
    const ms = doc.mentions.filter((m) => m.sentence === s.index);
    if (ms.length) {
      out.push(
        '  actors: ' +
          ms
            .map((m) => {
              const r = doc.resolve(m);
              const code = `${r.country ?? r.org ?? '?'}${r.role ? ':' + r.role : ''}`;
              return `"${m.text}"=${code}${r !== m ? ` (→ ${r.name})` : ''}${m.locative ? ' [place]' : ''}`;
            })
            .join(', '),
      );
    }
    for (const q of doc.quotes.filter((q) => doc.sentenceAt(q.start) === s.index))
      out.push(
        `  quote: “${doc.text.slice(q.contentStart, q.contentEnd).slice(0, 70)}…” speaker=${q.speakerName ?? '?'} (${q.attributionRule ?? 'none'})`,
      );
    const ds = doc.dates.filter((d) => d.sentence === s.index);
    if (ds.length) out.push('  dates: ' + ds.map((d) => `"${d.text}"=${d.value}`).join(', '));
    for (const e of doc.events.filter((e) => e.evidence.start === s.start)) {
      out.push(
        `  EVENT ${e.code} ${e.modality} ${e.source?.code ?? '-'} -> ${e.target?.code ?? '-'} on ${e.date} (${e.dateOrigin})` +
          `\n        trigger "${e.trigger.text}" rule ${e.rule}` +
          (e.condition ? `\n        condition "${e.condition.text}"` : '') +
          (e.quote ? `\n        in quote by ${e.quote.speaker ?? '?'}` : ''),
      );
    }
  }
  return out.join('\n') + '\n';
}
