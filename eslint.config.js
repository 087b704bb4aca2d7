// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import vitest from '@vitest/eslint-plugin';
import playwright from 'eslint-plugin-playwright';
import globals from 'globals';

const UI_LIBS = [
  'react',
  'react-dom',
  'react-dom/*',
  'dexie',
  'dexie-react-hooks',
  'zustand',
  'zustand/*',
];

/** Imports that would break the one-way layering entrypoints -> components -> lib. */
const layer = (/** @type {string[]} */ forbidden, /** @type {string} */ message) => ({
  'no-restricted-imports': ['error', { patterns: [{ group: forbidden, message }] }],
});

export default tseslint.config(
  {
    ignores: [
      '.output*/**',
      '.wxt/**',
      'node_modules/**',
      'test-results*/**',
      'playwright-report/**',
      'bench-results/**',
      '.collector-data/**',
      '.chromium-profile/**',
      'tmp-*',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['**/*.tsx', 'components/**', 'entrypoints/**', 'lib/**'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    files: ['lib/**'],
    rules: layer(
      ['@/components/*', '@/entrypoints/*', '**/components/*', '**/entrypoints/*'],
      'lib/ is the bottom layer: it never imports components or entrypoints.',
    ),
  },
  {
    files: ['lib/capture/**', 'lib/messaging/**'],
    rules: layer(
      [...UI_LIBS, '@/components/*', '@/entrypoints/*', '@/lib/db/*', '@/lib/db', '@/lib/state/*'],
      'lib/capture and lib/messaging run in the content script: no React, Dexie, zustand or db.',
    ),
  },
  {
    files: ['components/**'],
    rules: layer(['@/entrypoints/*', '**/entrypoints/*'], 'components/ never import entrypoints.'),
  },
  {
    files: ['entrypoints/crm.content/**'],
    rules: layer(
      [...UI_LIBS, '@/components/*', '@/lib/db', '@/lib/db/*', '@/lib/state/*', '@/lib/i18n/*'],
      'The content script stays tiny: lib/capture and lib/messaging only (no React, Dexie, zustand).',
    ),
  },
  {
    files: ['tests/unit/**', 'tests/components/**'],
    plugins: { vitest },
    rules: {
      ...vitest.configs.recommended.rules,
      'vitest/no-focused-tests': 'error',
      'vitest/no-disabled-tests': 'error',
    },
  },
  {
    files: ['tests/e2e/**'],
    ...playwright.configs['flat/recommended'],
    rules: {
      ...playwright.configs['flat/recommended'].rules,
      'playwright/no-focused-test': 'error',
      'playwright/no-skipped-test': 'error',
      // Helpers named expect… (expectExactlyOnce, expectDrainedOnce) assert on the test's behalf.
      'playwright/expect-expect': ['warn', { assertFunctionPatterns: ['^expect[A-Z]'] }],
      'react-hooks/rules-of-hooks': 'off',
    },
  },
);
