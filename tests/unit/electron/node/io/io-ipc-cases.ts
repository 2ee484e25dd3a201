/** The io:* and backups:* channels' cases for the IPC dispatch test (tests/unit/electron/main/ipc.test.ts). */
import type { IpcHandlers } from '../../../../../shared/ipc'

type IoChannel = Extract<keyof IpcHandlers, `io:${string}` | `backups:${string}`>
type Ok = <T>(channel: string, value: T) => () => Promise<T>

const ID = '2026-11-23T19-16-00-000Z'
const entry = { id: ID, takenAt: '2026-11-23T19:16:00.000Z', size: 10 }

export function ioHandlers(ok: Ok): Pick<IpcHandlers, IoChannel> {
  return {
    'io:chooseImportFile': ok('io:chooseImportFile', null),
    'io:export': ok('io:export', null),
    'backups:list': ok('backups:list', [entry]),
    'backups:read': ok('backups:read', { people: 0, trash: 0, ties: 0, records: 0, names: [] }),
    'backups:restore': ok('backups:restore', { trashed: 0, unlinked: 0, removedRecords: 0, keptAs: entry }),
  }
}

/** Paths and ids the renderer could try to smuggle in; each channel must refuse them. */
export const IO_CASES: Record<IoChannel, { valid: unknown[]; malformed: unknown[][] }> = {
  'io:chooseImportFile': { valid: [], malformed: [[{}], ['/etc/passwd'], [{ path: '/etc/passwd' }]] },
  'io:export': {
    valid: [{ vault: 'default', format: 'gexf' }],
    malformed: [[], [{ vault: 'default' }], [{ vault: 'default', format: 'pdf' }], [{ vault: 'default', format: 'json', path: '/tmp/x' }], [{ vault: 'x', format: 'json' }]],
  },
  'backups:list': { valid: [{ vault: 'sample' }], malformed: [[], [{}], [{ vault: 'default', dir: '/' }]] },
  'backups:read': {
    valid: [{ vault: 'default', id: ID }],
    malformed: [[{ vault: 'default' }], [{ vault: 'default', id: '../../snapshot' }], [{ vault: 'default', id: `${ID}/../x` }], [{ vault: 'default', id: 1 }]],
  },
  'backups:restore': {
    valid: [{ vault: 'default', id: ID }],
    malformed: [[{ vault: 'default', id: '' }], [{ vault: 'default', id: '..' }], [{ id: ID }]],
  },
}
