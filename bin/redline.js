#!/usr/bin/env node
// Launcher: registers tsx in this process and runs the TypeScript CLI (no build step, no child process,
// so signals such as SIGINT/SIGKILL reach the process that holds the database).
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/main.ts');
