import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { readPaths } from '../../src/ingest/index.js';
import type { Article } from '../../src/model/article.js';
import type { StoredEvent } from '../../src/store/repository.js';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const SAMPLES = fileURLToPath(new URL('../../samples', import.meta.url));
export const CLI = fileURLToPath(new URL('./cli.ts', import.meta.url));

export async function sampleArticles(): Promise<Article[]> {
  const out: Article[] = [];
  for await (const it of readPaths([SAMPLES])) if (it.ok) out.push(it.article);
  return out;
}

/** n unique copies of the samples */
export async function manyArticles(n: number): Promise<Article[]> {
  const base = await sampleArticles();
  return Array.from({ length: n }, (_, i) => {
    const a = base[i % base.length];
    return { ...a, id: `${a.id}-copy${i}`, text: `${a.text}\n\n(Copy ${i}.)` };
  });
}

/** the comparable part of an event: id, codes, actors, evidence */
export const essence = (e: StoredEvent) => ({
  id: e.id,
  articleId: e.articleId,
  code: e.code,
  modality: e.modality,
  date: e.date,
  source: e.source?.code ?? null,
  target: e.target?.code ?? null,
  evidence: e.evidence,
});

export function runCli(args: string[]): {
  child: ChildProcess;
  exited: Promise<{ code: number | null; stdout: string; stderr: string }>;
} {
  const child = spawn('npx', ['tsx', CLI, ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  const exited = new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) =>
    child.once('exit', (code) => resolve({ code, stdout, stderr })),
  );
  return { child, exited };
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
