import { describe, expect, it } from 'vitest'
import { APP_ENTRY_URL, APP_ORIGIN } from '../../../../electron/main/app-origin'
import { classifyUrl, isAppUrl } from '../../../../electron/main/url-trust'

/** URLs an attacker (or a bug) might try to load inside the app. None may be treated as the app. */
const HOSTILE = [
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  'javascript://app://kizuna/%0aalert(1)',
  'vbscript:msgbox(1)',
  'data:text/html,<script>alert(1)</script>',
  'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  'file:///etc/passwd',
  'file://c:/windows/system32/calc.exe',
  'blob:app://kizuna/0b0e4d2a-1111-2222-3333-444455556666',
  'app://kizuna.evil.com/index.html',
  'app://evil/index.html',
  'app://kizuna@evil.com/',
  'app://evil.com@kizuna/',
  'app://user:pass@kizuna/',
  'app://kizuna:8080/index.html',
  'app:kizuna/index.html',
  'app:///kizuna/index.html',
  'app://KIZUNA./index.html',
  'app://kizuna\\@evil.com/',
  ' app://kizuna/index.html',
  'app://kizuna/index.html\n',
  'app://kizuna/\u0000index.html',
  'http://kizuna/index.html',
  'https://kizuna/index.html',
  'chrome://settings',
  'devtools://devtools/bundled/inspector.html',
  'about:blank',
  'ms-msdt:/id PCWDiagnostic',
  'smb://evil.com/share',
  'ftp://evil.com/',
  'http://example.com/',
  'https://user:secret@example.com/',
  `https://example.com/${'a'.repeat(9000)}`,
  '',
]

describe('url trust', () => {
  it('treats exactly the app origin as the app', () => {
    expect(APP_ORIGIN).toBe('app://kizuna')
    expect(isAppUrl(APP_ENTRY_URL)).toBe(true)
    expect(isAppUrl('app://kizuna/assets/index-abc.js')).toBe(true)
    expect(classifyUrl('app://kizuna/index.html#/people')).toBe('app')
  })

  it.each(HOSTILE)('never trusts %j as the app', (url) => {
    expect(isAppUrl(url)).toBe(false)
    expect(classifyUrl(url)).not.toBe('app')
  })

  it('sends only https and mailto links to the OS, never anything else', () => {
    const verdicts = Object.fromEntries(
      ['https://example.com/profile', 'mailto:hanako@example.jp', 'http://example.com/', 'mailto:nobody', ...HOSTILE.slice(0, 12)].map((u) => [u, classifyUrl(u)]),
    )
    expect(verdicts).toEqual({
      'https://example.com/profile': 'external',
      'mailto:hanako@example.jp': 'external',
      'http://example.com/': 'deny',
      'mailto:nobody': 'deny',
      ...Object.fromEntries(HOSTILE.slice(0, 12).map((u) => [u, 'deny'])),
    })
  })

  it('trusts the dev server only when it is given, and only its origin', () => {
    expect(isAppUrl('http://localhost:5173/')).toBe(false)
    expect(isAppUrl('http://localhost:5173/src/main.tsx', 'http://localhost:5173')).toBe(true)
    expect(isAppUrl('http://localhost:5174/', 'http://localhost:5173')).toBe(false)
    expect(isAppUrl('http://evil@localhost:5173/', 'http://localhost:5173')).toBe(false)
  })
})
