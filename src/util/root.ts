/**
 * The project root (lexicon/, samples/, web/, node_modules/). Modules find their data through it rather
 * than through their own import.meta.url, so a bundle of them (the coding worker, see
 * src/app/worker-bundle.ts) finds the same files: the bundle defines import.meta.url as this file's URL.
 */
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
