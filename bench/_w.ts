import { Worker } from 'node:worker_threads';
const url = new URL('file:///tmp/wt/w.ts');
async function tryIt(name: string, mk: () => Worker) {
  await new Promise<void>((res) => { try { const w = mk(); w.on('message', (m) => { console.log(name, 'OK', m); w.terminate(); res(); }); w.on('error', (e) => { console.log(name, 'ERR', e.message.slice(0, 100)); res(); }); } catch (e) { console.log(name, 'THROW', (e as Error).message); res(); } });
}
await tryIt('execArgv', () => new Worker(url, { execArgv: ['--import', 'tsx'] }));
await tryIt('execArgv-abs', () => new Worker(url, { execArgv: ['--import', import.meta.resolve('tsx')] }));
const api = import.meta.resolve('tsx/esm/api');
await tryIt('eval', () => new Worker(`import(${JSON.stringify(api)}).then((m) => { m.register(); return import(${JSON.stringify(url.href)}); })`, { eval: true }));
