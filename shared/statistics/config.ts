import { envWholeNumber } from "../config";

/** Issue #10: the smallest count published (k); smaller ones are suppressed. 3 is the usual floor for official statistics. */
export function statisticsMinCell(): number {
  return envWholeNumber("STATISTICS_MIN_CELL", 3, 1);
}

/** How often each agency's aggregates catch up with its writes. */
export function statisticsIntervalMs(): number {
  return envWholeNumber("STATISTICS_REBUILD_SECONDS", 60, 1) * 1000;
}

/**
 * A row's change timestamp is its transaction's start, so a transaction still open when a pass
 * reads can commit rows older than the watermark: each pass looks this far behind it again.
 */
export function statisticsOverlapMs(): number {
  return envWholeNumber("STATISTICS_WATERMARK_OVERLAP_SECONDS", 600, 0) * 1000;
}
