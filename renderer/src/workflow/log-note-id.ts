/** The id of the person page's "log what happened" note, so the page's quick action can focus it. */
export const LOG_NOTE_ID = 'person-log-note'
