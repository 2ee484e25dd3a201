// @ts-check
/**
 * The project's import graph, read with TypeScript's parser for the local lint rules. Only
 * relative specifiers are followed (packages are outside the graph). An edge is "value" unless the
 * whole declaration is type-only (`import type`, `export type`, or every named binding `type`):
 * type-only edges vanish from the bundle, so they cannot form a runtime cycle.
 */
import { existsSync, readFileSync, statSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import ts from 'typescript'

const EXTENSIONS = ['.ts', '.tsx', '.js', '.mjs']

const isFile = (/** @type {string} */ path) => existsSync(path) && statSync(path).isFile()

/**
 * The file a relative specifier names, or null (a package, or nothing there).
 * @param {string} from absolute path of the importing file
 * @param {string} specifier
 */
export function resolveImport(from, specifier) {
  if (!specifier.startsWith('.')) return null
  const base = resolve(dirname(from), specifier.replace(/\.js$/, ''))
  for (const candidate of [base, ...EXTENSIONS.map((ext) => base + ext), ...EXTENSIONS.map((ext) => `${base}/index${ext}`)]) {
    if (isFile(candidate)) return candidate
  }
  return null
}

/**
 * @typedef {{ specifier: string, target: string | null, typeOnly: boolean, dynamic: boolean }} ImportEdge
 */

/** @param {ts.ImportDeclaration} node */
function isTypeOnlyImport(node) {
  const clause = node.importClause
  if (!clause) return false
  if (clause.isTypeOnly) return true
  const bindings = clause.namedBindings
  return clause.name === undefined && bindings !== undefined && ts.isNamedImports(bindings) && bindings.elements.length > 0 && bindings.elements.every((e) => e.isTypeOnly)
}

/** @type {Map<string, ImportEdge[]>} */
const cache = new Map()

/**
 * Every import, re-export and dynamic `import()` of a file, with its resolved target.
 * @param {string} file absolute path
 * @param {string} [text] the file's text when the caller already has it
 * @returns {ImportEdge[]}
 */
export function importsOf(file, text) {
  const cached = cache.get(file)
  if (cached && text === undefined) return cached
  const source = ts.createSourceFile(file, text ?? readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, false)
  /** @type {ImportEdge[]} */
  const edges = []
  const add = (/** @type {string} */ specifier, /** @type {boolean} */ typeOnly, /** @type {boolean} */ dynamic) =>
    edges.push({ specifier, target: resolveImport(file, specifier), typeOnly, dynamic })
  /** @param {ts.Node} node */
  const visit = (node) => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) add(node.moduleSpecifier.text, isTypeOnlyImport(node), false)
    else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) add(node.moduleSpecifier.text, node.isTypeOnly, false)
    else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword && node.arguments[0] && ts.isStringLiteral(node.arguments[0])) {
      add(node.arguments[0].text, false, true)
    }
    ts.forEachChild(node, visit)
  }
  visit(source)
  cache.set(file, edges)
  return edges
}

/**
 * A chain of static value imports from `start` back to `goal`, or null. Dynamic imports are
 * left out: a lazily loaded view importing the shell that loads it is not an evaluation cycle.
 * @param {string} start
 * @param {string} goal
 * @returns {string[] | null}
 */
export function findPath(start, goal) {
  /** @type {Map<string, string | null>} */
  const cameFrom = new Map([[start, null]])
  const queue = [start]
  while (queue.length > 0) {
    const file = /** @type {string} */ (queue.shift())
    if (file === goal) {
      const path = []
      for (let at = /** @type {string | null | undefined} */ (file); at; at = cameFrom.get(at)) path.unshift(at)
      return path
    }
    for (const edge of importsOf(file)) {
      if (edge.typeOnly || edge.dynamic || edge.target === null || cameFrom.has(edge.target)) continue
      cameFrom.set(edge.target, file)
      queue.push(edge.target)
    }
  }
  return null
}
