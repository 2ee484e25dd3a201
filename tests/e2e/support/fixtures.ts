/** Per-spec folders and the target loop shared by every e2e spec. */
import { mkdtemp, mkdir } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import type { Page } from 'playwright-core'
import { TARGETS, unavailableReason, type Target } from './launch'

export interface SpecDirs {
  dataDir: string
  profileDir: string
}

export async function freshDirs(label: string): Promise<SpecDirs> {
  const base = await mkdtemp(join(tmpdir(), `kizuna-e2e-${label}-`))
  return { dataDir: join(base, 'data'), profileDir: join(base, 'profile') }
}

/** Targets with the reason each one is skipped here, printed once per spec file. */
export function targetsWithReasons(spec: string): { target: Target; skip: string | null }[] {
  return TARGETS.map((target) => {
    const skip = unavailableReason(target)
    if (skip) console.log(`[e2e] ${spec}: ${target} variant skipped: ${skip}`)
    return { target, skip }
  })
}

const ARTIFACTS = resolve(import.meta.dirname, '../../../test-results/screenshots')

/** Keeps a screenshot as a test artifact (test-results/screenshots/<name>.png). */
export async function keepScreenshot(page: Page, name: string): Promise<string> {
  await mkdir(ARTIFACTS, { recursive: true })
  const path = join(ARTIFACTS, `${name}.png`)
  await page.screenshot({ path })
  return path
}
