export * from './sync-message'
export * from './sync-envelope'
export * from './frame-decoder'
export * from './sync-status'
