/**
 * `JSON.stringify(value, null, 2)` as a sequence of pieces, so an export of 100,000 people is
 * written as it is made instead of as one string of hundreds of megabytes. The concatenated pieces
 * equal JSON.stringify's output exactly (tests/unit/shared/io/json-chunks.test.ts): plain objects
 * and arrays down to `depth` levels are walked here, everything below is stringified whole.
 * A LazyJsonArray is made item by item as it is walked, so its items never all exist at once.
 */
const INDENT = '  '

/**
 * An array whose items are made as they are written: jsonChunks takes them one at a time, while
 * JSON.stringify (through toJSON) sees the whole array, so both write the same text.
 */
export class LazyJsonArray<T> {
  constructor(
    /** How many items `items` gives. */
    readonly length: number,
    private readonly items: () => Iterable<T>,
  ) {}

  [Symbol.iterator](): Iterator<T> {
    return this.items()[Symbol.iterator]()
  }

  toJSON(): T[] {
    return [...this.items()]
  }
}

function isPlainContainer(value: unknown): value is Record<string, unknown> | unknown[] {
  if (Array.isArray(value)) return true
  if (typeof value !== 'object' || value === null || 'toJSON' in value) return false
  const proto = Object.getPrototypeOf(value) as unknown
  return proto === Object.prototype || proto === null
}

/** JSON.stringify's text of a value nested `level` deep, or undefined where it would leave it out. */
function whole(value: unknown, level: number): string | undefined {
  const text = JSON.stringify(value, null, 2) as string | undefined
  return text === undefined ? undefined : text.replaceAll('\n', `\n${INDENT.repeat(level)}`)
}

/** Values JSON.stringify leaves out of objects (and writes as null in arrays). */
const leftOut = (value: unknown): boolean => value === undefined || typeof value === 'function' || typeof value === 'symbol'

/** Like walk over an array, taking the items one at a time. */
function* walkLazy(items: LazyJsonArray<unknown>, level: number, depth: number): Generator<string> {
  const pad = INDENT.repeat(level + 1)
  let first = true
  for (const item of items) {
    yield `${first ? '[\n' : ',\n'}${pad}`
    first = false
    if (leftOut(item)) yield 'null'
    else yield* walk(item, level + 1, depth)
  }
  yield first ? '[]' : `\n${INDENT.repeat(level)}]`
}

function* walk(value: unknown, level: number, depth: number): Generator<string> {
  if (value instanceof LazyJsonArray && level < depth) {
    yield* walkLazy(value, level, depth)
    return
  }
  if (level >= depth || !isPlainContainer(value)) {
    yield whole(value, level) ?? 'null'
    return
  }
  const pad = INDENT.repeat(level + 1)
  const entries: [string | null, unknown][] = Array.isArray(value) ? value.map((item) => [null, item]) : Object.entries(value).filter(([, v]) => !leftOut(v))
  if (entries.length === 0) {
    yield Array.isArray(value) ? '[]' : '{}'
    return
  }
  yield Array.isArray(value) ? '[\n' : '{\n'
  for (let i = 0; i < entries.length; i++) {
    const [key, item] = entries[i]
    yield `${i > 0 ? ',\n' : ''}${pad}${key === null ? '' : `${JSON.stringify(key)}: `}`
    if (key === null && leftOut(item)) yield 'null'
    else yield* walk(item, level + 1, depth)
  }
  yield `\n${INDENT.repeat(level)}${Array.isArray(value) ? ']' : '}'}`
}

/** The pieces of `JSON.stringify(value, null, 2)`; containers deeper than `depth` come whole. */
export function* jsonChunks(value: unknown, depth = 3): Generator<string> {
  yield* walk(value, 0, depth)
}
