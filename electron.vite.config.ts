// Build of the three Electron parts; the main build also emits the browser host (web.js).
import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';
import { licencesPlugin } from './scripts/packaging/licences.mjs';

export default defineConfig({
  main: {
    // out/main/licences.json: the dependencies' licences, for the About panel of the Electron host.
    plugins: [licencesPlugin(__dirname)],
    build: {
      // The demo's own packages (devDependencies) stay outside the bundle: an installation made with
      // production dependencies only has no demo, and says so (src/main/app/demo-loader.ts).
      // date-fns is bundled (tree-shaken to the few functions used): importing the package loads its ~250
      // modules, a quarter of a second of the host's start (bench/start.bench.ts).
      externalizeDeps: {
        include: ['@faker-js/faker', 'double-metaphone', 'xmllint-wasm', 'ftp-srv', 'ssh2'],
        exclude: ['date-fns'],
      },
      rollupOptions: {
        input: {
          index: resolve(__dirname, 'src/main/index.ts'),
          web: resolve(__dirname, 'src/main/web/start.ts'),
          // The answer reader's worker thread (src/main/bcss/answer-pool.ts finds it beside the bundle).
          'answer-worker': resolve(__dirname, 'src/main/bcss/answer-worker.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      // A sandboxed preload can only require('electron'): bundle everything else, as CommonJS.
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve(__dirname, 'src/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(__dirname, 'src/renderer'),
    plugins: [react()],
    build: {
      rollupOptions: { input: { index: resolve(__dirname, 'src/renderer/index.html') } },
    },
  },
});
