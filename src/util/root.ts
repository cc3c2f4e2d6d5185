/**
 * The project root (lexicon/, samples/, web/, node_modules/). Modules find their data through it rather
 * than through their own import.meta.url, so a bundle of them (the CLI and the coding worker, see
 * bin/bundle.js) finds the same files: the bundle defines import.meta.url as this file's URL. No other module
 * may read import.meta.url for a path.
 */
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
