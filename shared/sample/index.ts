/** A deterministic sample network for demos, screenshots and tests. */
export { generateSampleNetwork, SAMPLE_TODAY } from './sample-network'
export type { SampleNetwork, SampleOptions } from './sample-network'
