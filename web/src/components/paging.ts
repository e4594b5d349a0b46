/**
 * Issue #11: the console's lists read the server a page at a time (the connections' and inboxes'
 * `first`/`after`, at most 200 a page on the server), never "the first 200 and nothing after": the
 * next page is fetched on request and appended to what is shown (Apollo's fetchMore).
 */
export const PAGE_SIZE = 50;

export interface PageInfoView {
  readonly hasNextPage?: boolean | null;
  readonly endCursor?: string | null;
}

export interface PagedView {
  readonly pageInfo?: PageInfoView | null;
  readonly totalCount?: number | null;
}

/** The cursor of the next page, or null when the server has no more. */
export function nextCursorOf(page: PagedView | null | undefined): string | null {
  return page?.pageInfo?.hasNextPage === true && typeof page.pageInfo.endCursor === "string" ? page.pageInfo.endCursor : null;
}

/** A connection with the next page's edges after those shown; the page info and counts are the new page's. */
export function withMoreEdges<Connection extends { readonly edges?: readonly unknown[] | null } | null | undefined>(shown: Connection, next: Connection): Connection {
  if (shown === null || shown === undefined || next === null || next === undefined) {
    return next ?? shown;
  }
  return { ...next, edges: [...(shown.edges ?? []), ...(next.edges ?? [])] };
}

/** An inbox page with the next page's items after those shown (its counts cover every state, whatever the page). */
export function withMoreItems<Page extends { readonly items?: readonly unknown[] | null } | null | undefined>(shown: Page, next: Page): Page {
  if (shown === null || shown === undefined || next === null || next === undefined) {
    return next ?? shown;
  }
  return { ...next, items: [...(shown.items ?? []), ...(next.items ?? [])] };
}
