export { QUEUE, RETRY_LIMIT, DEFAULT_EXPIRE_SECONDS, type JobData } from './boss.js';
export {
  enqueueArticles,
  ingestToQueue,
  queueSummaryLine,
  type EnqueueItem,
  type EnqueueOptions,
  type EnqueueResult,
  type QueueIngestOptions,
  type QueueIngestSummary,
} from './enqueue.js';
export { runWorker, type WorkerHandle, type WorkerOptions, type WorkerStats } from './worker.js';
export { queueStatus, queueStatusOf, pendingJobs, type QueueFailure, type QueueStatus } from './status.js';
export { benchQueue, type BenchQueueOptions, type BenchQueueResult } from './bench.js';
