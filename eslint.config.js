// Lint: TypeScript rules, React hooks, and the process boundary (only three places may import 'electron').
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const electronImportBan = {
  paths: [
    {
      name: 'electron',
      message: "Only src/main/electron/, src/main/index.ts and src/preload/ may import 'electron'.",
    },
  ],
  patterns: [
    {
      group: ['electron/*'],
      message: "Only src/main/electron/, src/main/index.ts and src/preload/ may import 'electron'.",
    },
  ],
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
    rules: {
      'no-restricted-imports': ['error', electronImportBan],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/main/electron/**', 'src/main/index.ts', 'src/preload/**'],
    rules: { 'no-restricted-imports': 'off' },
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
  {
    // The renderer reaches main only through DeskApi: no Node built-ins, no main-process modules.
    files: ['src/renderer/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          ...electronImportBan,
          patterns: [
            ...electronImportBan.patterns,
            {
              group: ['node:*', '**/main/**', '**/simulator/**'],
              message: 'The renderer talks to main through DeskApi only.',
            },
          ],
        },
      ],
    },
  },
);
