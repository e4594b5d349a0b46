import type { DataSource } from "typeorm";
import { runFeed } from "../../shared/feeds";
import type { CsvRow, FeedDefinition, FeedRunReport } from "../../shared/feeds";

/**
 * A real feed that dies on its `failAt`-th row the first time only, after writing the rows before
 * it in the page (a crash mid-page, issue #12: the page rolls back whole, the next run goes on
 * from the last page written).
 */
export function crashingOnce(definition: FeedDefinition<CsvRow>, failAt: number): FeedDefinition<CsvRow> {
  const page = definition.handlePage;
  if (page === undefined) {
    throw new Error(`${definition.name} takes pages`);
  }
  let handled = 0;
  let crashed = false;
  return {
    ...definition,
    handlePage: async (manager, rows, context) => {
      if (!crashed && handled + rows.length >= failAt) {
        crashed = true;
        await page(manager, rows.slice(0, failAt - handled - 1), context);
        throw new Error("the process died here");
      }
      handled += rows.length;
      return page(manager, rows, context);
    },
  };
}

/** The crash-mid-page runs' options: pages of 50, a lease no run outlives, no log lines. */
export const crashTestOptions = (schema: string): { schema: string; pageSize: number; leaseMs: number; log: { info: () => void; warn: () => void } } => ({
  schema,
  pageSize: 50,
  leaseMs: 600_000,
  log: { info: () => undefined, warn: () => undefined },
});

/**
 * Issue #12: a generated file of 240 rows read by `definition`, the process dying on row 120 the
 * first time, then run again; answers both runs' reports for the feed's own counts.
 */
export async function crashedOnRow120ThenResumed(dataSource: DataSource, schema: string, definition: FeedDefinition<CsvRow>): Promise<{ first: FeedRunReport; second: FeedRunReport }> {
  const options = crashTestOptions(schema);
  const first = await runFeed(dataSource, crashingOnce(definition, 120), options);
  // Pages of 50: two written, the third rolled back whole (its first 19 rows with it).
  expect(first).toMatchObject({ status: "FAILED", errorCode: "HANDLER_FAILED", rowsDone: 100, watermarkAfter: { row: 100 } });
  const second = await runFeed(dataSource, definition, options);
  expect(second).toMatchObject({ status: "SUCCEEDED", rowsDone: 140, watermarkBefore: { row: 100 }, watermarkAfter: { row: 240 } });
  return { first, second };
}
