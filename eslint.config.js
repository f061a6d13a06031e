// Lint: TypeScript rules, React hooks, and the one table of allowed imports between folders.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import layers from './scripts/lint/layers-rule.js';

/**
 * Who may import whom. A file belongs to the first row whose folder holds it (`*` = one folder name: each
 * main module is its own layer). `may` lists the layers it may import, the first entry that names the target
 * deciding: `x:index` = only x's index.ts, `type:x` = only types of x, `lazy:x` = only by a dynamic import(),
 * `*` = anything. Inside one layer anything goes. Tests (`tests.files`) may also
 * import what `tests.may` lists. Each row has a test in scripts/lint-boundaries.test.ts.
 */
const SHARED = [
  'shared/domain',
  'shared/contract',
  'shared/i18n',
  'shared/presentation',
  'shared/findings',
  'shared/comparison',
];
const MAIN = ['lazy:main/demo:index', 'main/*:index'];
const LAYERS = [
  { layer: 'test-support', folder: 'src/test-support', may: ['*'] },
  // Runs anywhere: no node:, no DOM, no React.
  { layer: 'shared/domain', folder: 'src/shared/domain', may: [] },
  // An error names its message by the catalogue's key type.
  {
    layer: 'shared/contract',
    folder: 'src/shared/contract',
    may: ['shared/domain', 'type:shared/i18n'],
  },
  { layer: 'shared/i18n', folder: 'src/shared/i18n', may: ['shared/domain'] },
  {
    layer: 'shared/presentation',
    folder: 'src/shared/presentation',
    may: ['shared/domain', 'type:shared/i18n'],
  },
  // The rules that find what puts a reimbursement at risk: pure, over the domain; a message named by its key type.
  {
    layer: 'shared/findings',
    folder: 'src/shared/findings',
    may: ['shared/domain', 'type:shared/i18n'],
  },
  // What changed since an earlier inquiry: items paired over the domain, findings compared, words as the screen's.
  {
    layer: 'shared/comparison',
    folder: 'src/shared/comparison',
    may: ['shared/domain', 'shared/findings', 'shared/presentation', 'type:shared/i18n'],
  },
  { layer: 'renderer', folder: 'src/renderer', may: SHARED },
  { layer: 'preload', folder: 'src/preload', may: ['shared/contract'] },
  { layer: 'simulator', folder: 'src/simulator', may: ['shared/domain'] },
  // The Electron entry point starts the Electron host.
  { layer: 'main/entry', folder: 'src/main/index.ts', may: ['main/electron:index'] },
  // The demo environment is the only way into the simulator.
  { layer: 'main/demo', folder: 'src/main/demo', may: [...SHARED, 'main/*:index', 'simulator'] },
  // The demo (and with it the simulator) is loaded only when the demo environment is active.
  { layer: 'main/electron', folder: 'src/main/electron', may: [...SHARED, ...MAIN] },
  { layer: 'main/*', folder: 'src/main/*', may: [...SHARED, ...MAIN] },
  // The specs, their page objects (e2e/pages, one per screen) and their support.
  { layer: 'e2e', folder: 'e2e', may: [...SHARED, 'test-support'] },
  { layer: 'bench', folder: 'bench', may: ['*'] },
  { layer: 'scripts', folder: 'scripts', may: ['*'] },
];
const TESTS = { files: '\\.test\\.tsx?$', may: ['test-support'] };

/** Packages that only some layers may import (`tests`: any test file). */
const ELECTRON_ONLY = {
  only: ['main/entry', 'main/electron', 'preload', 'scripts', 'e2e'],
  why: "only the Electron host (src/main/electron/, src/main/index.ts, src/preload/) and the scripts and tests that launch it may import 'electron'.",
};
const PACKAGES = {
  electron: ELECTRON_ONLY,
  'node:': {
    only: [
      'test-support',
      'simulator',
      'main/entry',
      'main/electron',
      'main/demo',
      'main/*',
      'e2e',
      'bench',
      'scripts',
      'tests',
    ],
    why: 'shared code runs anywhere and the renderer talks to main through DeskApi only: no Node built-ins.',
  },
  react: { only: ['renderer'], why: 'only the renderer draws with React.' },
  'react-dom': { only: ['renderer'], why: 'only the renderer draws with React.' },
  '@faker-js/faker': { only: ['simulator', 'test-support'], why: 'a demo and test dependency.' },
  'double-metaphone': { only: ['simulator', 'test-support'], why: 'a demo and test dependency.' },
  // The simulator's Nova+ list server (FTPS, SFTP); the app's clients are basic-ftp and ssh2-sftp-client.
  'ftp-srv': { only: ['simulator', 'test-support'], why: 'a demo and test dependency.' },
  ssh2: { only: ['simulator', 'test-support'], why: 'a demo and test dependency.' },
  'xmllint-wasm': {
    only: ['simulator', 'test-support', 'tests'],
    why: 'a demo and test dependency.',
  },
  '@playwright/test': { only: ['e2e', 'test-support', 'bench'], why: 'the test runner.' },
  vitest: { only: ['tests', 'test-support'], why: 'the test runner.' },
};

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      'resources/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    plugins: { local: layers },
    rules: {
      'local/layers': [
        'error',
        { root: import.meta.dirname, layers: LAYERS, packages: PACKAGES, tests: TESTS },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // Playwright fixtures must destructure their first argument, even when they use nothing of it.
    files: ['e2e/**/*.ts'],
    rules: { 'no-empty-pattern': 'off' },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
);
