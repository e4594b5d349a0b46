import { Alert, Loader, Text } from "@mantine/core";
import type { ReactNode } from "react";
import { readProblemOf } from "./read-problem";

/**
 * A screen's read while it loads, fails or finds nothing (issue #11), the same on every screen: the
 * loader, the failure in zh-TW with its code (never the server's message or a stack), the empty words.
 */

/** A failed read's alert (issue #11): 無法讀取{what}, then what the code means (read-problem.ts). */
export function QueryError({ what, error }: { what: string; error: unknown }) {
  return (
    <Alert color="red" variant="filled" role="alert" title={`無法讀取${what}`}>
      {readProblemOf(error)}
    </Alert>
  );
}

export interface QueryResultState<Data> {
  readonly data?: Data | undefined;
  readonly loading: boolean;
  readonly error?: unknown;
}

export interface QueryStateProps<Data> {
  /** The useQuery result (its data, loading and error). */
  readonly result: QueryResultState<Data>;
  /** What the screen reads, for the error's title (無法讀取{what}). */
  readonly what: string;
  /** Nothing to show: the words in place of the screen's list. */
  readonly empty?: { readonly when: (data: Data) => boolean; readonly text: string };
  readonly children: (data: Data) => ReactNode;
}

/**
 * The loader until the first answer, the error in zh-TW if the read failed, the empty words if
 * there is nothing, else the screen with its data (cache-and-network: a cached answer shows at once).
 */
export function QueryState<Data>({ result, what, empty, children }: QueryStateProps<Data>) {
  if (result.loading && result.data === undefined) {
    return <Loader aria-label="載入中" />;
  }
  if (result.error !== undefined) {
    return <QueryError what={what} error={result.error} />;
  }
  if (result.data === undefined) {
    return null;
  }
  if (empty !== undefined && empty.when(result.data)) {
    return <Text>{empty.text}</Text>;
  }
  return children(result.data);
}
