/** The content of `<vault>/LOCK`, as JSON. Kept apart from vault-lock.ts so errors can name it without a cycle. */
export interface VaultLockInfo {
  /** Lock-file format version. */
  version: 1
  pid: number
  hostname: string
  /** ISO 8601 time the holder took the lock. */
  startedAt: string
  /** Path of the holder's local control socket (a later issue serves it), or null when it has none. */
  controlSocket: string | null
  /** Random per-acquisition token: tells our own live lock from a dead process that had our pid. */
  token: string
  /** The holder also holds the OS lock (os-lock.ts): whoever can take that lock knows this LOCK is stale. */
  osLock?: true
}
