export * from './sync-message'
