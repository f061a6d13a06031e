// Unit tests: shared, main and simulator code under plain Node; renderer logic that needs no DOM.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
    testTimeout: 20_000,
    pool: 'forks',
    // The answer reader's worker from its source (the app runs the built one).
    setupFiles: ['src/test-support/answer-worker-source.ts'],
    // Style sheets stay empty in tests, except those read as text (?raw) by the tests of the styles.
    css: { include: [/[?&]raw\b/] },
    // The JSON report feeds the CI summary line (.ci/run).
    reporters: ['default', ['json', { outputFile: 'test-results/vitest.json' }]],
  },
});
