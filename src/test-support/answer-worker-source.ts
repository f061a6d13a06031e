// Tests and tsx scripts run the sources: the answer reader's worker is started from answer-worker.ts through
// tsx's ESM API (a worker's own `--import tsx` does not reach its entry file on Node 20). The app itself only
// runs the built worker (out/main/answer-worker.js); this is loaded by vitest's setup and the benchmarks.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { useSourceWorker } from '../main/bcss/answer-pool';

const require = createRequire(import.meta.url);
const tsx = require('tsx/package.json') as {
  exports: Record<string, { import: { default: string } }>;
};
const api = pathToFileURL(
  join(dirname(require.resolve('tsx/package.json')), tsx.exports['./esm/api']!.import.default),
).href;
const source = new URL('../main/bcss/answer-worker.ts', import.meta.url).href;

useSourceWorker(
  () =>
    new Worker(
      `import(${JSON.stringify(api)}).then(({ register }) => { register(); return import(${JSON.stringify(source)}); });`,
      { eval: true },
    ),
);
