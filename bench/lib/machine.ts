/**
 * Section 1: the machine (CPU, cores, RAM, node, load) and two calibrations of its parallel capacity: a
 * pure-JS spin loop (ALU only) and bare wink-nlp (the memory-heavy work Redline's coding is made of).
 */
import { Worker } from 'node:worker_threads';
import { createRequire } from 'node:module';
import os from 'node:os';
import { CORES } from './options.js';

function spinWorkerCode(iters: number): string {
  return `const { parentPort } = require('node:worker_threads'); let x = 0; const t = performance.now();
for (let i = 0; i < ${iters}; i++) x = (x + i * 7) % 1000003;
parentPort.postMessage({ ms: performance.now() - t, x });`;
}

/** ms for one spin on each of `threads` threads at once (the slowest) */
async function spin(threads: number, iters = 2e8): Promise<number> {
  const runs = Array.from(
    { length: threads },
    () =>
      new Promise<number>((res, rej) => {
        const w = new Worker(spinWorkerCode(iters), { eval: true });
        w.once('message', (m: { ms: number }) => {
          res(m.ms);
          void w.terminate();
        });
        w.once('error', rej);
      }),
  );
  return Math.max(...(await Promise.all(runs)));
}

/**
 * Bare wink-nlp (readDoc + pos + lemma of every token) on the same texts on each of `threads` threads at
 * once, each thread warmed on the first texts before timing; returns the slowest thread's ms.
 */
async function winkOn(threads: number, texts: string[]): Promise<number> {
  const req = createRequire(import.meta.url);
  const paths = { wink: req.resolve('wink-nlp'), model: req.resolve('wink-eng-lite-web-model') };
  const code = `const { parentPort, workerData: d } = require('node:worker_threads');
const nlp = require(d.paths.wink)(require(d.paths.model)); const its = nlp.its;
const go = (t) => { const x = nlp.readDoc(t).tokens(); x.out(its.pos); x.out(its.lemma); };
for (const t of d.texts.slice(0, 300)) go(t);
const t0 = performance.now(); for (const t of d.texts) go(t);
parentPort.postMessage(performance.now() - t0);`;
  const runs = Array.from(
    { length: threads },
    () =>
      new Promise<number>((res, rej) => {
        const w = new Worker(code, { eval: true, workerData: { paths, texts } });
        w.once('message', (ms: number) => {
          res(ms);
          void w.terminate();
        });
        w.once('error', rej);
      }),
  );
  return Math.max(...(await Promise.all(runs)));
}

/**
 * How much more bare wink work all cores do at once than one core alone (2.00 = perfect on 2 cores). On a
 * host whose cores share caches or memory bandwidth this is well below the spin figure, and it is the
 * ceiling for the worker scaling of anything built on wink.
 */
export async function winkCapacity(texts: string[]): Promise<number> {
  if (CORES < 2 || texts.length === 0) return 1;
  const one = await winkOn(1, texts);
  const many = await winkOn(CORES, texts);
  return (CORES * one) / many;
}

export interface Machine {
  cpu: string;
  cores: number;
  ramGb: number;
  node: string;
  load: string;
  parallelCapacity: number;
}

export async function machine(): Promise<Machine> {
  const cpus = os.cpus();
  const one = await spin(1);
  const many = CORES > 1 ? await spin(CORES) : one;
  return {
    cpu: cpus[0]?.model.trim() ?? '?',
    cores: cpus.length,
    ramGb: os.totalmem() / 1024 ** 3,
    node: process.version,
    load: os
      .loadavg()
      .map((x) => x.toFixed(2))
      .join(' '),
    // 2.0 on two free cores; 1.0 when the threads only share one core's worth of CPU
    parallelCapacity: (CORES * one) / many,
  };
}
