/**
 * The layout graph built in slices of the UI thread is the graph built at once, and an aborted
 * build rejects instead of resolving with a stale graph.
 */
import { describe, expect, it } from 'vitest'
import { generateSampleNetwork } from '../../../../shared/sample'
import { buildLayoutGraph, buildLayoutGraphInSlices } from '../../../../renderer/src/network/layout/layout-graph'

const sample = generateSampleNetwork(1)
const context = { year: 2025, communityOf: {} }

describe('layout graph in slices', () => {
  it('equals the graph built at once, whatever the order of people and ties', async () => {
    const atOnce = buildLayoutGraph(sample.people, sample.ties, 'industry', context)
    const sliced = await buildLayoutGraphInSlices([...sample.people].reverse(), [...sample.ties].reverse(), 'industry', context)
    expect(sliced).toEqual(atOnce)
  })

  it('rejects once aborted', async () => {
    const abort = new AbortController()
    abort.abort()
    await expect(buildLayoutGraphInSlices(sample.people, sample.ties, 'industry', context, abort.signal)).rejects.toMatchObject({ name: 'AbortError' })
  })
})
