/**
 * Echo chambers found on generated personal networks with planted ground truth
 * (tests/support/planted-echo-chambers.ts): micro F1 of flagged members against planted members
 * at least MIN_F1, every planted circle found as one chamber, no control group flagged. This is
 * the CI subset (150 to 3,000 people); tests/bench/analysis.bench.ts runs the series to 30,000.
 * Seeded: prints its seed; KIZUNA_SEED=<n> replays a run.
 */
import { describe, expect, it } from 'vitest'
import { analyzeNetwork } from '../../shared/analysis'
import { scoreChambers } from '../support/chamber-score'
import { generatePlantedNetwork, NOW } from '../support/planted-echo-chambers'

const SEED = process.env.KIZUNA_SEED !== undefined ? Number(process.env.KIZUNA_SEED) : Math.floor(Math.random() * 2 ** 31)
const SIZES = [150, 400, 1_000, 3_000]
const MIN_F1 = 0.97

function check(people: number, seed: number): void {
  const truth = generatePlantedNetwork(people, seed)
  const report = analyzeNetwork(truth.snapshot, { now: NOW, seed })
  const score = scoreChambers(report.echoChambers, truth)
  // Each chamber has its own circle number and names the map community holding most of it.
  const circles = new Set(report.echoChambers.map((chamber) => chamber.circle))
  const majority = report.echoChambers.every((chamber) => {
    const inCommunity = chamber.memberIds.filter((memberId) => report.communities.communityOf[memberId] === chamber.community).length
    return chamber.memberIds.every(
      (memberId) => chamber.memberIds.filter((other) => report.communities.communityOf[other] === report.communities.communityOf[memberId]).length <= inCommunity,
    )
  })
  const summary = { f1: score.f1 >= MIN_F1, missed: score.missed, flaggedControls: score.flaggedControls, uniqueCircles: circles.size === report.echoChambers.length, majority }
  expect(summary, `${people} people, seed ${seed}: precision ${score.precision.toFixed(3)}, recall ${score.recall.toFixed(3)}`).toEqual({
    f1: true,
    missed: [],
    flaggedControls: [],
    uniqueCircles: true,
    majority: true,
  })
}

describe(`planted echo chambers (seed ${SEED}; replay with KIZUNA_SEED=${SEED})`, () => {
  console.log(`planted-echo-chambers seed: ${SEED}`)

  for (const [k, people] of SIZES.entries()) {
    it(`finds every planted chamber and no control group at ${people} people`, () => check(people, SEED + k))
  }

  it('generates the same network for the same seed', () => {
    expect(generatePlantedNetwork(300, SEED)).toEqual(generatePlantedNetwork(300, SEED))
  })
})
