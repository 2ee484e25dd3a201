/** The command palette and the toolbar that opens it. */
export { VaultToolbar } from './VaultToolbar'
