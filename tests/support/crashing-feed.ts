import type { CsvRow, FeedDefinition } from "../../shared/feeds";

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
