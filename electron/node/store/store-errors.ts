/**
 * Typed errors of the vault file store. Callers (IPC handlers, the CLI, the status area) switch on
 * `code`, never on message text; messages name the file and the cause so a user can act on them.
 */
import type { VaultLockInfo } from './vault-lock-info'

/** The file operation that failed, for messages and for deciding whether a retry can help. */
export type VaultStoreOperation = 'open' | 'append' | 'repair' | 'snapshot' | 'compact' | 'backup' | 'lock' | 'close'

const CAUSES: Record<string, string> = {
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is exhausted',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EROFS: 'the file system is read-only',
  EIO: 'an input/output error occurred',
  EMFILE: 'too many open files',
  ENOENT: 'the file or folder does not exist',
  EBUSY: 'the file is busy',
}

/** A file-system failure in the store. The in-memory document is never discarded because of one. */
export class VaultStoreError extends Error {
  readonly code = 'VAULT_STORE_IO' as const
  /** The errno code of the underlying failure ('ENOSPC', 'EACCES', ...) or 'UNKNOWN'. */
  readonly errno: string

  constructor(
    readonly operation: VaultStoreOperation,
    readonly file: string,
    override readonly cause: unknown,
  ) {
    const errno = errnoOf(cause)
    const reason = CAUSES[errno] ?? (cause instanceof Error ? cause.message : String(cause))
    super(`Could not ${operation} ${file}: ${reason} (${errno})`)
    this.name = 'VaultStoreError'
    this.errno = errno
  }
}

/** Another live process holds the vault; talk to it through `holder.controlSocket` instead. */
export class VaultLockedError extends Error {
  readonly code = 'VAULT_LOCKED' as const

  constructor(
    readonly lockFile: string,
    /** Null when the lock file exists but is still being written by its holder. */
    readonly holder: VaultLockInfo | null,
  ) {
    const who = holder ? `process ${holder.pid} on ${holder.hostname} (since ${holder.startedAt})` : 'another process'
    super(`The vault is in use by ${who}; lock file ${lockFile}`)
    this.name = 'VaultLockedError'
  }
}

/** A file that should hold a store format does not (bad magic, checksum, or length). */
export class VaultCorruptFileError extends Error {
  readonly code = 'VAULT_CORRUPT_FILE' as const

  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(`${file} is corrupt: ${reason}`)
    this.name = 'VaultCorruptFileError'
  }
}

export function errnoOf(error: unknown): string {
  if (typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string') return error.code
  return 'UNKNOWN'
}
