/** Section 1: the machine (CPU, cores, RAM, node, load) and the CPU calibration spin. */
import { Worker } from 'node:worker_threads';
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
