/** `redline eval`: load gold files, code their articles, score and format the report. */
import { relative } from 'node:path';
import { createPipeline } from '../coding/pipeline.js';
import { findGoldFiles, loadGold } from './gold.js';
import { scoreFile, totals, type FileScore, type Totals } from './score.js';
import { scoreRedLines, type RedLineScore } from './redlines.js';
import { loadLexicon } from '../lexicon/load.js';
import { setOrgAliases } from './match.js';

export { DEFAULT_SHARED_EVAL } from './paths.js';

export interface EvalReport {
  files: FileScore[];
  totals: Totals;
  redLines: RedLineScore[];
}

export async function evaluate(paths: string[]): Promise<EvalReport> {
  const lex = loadLexicon();
  setOrgAliases(new Map([...lex.orgs.values()].filter((o) => o.cameo).map((o) => [o.code, o.cameo!])));
  const pipeline = createPipeline(lex);
  const golds = findGoldFiles(paths).map((p) => loadGold(p));
  const files = golds.map((g) => scoreFile(g, pipeline).score);
  const redLines = await scoreRedLines(golds, lex, pipeline);
  return { files, totals: totals(files), redLines };
}

const pct = (x: number | null) => (x === null ? '   -  ' : `${(x * 100).toFixed(1).padStart(5)}%`);

export function formatReport(r: EvalReport, verbose: boolean): string {
  const lines: string[] = [];
  lines.push(
    'file                                   root P   root R  root F1 | exact P  exact R exact F1 | modal   date  quote',
  );
  for (const f of r.files) {
    const t = totals([f]);
    const name = relative(process.cwd(), f.file).slice(-38).padEnd(38);
    lines.push(
      `${name} ${pct(t.root.precision)}  ${pct(t.root.recall)}  ${pct(t.root.f1)} | ${pct(t.exact.precision)}  ${pct(t.exact.recall)}  ${pct(t.exact.f1)} | ${pct(t.modality)} ${pct(t.date)} ${pct(t.quotes)}`,
    );
    if (verbose) {
      for (const m of f.misses) lines.push(`    miss ${m.id}: ${m.evidence.slice(0, 90)}`);
      for (const p of f.falsePositives)
        lines.push(`    fp   ${p.code} ${p.source} -> ${p.target} "${p.text}" (${p.rule})`);
      for (const w of f.wrongModality)
        lines.push(`    modality ${w.id}: expected ${w.expected}, got ${w.got}`);
      for (const w of f.wrongDates) lines.push(`    date ${w.id}: expected ${w.expected}, got ${w.got}`);
    }
  }
  const t = r.totals;
  lines.push('');
  lines.push(`TOTAL ${t.files} files`);
  lines.push(
    `  root level : P ${pct(t.root.precision)}  R ${pct(t.root.recall)}  F1 ${pct(t.root.f1)}  (tp ${t.root.tp}, fp ${t.root.fp}, fn ${t.root.fn})`,
  );
  lines.push(
    `  exact code : P ${pct(t.exact.precision)}  R ${pct(t.exact.recall)}  F1 ${pct(t.exact.f1)}  (tp ${t.exact.tp}, fp ${t.exact.fp}, fn ${t.exact.fn})`,
  );
  lines.push(
    `  modality accuracy ${pct(t.modality)}   event-date accuracy ${pct(t.date)}   date mentions ${pct(t.dateMentions)}`,
  );
  lines.push(`  quote speakers ${pct(t.quotes)}   conditions found ${pct(t.conditions)}`);
  for (const rl of r.redLines) {
    const f = rl.found.total ? rl.found.correct / rl.found.total : null;
    const m = rl.met.total ? rl.met.correct / rl.met.total : null;
    lines.push(
      `  red lines in ${relative(process.cwd(), rl.folder)}: found ${pct(f)} (${rl.found.correct}/${rl.found.total}), met/not-met correct ${pct(m)} (${rl.met.correct}/${rl.met.total})`,
    );
    if (verbose)
      for (const d of rl.details)
        lines.push(
          `    ${d.id}: ${d.found ? `found, status ${d.status}` : 'not found'}; expected ${d.expectedMet ? 'met' : 'not met'}`,
        );
  }
  return lines.join('\n') + '\n';
}
