/** Where the shared gold files are (a module of its own: the CLI names it without loading the coder). */
import { join } from 'node:path';
import { ROOT } from '../util/root.js';

export const DEFAULT_SHARED_EVAL = join(ROOT, '..', 'shared', 'eval');
