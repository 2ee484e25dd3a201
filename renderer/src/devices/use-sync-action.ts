/** Runs one sync IPC call for the Devices page: tracks busy, keeps the last error for an alert. */
import { useCallback, useState } from 'react'
import type { IpcResult } from '../../../shared/ipc'

export function useSyncAction(): {
  busy: boolean
  error: string | null
  run: <T>(call: () => Promise<IpcResult<T>>, onDone?: (value: T) => void) => Promise<void>
} {
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const run = useCallback(async <T>(call: () => Promise<IpcResult<T>>, onDone?: (value: T) => void) => {
    setBusy(true)
    setError(null)
    try {
      const result = await call()
      if (result.ok) onDone?.(result.value)
      else setError(result.error.message)
    } finally {
      setBusy(false)
    }
  }, [])
  return { busy, error, run }
}
