import { mkdir, mkdtemp, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { CONTENT_SECURITY_POLICY, createAppProtocolHandler, resolveAppPath } from '../../../../electron/main/app-protocol'

let base: string
let root: string

beforeAll(async () => {
  base = await mkdtemp(join(tmpdir(), 'kizuna-protocol-'))
  root = join(base, 'renderer')
  await mkdir(join(root, 'assets'), { recursive: true })
  await writeFile(join(root, 'index.html'), '<!doctype html><title>Kizuna</title>')
  await writeFile(join(root, 'assets', 'app.js'), 'console.log(1)')
  await writeFile(join(base, 'secret.txt'), 'outside the app folder')
  await symlink(join(base, 'secret.txt'), join(root, 'assets', 'link.txt'))
})

describe('resolveAppPath', () => {
  it('maps app URLs into the folder', () => {
    expect(resolveAppPath(root, 'app://kizuna/')).toBe(join(root, 'index.html'))
    expect(resolveAppPath(root, 'app://kizuna/index.html?x=1#y')).toBe(join(root, 'index.html'))
    expect(resolveAppPath(root, 'app://kizuna/assets/app.js')).toBe(join(root, 'assets', 'app.js'))
  })

  it.each([
    'app://kizuna/..%2fsecret.txt',
    'app://kizuna/assets/..%2f..%2fsecret.txt',
    'app://kizuna/%2e%2e%2fsecret.txt',
    'app://kizuna/..%5csecret.txt',
    'app://kizuna/assets%5c..%5c..%5csecret.txt',
    'app://kizuna/%00index.html',
    'app://kizuna/C:%5cWindows%5cwin.ini',
    'app://kizuna/%E0%A4%A',
    'app://evil/index.html',
    'app://kizuna.evil/index.html',
    'app://kizuna:99/index.html',
    'app://u@kizuna/index.html',
    'file:///etc/passwd',
    'https://kizuna/index.html',
  ])('refuses %s', (url) => {
    expect(resolveAppPath(root, url)).toBeNull()
  })

  it('keeps dot segments that the URL parser resolves inside the folder', () => {
    // The URL parser resolves plain `..` before we see it: the result stays inside the folder.
    expect(resolveAppPath(root, 'app://kizuna/../../secret.txt')).toBe(join(root, 'secret.txt'))
  })
})

describe('app protocol handler', () => {
  const get = (url: string, method = 'GET') => createAppProtocolHandler(root)(new Request(url, { method }))

  it('serves files with the strict CSP and the right type', async () => {
    const response = await get('app://kizuna/index.html')
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8')
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY)
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'")
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-(inline|eval)/)
    expect(await response.text()).toContain('<title>Kizuna</title>')
  })

  it('refuses traversal, a symlink leading outside, other methods, and answers 404 for missing files', async () => {
    const statuses = {
      traversal: (await get('app://kizuna/..%2fsecret.txt')).status,
      symlink: (await get('app://kizuna/assets/link.txt')).status,
      post: (await get('app://kizuna/index.html', 'POST')).status,
      missing: (await get('app://kizuna/nope.js')).status,
      resolvedInside: (await get('app://kizuna/../../secret.txt')).status,
    }
    expect(statuses).toEqual({ traversal: 403, symlink: 403, post: 405, missing: 404, resolvedInside: 404 })
  })
})
