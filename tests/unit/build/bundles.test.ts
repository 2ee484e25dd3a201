/**
 * Static checks of the built app (`npm run build` runs before the tests in `npm test`) for rules
 * only a real Electron would enforce at run time:
 * - a sandboxed preload must be ONE CommonJS file that requires nothing but `electron`;
 * - the renderer must carry exactly one copy of yjs (two copies break Yjs' constructor checks);
 * - the main build (app and `kizuna` command) bundles its dependencies: one copy of yjs, and
 *   nothing loaded from node_modules at run time but Node's own modules and electron;
 * - the app origin is pinned: changing it would strand every user's IndexedDB data.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { isBuiltin } from 'node:module'
import { join, resolve } from 'node:path'
import { Script, createContext, runInContext } from 'node:vm'
import { describe, expect, it } from 'vitest'

const out = resolve(import.meta.dirname, '../../../out')
const read = (path: string) => readFileSync(join(out, path), 'utf8')

function filesUnder(dir: string): string[] {
  return readdirSync(join(out, dir), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
}

describe('built bundles', () => {
  it('exist (run `npm run build` first)', () => {
    expect(['main/index.js', 'main/cli.js', 'preload/index.cjs', 'renderer/index.html'].filter((f) => !existsSync(join(out, f)))).toEqual([])
  })

  it('preload is one CommonJS file that requires only electron', () => {
    expect(filesUnder('preload').map((f) => f.slice(out.length + 1))).toEqual(['preload/index.cjs'])
    const code = read('preload/index.cjs')
    // A classic script cannot contain import/export: this throws on any ESM syntax.
    expect(() => new Script(code, { filename: 'index.cjs' })).not.toThrow()
    expect(code).not.toMatch(/\bimport\s*\(/)
    const required = [...code.matchAll(/\brequire\(\s*["'`]([^"'`]+)["'`]\s*\)/g)].map((m) => m[1])
    expect([...new Set(required)]).toEqual(['electron'])

    // Run it as Electron's sandbox would: `require` knows only electron.
    const exposed = new Map<string, unknown>()
    const asked: string[] = []
    const electron = {
      contextBridge: { exposeInMainWorld: (name: string, api: unknown) => exposed.set(name, api) },
      ipcRenderer: { invoke: () => Promise.resolve(), on: () => undefined, removeListener: () => undefined },
    }
    const context = createContext({
      require: (name: string) => {
        asked.push(name)
        if (name !== 'electron') throw new Error(`sandboxed preload cannot require ${name}`)
        return electron
      },
      module: { exports: {} },
      exports: {},
    })
    runInContext(code, context)
    expect(asked).toEqual(['electron'])
    expect([...exposed.keys()]).toEqual(['kizuna'])

    // Only named functions, grouped by namespace: never ipcRenderer itself or a generic invoke/send.
    const leaves: string[] = []
    const walk = (value: unknown, path: string): void => {
      if (typeof value === 'function') leaves.push(path)
      else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, path ? `${path}.${k}` : k)
      else throw new Error(`${path} is not a function`)
    }
    walk(exposed.get('kizuna'), '')
    expect(leaves.length).toBeGreaterThan(5)
    expect(leaves.filter((p) => /(^|\.)(invoke|send|sendSync|ipcRenderer|on|removeListener)$/.test(p))).toEqual([])
    expect(leaves.filter((p) => p.split('.').length !== 2)).toEqual([])
    expect(leaves).toEqual(expect.arrayContaining(['vault.open', 'vault.sync', 'vault.onDidReceive', 'settings.get', 'settings.set', 'app.info', 'status.onDidChange']))
  })

  it('renderer bundle contains exactly one copy of yjs, and no worker carries a second one into its realm', () => {
    // Two copies in one JS realm break Yjs' constructor checks. Workers are realms of their own.
    const scripts = filesUnder('renderer').filter((f) => /\.m?js$/.test(f))
    const copies = (f: string) => readFileSync(f, 'utf8').match(/Yjs was already imported/g)?.length ?? 0
    const isWorker = (f: string) => /\.worker-[^/]*\.js$/.test(f)
    expect(scripts.filter((f) => !isWorker(f)).reduce((n, f) => n + copies(f), 0)).toBe(1)
    expect(scripts.filter(isWorker).filter((f) => copies(f) > 1)).toEqual([])
  })

  it('main build bundles its dependencies: one copy of yjs, and no package loaded from node_modules', () => {
    const scripts = filesUnder('main').filter((f) => /\.m?js$/.test(f))
    const copies = scripts.reduce((n, f) => n + (readFileSync(f, 'utf8').match(/Yjs was already imported/g)?.length ?? 0), 0)
    expect(copies).toBe(1)
    const specifiers = new Set<string>()
    for (const file of scripts) {
      const code = readFileSync(file, 'utf8')
      const found = [
        ...code.matchAll(/^\s*(?:import|export)\b[^;]*?\bfrom\s*"([^"]+)"/gm),
        ...code.matchAll(/^\s*import\s*"([^"]+)"/gm),
        ...code.matchAll(/\bimport\(\s*"([^"]+)"\s*\)/g),
        ...code.matchAll(/\b(?:__)?require\(\s*"([^"]+)"\s*\)/g),
      ]
      for (const [, specifier] of found) specifiers.add(specifier)
    }
    const outside = [...specifiers].filter((s) => !s.startsWith('.') && !s.startsWith('node:') && s !== 'electron' && !isBuiltin(s))
    expect(outside).toEqual([])
    expect([...specifiers].filter((s) => s.startsWith('.'))).not.toEqual([])
  })

  it('main bundle registers the pinned app origin as a privileged scheme', () => {
    const main = read('main/index.js')
    expect(main).toContain('registerSchemesAsPrivileged')
    expect(main).toContain('"app://kizuna/index.html"')
    expect(main).not.toMatch(/nodeIntegration:\s*true|contextIsolation:\s*false|sandbox:\s*false|webSecurity:\s*false/)
  })
})
