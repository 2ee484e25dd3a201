// @ts-check
/**
 * Kizuna's local lint rules: the layering STYLE.md describes, held by tooling.
 *
 * - `local/no-import-cycle`: no chain of static value imports leads back to the importing file.
 * - `local/feature-boundaries`: in the renderer, a feature is reached only through its index; the
 *   core never imports a feature or the shell; a feature never imports the shell.
 * - `local/shared-through-index`: code outside a `shared/<module>` folder imports that module
 *   through its `index.ts` (a few zod-free entry points are allowed by name).
 *
 * Each rule has a fixture test in tests/unit/build/lint-rules.test.ts.
 */
import { relative, sep } from 'node:path'
import { findPath, importsOf } from './module-graph.js'

/** @typedef {import('eslint').Rule.RuleModule} RuleModule */
/** @typedef {import('eslint').Rule.RuleContext} RuleContext */

/** @param {string} path */
const posix = (path) => path.split(sep).join('/')

/**
 * Every import-like node of a file with its specifier, so a rule can report at the right line.
 * @param {RuleContext} context
 * @param {(node: import('estree').Node, specifier: string) => void} visit
 */
function onImports(context, visit) {
  /** @param {any} node */
  const literal = (node) => {
    if (node.source && node.source.type === 'Literal' && typeof node.source.value === 'string') visit(node, node.source.value)
  }
  return { ImportDeclaration: literal, ExportNamedDeclaration: literal, ExportAllDeclaration: literal, ImportExpression: literal }
}

/** @type {RuleModule} */
const noImportCycle = {
  meta: {
    type: 'problem',
    docs: { description: 'Forbid import cycles (static value imports; `import type` and dynamic `import()` do not count).' },
    schema: [],
    messages: { cycle: 'Import cycle: {{path}}.' },
  },
  create(context) {
    const file = context.filename
    const root = context.cwd
    const edges = importsOf(file, context.sourceCode.text)
    const reported = new Set()
    return onImports(context, (node, specifier) => {
      const edge = edges.find((e) => e.specifier === specifier && !e.typeOnly && !e.dynamic && e.target !== null)
      if (!edge || edge.target === null || reported.has(edge.target)) return
      const path = findPath(edge.target, file)
      if (!path) return
      reported.add(edge.target)
      context.report({ node, messageId: 'cycle', data: { path: [file, ...path].map((p) => posix(relative(root, p))).join(' -> ') } })
    })
  },
}

/**
 * The top-level folder of a renderer file below `root`, and whether the file is that folder's index.
 * @param {string} rootDir absolute path of the renderer's source root
 * @param {string} file absolute path
 */
function placeOf(rootDir, file) {
  const rel = posix(relative(rootDir, file))
  if (rel.startsWith('..')) return null
  const parts = rel.split('/')
  if (parts.length === 1) return { folder: null, isIndex: false }
  return { folder: parts[0], isIndex: parts.length === 2 && /^index\.tsx?$/.test(parts[1] ?? '') }
}

/** @type {RuleModule} */
const featureBoundaries = {
  meta: {
    type: 'problem',
    docs: { description: 'A renderer feature is reached only through its index; the core sits under every feature and the shell above them.' },
    schema: [
      {
        type: 'object',
        properties: {
          root: { type: 'string' },
          shell: { type: 'array', items: { type: 'string' } },
          core: { type: 'array', items: { type: 'string' } },
        },
        required: ['root', 'shell', 'core'],
        additionalProperties: false,
      },
    ],
    messages: {
      internals: "'{{folder}}' is a feature: import it through '{{folder}}/index', not its internals.",
      coreUp: "The core ('{{from}}') must not import '{{folder}}': features and the shell sit above the core.",
      shellUp: "'{{from}}' must not import the shell ('{{folder}}'): the shell composes features, never the reverse.",
    },
  },
  create(context) {
    const options = /** @type {{ root: string, shell: string[], core: string[] }} */ (context.options[0])
    const rootDir = `${context.cwd}/${options.root}`
    const here = placeOf(rootDir, context.filename)
    if (!here) return {}
    const edges = importsOf(context.filename, context.sourceCode.text)
    const kindOf = (/** @type {string | null} */ folder) =>
      folder === null ? 'entry' : options.shell.includes(folder) ? 'shell' : options.core.includes(folder) ? 'core' : 'feature'
    const fromKind = kindOf(here.folder)
    return onImports(context, (node, specifier) => {
      const edge = edges.find((e) => e.specifier === specifier && e.target !== null)
      const there = edge?.target ? placeOf(rootDir, edge.target) : null
      if (!there || there.folder === null || there.folder === here.folder) return
      const toKind = kindOf(there.folder)
      const data = { folder: there.folder, from: here.folder ?? '' }
      if (fromKind === 'core' && toKind !== 'core') context.report({ node, messageId: 'coreUp', data })
      else if (fromKind === 'feature' && toKind === 'shell') context.report({ node, messageId: 'shellUp', data })
      else if (toKind === 'feature' && !there.isIndex) context.report({ node, messageId: 'internals', data })
    })
  },
}

/** @type {RuleModule} */
const sharedThroughIndex = {
  meta: {
    type: 'problem',
    docs: { description: 'Import a shared/ module through its index.ts, not its files.' },
    schema: [{ type: 'object', properties: { allow: { type: 'array', items: { type: 'string' } } }, additionalProperties: false }],
    messages: { deep: "Import '{{module}}' through its index ('{{module}}'), not '{{file}}'." },
  },
  create(context) {
    const allow = new Set(/** @type {{ allow?: string[] }} */ (context.options[0] ?? {}).allow ?? [])
    const sharedDir = `${context.cwd}/shared`
    const here = posix(relative(sharedDir, context.filename))
    const hereModule = here.startsWith('..') ? null : here.split('/')[0]
    const edges = importsOf(context.filename, context.sourceCode.text)
    return onImports(context, (node, specifier) => {
      const target = edges.find((e) => e.specifier === specifier)?.target
      if (!target) return
      const rel = posix(relative(sharedDir, target))
      if (rel.startsWith('..')) return
      const parts = rel.split('/')
      if (parts.length < 2 || parts[0] === hereModule) return
      if (parts.length === 2 && /^index\.tsx?$/.test(parts[1] ?? '')) return
      const file = `shared/${rel.replace(/\.tsx?$/, '')}`
      if (allow.has(file)) return
      context.report({ node, messageId: 'deep', data: { module: `shared/${parts[0]}`, file } })
    })
  },
}

export default {
  meta: { name: 'kizuna-local' },
  rules: { 'no-import-cycle': noImportCycle, 'feature-boundaries': featureBoundaries, 'shared-through-index': sharedThroughIndex },
}
