// @ts-check
import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'

const nodeBuiltins = ['fs', 'path', 'os', 'crypto', 'child_process', 'net', 'http', 'https', 'url', 'zlib', 'stream', 'worker_threads']
const nodeImports = [{ group: ['node:*', ...nodeBuiltins, ...nodeBuiltins.map((m) => `${m}/*`)], message: 'Node APIs belong in electron/.' }]

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'bin/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: { allowDefaultProject: ['eslint.config.js', 'tests/support/*.mjs'] }, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.node },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-properties': [
        'error',
        { object: 'it', property: 'only', message: 'No focused tests.' },
        { object: 'describe', property: 'only', message: 'No focused tests.' },
        { object: 'test', property: 'only', message: 'No focused tests.' },
      ],
    },
  },
  // The config itself is plain JS outside the TypeScript projects: no type-aware rules for it.
  { files: ['eslint.config.js', '**/*.mjs'], ...tseslint.configs.disableTypeChecked },
  // Layering: shared/ is pure; renderer/ and electron/ never import each other.
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['electron', 'react', 'react-dom'].map((name) => ({ name, message: 'shared/ is pure domain code.' })),
          patterns: [...nodeImports, { group: ['**/electron/**', '**/renderer/**', 'react/*', 'd3-*'], message: 'shared/ depends on nothing outside it.' }],
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.ts', 'renderer/**/*.tsx'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'The renderer reaches the outside only through the preload API.' }],
          patterns: [...nodeImports, { group: ['**/electron/main/**', '**/electron/node/**', '**/electron/cli/**', '**/electron/preload/index*'], message: 'renderer/ must not import main-process code.' }],
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'yjs', message: 'Components read snapshots from shared/graph, never Yjs.' },
            { name: 'electron', message: 'The renderer reaches the outside only through the preload API.' },
          ],
          patterns: [...nodeImports, { group: ['**/electron/main/**', '**/electron/node/**', '**/electron/cli/**'], message: 'renderer/ must not import main-process code.' }],
        },
      ],
    },
  },
  {
    files: ['electron/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/renderer/**'], message: 'electron/ must not import the renderer.' }] }],
    },
  },
  {
    files: ['electron/preload/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [...nodeImports, { group: ['**/renderer/**', '**/electron/main/**', '**/electron/node/**', 'zod', 'yjs'], message: 'The preload is a thin list of named functions.' }] },
      ],
    },
  },
)
