/**
 * Echo chambers found on planted networks (tests/support/planted-echo-chambers.ts) from 150 to
 * 30,000 people: micro F1 of flagged members against planted members (target ≥ 0.97 at every
 * size), planted circles found as one chamber (target: all) and control groups flagged (target:
 * none). Seeded: prints its seed; KIZUNA_SEED=<n> replays the series.
 */
import { analyzeNetwork } from '../../../shared/analysis'
import { scoreChambers } from '../../support/chamber-score'
import { generatePlantedNetwork, NOW } from '../../support/planted-echo-chambers'
import type { BenchContext, BenchFigure } from '../types'

const SIZES = [150, 1_000, 3_000, 10_000, 30_000]
const MIN_F1 = 0.97

export async function plantedSeries(ctx: BenchContext): Promise<BenchFigure[]> {
  const seed = process.env.KIZUNA_SEED !== undefined ? Number(process.env.KIZUNA_SEED) : Math.floor(Math.random() * 2 ** 31)
  ctx.log(`planted echo chambers: seed ${seed} (replay with KIZUNA_SEED=${seed})`)
  const figures: BenchFigure[] = []
  let planted = 0
  let found = 0
  let controls = 0
  let flaggedControls = 0
  for (const [k, people] of SIZES.entries()) {
    const truth = generatePlantedNetwork(people, seed + k)
    const score = scoreChambers(analyzeNetwork(truth.snapshot, { now: NOW, seed: seed + k }).echoChambers, truth)
    planted += score.planted
    found += score.planted - score.missed.length
    controls += truth.controls.length
    flaggedControls += score.flaggedControls.length
    const note = `precision ${score.precision.toFixed(3)}, recall ${score.recall.toFixed(3)}; ${score.planted - score.missed.length}/${score.planted} circles found as one chamber; ${score.flaggedControls.length}/${truth.controls.length} control groups flagged; seed ${seed + k}`
    ctx.log(`planted, ${people} people: F1 ${score.f1.toFixed(3)} (${note})`)
    figures.push({ name: `echo chambers F1, planted network of ${people} people`, value: score.f1, unit: '', better: 'higher', target: MIN_F1, targetFor: 'value', note })
    await Promise.resolve()
  }
  figures.push(
    {
      name: 'planted circles found as one chamber (all sizes)',
      value: found / planted,
      unit: '',
      better: 'higher',
      target: 1,
      targetFor: 'value',
      note: `${found} of ${planted}; found: ≥ 70% of members in one flagged chamber`,
    },
    {
      name: 'control groups flagged (all sizes)',
      value: flaggedControls,
      unit: '',
      better: 'lower',
      target: 0,
      targetFor: 'value',
      note: `of ${controls}: dense+inward+diverse, alike+dense+outward, alike+inward+sparse`,
    },
  )
  return figures
}
