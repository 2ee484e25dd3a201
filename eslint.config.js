// @ts-check
import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import prettierConfig from 'eslint-config-prettier'
import local from './eslint-rules/index.js'

const nodeBuiltins = ['fs', 'path', 'os', 'crypto', 'child_process', 'net', 'http', 'https', 'url', 'zlib', 'stream', 'worker_threads']
const nodeImports = [{ group: ['node:*', ...nodeBuiltins, ...nodeBuiltins.map((m) => `${m}/*`)], message: 'Node APIs belong in electron/.' }]
const noRenderer = { group: ['**/renderer/**'], message: 'electron/ must not import the renderer.' }
const electronForRenderer = { name: 'electron', message: 'The renderer reaches the outside only through the preload API.' }
const rendererPatterns = [
  ...nodeImports,
  { group: ['**/electron/main/**', '**/electron/node/**', '**/electron/cli/**', '**/electron/preload/index*'], message: 'renderer/ must not import main-process code.' },
]
/**
 * One `no-restricted-imports` setting.
 * @param {{ name: string, message: string }[]} paths
 * @param {{ group: string[], message: string }[]} patterns
 * @returns {import('eslint').Linter.RuleEntry}
 */
const bans = (paths, patterns) => ['error', { paths, patterns }]
/** zod-free entry points of shared/ipc: the sandboxed preload and the renderer's first chunk import them alone. */
const sharedEntryPoints = ['shared/ipc/api', 'shared/ipc/channels', 'shared/ipc/vault-db']

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'bin/**', 'tests/fixtures/lint/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: { allowDefaultProject: ['eslint.config.js', 'eslint-rules/*.js', 'tests/support/*.mjs'] }, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.node },
    },
    plugins: { local },
    rules: {
      'local/no-import-cycle': 'error',
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
  { files: ['eslint.config.js', 'eslint-rules/*.js', '**/*.mjs'], ...tseslint.configs.disableTypeChecked },
  // Layering. `no-restricted-imports` takes the options of the LAST block that sets it, so each
  // file belongs to exactly one of the blocks below and its list is composed from the bans above.
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': bans(
        ['electron', 'react', 'react-dom'].map((name) => ({ name, message: 'shared/ is pure domain code.' })),
        [...nodeImports, { group: ['**/electron/**', '**/renderer/**', 'react/*', 'd3-*'], message: 'shared/ depends on nothing outside it.' }],
      ),
    },
  },
  {
    files: ['renderer/**/*.ts'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': bans([electronForRenderer], rendererPatterns),
    },
  },
  {
    files: ['renderer/**/*.tsx'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': bans([electronForRenderer, { name: 'yjs', message: 'Components read snapshots from shared/graph, never Yjs.' }], rendererPatterns),
    },
  },
  {
    files: ['renderer/src/**/*.ts', 'renderer/src/**/*.tsx'],
    rules: {
      'local/feature-boundaries': ['error', { root: 'renderer/src', shell: ['app'], core: ['core', 'components', 'vault', 'undo', 'i18n', 'analysis'] }],
    },
  },
  {
    // Tests may reach a module's internals; product code goes through each shared/ module's index.
    files: ['shared/**/*.ts', 'electron/**/*.ts', 'renderer/**/*.ts', 'renderer/**/*.tsx'],
    rules: { 'local/shared-through-index': ['error', { allow: sharedEntryPoints }] },
  },
  {
    files: ['electron/main/**/*.ts'],
    rules: { 'no-restricted-imports': bans([], [noRenderer]) },
  },
  {
    // Only the main process and the preload run inside Electron; node/ and cli/ run in plain Node too.
    files: ['electron/node/**/*.ts', 'electron/cli/**/*.ts'],
    rules: {
      'no-restricted-imports': bans(
        [{ name: 'electron', message: 'Only electron/main and electron/preload may import electron: this code also runs in plain Node (the CLI).' }],
        [noRenderer, { group: ['electron/*'], message: 'Only electron/main and electron/preload may import electron.' }],
      ),
    },
  },
  {
    files: ['electron/preload/**/*.ts'],
    rules: {
      'no-restricted-imports': bans(
        [],
        [...nodeImports, { group: ['**/renderer/**', '**/electron/main/**', '**/electron/node/**', 'zod', 'yjs'], message: 'The preload is a thin list of named functions.' }],
      ),
    },
  },
  // Last: turns off any rule that would fight the formatter (prettier owns layout).
  prettierConfig,
)
