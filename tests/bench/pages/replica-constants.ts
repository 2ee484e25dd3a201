/** A small compaction threshold for the replica tool page, so tests see compaction after a few reopens. */
export const TEST_COMPACT_AFTER = 8
