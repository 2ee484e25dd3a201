/** Backups and export: a section of the settings page. */
export { BackupsSection } from './BackupsSection'
