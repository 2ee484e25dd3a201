/** The packaging config cannot be exercised here (no Electron binary); it is kept valid against electron-builder's own schema. */
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { resolve } from 'node:path'
import { Ajv } from 'ajv'
import { load } from 'js-yaml'
import { describe, expect, it } from 'vitest'

const root = resolve(import.meta.dirname, '../../..')
const require = createRequire(import.meta.url)

describe('electron-builder config', () => {
  const config = load(readFileSync(resolve(root, 'electron-builder.yml'), 'utf8')) as Record<string, unknown>

  it('validates against electron-builder schema', () => {
    const schema = JSON.parse(readFileSync(require.resolve('app-builder-lib/scheme.json'), 'utf8')) as object
    const ajv = new Ajv({ allErrors: true, strict: false, allowUnionTypes: true })
    const valid = ajv.validate(schema, config)
    expect(ajv.errors ?? []).toEqual([])
    expect(valid).toBe(true)
  })

  it('builds the four installer kinds and hardens the fuses', () => {
    expect({
      linux: (config.linux as { target: string[] }).target,
      mac: (config.mac as { target: string[] }).target,
      win: (config.win as { target: string[] }).target,
      fuses: config.electronFuses,
    }).toEqual({
      linux: ['AppImage', 'deb'],
      mac: ['dmg'],
      win: ['nsis'],
      fuses: expect.objectContaining({
        runAsNode: false,
        enableNodeOptionsEnvironmentVariable: false,
        enableNodeCliInspectArguments: false,
        enableEmbeddedAsarIntegrityValidation: true,
        onlyLoadAppFromAsar: true,
      }) as unknown,
    })
  })
})
