import type { EntityManager } from "typeorm";

/** Where a feed stands in its source: plain JSON (a file source's is `{ file, row }`). */
export type Watermark = Readonly<Record<string, string | number>>;

/** One row of a source, with the watermark just after it. */
export interface SourceRow<Row> {
  readonly row: Row;
  readonly after: Watermark;
}

/** A page of a source: the rows after a watermark, in the source's order. */
export interface SourcePage<Row> {
  readonly rows: readonly SourceRow<Row>[];
  /** Rows left after the watermark the page was read from, this page's included, when the source knows. */
  readonly remaining?: number;
}

/** An outside sender's data as a feed reads it: pages after a watermark (null: from the start). */
export interface FeedSource<Row> {
  read(after: Watermark | null, limit: number): Promise<SourcePage<Row>>;
}

/** What the handler did with a row: taken, or skipped with a reason code (recorded and counted, never silent). */
export type RowOutcome = { readonly taken: true } | { readonly taken: false; readonly reason: string };

export const TAKEN: RowOutcome = { taken: true };

export function skipped(reason: string): RowOutcome {
  return { taken: false, reason };
}

/** What a handler knows about the run it works in. */
export interface FeedRowContext {
  readonly runId: string;
  /** The run's instant (the platform clock at the run's start), e.g. the screening date (R7). */
  readonly startedAt: Date;
}

/**
 * A feed (D3, B8): its source, the key of each row (a row seen before under the same key is
 * skipped as ALREADY_TAKEN, not handled again) and the handler, which writes the receiver's own
 * rows in the page's transaction (`manager`).
 */
export interface FeedDefinition<Row> {
  readonly name: string;
  /** A source per run (a file source caches the files it parsed for the run). */
  source(): FeedSource<Row>;
  rowKey(row: Row): string;
  handle(manager: EntityManager, row: Row, context: FeedRowContext): Promise<RowOutcome>;
  /**
   * The same for a page's new rows at once (one outcome per row, in order), when a feed can write
   * them in a few statements instead of a few per row (issue #12's benchmark); `handle` otherwise.
   */
  handlePage?(manager: EntityManager, rows: readonly Row[], context: FeedRowContext): Promise<readonly RowOutcome[]>;
}

/** The kit's own reason: a row whose key a run already took or skipped. */
export const ALREADY_TAKEN = "ALREADY_TAKEN";
