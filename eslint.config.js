import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import globals from 'globals';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

export default defineConfig(
  { ignores: ['dist/', 'dist-*/', '.astro/', 'node_modules/', '.helpers/', 'test-results/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  ...astro.configs['jsx-a11y-strict'],
  {
    // eslint-plugin-astro's jsx-a11y-strict config registers the plugin for every file; add the strict rules for islands.
    files: ['**/*.tsx'],
    rules: {
      ...jsxA11y.flatConfigs.strict.rules,
      // A region that scrolls on its own must be reachable by keyboard (WCAG 2.1.1, axe scrollable-region-focusable).
      'jsx-a11y/no-noninteractive-tabindex': ['error', { tags: [], roles: ['tabpanel', 'region'] }],
    },
  },
  {
    // The same for Astro components: a table that scrolls in its own region (ScrollTable.astro).
    files: ['**/*.astro'],
    rules: {
      'astro/jsx-a11y/no-noninteractive-tabindex': ['error', { tags: [], roles: ['tabpanel', 'region'] }],
    },
  },
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'always'],
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'User text is data, never markup: render it as text.',
        },
      ],
    },
  },
  {
    // Pure logic never reaches for the page or for Astro's modules, at any folder depth.
    files: ['src/lib/**/*.ts', 'src/schemas/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                'astro:*',
                'preact',
                'preact/*',
                'preact-render-to-string',
                '**/islands/**',
                '**/components/**',
                '**/pages/**',
                '**/layouts/**',
              ],
              message: 'src/lib and src/schemas stay pure.',
            },
            {
              group: ['**/on-demand/**'],
              allowTypeImports: true,
              message:
                'Code in an on-demand/ folder loads only when needed: reach it with import(), not a static import.',
            },
          ],
        },
      ],
    },
  },
  {
    // Outside an on-demand/ folder, code from one is reached only through import(), so it stays out of the first load.
    files: ['src/**/*.ts', 'src/**/*.tsx', 'src/**/*.astro'],
    ignores: ['src/**/on-demand/**', 'src/lib/**', 'src/schemas/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/on-demand/**'],
              allowTypeImports: true,
              message:
                'Code in an on-demand/ folder loads only when needed: reach it with import(), not a static import.',
            },
          ],
        },
      ],
    },
  },
  {
    // Inside an on-demand/ folder, lib code may import its neighbours (they load together) but still no UI.
    files: ['src/lib/**/on-demand/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                'astro:*',
                'preact',
                'preact/*',
                '**/islands/**',
                '**/components/**',
                '**/pages/**',
                '**/layouts/**',
              ],
              message: 'src/lib stays pure.',
            },
          ],
        },
      ],
    },
  },
);
