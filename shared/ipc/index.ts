export * from './channels'
export * from './contract'
export * from './api'
export * from './vault-db'
