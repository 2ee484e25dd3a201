/** English: sync notices of the devices feature (a mass removal by another device, per-device sync). Mounted as `deviceSync`. */
export const deviceSyncEn = {
  removal: {
    text: '{{device}} moved {{count, number}} of your {{of, number}} people to the trash at {{time}}.',
    // Plural keys although English does not count: the Japanese words name the count, so callers must pass it.
    restore_one: 'Restore them',
    restore_other: 'Restore them',
    keep: 'Keep the change',
    confirmTitle_one: 'Restore the person {{device}} moved to the trash?',
    confirmTitle_other: 'Restore the {{count, number}} people {{device}} moved to the trash?',
    confirmBody:
      'Your network goes back to how it was at {{time}}, just before the change from {{device}}. Anything changed since then is set back too; the state you have now is kept as a backup, so you can return to it.',
    confirm_one: 'Restore',
    confirm_other: 'Restore',
    cancel: 'Cancel',
    restored_one: 'Restored the person {{device}} moved to the trash. The state from before is kept as a backup.',
    restored_other: 'Restored the {{count, number}} people {{device}} moved to the trash. The state from before is kept as a backup.',
    dismiss: 'Dismiss',
    failed: 'That did not work: {{message}}',
  },
  pending: {
    upToDate: 'Has every change from this device',
    waiting_one: '{{count, number}} change from this device not yet acknowledged',
    waiting_other: '{{count, number}} changes from this device not yet acknowledged',
    unknown: 'Has not acknowledged a sync yet',
  },
} as const
